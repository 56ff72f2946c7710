# CPython 3.11 compatible `re` for the sandbox guest.
# The built-in ure (re1.5) lacks most of the syntax and API and differs in semantics, so this is a
# complete engine: a parser producing a small AST, a compiler to a flat program, and an iterative
# backtracking VM. The VM is iterative because the guest's Python recursion limit is below 200
# frames. Strings are matched as sequences of code points: the UTF-8 bytes when the text is ASCII
# (O(1) indexing; str indexing is O(n) in MicroPython), else a list of ords.

__all__ = ["compile", "search", "match", "fullmatch", "split", "findall", "finditer", "sub", "subn",
           "escape", "purge", "error", "Pattern", "Match", "RegexFlag", "A", "I", "L", "M", "S",
           "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE",
           "NOFLAG"]

_FLAG_NAMES = ((1, "TEMPLATE"), (2, "IGNORECASE"), (4, "LOCALE"), (8, "MULTILINE"), (16, "DOTALL"),
               (32, "UNICODE"), (64, "VERBOSE"), (128, "DEBUG"), (256, "ASCII"))


class RegexFlag(int):
    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        parts = []
        for bit, name in _FLAG_NAMES:
            if v & bit:
                parts.append("re." + name)
                v &= ~bit
        if v:
            parts.append(hex(v))
        return "|".join(parts)

    __str__ = __repr__

    def __or__(self, o):
        return RegexFlag(int(self) | int(o))

    def __and__(self, o):
        return RegexFlag(int(self) & int(o))

    def __xor__(self, o):
        return RegexFlag(int(self) ^ int(o))

    def __invert__(self):
        return RegexFlag(~int(self) & 511)

    __ror__ = __or__
    __rand__ = __and__


NOFLAG = RegexFlag(0)
T = TEMPLATE = RegexFlag(1)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)
DEBUG = RegexFlag(128)
A = ASCII = RegexFlag(256)

_MAXREPEAT = 4294967295
_INF = 1 << 60


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = self.colno = None
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            if isinstance(pattern, str):
                nl = "\n"
            else:
                nl = b"\n"
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            if nl in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        super().__init__(msg)


def _nie(what):
    return NotImplementedError("re." + what + " is not supported in the sandbox")


# ---------------------------------------------------------------------------------------------
# Unicode properties (only consulted for code points >= 128; tables load on first use)

_U = None


def _tables():
    global _U
    if _U is None:
        from . import _uni
        u = {}
        u["word"] = _nums(_uni.WORD)
        u["digit"] = _nums(_uni.DIGIT)
        u["space"] = frozenset(_nums(_uni.SPACE))
        _U = u
    return _U


def _nums(s):
    return [int(x, 16) for x in s.split()]


def _case():
    # sre's simple lowercase map and the case-insensitive equivalence classes; built only when
    # a case-insensitive pattern meets a code point that needs them
    u = _tables()
    if "lower" not in u:
        from . import _uni
        low = {}
        v = _nums(_uni.LOWER)
        for k in range(0, len(v), 4):
            s, cnt, d, st = v[k], v[k + 1], v[k + 2], v[k + 3]
            if d >= 1 << 23:
                d -= 1 << 24
            for j in range(cnt):
                c = s + j * st
                low[c] = c + d
        # chars sharing a lowercase form, joined with sre's extra equivalences
        # (e.g. s / long s, k / kelvin sign)
        groups = {}
        for c, l in low.items():
            g = groups.get(l)
            if g is None:
                g = groups[l] = [l]
            g.append(c)
        for grp in _uni.FIX.split(";"):
            merged = []
            for c in _nums(grp):
                l = low.get(c, c)
                for x in groups.get(l) or [l]:
                    if x not in merged:
                        merged.append(x)
            for x in merged:
                groups[low.get(x, x)] = merged
        members = {}
        for g in groups.values():
            t = tuple(g)
            for x in g:
                members[x] = t
        u["members"] = members
        u["lower"] = low
    return u


def _in_ranges(r, c):
    lo = 0
    hi = len(r) >> 1
    while lo < hi:
        mid = (lo + hi) >> 1
        if r[2 * mid + 1] < c:
            lo = mid + 1
        else:
            hi = mid
    return lo < len(r) >> 1 and r[2 * lo] <= c


_ucache = {}


def _uprop(kind, c):
    key = (c << 2) | kind
    v = _ucache.get(key)
    if v is None:
        u = _tables()
        if kind == 0:
            v = _in_ranges(u["word"], c)
        elif kind == 1:
            v = _in_ranges(u["digit"], c)
        else:
            v = c in u["space"]
        _ucache[key] = v
    return v


_AWORD = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_ADIGIT = frozenset(b"0123456789")
_ASPACE = frozenset(b" \t\n\r\x0b\x0c")
_USPACE_ASCII = frozenset(b" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f")


def _isword(c, asc):
    if c < 128:
        return c in _AWORD
    return not asc and _uprop(0, c)


def _lower(c, asc):
    if c < 128:
        return c + 32 if 65 <= c <= 90 else c
    if asc:
        return c
    return _case()["lower"].get(c, c)


def _members(c, asc):
    # all code points that match c case-insensitively (including c)
    if asc or (c < 128 and c not in b"KkSsIi"):
        if 65 <= c <= 90:
            return (c, c + 32)
        if 97 <= c <= 122:
            return (c, c - 32)
        return (c,)
    u = _case()
    m = u["members"].get(u["lower"].get(c, c))
    return m if m is not None else (c,)


# ---------------------------------------------------------------------------------------------
# parser

_SPECIAL_ESC = {"a": 7, "b": 8, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11, "\\": 92}
_CATS = "dDsSwW"
_FLAGCH = {"i": 2, "L": 4, "m": 8, "s": 16, "x": 64, "a": 256, "u": 32}
_OCT = "01234567"
_DIGITS = "0123456789"
_HEX = "0123456789abcdefABCDEF"
_REPEAT_CHARS = "*+?{"

# AST node kinds
_N_LIT, _N_SET, _N_ANY, _N_CAT, _N_ALT, _N_REP, _N_GRP, _N_AT, _N_REF, _N_LOOK, _N_ATOM, _N_COND = range(12)

# assertion codes
_AT_BEG, _AT_BEGL, _AT_END, _AT_ENDL, _AT_BEGS, _AT_ENDS, _AT_B, _AT_NB = range(8)


def _is_name_start(ch):
    c = ord(ch)
    return ch == "_" or (65 <= c <= 90) or (97 <= c <= 122) or (c >= 128 and _uprop(0, c))


def _valid_name(name):
    if not name or not _is_name_start(name[0]):
        return False
    for ch in name:
        c = ord(ch)
        if not (c in _AWORD if c < 128 else _uprop(0, c)):
            return False
    return True


class _Parser:
    def __init__(self, pattern, flags):
        self.pattern = pattern
        self.p = list(pattern)
        self.n = len(self.p)
        self.i = 0
        self.flags = flags
        self.gflags = flags
        self.ngroups = 0
        self.names = {}
        self.open = []
        self.lookbehind = 0
        self.has_ref = False

    def err(self, msg, pos):
        return error(msg, self.pattern, pos)

    def peek(self):
        return self.p[self.i] if self.i < self.n else None

    def parse(self):
        node = self.alt(True, self.flags)
        if self.i < self.n:
            # only a stray ')' stops the top level early
            raise self.err("unbalanced parenthesis", self.i)
        return node

    def alt(self, top, flags):
        branches = [self.seq(top, flags)]
        while self.i < self.n and self.p[self.i] == "|":
            self.i += 1
            branches.append(self.seq(False, flags))
        if len(branches) == 1:
            return branches[0]
        return (_N_ALT, branches)

    def skip_verbose(self, flags):
        if not flags & 64:
            return
        p = self.p
        while self.i < self.n:
            ch = p[self.i]
            if ch in " \t\n\r\x0b\x0c":
                self.i += 1
            elif ch == "#":
                while self.i < self.n and p[self.i] != "\n":
                    self.i += 1
            else:
                break

    def seq(self, top, flags):
        items = []
        p = self.p
        while True:
            if top and not items and self.i < self.n and p[self.i] == "(" and self.i + 1 < self.n \
                    and p[self.i + 1] == "?":
                g = self.global_flags()
                if g is not None:
                    flags = self.flags
                    continue
            self.skip_verbose(flags)
            if self.i >= self.n:
                break
            start = self.i
            ch = p[self.i]
            if ch == "|" or ch == ")":
                break
            self.i += 1
            if ch == "(":
                item = self.group(flags, start)
                if item is None:
                    continue
            elif ch == "[":
                item = self.klass(flags, start)
            elif ch == ".":
                item = (_N_ANY, bool(flags & 16))
            elif ch == "^":
                item = (_N_AT, _AT_BEGL if flags & 8 else _AT_BEG)
            elif ch == "$":
                item = (_N_AT, _AT_ENDL if flags & 8 else _AT_END)
            elif ch == "\\":
                item = self.escape(flags, start)
            elif ch in _REPEAT_CHARS:
                rep = self.repeat(ch, start, flags)
                if rep is None:
                    item = self.lit(ord(ch), flags)
                else:
                    if not items or items[-1][0] == _N_AT:
                        raise self.err("nothing to repeat", start)
                    last = items[-1]
                    if last[0] == _N_REP and not last[5]:
                        raise self.err("multiple repeat", start)
                    mn, mx = rep
                    kind = 0
                    if self.i < self.n and p[self.i] == "?":
                        self.i += 1
                        kind = 1
                    elif self.i < self.n and p[self.i] == "+":
                        self.i += 1
                        kind = 2
                    items[-1] = (_N_REP, last, mn, mx, kind, False)
                    continue
            else:
                item = self.lit(ord(ch), flags)
            items.append(item)
        if len(items) == 1:
            return items[0]
        return (_N_CAT, items)

    def global_flags(self):
        # (?flags) at the very start applies to the whole pattern
        save = self.i
        j = self.i + 2
        p = self.p
        add = 0
        while j < self.n and p[j] in _FLAGCH:
            add |= _FLAGCH[p[j]]
            j += 1
        if j < self.n and p[j] == ")" and j > self.i + 2:
            self.check_flags(add, save + 2)
            self.flags |= add
            self.gflags |= add
            self.i = j + 1
            return add
        self.i = save
        return None

    def check_flags(self, add, pos):
        if add & 4:
            raise self.err("bad inline flag: cannot use 'L' flag with a str pattern", pos)
        if add & 256 and add & 32 or (add & 288 and self.flags & 288 and (add | self.flags) & 288 == 288):
            raise self.err("bad inline flag: flags 'a', 'u' and 'L' are incompatible", pos)

    def repeat(self, ch, start, flags):
        if ch == "*":
            return 0, _INF
        if ch == "+":
            return 1, _INF
        if ch == "?":
            return 0, 1
        # '{': a counted repeat only if it has the exact form, else a literal brace
        p = self.p
        j = self.i
        lo = ""
        while j < self.n and p[j] in _DIGITS:
            lo += p[j]
            j += 1
        hi = lo
        if j < self.n and p[j] == ",":
            j += 1
            hi = ""
            while j < self.n and p[j] in _DIGITS:
                hi += p[j]
                j += 1
        if j >= self.n or p[j] != "}":
            return None
        self.i = j + 1
        mn = int(lo) if lo else 0
        mx = int(hi) if hi else _INF
        if mn >= _MAXREPEAT or (hi and mx >= _MAXREPEAT):
            raise OverflowError("the repetition number is too large")
        if mx < mn:
            raise self.err("min repeat greater than max repeat", start + 1)
        return mn, mx

    def lit(self, c, flags):
        if flags & 2:
            m = _members(c, flags & 256)
            if len(m) > 1:
                return (_N_SET, _make_set(m, (), (), False, flags), c)
        return (_N_LIT, c)

    def getname(self, term, start_err):
        p = self.p
        j = self.i
        while j < self.n and p[j] != term:
            j += 1
        if j >= self.n:
            if j == self.i:
                raise self.err("missing group name", self.i)
            raise self.err("missing %s, unterminated name" % term, self.i)
        name = "".join(p[self.i:j])
        if not name:
            raise self.err("missing group name", self.i)
        pos = self.i
        self.i = j + 1
        return name, pos

    def group(self, flags, start):
        p = self.p
        capture = True
        name = None
        if self.i < self.n and p[self.i] == "?":
            self.i += 1
            if self.i >= self.n:
                raise self.err("unexpected end of pattern", self.i)
            ch = p[self.i]
            self.i += 1
            if ch == ":":
                capture = False
            elif ch == "P":
                if self.i >= self.n:
                    raise self.err("unexpected end of pattern", self.i)
                ch2 = p[self.i]
                self.i += 1
                if ch2 == "<":
                    name, pos = self.getname(">", start)
                    if not _valid_name(name):
                        raise self.err("bad character in group name %r" % name, pos)
                elif ch2 == "=":
                    name, pos = self.getname(")", start)
                    if not _valid_name(name):
                        raise self.err("bad character in group name %r" % name, pos)
                    g = self.names.get(name)
                    if g is None:
                        raise self.err("unknown group name %r" % name, pos)
                    if g in self.open:
                        raise self.err("cannot refer to an open group", pos)
                    if self.lookbehind:
                        raise _nie("group references in look-behind")
                    self.has_ref = True
                    return (_N_REF, g, bool(flags & 2), bool(flags & 256))
                else:
                    raise self.err("unknown extension ?P" + ch2, self.i - 3)
            elif ch == "#":
                while self.i < self.n and p[self.i] != ")":
                    self.i += 1
                if self.i >= self.n:
                    raise self.err("missing ), unterminated comment", start)
                self.i += 1
                return None
            elif ch in "=!":
                body = self.alt(False, flags)
                self.close(start)
                return (_N_LOOK, body, False, ch == "!")
            elif ch == "<":
                if self.i >= self.n:
                    raise self.err("unexpected end of pattern", self.i)
                ch2 = p[self.i]
                self.i += 1
                if ch2 not in "=!":
                    raise self.err("unknown extension ?<" + ch2, self.i - 3)
                self.lookbehind += 1
                body = self.alt(False, flags)
                self.lookbehind -= 1
                self.close(start)
                lo, hi = _width(body)
                if lo != hi:
                    raise self.err("look-behind requires fixed-width pattern", None)
                return (_N_LOOK, body, True, ch2 == "!", lo)
            elif ch == ">":
                body = self.alt(False, flags)
                self.close(start)
                return (_N_ATOM, body)
            elif ch == "(":
                name, pos = self.getname(")", start)
                if name.isdigit():
                    g = int(name)
                    if g == 0:
                        raise self.err("bad group number", pos)
                    if g > 100:
                        raise self.err("invalid group reference %d" % g, pos)
                else:
                    if not _valid_name(name):
                        raise self.err("bad character in group name %r" % name, pos)
                    g = self.names.get(name)
                    if g is None:
                        raise self.err("unknown group name %r" % name, pos)
                yes = self.seq(False, flags)
                no = None
                if self.i < self.n and p[self.i] == "|":
                    self.i += 1
                    no = self.seq(False, flags)
                    if self.i < self.n and p[self.i] == "|":
                        raise self.err("conditional backref with more than two branches", self.i)
                self.close(start)
                self.has_ref = True
                return (_N_COND, g, yes, no)
            elif ch in _FLAGCH or ch == "-":
                self.i -= 1
                add, sub = self.scoped_flags(start)
                body = self.alt(False, (flags | add) & ~sub)
                self.close(start)
                return body
            else:
                raise self.err("unknown extension ?" + ch, self.i - 2)
        if capture:
            self.ngroups += 1
            g = self.ngroups
            if name is not None:
                if name in self.names:
                    raise self.err("redefinition of group name %r as group %d; was group %d"
                                   % (name, g, self.names[name]), self.i - len(name) - 1)
                self.names[name] = g
            self.open.append(g)
            body = self.alt(False, flags)
            self.close(start)
            self.open.pop()
            return (_N_GRP, g, body)
        body = self.alt(False, flags)
        self.close(start)
        return body

    def close(self, start):
        if self.i >= self.n or self.p[self.i] != ")":
            raise self.err("missing ), unterminated subpattern", start)
        self.i += 1

    def scoped_flags(self, start):
        p = self.p
        add = sub = 0
        while self.i < self.n and p[self.i] in _FLAGCH:
            add |= _FLAGCH[p[self.i]]
            self.i += 1
        if self.i < self.n and p[self.i] == ")":
            raise self.err("global flags not at the start of the expression", start)
        if self.i < self.n and p[self.i] == "-":
            self.i += 1
            while self.i < self.n and p[self.i] in _FLAGCH:
                f = _FLAGCH[p[self.i]]
                if f & 292:
                    raise self.err("bad inline flag: cannot turn off flags 'a', 'u' and 'L'", self.i)
                sub |= f
                self.i += 1
            if not sub:
                raise self.err("missing flag", self.i)
        if self.i >= self.n:
            raise self.err("missing -, : or )", self.i)
        if p[self.i] != ":":
            if p[self.i].isalpha():
                raise self.err("unknown flag", self.i)
            raise self.err("missing -, : or )", self.i)
        self.check_flags(add, start + 2)
        if add & sub:
            raise self.err("bad inline flag: flag turned on and off", self.i)
        self.i += 1
        return add, sub

    def escape(self, flags, start):
        p = self.p
        if self.i >= self.n:
            raise self.err("bad escape (end of pattern)", start)
        ch = p[self.i]
        self.i += 1
        if ch in _CATS:
            return (_N_SET, _make_set((), (), (ch,), False, flags))
        if ch == "A":
            return (_N_AT, _AT_BEGS)
        if ch == "Z":
            return (_N_AT, _AT_ENDS)
        if ch == "b":
            return (_N_AT, _AT_B if not flags & 256 else _AT_B + 100)
        if ch == "B":
            return (_N_AT, _AT_NB if not flags & 256 else _AT_NB + 100)
        if ch in _DIGITS:
            if ch == "0":
                v = self.octal(0, 2)
                return self.lit(v, flags)
            num = ch
            if self.i < self.n and p[self.i] in _DIGITS:
                num += p[self.i]
                self.i += 1
                if num[0] in _OCT and num[1] in _OCT and self.i < self.n and p[self.i] in _OCT:
                    num += p[self.i]
                    self.i += 1
                    v = int(num, 8)
                    if v > 255:
                        raise self.err("octal escape value \\%s outside of range 0-0o377" % num, start)
                    return self.lit(v, flags)
            g = int(num)
            if g > self.ngroups:
                raise self.err("invalid group reference %d" % g, start + 1)
            if g in self.open:
                raise self.err("cannot refer to an open group", start)
            if self.lookbehind:
                raise _nie("group references in look-behind")
            self.has_ref = True
            return (_N_REF, g, bool(flags & 2), bool(flags & 256))
        return self.lit(self.char_escape(ch, start, False), flags)

    def octal(self, v, maxdigits):
        p = self.p
        k = 0
        while k < maxdigits and self.i < self.n and p[self.i] in _OCT:
            v = v * 8 + int(p[self.i])
            self.i += 1
            k += 1
        return v

    def char_escape(self, ch, start, inclass):
        p = self.p
        v = _SPECIAL_ESC.get(ch)
        if v is not None and (ch != "b" or inclass):
            return v
        if ch in "xuU":
            size = 2 if ch == "x" else 4 if ch == "u" else 8
            h = "".join(p[self.i:self.i + size])
            if len(h) < size or any(c not in _HEX for c in h):
                k = 0
                while k < len(h) and h[k] in _HEX:
                    k += 1
                raise self.err("incomplete escape \\%s%s" % (ch, h[:k]), start)
            self.i += size
            v = int(h, 16)
            if v > 0x10FFFF:
                raise self.err("bad escape \\%s%s" % (ch, h), start)
            return v
        if ch == "N":
            raise _nie("\\N{...} escapes")
        c = ord(ch)
        if c < 128 and ch.isalpha():
            raise self.err("bad escape \\" + ch, start)
        return c

    def klass(self, flags, start):
        p = self.p
        neg = False
        lits = []
        ranges = []
        cats = []
        if self.i < self.n and p[self.i] == "^":
            neg = True
            self.i += 1
        first = True
        while True:
            if self.i >= self.n:
                raise self.err("unterminated character set", start)
            ch = p[self.i]
            if ch == "]" and not first:
                self.i += 1
                break
            first = False
            istart = self.i
            self.i += 1
            lo = self.class_item(ch, istart, cats)
            if lo is None:
                continue
            if self.i + 1 < self.n and p[self.i] == "-" and p[self.i + 1] != "]":
                self.i += 1
                hstart = self.i
                ch2 = p[self.i]
                self.i += 1
                hi = self.class_item(ch2, hstart, None)
                if hi is None:
                    raise self.err("bad character range %s" % "".join(p[istart:self.i]), istart)
                if hi < lo:
                    raise self.err("bad character range %s" % "".join(p[istart:self.i]), istart)
                ranges.append((lo, hi))
            else:
                lits.append(lo)
        return (_N_SET, _make_set(lits, ranges, cats, neg, flags))

    def class_item(self, ch, start, cats):
        # returns a code point, or None after recording a category escape
        if ch != "\\":
            return ord(ch)
        p = self.p
        if self.i >= self.n:
            raise self.err("unterminated character set", start - 1)
        e = p[self.i]
        self.i += 1
        if e in _CATS:
            if cats is None:
                return None
            cats.append(e)
            if self.i + 1 < self.n and p[self.i] == "-" and p[self.i + 1] != "]":
                raise self.err("bad character range \\%s-%s" % (e, p[self.i + 1]), start)
            return None
        if e in _OCT:
            return self.octal(int(e), 2)
        if e in _DIGITS:
            raise self.err("bad escape \\" + e, start)
        return self.char_escape(e, start, True)


def _width(node):
    k = node[0]
    if k == _N_LIT or k == _N_SET or k == _N_ANY:
        return 1, 1
    if k == _N_CAT:
        lo = hi = 0
        for x in node[1]:
            a, b = _width(x)
            lo += a
            hi += b
        return lo, hi
    if k == _N_ALT:
        ws = [_width(x) for x in node[1]]
        return min(w[0] for w in ws), max(w[1] for w in ws)
    if k == _N_REP:
        a, b = _width(node[1])
        return a * node[2], (b * node[3] if node[3] < _INF else _INF)
    if k == _N_GRP:
        return _width(node[2])
    if k == _N_ATOM:
        return _width(node[1])
    if k == _N_REF:
        return 0, _INF
    if k == _N_COND:
        a = _width(node[2])
        b = _width(node[3]) if node[3] is not None else (0, 0)
        return min(a[0], b[0]), max(a[1], b[1])
    return 0, 0


def _make_set(lits, ranges, cats, neg, flags):
    # A character class compiles to (ascii_accept_set, slow_predicate_or_None).
    asc = flags & 256
    icase = flags & 2
    litset = frozenset(lits)
    ranges = tuple(ranges)
    cats = tuple(cats)
    hascased = False
    if icase:
        for c in litset:
            if len(_members(c, asc)) > 1:
                hascased = True
                break
        if not hascased:
            for lo, hi in ranges:
                if hi - lo > 400 and not asc:
                    hascased = True
                    break
                for c in range(lo, hi + 1):
                    if len(_members(c, asc)) > 1:
                        hascased = True
                        break
                if hascased:
                    break

    def base(c):
        if c in litset:
            return True
        for lo, hi in ranges:
            if lo <= c <= hi:
                return True
        return False

    def catmatch(c):
        for e in cats:
            if e == "d":
                r = c in _ADIGIT if c < 128 else (not asc and _uprop(1, c))
            elif e == "D":
                r = not (c in _ADIGIT if c < 128 else (not asc and _uprop(1, c)))
            elif e == "w":
                r = _isword(c, asc)
            elif e == "W":
                r = not _isword(c, asc)
            elif e == "s":
                r = (c in _ASPACE) if asc else (c in _USPACE_ASCII if c < 128 else _uprop(2, c))
            else:
                r = not ((c in _ASPACE) if asc else (c in _USPACE_ASCII if c < 128 else _uprop(2, c)))
            if r:
                return True
        return False

    if hascased:
        def test(c):
            for m in _members(c, asc):
                if base(m):
                    return True
            return bool(cats) and catmatch(_lower(c, asc))
    elif cats:
        def test(c):
            return base(c) or catmatch(c)
    else:
        test = base
    if neg:
        def match(c):
            return not test(c)
    else:
        match = test
    acc = frozenset(c for c in range(128) if match(c))
    # decide whether any code point >= 128 can match
    slow = match
    if not neg and not cats:
        big = False
        for c in litset:
            if c >= 128:
                big = True
        for lo, hi in ranges:
            if hi >= 128:
                big = True
        if not big and (not hascased or asc):
            slow = None
        if not big and hascased and not asc:
            # only the few non-ASCII case partners of ASCII letters (e.g. kelvin sign)
            extra = set()
            for c in acc:
                for m in _members(c, asc):
                    if m >= 128:
                        extra.add(m)
            if not extra:
                slow = None
            else:
                extra = frozenset(extra)
                slow = extra.__contains__
    elif not neg and cats and all(e in "dws" for e in cats) and asc:
        big = any(c >= 128 for c in litset) or any(hi >= 128 for lo, hi in ranges)
        if not big and not hascased:
            slow = None
    return (acc, slow)


# ---------------------------------------------------------------------------------------------
# compiler: AST -> flat program of tuples executed by _run

(_OP_CHAR, _OP_SET, _OP_STR, _OP_ANY, _OP_ANYALL, _OP_SPLIT, _OP_JMP, _OP_SAVE, _OP_CLOSE, _OP_REP1,
 _OP_AT, _OP_RINIT, _OP_RUNTIL, _OP_RBODY, _OP_REF, _OP_LOOK, _OP_ATOM, _OP_COND, _OP_MATCH) = range(19)


class _Compiler:
    def __init__(self, ngroups):
        # marks for group 0..ngroups, then lastindex, then two registers per complex loop
        self.li = 2 * ngroups + 2
        self.nregs = 2 * ngroups + 3

    def program(self, node):
        prog = []
        self.emit(node, prog)
        prog.append((_OP_MATCH,))
        return prog

    def emit(self, node, prog):
        k = node[0]
        if k == _N_LIT:
            prog.append((_OP_CHAR, node[1]))
        elif k == _N_SET:
            s = node[1]
            prog.append((_OP_SET, s[0], s[1]))
        elif k == _N_ANY:
            prog.append((_OP_ANYALL,) if node[1] else (_OP_ANY,))
        elif k == _N_CAT:
            items = node[1]
            j = 0
            while j < len(items):
                if items[j][0] == _N_LIT:
                    run = []
                    while j < len(items) and items[j][0] == _N_LIT:
                        run.append(items[j][1])
                        j += 1
                    if len(run) == 1:
                        prog.append((_OP_CHAR, run[0]))
                    else:
                        bs = bytes(run) if max(run) < 128 else None
                        prog.append((_OP_STR, bs, run, len(run)))
                else:
                    self.emit(items[j], prog)
                    j += 1
        elif k == _N_ALT:
            jumps = []
            branches = node[1]
            for b in branches[:-1]:
                at = len(prog)
                prog.append(None)
                self.emit(b, prog)
                jumps.append(len(prog))
                prog.append(None)
                prog[at] = (_OP_SPLIT, len(prog))
            self.emit(branches[-1], prog)
            for j in jumps:
                prog[j] = (_OP_JMP, len(prog))
        elif k == _N_GRP:
            g = node[1]
            prog.append((_OP_SAVE, 2 * g))
            self.emit(node[2], prog)
            prog.append((_OP_CLOSE, 2 * g + 1, g, self.li))
        elif k == _N_AT:
            prog.append((_OP_AT, node[1]))
        elif k == _N_REF:
            prog.append((_OP_REF, node[1], node[2], node[3]))
        elif k == _N_LOOK:
            sub = self.program(node[1])
            prog.append((_OP_LOOK, sub, node[4] if node[2] else -1, node[3]))
        elif k == _N_ATOM:
            prog.append((_OP_ATOM, self.program(node[1])))
        elif k == _N_COND:
            at = len(prog)
            prog.append(None)
            self.emit(node[2], prog)
            if node[3] is not None:
                j = len(prog)
                prog.append(None)
                prog[at] = (_OP_COND, node[1], len(prog))
                self.emit(node[3], prog)
                prog[j] = (_OP_JMP, len(prog))
            else:
                prog[at] = (_OP_COND, node[1], len(prog))
        elif k == _N_REP:
            self.emit_rep(node, prog)
        else:
            raise AssertionError(k)

    def emit_rep(self, node, prog):
        body, mn, mx, kind = node[1], node[2], node[3], node[4]
        bk = body[0]
        if bk == _N_LIT or bk == _N_SET or bk == _N_ANY:
            if bk == _N_LIT:
                m = (0, body[1], None)
            elif bk == _N_ANY:
                m = (2 if body[1] else 1, None, None)
            else:
                m = (3, body[1][0], body[1][1])
            prog.append((_OP_REP1, m[0], m[1], m[2], mn, mx, kind, None))
            return
        if kind == 2:
            sub = []
            self.emit_rep((_N_REP, body, mn, mx, 0, False), sub)
            sub.append((_OP_MATCH,))
            prog.append((_OP_ATOM, sub))
            return
        if mn == 1 and mx == 1:
            self.emit(body, prog)
            return
        if mn == 0 and mx == 1:
            at = len(prog)
            prog.append(None)
            if kind == 0:
                self.emit(body, prog)
                prog[at] = (_OP_SPLIT, len(prog))
            else:
                # lazy: prefer skipping the body
                prog.append(None)
                body_pc = len(prog)
                self.emit(body, prog)
                end = len(prog)
                prog[at] = (_OP_SPLIT, at + 1)
                # at: try jump to end first; the alternative (body) is pushed
                prog[at] = (_OP_SPLIT, body_pc)
                prog[at + 1] = (_OP_JMP, end)
            return
        r = self.nregs
        self.nregs += 2
        prog.append((_OP_RINIT, r))
        until = len(prog)
        prog.append(None)
        rbody = len(prog)
        prog.append((_OP_RBODY, r, rbody + 1))
        body_pc = len(prog)
        self.emit(body, prog)
        prog.append((_OP_JMP, until))
        exit_pc = len(prog)
        prog[until] = (_OP_RUNTIL, r, mn, mx, kind == 1, body_pc, exit_pc, rbody)


def _rep1_scan(t, i, lim, mk, m1, m2):
    # how far a single-character matcher repeats from i (not beyond lim)
    j = i
    if mk == 3:
        while j < lim:
            c = t[j]
            if c < 128:
                if c not in m1:
                    break
            elif m2 is None or not m2(c):
                break
            j += 1
    elif mk == 0:
        while j < lim and t[j] == m1:
            j += 1
    elif mk == 1:
        if type(t) is bytes:
            j = t.find(b"\n", i, lim)
            if j < 0:
                j = lim
        else:
            while j < lim and t[j] != 10:
                j += 1
    else:
        j = lim
    return j


def _one(t, j, mk, m1, m2):
    c = t[j]
    if mk == 3:
        if c < 128:
            return c in m1
        return m2 is not None and m2(c)
    if mk == 0:
        return c == m1
    if mk == 1:
        return c != 10
    return True


def _at(code, t, n, i):
    if code == _AT_BEG or code == _AT_BEGS:
        return i == 0
    if code == _AT_BEGL:
        return i == 0 or t[i - 1] == 10
    if code == _AT_END:
        return i == n or (i == n - 1 and t[i] == 10)
    if code == _AT_ENDL:
        return i == n or t[i] == 10
    if code == _AT_ENDS:
        return i == n
    asc = code >= 100
    if asc:
        code -= 100
    if n == 0:
        return False
    a = i > 0 and _isword(t[i - 1], asc)
    b = i < n and _isword(t[i], asc)
    return (a != b) if code == _AT_B else (a == b)


def _run(prog, t, n, i, regs, trail, full, noempty):
    # Returns the end position of a match starting at i, or -1. Registers written through the
    # trail are restored on backtracking; on failure everything this call wrote is undone.
    base = len(trail)
    stack = []
    pc = 0
    while True:
        op = prog[pc]
        k = op[0]
        if k == _OP_CHAR:
            if i < n and t[i] == op[1]:
                i += 1
                pc += 1
                continue
        elif k == _OP_SET:
            if i < n:
                c = t[i]
                if c < 128:
                    if c in op[1]:
                        i += 1
                        pc += 1
                        continue
                elif op[2] is not None and op[2](c):
                    i += 1
                    pc += 1
                    continue
        elif k == _OP_REP1:
            mk, m1, m2, mn, mx, kind = op[1], op[2], op[3], op[4], op[5], op[6]
            lim = n if mx >= n - i else i + mx
            if kind == 1:
                if mn:
                    j = _rep1_scan(t, i, i + mn if i + mn < n else n, mk, m1, m2)
                    if j - i < mn:
                        j = -1
                else:
                    j = i
                if j >= 0:
                    if j < lim:
                        stack.append((-pc - 1, j, lim, len(trail)))
                    i = j
                    pc += 1
                    continue
            else:
                j = _rep1_scan(t, i, lim, mk, m1, m2)
                minj = i + mn
                if j >= minj:
                    if j > minj and kind == 0:
                        nxt = prog[pc + 1]
                        if nxt[0] == _OP_CHAR:
                            c = nxt[1]
                            while j > minj and (j >= n or t[j] != c):
                                j -= 1
                        if j > minj:
                            stack.append((-pc - 1, j, minj, len(trail)))
                    i = j
                    pc += 1
                    continue
        elif k == _OP_STR:
            ln = op[3]
            if type(t) is bytes:
                if op[1] is not None and t[i:i + ln] == op[1]:
                    i += ln
                    pc += 1
                    continue
            elif t[i:i + ln] == op[2]:
                i += ln
                pc += 1
                continue
        elif k == _OP_ANY:
            if i < n and t[i] != 10:
                i += 1
                pc += 1
                continue
        elif k == _OP_ANYALL:
            if i < n:
                i += 1
                pc += 1
                continue
        elif k == _OP_SPLIT:
            stack.append((op[1], i, 0, len(trail)))
            pc += 1
            continue
        elif k == _OP_JMP:
            pc = op[1]
            continue
        elif k == _OP_SAVE:
            s = op[1]
            trail.append(s)
            trail.append(regs[s])
            regs[s] = i
            pc += 1
            continue
        elif k == _OP_CLOSE:
            s = op[1]
            trail.append(s)
            trail.append(regs[s])
            regs[s] = i
            s = op[3]
            trail.append(s)
            trail.append(regs[s])
            regs[s] = op[2]
            pc += 1
            continue
        elif k == _OP_AT:
            if _at(op[1], t, n, i):
                pc += 1
                continue
        elif k == _OP_RUNTIL:
            r = op[1]
            count = regs[r] + 1
            if count < op[2]:
                trail.append(r)
                trail.append(regs[r])
                regs[r] = count
                pc = op[5]
                continue
            if not op[4]:
                if count < op[3] and i != regs[r + 1]:
                    stack.append((op[6], i, 0, len(trail)))
                    trail.append(r)
                    trail.append(regs[r])
                    trail.append(r + 1)
                    trail.append(regs[r + 1])
                    regs[r] = count
                    regs[r + 1] = i
                    pc = op[5]
                else:
                    pc = op[6]
                continue
            if count < op[3] and i != regs[r + 1]:
                stack.append((op[7], i, 0, len(trail)))
            pc = op[6]
            continue
        elif k == _OP_RBODY:
            r = op[1]
            trail.append(r)
            trail.append(regs[r])
            trail.append(r + 1)
            trail.append(regs[r + 1])
            regs[r] += 1
            regs[r + 1] = i
            pc = op[2]
            continue
        elif k == _OP_RINIT:
            r = op[1]
            trail.append(r)
            trail.append(regs[r])
            trail.append(r + 1)
            trail.append(regs[r + 1])
            regs[r] = -1
            regs[r + 1] = -1
            pc += 1
            continue
        elif k == _OP_MATCH:
            if not ((full and i != n) or i == noempty):
                return i
        elif k == _OP_REF:
            g = op[1]
            a = regs[2 * g]
            b = regs[2 * g + 1]
            if a >= 0 and b >= a:
                ln = b - a
                if i + ln <= n:
                    if not op[2]:
                        if t[a:b] == t[i:i + ln]:
                            i += ln
                            pc += 1
                            continue
                    else:
                        asc = op[3]
                        for j in range(ln):
                            if _lower(t[a + j], asc) != _lower(t[i + j], asc):
                                break
                        else:
                            i += ln
                            pc += 1
                            continue
        elif k == _OP_LOOK:
            w = op[2]
            tl = len(trail)
            if w >= 0:
                st = i - w
                ok = st >= 0 and _run(op[1], t, n, st, regs, trail, False, -1) >= 0
            else:
                ok = _run(op[1], t, n, i, regs, trail, False, -1) >= 0
            if op[3]:
                if ok:
                    _undo(regs, trail, tl)
                    ok = False
                else:
                    ok = True
            if ok:
                pc += 1
                continue
        elif k == _OP_ATOM:
            e = _run(op[1], t, n, i, regs, trail, False, -1)
            if e >= 0:
                i = e
                pc += 1
                continue
        elif k == _OP_COND:
            g = op[1]
            a = regs[2 * g] if 2 * g + 1 < len(regs) else -1
            b = regs[2 * g + 1] if 2 * g + 1 < len(regs) else -1
            if a >= 0 and b >= a:
                pc += 1
            else:
                pc = op[2]
            continue
        # ---- failure: resume the most recent choice point
        while True:
            if not stack:
                _undo(regs, trail, base)
                return -1
            e = stack[-1]
            _undo(regs, trail, e[3])
            code = e[0]
            if code >= 0:
                stack.pop()
                pc = code
                i = e[1]
                break
            rp = -code - 1
            op = prog[rp]
            if op[6] == 1:
                j = e[1]
                if j < e[2] and _one(t, j, op[1], op[2], op[3]):
                    j += 1
                    if j < e[2]:
                        stack[-1] = (code, j, e[2], e[3])
                    else:
                        stack.pop()
                    i = j
                    pc = rp + 1
                    break
                stack.pop()
                continue
            j = e[1] - 1
            minj = e[2]
            nxt = prog[rp + 1]
            if nxt[0] == _OP_CHAR:
                c = nxt[1]
                while j > minj and (j >= n or t[j] != c):
                    j -= 1
            if j > minj:
                stack[-1] = (code, j, minj, e[3])
            else:
                stack.pop()
            i = j
            pc = rp + 1
            break


def _undo(regs, trail, tl):
    while len(trail) > tl:
        v = trail.pop()
        regs[trail.pop()] = v


# ---------------------------------------------------------------------------------------------
# API

_last_text = [None, None]


def _text(s):
    if s is _last_text[0]:
        return _last_text[1]
    if not isinstance(s, str):
        if isinstance(s, (bytes, bytearray)):
            raise TypeError("cannot use a string pattern on a bytes-like object")
        raise TypeError("expected string or bytes-like object, got '%s'" % type(s).__name__)
    b = s.encode()
    t = b if len(b) == len(s) else [ord(c) for c in s]
    _last_text[0] = s
    _last_text[1] = t
    return t


def _slice(s, t, a, b):
    if type(t) is bytes:
        return t[a:b].decode()
    return s[a:b]


class _GroupIndex(dict):
    def __repr__(self):
        return "mappingproxy(%r)" % (dict(self),)


class Pattern:
    def __init__(self, pattern, flags):
        if isinstance(pattern, (bytes, bytearray)):
            raise _nie("bytes patterns")
        if not isinstance(pattern, str):
            raise TypeError("first argument must be string or compiled pattern")
        flags = int(flags)
        if flags & 4:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if flags & 288 == 288:
            raise ValueError("ASCII and UNICODE flags are incompatible")
        if flags & 1:
            raise _nie("TEMPLATE flag")
        p = _Parser(pattern, flags)
        tree = p.parse()
        self.pattern = pattern
        fl = p.gflags
        if not fl & 256:
            fl |= 32
        self.flags = fl
        self.groups = p.ngroups
        self.groupindex = _GroupIndex(p.names)
        self._names = {}
        for k, v in p.names.items():
            self._names[v] = k
        c = _Compiler(p.ngroups)
        self._prog = c.program(tree)
        self._nregs = c.nregs
        self._li = c.li
        self._tmpl = None

    def __repr__(self):
        fl = self.flags
        if fl & 292 == 32:
            fl &= ~32
        r = repr(self.pattern)[:200]
        if fl:
            return "re.compile(%s, %r)" % (r, RegexFlag(fl))
        return "re.compile(%s)" % r

    def __eq__(self, other):
        return isinstance(other, Pattern) and self.pattern == other.pattern and self.flags == other.flags

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _exec(self, s, pos, endpos, mode, must_advance=False):
        t = _text(s)
        n = len(t)
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        if endpos < 0:
            endpos = 0
        elif endpos > n:
            endpos = n
        if endpos < pos:
            return None
        prog = self._prog
        regs = [-1] * self._nregs
        regs[self._li] = 0
        trail = []
        full = mode == 2
        noempty = pos if must_advance else -1
        if mode:
            e = _run(prog, t, endpos, pos, regs, trail, full, noempty)
            if e < 0:
                return None
            regs[0] = pos
            regs[1] = e
            return Match(self, s, t, regs, pos, endpos)
        first = prog[0]
        fk = first[0]
        i = pos
        if fk == _OP_AT and (first[1] == _AT_BEG or first[1] == _AT_BEGS):
            e = _run(prog, t, endpos, pos, regs, trail, False, noempty) if pos == 0 else -1
            if e < 0:
                return None
            regs[0] = pos
            regs[1] = e
            return Match(self, s, t, regs, pos, endpos)
        isb = type(t) is bytes
        while i <= endpos:
            # skip ahead to a position where the first instruction can match
            if fk == _OP_CHAR:
                c = first[1]
                if isb:
                    i = t.find(bytes((c,)), i, endpos) if c < 128 else -1
                else:
                    while i < endpos and t[i] != c:
                        i += 1
                    if i >= endpos:
                        i = -1
                if i < 0:
                    return None
            elif fk == _OP_STR:
                if isb:
                    i = t.find(first[1], i, endpos) if first[1] is not None else -1
                    if i < 0:
                        return None
                else:
                    c = first[2][0]
                    while i < endpos and t[i] != c:
                        i += 1
                    if i >= endpos:
                        return None
            elif fk == _OP_SET or (fk == _OP_REP1 and first[4] > 0 and first[1] == 3):
                acc = first[1] if fk == _OP_SET else first[2]
                slow = first[2] if fk == _OP_SET else first[3]
                while i < endpos:
                    c = t[i]
                    if c < 128:
                        if c in acc:
                            break
                    elif slow is not None and slow(c):
                        break
                    i += 1
                if i >= endpos:
                    return None
            e = _run(prog, t, endpos, i, regs, trail, False, noempty if i == pos else -1)
            if e >= 0:
                regs[0] = i
                regs[1] = e
                return Match(self, s, t, regs, pos, endpos)
            i += 1
        return None

    def match(self, string, pos=0, endpos=_INF):
        return self._exec(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=_INF):
        return self._exec(string, pos, endpos, 2)

    def search(self, string, pos=0, endpos=_INF):
        return self._exec(string, pos, endpos, 0)

    def _iter(self, string, pos, endpos):
        t = _text(string)
        n = len(t)
        if endpos > n:
            endpos = n
        if pos < 0:
            pos = 0
        adv = False
        while pos <= endpos:
            m = self._exec(string, pos, endpos, 0, adv)
            if m is None:
                return
            yield m
            r = m._regs
            adv = r[0] == r[1]
            pos = r[1]

    def finditer(self, string, pos=0, endpos=_INF):
        return self._iter(string, pos, endpos)

    def findall(self, string, pos=0, endpos=_INF):
        out = []
        ng = self.groups
        for m in self._iter(string, pos, endpos):
            if ng == 0:
                out.append(m.group(0))
            elif ng == 1:
                out.append(m.group(1) or "")
            else:
                out.append(tuple(g or "" for g in m.groups()))
        return out

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        n = 0
        t = None
        for m in self._iter(string, 0, _INF):
            if maxsplit > 0 and n >= maxsplit:
                break
            if maxsplit < 0:
                break
            t = m._t
            r = m._regs
            out.append(_slice(string, t, last, r[0]))
            if self.groups:
                out.extend(m.groups())
            last = r[1]
            n += 1
        if t is None:
            t = _text(string)
        out.append(_slice(string, t, last, len(t)))
        return out

    def subn(self, repl, string, count=0):
        if callable(repl):
            func = repl
            items = None
        else:
            if not isinstance(repl, str):
                raise TypeError("expected str instance, %s found" % type(repl).__name__)
            func = None
            if "\\" in repl:
                items = _template(self, repl)
                if len(items) == 1 and isinstance(items[0], str):
                    lit = items[0]
                    items = None
                elif not items:
                    lit = ""
                    items = None
            else:
                lit = repl
                items = None
        out = []
        last = 0
        n = 0
        t = None
        for m in self._iter(string, 0, _INF):
            if count > 0 and n >= count:
                break
            if count < 0:
                break
            t = m._t
            r = m._regs
            if r[0] > last:
                out.append(_slice(string, t, last, r[0]))
            if func is not None:
                v = func(m)
                if v is not None:
                    out.append(v)
            elif items is not None:
                out.append(_expand(m, items))
            else:
                out.append(lit)
            last = r[1]
            n += 1
        if not n:
            return string, 0
        out.append(_slice(string, t, last, len(t)))
        if func is not None:
            for k in range(len(out)):
                if not isinstance(out[k], str):
                    raise TypeError("sequence item %d: expected str instance, %s found"
                                    % (k, type(out[k]).__name__))
        return "".join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=_INF):
        raise _nie("Pattern.scanner")

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class Match:
    def __init__(self, pattern, s, t, regs, pos, endpos):
        self.re = pattern
        self.string = s
        self._t = t
        self._regs = regs
        self.pos = pos
        self.endpos = endpos

    def _idx(self, g):
        if isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, str):
            v = self.re.groupindex.get(g)
            if v is not None:
                return v
        raise IndexError("no such group")

    def _get(self, g, default=None):
        r = self._regs
        a = r[2 * g]
        b = r[2 * g + 1]
        if a < 0 or b < 0:
            return default
        return _slice(self.string, self._t, a, b)

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._idx(args[0]))
        return tuple(self._get(self._idx(g)) for g in args)

    def __getitem__(self, g):
        return self._get(self._idx(g))

    def groups(self, default=None):
        return tuple(self._get(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        d = {}
        for name, g in self.re.groupindex.items():
            d[name] = self._get(g, default)
        return d

    def span(self, group=0):
        g = self._idx(group)
        r = self._regs
        a = r[2 * g]
        b = r[2 * g + 1]
        if a < 0 or b < 0:
            return (-1, -1)
        return (a, b)

    def start(self, group=0):
        return self.span(group)[0]

    def end(self, group=0):
        return self.span(group)[1]

    @property
    def lastindex(self):
        v = self._regs[self.re._li]
        return v if v else None

    @property
    def lastgroup(self):
        v = self._regs[self.re._li]
        return self.re._names.get(v) if v else None

    @property
    def regs(self):
        return tuple(self.span(g) for g in range(self.re.groups + 1))

    def expand(self, template):
        return _expand(self, _template(self.re, template))

    def __bool__(self):
        return True

    def __repr__(self):
        r = self._regs
        return "<re.Match object; span=(%d, %d), match=%s>" % (r[0], r[1], repr(self._get(0))[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _template(pattern, repl):
    cache = pattern._tmpl
    if cache is None:
        cache = pattern._tmpl = {}
    items = cache.get(repl)
    if items is not None:
        return items
    items = []
    lit = []
    p = list(repl)
    n = len(p)
    i = 0
    ngroups = pattern.groups
    while i < n:
        ch = p[i]
        i += 1
        if ch != "\\":
            lit.append(ch)
            continue
        bs = i - 1
        if i >= n:
            raise error("bad escape (end of pattern)", repl, bs)
        c = p[i]
        i += 1
        g = None
        if c == "g":
            if i >= n or p[i] != "<":
                raise error("missing <", repl, i)
            j = i + 1
            while j < n and p[j] != ">":
                j += 1
            name = "".join(p[i + 1:j])
            if j >= n:
                if not name:
                    raise error("missing group name", repl, i + 1)
                raise error("missing >, unterminated name", repl, i + 1)
            if not name:
                raise error("missing group name", repl, i + 1)
            if name.isdigit():
                g = int(name)
                if g > ngroups:
                    raise error("invalid group reference %d" % g, repl, i + 1)
            else:
                if not _valid_name(name):
                    raise error("bad character in group name %r" % name, repl, i + 1)
                g = pattern.groupindex.get(name)
                if g is None:
                    raise IndexError("unknown group name %r" % name)
            i = j + 1
        elif c == "0":
            v = 0
            k = 0
            while k < 2 and i < n and p[i] in _OCT:
                v = v * 8 + int(p[i])
                i += 1
                k += 1
            lit.append(chr(v))
        elif c in _DIGITS:
            num = c
            if i < n and p[i] in _DIGITS:
                num += p[i]
                i += 1
                if num[0] in _OCT and num[1] in _OCT and i < n and p[i] in _OCT:
                    num += p[i]
                    i += 1
                    v = int(num, 8)
                    if v > 255:
                        raise error("octal escape value \\%s outside of range 0-0o377" % num, repl, bs)
                    lit.append(chr(v))
                    continue
            g = int(num)
            if g > ngroups:
                raise error("invalid group reference %d" % g, repl, bs + 1)
        else:
            v = _SPECIAL_ESC.get(c)
            if v is not None:
                lit.append(chr(v))
            elif ord(c) < 128 and c.isalpha():
                raise error("bad escape \\" + c, repl, bs)
            else:
                lit.append("\\")
                lit.append(c)
        if g is not None:
            if lit:
                items.append("".join(lit))
                lit = []
            items.append(g)
    if lit:
        items.append("".join(lit))
    if len(cache) < 100:
        cache[repl] = items
    return items


def _expand(m, items):
    out = []
    for x in items:
        if isinstance(x, str):
            out.append(x)
        else:
            v = m._get(x)
            if v:
                out.append(v)
    return "".join(out)


_cache = {}


def _compile(pattern, flags):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, int(flags))
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, flags)
        if len(_cache) >= 512:
            _cache.clear()
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def purge():
    _cache.clear()


def template(pattern, flags=0):
    raise _nie("template")


_ESCAPE_SET = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c")


def escape(pattern):
    if isinstance(pattern, (bytes, bytearray)):
        raise _nie("escape of bytes")
    out = []
    for ch in pattern:
        if ch in _ESCAPE_SET:
            out.append("\\")
        out.append(ch)
    return "".join(out)

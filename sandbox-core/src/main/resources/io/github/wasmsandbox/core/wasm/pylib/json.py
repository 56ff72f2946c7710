# CPython-compatible json for the sandbox guest.
# The built-in ujson is lenient (accepts trailing commas, leading zeros, missing colons) and has no
# indent/sort_keys/ensure_ascii, so both directions are implemented here. The decoder works on the
# UTF-8 bytes of the document because indexing a MicroPython str is O(n).

__all__ = ["dump", "dumps", "load", "loads", "JSONDecoder", "JSONDecodeError", "JSONEncoder"]

_INF = float("inf")


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        super().__init__("%s: line %d column %d (char %d)" % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


def _nie(what):
    return NotImplementedError("json." + what + " is not supported in the sandbox")


# ---------------------------------------------------------------------------------------------
# encoding

_ESC = {0x22: '\\"', 0x5C: "\\\\", 0x08: "\\b", 0x0C: "\\f", 0x0A: "\\n", 0x0D: "\\r", 0x09: "\\t"}


def _quote(s, ensure_ascii):
    b = s.encode()
    if not b:
        return '""'
    # Most strings need no escaping; these checks run at C speed.
    if min(b) >= 32 and 0x22 not in b and 0x5C not in b:
        if not ensure_ascii or (len(b) == len(s) and max(b) < 127):
            return '"' + s + '"'
    out = ['"']
    app = out.append
    for ch in s:
        c = ord(ch)
        if c < 32 or c == 0x22 or c == 0x5C:
            e = _ESC.get(c)
            app(e if e is not None else "\\u%04x" % c)
        elif c < 127 or not ensure_ascii:
            app(ch)
        elif c < 0x10000:
            app("\\u%04x" % c)
        else:
            c -= 0x10000
            app("\\u%04x\\u%04x" % (0xD800 | (c >> 10), 0xDC00 | (c & 0x3FF)))
    app('"')
    return "".join(out)


def _float_text(o, allow_nan):
    if o != o:
        t = "NaN"
    elif o == _INF:
        t = "Infinity"
    elif o == -_INF:
        t = "-Infinity"
    else:
        return repr(float(o))
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return t


class JSONEncoder:
    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError("Object of type %s is not JSON serializable" % type(o).__name__)

    def encode(self, o):
        if isinstance(o, str):
            return _quote(o, self.ensure_ascii)
        out = []
        self._enc(o, out, 0, {} if self.check_circular else None)
        return "".join(out)

    def iterencode(self, o, _one_shot=False):
        return iter([self.encode(o)])

    def _enc(self, o, out, level, markers):
        app = out.append
        if isinstance(o, str):
            app(_quote(o, self.ensure_ascii))
        elif o is None:
            app("null")
        elif o is True:
            app("true")
        elif o is False:
            app("false")
        elif isinstance(o, int):
            app(repr(o) if type(o) is int else repr(int(o)))
        elif isinstance(o, float):
            app(_float_text(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            if not o:
                app("[]")
                return
            key = self._mark(o, markers)
            app("[")
            nl = self._newline(level + 1)
            if nl is not None:
                app(nl)
                sep = self.item_separator + nl
            else:
                sep = self.item_separator
            first = True
            for v in o:
                if first:
                    first = False
                else:
                    app(sep)
                self._enc(v, out, level + 1, markers)
            if nl is not None:
                app(self._newline(level))
            app("]")
            if key is not None:
                del markers[key]
        elif isinstance(o, dict):
            self._enc_dict(o, out, level, markers)
        else:
            key = self._mark(o, markers)
            self._enc(self.default(o), out, level, markers)
            if key is not None:
                del markers[key]

    def _mark(self, o, markers):
        if markers is None:
            return None
        key = id(o)
        if key in markers:
            raise ValueError("Circular reference detected")
        markers[key] = o
        return key

    def _newline(self, level):
        ind = self.indent
        if ind is None:
            return None
        if not isinstance(ind, str):
            ind = " " * ind
        return "\n" + ind * level

    def _enc_dict(self, d, out, level, markers):
        app = out.append
        if not d:
            app("{}")
            return
        key = self._mark(d, markers)
        app("{")
        nl = self._newline(level + 1)
        if nl is not None:
            app(nl)
            sep = self.item_separator + nl
        else:
            sep = self.item_separator
        items = d.items()
        if self.sort_keys:
            items = sorted(items)
        first = True
        ks = self.key_separator
        for k, v in items:
            if isinstance(k, str):
                pass
            elif isinstance(k, float):
                k = _float_text(k, self.allow_nan)
            elif k is True:
                k = "true"
            elif k is False:
                k = "false"
            elif k is None:
                k = "null"
            elif isinstance(k, int):
                k = repr(k) if type(k) is int else repr(int(k))
            elif self.skipkeys:
                continue
            else:
                raise TypeError("keys must be str, int, float, bool or None, not %s" % type(k).__name__)
            if first:
                first = False
            else:
                app(sep)
            app(_quote(k, self.ensure_ascii))
            app(ks)
            self._enc(v, out, level + 1, markers)
        if nl is not None:
            app(self._newline(level))
        app("}")
        if key is not None:
            del markers[key]


def _plain(o, depth):
    # True when MicroPython's C encoder (ujson) writes what CPython's json.dumps writes with
    # default options, strings aside (dumps checks those on the output, in one pass): exact
    # built-in types, finite floats (both print repr since the guest's float patch), keys that
    # both turn into strings the same way (str, int, bool, None, finite float).
    t = type(o)
    if t is str or t is int or t is bool or o is None:
        return True
    if t is float:
        return o - o == 0.0
    if depth > 64:
        return False
    if t is list or t is tuple:
        for v in o:
            if not _plain(v, depth + 1):
                return False
        return True
    if t is dict:
        for k in o:
            kt = type(k)
            if not (kt is str or kt is int or kt is bool or k is None or (kt is float and k - k == 0.0)):
                return False
            if not _plain(o[k], depth + 1):
                return False
        return True
    return False


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    if (cls is None and not kw and indent is None and separators is None and default is None
            and not sort_keys and not skipkeys and ensure_ascii and check_circular and allow_nan
            and _plain(obj, 0)):
        import ujson
        text = ujson.dumps(obj)
        # ujson writes non-ASCII and DEL as they are and \b, \f as \u0008, \u000c, where CPython
        # escapes the first (ensure_ascii) and shortens the others; a false alarm only means the
        # exact encoder below runs
        if ('\x7f' not in text and '\\u0008' not in text and '\\u000c' not in text
                and len(text) == len(text.encode())):
            return text
    if cls is None:
        if kw:
            raise TypeError("JSONEncoder.__init__() got an unexpected keyword argument '%s'" % next(iter(kw)))
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


# ---------------------------------------------------------------------------------------------
# decoding

_WS = b" \t\n\r"
_DIG = b"0123456789"
_ESCD = {0x22: '"', 0x5C: "\\", 0x2F: "/", 0x62: "\b", 0x66: "\f", 0x6E: "\n", 0x72: "\r", 0x74: "\t"}


class _Parser:
    def __init__(self, doc, b, strict, object_hook, object_pairs_hook, parse_float, parse_int,
                 parse_constant):
        self.doc = doc
        self.b = b
        self.n = len(b)
        self.strict = strict
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.ascii = len(b) == len(doc)

    def err(self, msg, bpos):
        # Positions are tracked in bytes; errors report code point offsets like CPython.
        pos = bpos if self.ascii else len(self.b[:bpos].decode())
        return JSONDecodeError(msg, self.doc, pos)

    def ws(self, i):
        b = self.b
        n = self.n
        while i < n and b[i] in _WS:
            i += 1
        return i

    def value(self, i):
        b = self.b
        if i >= self.n:
            raise self.err("Expecting value", i)
        c = b[i]
        if c == 0x22:
            return self.string(i + 1)
        if c == 0x7B:
            return self.obj(i + 1)
        if c == 0x5B:
            return self.arr(i + 1)
        if c == 0x6E and b[i:i + 4] == b"null":
            return None, i + 4
        if c == 0x74 and b[i:i + 4] == b"true":
            return True, i + 4
        if c == 0x66 and b[i:i + 5] == b"false":
            return False, i + 5
        if c == 0x4E and b[i:i + 3] == b"NaN":
            return self.parse_constant("NaN"), i + 3
        if c == 0x49 and b[i:i + 8] == b"Infinity":
            return self.parse_constant("Infinity"), i + 8
        if c == 0x2D and b[i:i + 9] == b"-Infinity":
            return self.parse_constant("-Infinity"), i + 9
        return self.number(i)

    def number(self, i):
        b = self.b
        n = self.n
        j = i
        if j < n and b[j] == 0x2D:
            j += 1
        if j >= n or b[j] not in _DIG:
            raise self.err("Expecting value", i)
        if b[j] == 0x30:
            j += 1
        else:
            while j < n and b[j] in _DIG:
                j += 1
        isfloat = False
        if j + 1 < n and b[j] == 0x2E and b[j + 1] in _DIG:
            j += 2
            while j < n and b[j] in _DIG:
                j += 1
            isfloat = True
        if j < n and (b[j] == 0x65 or b[j] == 0x45):
            k = j + 1
            if k < n and (b[k] == 0x2B or b[k] == 0x2D):
                k += 1
            if k < n and b[k] in _DIG:
                while k < n and b[k] in _DIG:
                    k += 1
                j = k
                isfloat = True
        text = b[i:j].decode()
        if isfloat:
            return self.parse_float(text), j
        return self.parse_int(text), j

    def string(self, i):
        # i is just after the opening quote
        b = self.b
        start = i - 1
        parts = []
        while True:
            q = b.find(b'"', i)
            if q < 0:
                raise self.err("Unterminated string starting at", start)
            bs = b.find(b"\\", i, q)
            end = q if bs < 0 else bs
            chunk = b[i:end]
            if chunk and self.strict and min(chunk) < 32:
                k = i
                while b[k] >= 32:
                    k += 1
                raise self.err("Invalid control character at", k)
            if bs < 0:
                if not parts:
                    return chunk.decode(), q + 1
                parts.append(chunk.decode())
                return "".join(parts), q + 1
            parts.append(chunk.decode())
            i = bs + 1
            if i >= self.n:
                raise self.err("Unterminated string starting at", start)
            c = b[i]
            e = _ESCD.get(c)
            if e is not None:
                parts.append(e)
                i += 1
                continue
            if c != 0x75:
                raise self.err("Invalid \\escape", bs)
            u = self.hex4(i + 1, i)
            i += 5
            if 0xD800 <= u < 0xDC00 and b[i:i + 2] == b"\\u":
                u2 = self.hex4(i + 2, i + 1)
                if 0xDC00 <= u2 < 0xE000:
                    u = 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00)
                    i += 6
            if 0xD800 <= u < 0xE000:
                raise _nie("loads of a lone surrogate escape")
            parts.append(chr(u))

    def hex4(self, i, errpos):
        h = self.b[i:i + 4]
        if len(h) == 4:
            for c in h:
                if not (0x30 <= c <= 0x39 or 0x61 <= c <= 0x66 or 0x41 <= c <= 0x46):
                    break
            else:
                return int(h.decode(), 16)
        raise self.err("Invalid \\uXXXX escape", errpos)

    def obj(self, i):
        b = self.b
        pairs = []
        i = self.ws(i)
        if i < self.n and b[i] == 0x7D:
            return self.finish_obj(pairs), i + 1
        while True:
            if i >= self.n or b[i] != 0x22:
                raise self.err("Expecting property name enclosed in double quotes", i)
            k, i = self.string(i + 1)
            i = self.ws(i)
            if i >= self.n or b[i] != 0x3A:
                raise self.err("Expecting ':' delimiter", i)
            i = self.ws(i + 1)
            v, i = self.value(i)
            pairs.append((k, v))
            i = self.ws(i)
            if i < self.n and b[i] == 0x7D:
                return self.finish_obj(pairs), i + 1
            if i >= self.n or b[i] != 0x2C:
                raise self.err("Expecting ',' delimiter", i)
            i = self.ws(i + 1)

    def finish_obj(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        d = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(d)
        return d

    def arr(self, i):
        b = self.b
        out = []
        i = self.ws(i)
        if i < self.n and b[i] == 0x5D:
            return out, i + 1
        while True:
            v, i = self.value(i)
            out.append(v)
            i = self.ws(i)
            if i < self.n and b[i] == 0x5D:
                return out, i + 1
            if i >= self.n or b[i] != 0x2C:
                raise self.err("Expecting ',' delimiter", i)
            i = self.ws(i + 1)


def _constant(name):
    return {"NaN": float("nan"), "Infinity": _INF, "-Infinity": -_INF}[name]


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def _parser(self, s):
        return _Parser(s, s.encode(), self.strict, self.object_hook, self.object_pairs_hook,
                       self.parse_float, self.parse_int, self.parse_constant)

    def decode(self, s):
        p = self._parser(s)
        i = p.ws(0)
        obj, end = p.value(i)
        end = p.ws(end)
        if end != p.n:
            raise p.err("Extra data", end)
        return obj

    def raw_decode(self, s, idx=0):
        if idx:
            raise _nie("JSONDecoder.raw_decode with idx")
        p = self._parser(s)
        obj, end = p.value(0)
        return obj, (end if p.ascii else len(p.b[:end].decode()))


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    if isinstance(s, (bytes, bytearray)):
        s = bytes(s)
        if s[:3] == b"\xef\xbb\xbf":
            s = s[3:]
        elif s[:2] in (b"\xff\xfe", b"\xfe\xff") or (len(s) > 1 and (s[0] == 0 or s[1] == 0)):
            raise _nie("loads of UTF-16/UTF-32 bytes")
        s = s.decode()
    elif not isinstance(s, str):
        raise TypeError("the JSON object must be str, bytes or bytearray, not %s" % type(s).__name__)
    elif s.startswith("\ufeff"):
        raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
               parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw).decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)

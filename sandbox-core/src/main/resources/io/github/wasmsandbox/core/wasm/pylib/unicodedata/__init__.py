# Partial, exact unicodedata for the sandbox guest. The data (generated from CPython 3.11's Unicode
# 14.0 database) covers U+0000-U+017F (ASCII, Latin-1, Latin Extended-A) and the combining
# diacritical marks U+0300-U+036F. Any other code point raises NotImplementedError rather than
# risking a wrong answer.

unidata_version = "14.0.0"

_D = None


def _nie(what):
    return NotImplementedError("unicodedata." + what + " is not supported in the sandbox")


def _tables():
    global _D
    if _D is None:
        from . import _data as m
        rows = {}
        for line in m.ROWS.split("\n"):
            f = line.split(";")
            rows[int(f[0], 16)] = f
        def pairs(s):
            out = {}
            for item in s.split():
                k, v = item.split(":")
                out[int(k, 16)] = [int(x, 16) for x in v.split(",")]
            return out
        ccc = {}
        for item in m.CCC.split():
            k, v = item.split(":")
            ccc[int(k, 16)] = int(v)
        comp = {}
        for item in m.COMP.split():
            k, v = item.split(":")
            a, b = k.split(",")
            comp[(int(a, 16), int(b, 16))] = int(v, 16)
        _D = (rows, pairs(m.NFD), pairs(m.NFKD), ccc, comp)
    return _D


def _row(chr_, fn):
    if not isinstance(chr_, str) or len(chr_) != 1:
        raise TypeError("%s() argument must be a unicode character, not %s"
                        % (fn, type(chr_).__name__ if not isinstance(chr_, str) else "str"))
    c = ord(chr_)
    r = _tables()[0].get(c)
    if r is None:
        raise _nie("%s for U+%04X" % (fn, c))
    return r


def category(chr):
    return _row(chr, "category")[1]


def combining(chr):
    return int(_row(chr, "combining")[2])


def bidirectional(chr):
    return _row(chr, "bidirectional")[8]


def decomposition(chr):
    return _row(chr, "decomposition")[3]


def mirrored(chr):
    raise _nie("mirrored")


def east_asian_width(chr):
    raise _nie("east_asian_width")


_missing = object()


def name(chr, default=_missing):
    n = _row(chr, "name")[4]
    if n:
        return n
    if default is _missing:
        raise ValueError("no such name")
    return default


def lookup(name):
    key = name.upper()
    for r in _tables()[0].values():
        if r[4] == key:
            return chr(int(r[0], 16))
    raise _nie("lookup of names outside U+0000-U+017F")


def _numeric_field(chr_, default, idx, fn, conv, msg):
    v = _row(chr_, fn)[idx]
    if v:
        return conv(v)
    if default is _missing:
        raise ValueError(msg)
    return default


def decimal(chr, default=_missing):
    return _numeric_field(chr, default, 5, "decimal", int, "not a decimal")


def digit(chr, default=_missing):
    return _numeric_field(chr, default, 6, "digit", int, "not a digit")


def numeric(chr, default=_missing):
    return _numeric_field(chr, default, 7, "numeric", float, "not a numeric character")


def _decompose(s, compat):
    rows, nfd, nfkd, ccc, comp = _tables()
    table = nfkd if compat else nfd
    out = []
    for ch in s:
        c = ord(ch)
        if c not in rows:
            raise _nie("normalize of U+%04X" % c)
        d = table.get(c)
        if d is None:
            out.append(c)
        else:
            out.extend(d)
    # canonical ordering: stable sort of each run of non-starters by combining class
    n = len(out)
    i = 0
    while i < n:
        if ccc.get(out[i], 0) == 0:
            i += 1
            continue
        j = i
        while j < n and ccc.get(out[j], 0) != 0:
            j += 1
        if j - i > 1:
            # the guest's list.sort is not stable, so sort on (class, position)
            run = [(ccc.get(out[k], 0), k, out[k]) for k in range(i, j)]
            run.sort()
            out[i:j] = [x[2] for x in run]
        i = j
    return out


def _compose(cps):
    ccc = _tables()[3]
    comp = _tables()[4]
    out = []
    starter = -1
    last_cc = 0
    for c in cps:
        cc = ccc.get(c, 0)
        if starter >= 0:
            adjacent = len(out) - 1 == starter
            if adjacent or (last_cc != 0 and last_cc < cc):
                k = comp.get((out[starter], c))
                if k is not None:
                    out[starter] = k
                    continue
        if cc == 0:
            starter = len(out)
        last_cc = cc
        out.append(c)
    return out


def _check(form, s):
    if not isinstance(form, str):
        raise TypeError("normalize() argument 1 must be str, not %s" % type(form).__name__)
    if not isinstance(s, str):
        raise TypeError("normalize() argument 2 must be str, not %s" % type(s).__name__)
    if form not in ("NFC", "NFD", "NFKC", "NFKD"):
        raise ValueError("invalid normalization form")


def normalize(form, unistr):
    _check(form, unistr)
    b = unistr.encode()
    if len(b) == len(unistr):
        return unistr  # ASCII is invariant under every form
    cps = _decompose(unistr, form[2:3] == "K" or form == "NFKC" or form == "NFKD")
    if form == "NFC" or form == "NFKC":
        cps = _compose(cps)
    return "".join([chr(c) for c in cps])


def is_normalized(form, unistr):
    return normalize(form, unistr) == unistr

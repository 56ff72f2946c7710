# Partial, exact unicodedata for the sandbox guest, from CPython 3.11's Unicode 14.0 database.
# normalize() and is_normalized() cover every code point: text within U+0000-U+017F and the
# combining marks U+0300-U+036F uses the small tables of _data, anything else loads the full
# decomposition, combining-class and composition tables of _norm (82 KB, read on first use) and
# handles Hangul syllables by their formula. The per-character properties (category, name,
# decomposition, numeric values...) cover that Latin range (from _data) and the 256-code-point
# pages in _PAGES (one module each, _page_XX, read on first use): Latin Extended-B to Arabic,
# Devanagari, Greek Extended, punctuation, currency, letterlike, number forms, arrows, math and
# other symbols, CJK punctuation with kana, presentation and full-width forms, emoji. Any other
# code point raises NotImplementedError rather than risking a wrong answer.

unidata_version = "14.0.0"

_D = None
_N = None
_PAGES = (0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x09, 0x1E, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26,
          0x27, 0x28, 0x29, 0x2A, 0x2B, 0x30, 0xFB, 0xFE, 0xFF, 0x1F3, 0x1F4, 0x1F5, 0x1F6, 0x1F9)
_page_rows = {}


def _nie(what):
    return NotImplementedError("unicodedata." + what + " is not supported in the sandbox")


def _rows(text):
    # code point;category;ccc;decomposition;name;decimal;digit;numeric;bidi per line
    rows = {}
    for line in text.split("\n"):
        f = line.split(";")
        rows[int(f[0], 16)] = f
    return rows


def _codes(text):
    # "c:x,y,z" items: a code point and the code points it maps to
    out = {}
    for item in text.split():
        k, v = item.split(":")
        out[int(k, 16)] = [int(x, 16) for x in v.split(",")]
    return out


def _classes(text):
    # "c:class" or "first-last:class" items: canonical combining classes other than 0
    ccc = {}
    for item in text.split():
        k, v = item.split(":")
        first, _, last = k.partition("-")
        for c in range(int(first, 16), int(last or first, 16) + 1):
            ccc[c] = int(v)
    return ccc


def _compositions(text):
    # "first,second:composite" items
    comp = {}
    for item in text.split():
        k, v = item.split(":")
        a, b = k.split(",")
        comp[(int(a, 16), int(b, 16))] = int(v, 16)
    return comp


def _tables():
    global _D
    if _D is None:
        from . import _data as m
        _D = (_rows(m.ROWS), _codes(m.NFD), _codes(m.NFKD), _classes(m.CCC), _compositions(m.COMP))
    return _D


def _full_tables():
    # (nfd, nfkd, ccc, comp) for every code point, in the shape of the Latin tables
    global _N
    if _N is None:
        from . import _norm as m
        nfd = _codes(m.NFD)
        nfkd = dict(nfd)
        nfkd.update(_codes(m.NFKD))
        _N = (nfd, nfkd, _classes(m.CCC), _compositions(m.COMP))
    return _N


def _latin_tables():
    rows, nfd, nfkd, ccc, comp = _tables()
    return (nfd, nfkd, ccc, comp)


def _page(page):
    rows = _page_rows.get(page)
    if rows is None:
        package = __import__("unicodedata._page_%02x" % page)
        rows = _rows(getattr(package, "_page_%02x" % page).ROWS)
        _page_rows[page] = rows
    return rows


def _row(chr_, fn):
    if not isinstance(chr_, str) or len(chr_) != 1:
        raise TypeError("%s() argument must be a unicode character, not %s"
                        % (fn, type(chr_).__name__ if not isinstance(chr_, str) else "str"))
    c = ord(chr_)
    r = _tables()[0].get(c)
    if r is None:
        if c >> 8 not in _PAGES:
            raise _nie("%s for U+%04X" % (fn, c))
        r = _page(c >> 8).get(c)
        if r is None:  # unassigned in a covered page: what CPython answers for it
            r = ["%x" % c, "Cn", "0", "", "", "", "", "", ""]
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
    for page in _PAGES:
        for r in _page(page).values():
            if r[4] == key:
                return chr(int(r[0], 16))
    raise _nie("lookup of names outside the covered pages")


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


# Hangul syllables decompose into jamo and compose back by formula (Unicode 14.0, section 3.12)
_S_BASE, _L_BASE, _V_BASE, _T_BASE = 0xAC00, 0x1100, 0x1161, 0x11A7
_L_COUNT, _V_COUNT, _T_COUNT = 19, 21, 28
_N_COUNT = _V_COUNT * _T_COUNT
_S_COUNT = _L_COUNT * _N_COUNT


def _decompose(cps, compat, tables):
    nfd, nfkd, ccc, comp = tables
    table = nfkd if compat else nfd
    out = []
    for c in cps:
        if _S_BASE <= c < _S_BASE + _S_COUNT:
            index = c - _S_BASE
            out.append(_L_BASE + index // _N_COUNT)
            out.append(_V_BASE + (index % _N_COUNT) // _T_COUNT)
            if index % _T_COUNT:
                out.append(_T_BASE + index % _T_COUNT)
            continue
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


def _compose_pair(first, second, comp):
    if _L_BASE <= first < _L_BASE + _L_COUNT and _V_BASE <= second < _V_BASE + _V_COUNT:
        return _S_BASE + ((first - _L_BASE) * _V_COUNT + second - _V_BASE) * _T_COUNT
    if (_S_BASE <= first < _S_BASE + _S_COUNT and (first - _S_BASE) % _T_COUNT == 0
            and _T_BASE < second < _T_BASE + _T_COUNT):
        return first + second - _T_BASE
    return comp.get((first, second))


def _compose(cps, tables):
    ccc = tables[2]
    comp = tables[3]
    out = []
    starter = -1
    last_cc = 0
    for c in cps:
        cc = ccc.get(c, 0)
        if starter >= 0:
            adjacent = len(out) - 1 == starter
            if adjacent or (last_cc != 0 and last_cc < cc):
                k = _compose_pair(out[starter], c, comp)
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
    cps = [ord(ch) for ch in unistr]
    rows = _tables()[0]
    latin = True
    for c in cps:
        if c not in rows:
            latin = False
            break
    tables = _latin_tables() if latin else _full_tables()
    cps = _decompose(cps, form == "NFKC" or form == "NFKD", tables)
    if form == "NFC" or form == "NFKC":
        cps = _compose(cps, tables)
    return "".join([chr(c) for c in cps])


def is_normalized(form, unistr):
    return normalize(form, unistr) == unistr

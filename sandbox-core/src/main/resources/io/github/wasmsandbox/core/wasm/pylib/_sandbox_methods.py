# Runtime side of the source rewriter: methods of str, bytes, bytearray, int and float that
# MicroPython lacks, and slicing with a step, exact to CPython 3.11 or NotImplementedError.
#   attr(obj, name)                          behind _sandbox_attr: obj.NAME for NAME in _SUPPORTED
#   getslice(obj, start, stop, step)         behind _sandbox_slice: obj[start:stop:step]
#   setslice(obj, start, stop, step, value)  behind _sandbox_setslice: obj[start:stop:step] = value
#   delslice(obj, start, stop, step)         behind _sandbox_delslice: del obj[start:stop:step]
# Non-ASCII case mappings and character properties come from _sandbox_strdata (generated from
# CPython by tools/pylib-gen/gen_str_tables.py), decoded on first use.

_SUPPORTED = (
    # str (and, where bytes has them, bytes and bytearray)
    'title', 'capitalize', 'casefold', 'swapcase', 'ljust', 'rjust', 'zfill', 'translate',
    'maketrans', 'expandtabs', 'removeprefix', 'removesuffix', 'isascii', 'isprintable',
    'isidentifier', 'isdecimal', 'isnumeric', 'isalnum', 'istitle', 'format_map',
    # str methods MicroPython has but gets wrong: ASCII-only case and classes, center without
    # its fill character; attr prefers these to the native ones (_OVERRIDES)
    'upper', 'lower', 'isupper', 'islower', 'isalpha', 'isdigit', 'isspace', 'center',
    # int and float
    'bit_length', 'bit_count', 'as_integer_ratio', 'conjugate', 'real', 'imag', 'numerator',
    'denominator', 'is_integer', 'hex', 'fromhex',
    # list.sort is a quicksort in MicroPython: unstable, where CPython's keeps equal keys in order
    'sort',
)

_SSIZE_MAX = (1 << 63) - 1


def _argcount(qual, args, kw, lo, hi):
    # CPython's wording for a method with positional-only parameters
    if kw:
        raise TypeError("%s() takes no keyword arguments" % qual)
    n = len(args)
    if lo <= n <= hi:
        return
    if hi == 0:
        raise TypeError("%s() takes no arguments (%d given)" % (qual, n))
    if lo == hi == 1:
        raise TypeError("%s() takes exactly one argument (%d given)" % (qual, n))
    name = qual.split('.')[-1]
    if n < lo:
        raise TypeError("%s expected at least %d argument%s, got %d"
                        % (name, lo, '' if lo == 1 else 's', n))
    raise TypeError("%s expected at most %d argument%s, got %d"
                    % (name, hi, '' if hi == 1 else 's', n))


def _index(x, message=None):
    # operator.index: int, bool, or an object whose type has __index__
    t = type(x)
    if t is int:
        return x
    if t is bool or isinstance(x, int):
        return int(x)
    f = getattr(t, '__index__', None)
    if f is None:
        if message is None:
            message = "'%s' object cannot be interpreted as an integer" % t.__name__
        raise TypeError(message)
    r = f(x)
    if type(r) is not int and type(r) is not bool:
        raise TypeError("__index__ returned non-int (type %s)" % type(r).__name__)
    return int(r)


def _ssize(x):
    n = _index(x)
    if n > _SSIZE_MAX or n < -_SSIZE_MAX - 1:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return n


def _isascii(s):
    return len(s) == len(s.encode())


# ---------------------------------------------------------------------------------------------
# Unicode tables

_T = {}


def _ranges(name):
    r = _T.get(name)
    if r is None:
        import _sandbox_strdata
        r = [int(x, 16) for x in getattr(_sandbox_strdata, name).split()]
        _T[name] = r
    return r


def _has(name, c):
    # c inside one of the inclusive ranges [r[0], r[1]], [r[2], r[3]], ...
    r = _ranges(name)
    lo, hi = 0, len(r) >> 1
    while lo < hi:
        mid = (lo + hi) >> 1
        if r[mid << 1] <= c:
            lo = mid + 1
        else:
            hi = mid
    return lo > 0 and c <= r[(lo << 1) - 1]


def _map(name):
    m = _T.get(name + '_MAP')
    if m is None:
        import _sandbox_strdata
        m = {}
        v = [int(x, 16) for x in getattr(_sandbox_strdata, name + '_MAP').split()]
        for i in range(0, len(v), 4):
            s, n, d, st = v[i], v[i + 1], v[i + 2], v[i + 3]
            if d >= 1 << 23:
                d -= 1 << 24
            for k in range(n):
                c = s + k * st
                m[c] = chr(c + d)
        for item in getattr(_sandbox_strdata, name + '_MULTI').split():
            k, r = item.split(':')
            m[int(k, 16)] = ''.join([chr(int(x, 16)) for x in r.split(',')])
        _T[name + '_MAP'] = m
    return m


def _lower1(c):
    if c < 128:
        return chr(c + 32) if 65 <= c <= 90 else chr(c)
    return _map('LOWER').get(c) or chr(c)


def _upper1(c):
    if c < 128:
        return chr(c - 32) if 97 <= c <= 122 else chr(c)
    return _map('UPPER').get(c) or chr(c)


def _title1(c):
    if c < 128:
        return chr(c - 32) if 97 <= c <= 122 else chr(c)
    return _map('TITLE').get(c) or chr(c)


def _cased(c):
    if c < 128:
        return 65 <= c <= 90 or 97 <= c <= 122
    return _has('CASED', c)


def _ignorable(c):
    if c < 128:
        return c in (39, 46, 58, 94, 96)  # ' . : ^ `
    return _has('IGNORABLE', c)


def _isupper1(c):
    return 65 <= c <= 90 if c < 128 else _has('UPPER', c)


def _islower1(c):
    return 97 <= c <= 122 if c < 128 else _has('LOWER', c)


def _lower_at(cps, i):
    # CPython's lower_ucs4: capital sigma becomes final sigma at the end of a cased word
    c = cps[i]
    if c != 0x3A3:
        return _lower1(c)
    j = i - 1
    while j >= 0 and _ignorable(cps[j]):
        j -= 1
    final = j >= 0 and _cased(cps[j])
    n = len(cps)
    if final and i + 1 < n:
        j = i + 1
        while j < n and _ignorable(cps[j]):
            j += 1
        final = j == n or not _cased(cps[j])
    return '\u03c2' if final else '\u03c3'


def _cps(s):
    return [ord(ch) for ch in s]


# ---------------------------------------------------------------------------------------------
# str

def _need_str(x, what):
    if not isinstance(x, str):
        raise TypeError("%s must be str, not %s" % (what, type(x).__name__))


def str_title(self, *a, **k):
    _argcount('str.title', a, k, 0, 0)
    if _isascii(self):
        out = []
        prev = False
        for ch in self:
            if ch.isalpha():
                out.append(ch.lower() if prev else ch.upper())
                prev = True
            else:
                out.append(ch)
                prev = False
        return ''.join(out)
    cps = _cps(self)
    out = []
    prev = False
    for i in range(len(cps)):
        c = cps[i]
        out.append(_lower_at(cps, i) if prev else _title1(c))
        prev = _cased(c)
    return ''.join(out)


def str_capitalize(self, *a, **k):
    _argcount('str.capitalize', a, k, 0, 0)
    if not self:
        return ''
    if _isascii(self):
        return self[0].upper() + self[1:].lower()
    cps = _cps(self)
    out = [_title1(cps[0])]
    for i in range(1, len(cps)):
        out.append(_lower_at(cps, i))
    return ''.join(out)


def str_swapcase(self, *a, **k):
    _argcount('str.swapcase', a, k, 0, 0)
    if _isascii(self):
        return ''.join([ch.lower() if ch.isupper() else ch.upper() for ch in self])
    cps = _cps(self)
    out = []
    for i in range(len(cps)):
        c = cps[i]
        if _isupper1(c):
            out.append(_lower_at(cps, i))
        elif _islower1(c):
            out.append(_upper1(c))
        else:
            out.append(chr(c))
    return ''.join(out)


def str_casefold(self, *a, **k):
    _argcount('str.casefold', a, k, 0, 0)
    if _isascii(self):
        return self.lower()
    m = _map('FOLD')
    return ''.join([m.get(ord(ch)) or (ch.lower() if ch < '\x80' else ch) for ch in self])


def _fillchar(name, a):
    if len(a) < 2:
        return ' '
    f = a[1]
    if not isinstance(f, str):
        raise TypeError("The fill character must be a unicode character, not %s"
                        % type(f).__name__)
    if len(f) != 1:
        raise TypeError("The fill character must be exactly one character long")
    return f


def str_ljust(self, *a, **k):
    _argcount('str.ljust', a, k, 1, 2)
    width = _ssize(a[0])
    fill = _fillchar('ljust', a)
    n = len(self)
    return self + fill * (width - n) if width > n else str(self)


def str_rjust(self, *a, **k):
    _argcount('str.rjust', a, k, 1, 2)
    width = _ssize(a[0])
    fill = _fillchar('rjust', a)
    n = len(self)
    return fill * (width - n) + self if width > n else str(self)


def str_zfill(self, *a, **k):
    _argcount('str.zfill', a, k, 1, 1)
    width = _ssize(a[0])
    n = len(self)
    if n >= width:
        return str(self)
    fill = width - n
    if self and self[0] in '+-':
        return self[0] + '0' * fill + self[1:]
    return '0' * fill + self


def _tabsize(a, k):
    # expandtabs(tabsize=8): a C int, by position or by name
    if len(a) + len(k) > 1:
        for key in k:
            if key == 'tabsize' and a:
                raise TypeError("argument for expandtabs() given by name ('tabsize') "
                                "and position (1)")
        raise TypeError("expandtabs() takes at most 1 argument (%d given)" % (len(a) + len(k)))
    for key in k:
        if key != 'tabsize':
            raise TypeError("'%s' is an invalid keyword argument for expandtabs()" % key)
    tabsize = _index(a[0] if a else k.get('tabsize', 8))
    if tabsize > 2147483647 or tabsize < -2147483648:
        raise OverflowError("Python int too large to convert to C int"
                            if tabsize > 0 else "Python int too small to convert to C int")
    return tabsize


def str_expandtabs(self, *a, **k):
    tabsize = _tabsize(a, k)
    if '\t' not in self:
        return str(self)
    out = []
    col = 0
    for ch in self:
        if ch == '\t':
            if tabsize > 0:
                incr = tabsize - col % tabsize
                out.append(' ' * incr)
                col += incr
        else:
            out.append(ch)
            col += 1
            if ch == '\n' or ch == '\r':
                col = 0
    return ''.join(out)


def str_removeprefix(self, *a, **k):
    _argcount('str.removeprefix', a, k, 1, 1)
    p = a[0]
    if not isinstance(p, str):
        raise TypeError("removeprefix() argument must be str, not %s" % type(p).__name__)
    if p and self.startswith(p):
        return self[len(p):]
    return str(self)


def str_removesuffix(self, *a, **k):
    _argcount('str.removesuffix', a, k, 1, 1)
    p = a[0]
    if not isinstance(p, str):
        raise TypeError("removesuffix() argument must be str, not %s" % type(p).__name__)
    if p and self.endswith(p):
        return self[:len(self) - len(p)]
    return str(self)


def str_translate(self, *a, **k):
    _argcount('str.translate', a, k, 1, 1)
    table = a[0]
    if self and type(table) in _NOT_SUBSCRIPTABLE:
        raise TypeError("'%s' object is not subscriptable" % type(table).__name__)
    out = []
    for ch in self:
        try:
            r = table[ord(ch)]
        except LookupError:
            out.append(ch)
            continue
        if r is None:
            continue
        if isinstance(r, str):
            out.append(r)
        elif type(r) is int or type(r) is bool or isinstance(r, int):
            r = int(r)
            if r < 0 or r > 0x10FFFF:
                raise ValueError("character mapping must be in range(0x110000)")
            out.append(chr(r))
        else:
            raise TypeError("character mapping must return integer, None or str")
    return ''.join(out)


def str_maketrans(*a, **k):
    _argcount('str.maketrans', a, k, 1, 3)
    if len(a) == 1:
        x = a[0]
        if not isinstance(x, dict):
            raise TypeError("if you give only one argument to maketrans it must be a dict")
        out = {}
        for key, v in x.items():
            if isinstance(key, str):
                if len(key) != 1:
                    raise ValueError("string keys in translate table must be of length 1")
                out[ord(key)] = v
            elif type(key) is int or type(key) is bool or isinstance(key, int):
                out[int(key)] = v
            else:
                raise TypeError("keys in translate table must be strings or integers")
        return out
    x, y = a[0], a[1]
    if not isinstance(x, str):
        raise TypeError("first maketrans argument must be a string if there is a second argument")
    if not isinstance(y, str):
        raise TypeError("maketrans() argument 2 must be str, not %s" % type(y).__name__)
    if len(a) == 3 and not isinstance(a[2], str):
        raise TypeError("maketrans() argument 3 must be str, not %s" % type(a[2]).__name__)
    if len(x) != len(y):
        raise ValueError("the first two maketrans arguments must have equal length")
    out = {}
    for cx, cy in zip(x, y):
        out[ord(cx)] = ord(cy)
    if len(a) == 3:
        for cz in a[2]:
            out[ord(cz)] = None
    return out


def str_upper(self, *a, **k):
    _argcount('str.upper', a, k, 0, 0)
    if _isascii(self):
        return self.upper()
    return ''.join([_upper1(ord(ch)) for ch in self])


def str_lower(self, *a, **k):
    _argcount('str.lower', a, k, 0, 0)
    if _isascii(self):
        return self.lower()
    cps = _cps(self)
    return ''.join([_lower_at(cps, i) for i in range(len(cps))])


def _istitle1(c):
    return c >= 128 and _has('TITLE', c)


def str_isupper(self, *a, **k):
    _argcount('str.isupper', a, k, 0, 0)
    if _isascii(self):
        return self.isupper()
    cased = False
    for ch in self:
        c = ord(ch)
        if _islower1(c) or _istitle1(c):
            return False
        if not cased and _isupper1(c):
            cased = True
    return cased


def str_islower(self, *a, **k):
    _argcount('str.islower', a, k, 0, 0)
    if _isascii(self):
        return self.islower()
    cased = False
    for ch in self:
        c = ord(ch)
        if _isupper1(c) or _istitle1(c):
            return False
        if not cased and _islower1(c):
            cased = True
    return cased


def str_isalpha(self, *a, **k):
    _argcount('str.isalpha', a, k, 0, 0)
    return _all(self, 'ALPHA', str.isalpha)


def str_isdigit(self, *a, **k):
    _argcount('str.isdigit', a, k, 0, 0)
    return _all(self, 'DIGIT', str.isdigit)


def str_isspace(self, *a, **k):
    _argcount('str.isspace', a, k, 0, 0)
    return _all(self, 'SPACE', str.isspace)


def str_center(self, *a, **k):
    _argcount('str.center', a, k, 1, 2)
    width = _ssize(a[0])
    fill = _fillchar('center', a)
    n = len(self)
    if width <= n:
        return str(self)
    marg = width - n
    left = marg // 2 + (marg & width & 1)
    return fill * left + self + fill * (marg - left)


def str_isascii(self, *a, **k):
    _argcount('str.isascii', a, k, 0, 0)
    return _isascii(self)


def _all(self, name, ascii_test):
    if not self:
        return False
    if _isascii(self):
        return ascii_test(self)
    for ch in self:
        c = ord(ch)
        if c < 128:
            if not ascii_test(ch):
                return False
        elif not _has(name, c):
            return False
    return True


def str_isdecimal(self, *a, **k):
    _argcount('str.isdecimal', a, k, 0, 0)
    return _all(self, 'DECIMAL', str.isdigit)


def str_isnumeric(self, *a, **k):
    _argcount('str.isnumeric', a, k, 0, 0)
    return _all(self, 'NUMERIC', str.isdigit)


def _alnum_ascii(s):
    for ch in s:
        if not (ch.isalpha() or ch.isdigit()):
            return False
    return True


def str_isalnum(self, *a, **k):
    _argcount('str.isalnum', a, k, 0, 0)
    if not self:
        return False
    for ch in self:
        c = ord(ch)
        if c < 128:
            if not (ch.isalpha() or ch.isdigit()):
                return False
        elif not (_has('ALPHA', c) or _has('NUMERIC', c)):
            # Py_UNICODE_ISALNUM: alpha, decimal, digit or numeric (decimal and digit are numeric)
            return False
    return True


def str_isprintable(self, *a, **k):
    _argcount('str.isprintable', a, k, 0, 0)
    for ch in self:
        c = ord(ch)
        if c < 128:
            if c < 32 or c == 127:
                return False
        elif not _has('PRINTABLE', c):
            return False
    return True


def str_isidentifier(self, *a, **k):
    _argcount('str.isidentifier', a, k, 0, 0)
    if not self:
        return False
    first = True
    for ch in self:
        c = ord(ch)
        if c < 128:
            ok = ch == '_' or ch.isalpha() or (not first and ch.isdigit())
        else:
            ok = _has('XID_START' if first else 'XID_CONTINUE', c)
        if not ok:
            return False
        first = False
    return True


def str_istitle(self, *a, **k):
    _argcount('str.istitle', a, k, 0, 0)
    cased = False
    prev = False
    for ch in self:
        c = ord(ch)
        if _isupper1(c) or (c >= 128 and _has('TITLE', c)):
            if prev:
                return False
            prev = cased = True
        elif _islower1(c):
            if not prev:
                return False
            prev = cased = True
        else:
            prev = False
    return cased


def str_format_map(self, *a, **k):
    _argcount('str.format_map', a, k, 1, 1)
    # one str.format parser for the library: the formatting module's
    import _sandbox_format
    return _sandbox_format.str_format_map(self, a[0])


_STR = {
    'title': str_title, 'capitalize': str_capitalize, 'casefold': str_casefold,
    'swapcase': str_swapcase, 'ljust': str_ljust, 'rjust': str_rjust, 'zfill': str_zfill,
    'translate': str_translate, 'expandtabs': str_expandtabs,
    'removeprefix': str_removeprefix, 'removesuffix': str_removesuffix,
    'isascii': str_isascii, 'isprintable': str_isprintable, 'isidentifier': str_isidentifier,
    'isdecimal': str_isdecimal, 'isnumeric': str_isnumeric, 'isalnum': str_isalnum,
    'istitle': str_istitle, 'format_map': str_format_map, 'upper': str_upper,
    'lower': str_lower, 'isupper': str_isupper, 'islower': str_islower, 'isalpha': str_isalpha,
    'isdigit': str_isdigit, 'isspace': str_isspace, 'center': str_center,
}


# ---------------------------------------------------------------------------------------------
# bytes and bytearray (ASCII semantics: bytes >= 0x80 are neither letters nor digits)

def _same(self, data):
    return bytearray(data) if isinstance(self, bytearray) else bytes(data)


def _bytes_like(x):
    if isinstance(x, (bytes, bytearray)):
        return bytes(x)
    if type(x).__name__ == 'memoryview':
        return bytes(x)
    raise TypeError("a bytes-like object is required, not '%s'" % type(x).__name__)


def _qual(self, name):
    return ('bytearray.' if isinstance(self, bytearray) else 'bytes.') + name


def bytes_title(self, *a, **k):
    _argcount(_qual(self, 'title'), a, k, 0, 0)
    out = []
    prev = False
    for c in self:
        if 97 <= c <= 122:
            out.append(c if prev else c - 32)
            prev = True
        elif 65 <= c <= 90:
            out.append(c + 32 if prev else c)
            prev = True
        else:
            out.append(c)
            prev = False
    return _same(self, out)


def bytes_capitalize(self, *a, **k):
    _argcount(_qual(self, 'capitalize'), a, k, 0, 0)
    out = []
    for i in range(len(self)):
        c = self[i]
        if i == 0:
            out.append(c - 32 if 97 <= c <= 122 else c)
        else:
            out.append(c + 32 if 65 <= c <= 90 else c)
    return _same(self, out)


def bytes_swapcase(self, *a, **k):
    _argcount(_qual(self, 'swapcase'), a, k, 0, 0)
    return _same(self, [c - 32 if 97 <= c <= 122 else c + 32 if 65 <= c <= 90 else c
                        for c in self])


def _bfill(name, a):
    if len(a) < 2:
        return 32
    f = a[1]
    if isinstance(f, (bytes, bytearray)) and len(f) == 1:
        return f[0]
    raise TypeError("%s() argument 2 must be a byte string of length 1, not %s"
                    % (name, type(f).__name__))


def bytes_ljust(self, *a, **k):
    _argcount(_qual(self, 'ljust'), a, k, 1, 2)
    width = _ssize(a[0])
    fill = _bfill('ljust', a)
    return _same(self, list(self) + [fill] * (width - len(self)))


def bytes_rjust(self, *a, **k):
    _argcount(_qual(self, 'rjust'), a, k, 1, 2)
    width = _ssize(a[0])
    fill = _bfill('rjust', a)
    return _same(self, [fill] * (width - len(self)) + list(self))


def bytes_zfill(self, *a, **k):
    _argcount(_qual(self, 'zfill'), a, k, 1, 1)
    width = _ssize(a[0])
    data = list(self)
    fill = width - len(data)
    if fill <= 0:
        return _same(self, data)
    if data and data[0] in (43, 45):
        return _same(self, [data[0]] + [48] * fill + data[1:])
    return _same(self, [48] * fill + data)


def bytes_expandtabs(self, *a, **k):
    tabsize = _tabsize(a, k)
    out = []
    col = 0
    for c in self:
        if c == 9:
            if tabsize > 0:
                incr = tabsize - col % tabsize
                out.extend([32] * incr)
                col += incr
        else:
            out.append(c)
            col += 1
            if c == 10 or c == 13:
                col = 0
    return _same(self, out)


def bytes_removeprefix(self, *a, **k):
    _argcount(_qual(self, 'removeprefix'), a, k, 1, 1)
    p = _bytes_like(a[0])
    if p and bytes(self[:len(p)]) == p:
        return _same(self, self[len(p):])
    return _same(self, self)


def bytes_removesuffix(self, *a, **k):
    _argcount(_qual(self, 'removesuffix'), a, k, 1, 1)
    p = _bytes_like(a[0])
    if p and len(p) <= len(self) and bytes(self[len(self) - len(p):]) == p:
        return _same(self, self[:len(self) - len(p)])
    return _same(self, self)


def bytes_translate(self, *a, **k):
    _argcount('translate', a, {}, 1, 2)
    for key in k:
        if key != 'delete':
            raise TypeError("translate() got an unexpected keyword argument '%s'" % key)
        if len(a) > 1:
            raise TypeError("argument for translate() given by name ('delete') and position (2)")
    table = a[0]
    delete = a[1] if len(a) > 1 else k.get('delete', b'')
    if table is not None:
        table = _bytes_like(table)
        if len(table) != 256:
            raise ValueError("translation table must be 256 characters long")
    drop = set(_bytes_like(delete))
    out = [c if table is None else table[c] for c in self if c not in drop]
    return _same(self, out)


def bytes_maketrans(*a, **k):
    _argcount('maketrans', a, k, 2, 2)
    frm, to = _bytes_like(a[0]), _bytes_like(a[1])
    if len(frm) != len(to):
        raise ValueError("maketrans arguments must have same length")
    t = list(range(256))
    for i in range(len(frm)):
        t[frm[i]] = to[i]
    return bytes(t)


def bytes_center(self, *a, **k):
    _argcount(_qual(self, 'center'), a, k, 1, 2)
    width = _ssize(a[0])
    fill = _bfill('center', a)
    n = len(self)
    if width <= n:
        return _same(self, self)
    marg = width - n
    left = marg // 2 + (marg & width & 1)
    return _same(self, [fill] * left + list(self) + [fill] * (marg - left))


def bytes_isascii(self, *a, **k):
    _argcount(_qual(self, 'isascii'), a, k, 0, 0)
    for c in self:
        if c > 127:
            return False
    return True


def bytes_isalnum(self, *a, **k):
    _argcount(_qual(self, 'isalnum'), a, k, 0, 0)
    if not self:
        return False
    for c in self:
        if not (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122):
            return False
    return True


def bytes_istitle(self, *a, **k):
    _argcount(_qual(self, 'istitle'), a, k, 0, 0)
    cased = prev = False
    for c in self:
        if 65 <= c <= 90:
            if prev:
                return False
            prev = cased = True
        elif 97 <= c <= 122:
            if not prev:
                return False
            prev = cased = True
        else:
            prev = False
    return cased


_BYTES = {
    'title': bytes_title, 'capitalize': bytes_capitalize, 'swapcase': bytes_swapcase,
    'ljust': bytes_ljust, 'rjust': bytes_rjust, 'zfill': bytes_zfill,
    'expandtabs': bytes_expandtabs, 'removeprefix': bytes_removeprefix,
    'removesuffix': bytes_removesuffix, 'translate': bytes_translate, 'isascii': bytes_isascii,
    'isalnum': bytes_isalnum, 'istitle': bytes_istitle, 'center': bytes_center,
}


# ---------------------------------------------------------------------------------------------
# int (and bool) and float

def int_bit_length(self, *a, **k):
    _argcount('int.bit_length', a, k, 0, 0)
    n = int(self)
    if n < 0:
        n = -n
    return len(bin(n)) - 2 if n else 0


def int_bit_count(self, *a, **k):
    _argcount('int.bit_count', a, k, 0, 0)
    n = int(self)
    return bin(-n if n < 0 else n).count('1')


def int_as_integer_ratio(self, *a, **k):
    _argcount('int.as_integer_ratio', a, k, 0, 0)
    return (int(self), 1)


def int_conjugate(self, *a, **k):
    _argcount('int.conjugate', a, k, 0, 0)
    return int(self)


_INT = {
    'bit_length': int_bit_length, 'bit_count': int_bit_count,
    'as_integer_ratio': int_as_integer_ratio, 'conjugate': int_conjugate,
}
_INT_DATA = {
    'real': lambda x: int(x), 'imag': lambda x: 0, 'numerator': lambda x: int(x),
    'denominator': lambda x: 1,
}

_INF = float('inf')


def float_is_integer(self, *a, **k):
    _argcount('float.is_integer', a, k, 0, 0)
    x = float(self)
    if x != x or x == _INF or x == -_INF:
        return False
    return x % 1.0 == 0.0


def float_as_integer_ratio(self, *a, **k):
    _argcount('float.as_integer_ratio', a, k, 0, 0)
    x = float(self)
    if x == _INF or x == -_INF:
        raise OverflowError("cannot convert Infinity to integer ratio")
    if x != x:
        raise ValueError("cannot convert NaN to integer ratio")
    import math
    m, e = math.frexp(x)
    i = 0
    while i < 300 and m != math.floor(m):
        m *= 2.0
        e -= 1
        i += 1
    num = int(m)
    if e >= 0:
        return (num << e, 1)
    return (num, 1 << -e)


def float_conjugate(self, *a, **k):
    _argcount('float.conjugate', a, k, 0, 0)
    return float(self)


_HEX = '0123456789abcdef'


def float_hex(self, *a, **k):
    _argcount('float.hex', a, k, 0, 0)
    x = float(self)
    if x != x or x == _INF or x == -_INF:
        return repr(x)
    import math
    if x == 0.0:
        return '-0x0.0p+0' if math.copysign(1.0, x) < 0 else '0x0.0p+0'
    m, e = math.frexp(abs(x))
    shift = 1 - max(-1021 - e, 0)
    m = math.ldexp(m, shift)
    e -= shift
    d = int(m)
    s = [_HEX[d], '.']
    m -= d
    for _ in range(13):
        m *= 16.0
        d = int(m)
        s.append(_HEX[d])
        m -= d
    return '%s0x%sp%s%d' % ('-' if x < 0.0 else '', ''.join(s), '-' if e < 0 else '+', abs(e))


_SPACE = ' \t\n\r\x0b\x0c'


def _fromhex(s):
    # CPython's float_fromhex: a prefix scan, an overflow check, then the trailing-text check
    if not isinstance(s, str):
        raise TypeError("bad argument type for built-in operation")
    n = len(s)
    i = 0
    while i < n and s[i] in _SPACE:
        i += 1
    x = None
    j = i
    sign = 1.0
    if j < n and s[j] in '+-':
        sign = -1.0 if s[j] == '-' else 1.0
        j += 1
    word = s[j:j + 8].lower()
    if word[:3] == 'inf' and _isascii(s[j:j + 3]):
        j += 8 if word == 'infinity' and _isascii(s[j:j + 8]) else 3
        x, i = sign * _INF, j
    elif word[:3] == 'nan' and _isascii(s[j:j + 3]):
        x, i = sign * float('nan'), j + 3
    else:
        i = j
        if s[i:i + 2] in ('0x', '0X'):
            i += 2
        digits = []
        while i < n and s[i] in _HEXDIGITS:
            digits.append(s[i])
            i += 1
        nfrac = 0
        if i < n and s[i] == '.':
            i += 1
            while i < n and s[i] in _HEXDIGITS:
                digits.append(s[i])
                i += 1
                nfrac += 1
        if not digits:
            raise ValueError("invalid hexadecimal floating-point string")
        exp = 0
        if i < n and s[i] in 'pP':
            i += 1
            k = i
            if i < n and s[i] in '+-':
                i += 1
            if not (i < n and '0' <= s[i] <= '9'):
                raise ValueError("invalid hexadecimal floating-point string")
            while i < n and '0' <= s[i] <= '9':
                i += 1
            exp = int(s[k:i])
        x = sign * _hex_value(int(''.join(digits), 16), exp - 4 * nfrac)
    while i < n and s[i] in _SPACE:
        i += 1
    if i != n:
        raise ValueError("invalid hexadecimal floating-point string")
    return x


_HEXDIGITS = '0123456789abcdefABCDEF'


def _hex_value(mant, exp):
    # mant * 2**exp rounded half to even to 53 bits (fewer below 2**-1022)
    if mant == 0:
        return 0.0
    top = len(bin(mant)) - 3 + exp
    if top >= 1024:
        raise OverflowError("hexadecimal value too large to represent as a float")
    if top < -1100:
        return 0.0
    lsb = top - 52 if top >= -1022 else -1074
    shift = lsb - exp
    if shift <= 0:
        q = mant << -shift
    else:
        q = mant >> shift
        rem = mant & ((1 << shift) - 1)
        half = 1 << (shift - 1)
        if rem > half or (rem == half and q & 1):
            q += 1
    if q >= 1 << 53 and lsb + 53 >= 1024:
        raise OverflowError("hexadecimal value too large to represent as a float")
    import math
    return math.ldexp(float(q), lsb)


def _fromhex_for(cls):
    def fromhex(*a, **k):
        _argcount('float.fromhex', a, k, 1, 1)
        r = _fromhex(a[0])
        return r if cls is float else cls(r)
    return fromhex


_FLOAT = {
    'is_integer': float_is_integer, 'as_integer_ratio': float_as_integer_ratio,
    'conjugate': float_conjugate, 'hex': float_hex,
}
_FLOAT_DATA = {'real': lambda x: float(x), 'imag': lambda x: 0.0}


# ---------------------------------------------------------------------------------------------
# attribute lookup

def list_sort(self, *a, **k):
    if a:
        raise TypeError("sort() takes no positional arguments")
    key = k.pop('key', None)
    reverse = k.pop('reverse', False)
    if k:
        raise TypeError("'%s' is an invalid keyword argument for sort()" % next(iter(k)))
    # the prelude's sorted is stable (and native for plain ints or strs)
    self[:] = sorted(self, key=key, reverse=reverse)


_LIST = {'sort': list_sort}

_EXACT = {str: _STR, int: _INT, bool: _INT, float: _FLOAT, bytes: _BYTES, bytearray: _BYTES,
          list: _LIST}


def _family(t):
    # (type name for messages, methods, data attributes, static methods) of a built-in type
    # or a subclass of one
    if t is bool or t is int or issubclass(t, int):
        return 'int', _INT, _INT_DATA, None
    if t is str or issubclass(t, str):
        return 'str', _STR, None, {'maketrans': str_maketrans}
    if t is float or issubclass(t, float):
        return 'float', _FLOAT, _FLOAT_DATA, None
    if issubclass(t, bytearray):
        return 'bytearray', _BYTES, None, {'maketrans': bytes_maketrans}
    if issubclass(t, bytes):
        return 'bytes', _BYTES, None, {'maketrans': bytes_maketrans}
    return None


def _instance_of(x, tname):
    t = type(x)
    if tname == 'int':
        return t is bool or isinstance(x, int)
    return isinstance(x, {'str': str, 'float': float, 'bytes': bytes,
                          'bytearray': bytearray}[tname])


def _plain(x):
    # the built-in value inside an instance of a subclass: MicroPython cannot add a str subclass
    # instance to a str, for one
    t = type(x)
    if t is str or t is int or t is float or t is bytes or t is bytearray or t is bool:
        return x
    if isinstance(x, str):
        return bytearray(x, 'utf-8').decode()
    if isinstance(x, bytearray):
        return bytearray(x)
    if isinstance(x, bytes):
        return bytes(x)
    if isinstance(x, int):
        return int(x)
    if isinstance(x, float):
        return float(x)
    return x


def _bind(f, obj):
    obj = _plain(obj)

    def method(*a, **k):
        return f(obj, *a, **k)
    return method


def _unbound(f, tname, name):
    def method(*a, **k):
        if not a:
            raise TypeError("unbound method %s.%s() needs an argument" % (tname, name))
        if not _instance_of(a[0], tname):
            raise TypeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object"
                            % (name, tname, type(a[0]).__name__))
        return f(_plain(a[0]), *a[1:], **k)
    return method


# names whose native method exists on the guest but differs from CPython's
_OVERRIDES = ('upper', 'lower', 'isupper', 'islower', 'isalpha', 'isdigit', 'isspace', 'center')


# MicroPython's own versions of these are exact on ASCII text and an order of magnitude cheaper
# than a Python-level method: `s.lower()` in a loop is common enough to keep on the native path
_ASCII_EXACT = {'upper': 1, 'lower': 1, 'isupper': 1, 'islower': 1, 'isalpha': 1, 'isdigit': 1,
                'isspace': 1}


def attr(obj, name):
    """obj.name, with CPython's methods where MicroPython's built-in types lack them."""
    if name in _ASCII_EXACT and type(obj) is str and len(obj) == len(obj.encode()):
        return getattr(obj, name)
    # the exact built-in types lack every name of their table (measured on the guest), so skip
    # the failing getattr: raising and catching its AttributeError is most of a call's cost
    methods = _EXACT.get(type(obj))
    if methods is not None:
        f = methods.get(name)
        if f is not None:
            return _bind(f, obj)
    if name in _OVERRIDES:
        is_type = isinstance(obj, type)
        t = obj if is_type else type(obj)
        fam = _family(t)
        if fam is not None and name in fam[1] and not _user_defines(t, name):
            f = fam[1][name]
            return _unbound(f, fam[0], name) if is_type else _bind(f, obj)
    try:
        return getattr(obj, name)
    except AttributeError as err:
        is_type = isinstance(obj, type)
        fam = _family(obj if is_type else type(obj))
        if fam is None:
            raise err
        tname, methods, data, static = fam
        if static is not None and name in static:
            return static[name]
        if name == 'fromhex' and tname == 'float':
            return _fromhex_for(obj if is_type else type(obj))
        f = methods.get(name)
        if f is not None:
            return _unbound(f, tname, name) if is_type else _bind(f, obj)
        if data is not None and name in data:
            if is_type:
                raise NotImplementedError("%s.%s as a class attribute is not supported in the "
                                          "sandbox" % (tname, name))
            return data[name](obj)
        raise err


# ---------------------------------------------------------------------------------------------
# slicing with a step

_SLICE_INDEX = "slice indices must be integers or None or have an __index__ method"
_NOT_SUBSCRIPTABLE = (int, float, bool, complex, type(None), set, frozenset)


def _sindex(x):
    return x if type(x) is int else _index(x, _SLICE_INDEX)


def _step(step):
    if step is None:
        return 1
    st = _sindex(step)
    if st == 0:
        raise ValueError("slice step cannot be zero")
    return st


def _indices(n, start, stop, st):
    # PySlice_Unpack + PySlice_AdjustIndices: (start, stop, slice length), stop exclusive
    if start is None:
        s = n - 1 if st < 0 else 0
    else:
        s = _sindex(start)
        if s < 0:
            s += n
            if s < 0:
                s = -1 if st < 0 else 0
        elif s >= n:
            s = n - 1 if st < 0 else n
    if stop is None:
        e = -1 if st < 0 else n
    else:
        e = _sindex(stop)
        if e < 0:
            e += n
            if e < 0:
                e = -1 if st < 0 else 0
        elif e >= n:
            e = n - 1 if st < 0 else n
    if st < 0:
        length = (s - e - 1) // -st + 1 if e < s else 0
    else:
        length = (e - s - 1) // st + 1 if s < e else 0
    return s, e, length


_BUILTIN_TYPES = (object, dict, list, tuple, str, bytes, bytearray, int, float, bool)


def _user_defines(t, name):
    # whether a class of the code's own (not dict, not the library's collections) defines name;
    # MicroPython has no __mro__, so walk the bases
    if t in _BUILTIN_TYPES:
        return False
    if name in t.__dict__ and getattr(t, '__module__', None) != 'collections':
        return True
    for b in t.__bases__:
        if _user_defines(b, name):
            return True
    return False


def _kind(obj, dunder):
    # the built-in sequence behind obj, or None when obj's own class handles subscripts
    t = type(obj)
    if t is list or t is str or t is tuple or t is bytes or t is bytearray or t is range:
        return t
    if hasattr(obj, dunder):
        return None
    for k in (list, str, tuple, bytearray, bytes):
        if isinstance(obj, k):
            return k
    return None


def getslice(obj, start, stop, step):
    """obj[start:stop:step] with CPython's semantics for the built-in sequences."""
    t = type(obj)
    if step is None or type(step) is int and step == 1:
        if (start is None or type(start) is int) and (stop is None or type(stop) is int):
            return obj[start:stop]
    k = _kind(obj, '__getitem__')
    if k is None:
        if t in _NOT_SUBSCRIPTABLE:
            raise TypeError("'%s' object is not subscriptable" % t.__name__)
        if isinstance(obj, dict) and not _user_defines(t, '__getitem__'):
            raise TypeError("unhashable type: 'slice'")
        return obj[start:stop:step]
    st = _step(step)
    if k is range:
        s, e, _ = _indices(len(obj), start, stop, st)
        return range(obj.start + s * obj.step, obj.start + e * obj.step, obj.step * st)
    # MicroPython slices lists with a step itself, exactly (a fuzz against CPython agreed on
    # every case); it only needs int bounds. The other sequences go through a list.
    a = None if start is None else _sindex(start)
    b = None if stop is None else _sindex(stop)
    if k is list:
        return obj[a:b:st]
    if k is str:
        if _isascii(obj):
            data = obj.encode()
            if st == -1 and a is None and b is None:
                return str(bytes(reversed(data)), 'utf-8')
            return str(bytes(list(data)[a:b:st]), 'utf-8')
        return ''.join(list(obj)[a:b:st])
    if k is tuple:
        return tuple(list(obj)[a:b:st])
    return k(list(obj)[a:b:st])


def _fast(value, message):
    # PySequence_Fast: a list of the items, TypeError(message) when value is not iterable
    if type(value) is list or type(value) is tuple:
        return list(value)
    try:
        it = iter(value)
    except TypeError:
        raise TypeError(message) from None
    return list(it)


_BYTEARRAY_VALUE = "can assign only bytes, buffers, or iterables of ints in range(0, 256)"


def _to_bytearray(value):
    if isinstance(value, (bytes, bytearray)):
        return bytearray(value)
    t = type(value)
    if (t is int or t is bool or t is float or t is complex or isinstance(value, (int, float, str))
            or hasattr(value, '__index__') or hasattr(value, '__int__')
            or hasattr(value, '__float__')):
        raise TypeError(_BYTEARRAY_VALUE)
    if t.__name__ == 'memoryview':
        return bytearray(value)
    try:
        it = iter(value)
    except TypeError:
        raise TypeError("cannot convert '%s' object to bytearray" % t.__name__) from None
    out = bytearray()
    for x in it:
        v = _index(x)
        if v < 0 or v > 255:
            raise ValueError("byte must be in range(0, 256)")
        out.append(v)
    return out


def _not_assignable(obj, verb):
    raise TypeError("'%s' object does not support item %s" % (type(obj).__name__, verb))


def setslice(obj, start, stop, step, value):
    """obj[start:stop:step] = value with CPython's semantics for list and bytearray."""
    k = _kind(obj, '__setitem__')
    if k is None:
        t = type(obj)
        if t in _NOT_SUBSCRIPTABLE:
            _not_assignable(obj, 'assignment')
        if isinstance(obj, dict) and not _user_defines(t, '__setitem__'):
            raise TypeError("unhashable type: 'slice'")
        obj[start:stop:step] = value
        return
    if k is not list and k is not bytearray:
        _not_assignable(obj, 'assignment')
    st = _step(step)
    s, e, length = _indices(len(obj), start, stop, st)
    if (st < 0 and s < e) or (st > 0 and s > e):
        e = s
    if k is bytearray:
        v = _to_bytearray(value)
        if st == 1:
            obj[s:e] = v
        elif not v:
            _delete(obj, s, e, st, length, True)
        elif len(v) != length:
            raise ValueError("attempt to assign bytes of size %d to extended slice of size %d"
                             % (len(v), length))
        else:
            for j, i in enumerate(range(s, e, st)):
                obj[i] = v[j]
        return
    if st == 1:
        obj[s:e] = _fast(value, "can only assign an iterable")
        return
    v = list(value) if value is obj else _fast(value, "must assign iterable to extended slice")
    if len(v) != length:
        raise ValueError("attempt to assign sequence of size %d to extended slice of size %d"
                         % (len(v), length))
    for j, i in enumerate(range(s, e, st)):
        obj[i] = v[j]


def _delete(obj, s, e, st, length, is_bytearray):
    if not length:
        return
    if st < 0:
        # the same items, walked upwards
        s, e, st = s + (length - 1) * st, s + 1, -st
    if st == 1:
        if is_bytearray:
            obj[s:e] = b''
        else:
            del obj[s:e]
        return
    last = s + (length - 1) * st
    kept = [obj[i] for i in range(s, last + 1) if (i - s) % st]
    if is_bytearray:
        obj[s:last + 1] = bytearray(kept)
    else:
        obj[s:last + 1] = kept


def delslice(obj, start, stop, step):
    """del obj[start:stop:step] with CPython's semantics for list and bytearray."""
    k = _kind(obj, '__delitem__')
    if k is None:
        t = type(obj)
        if t in _NOT_SUBSCRIPTABLE:
            _not_assignable(obj, 'deletion')
        if isinstance(obj, dict) and not _user_defines(t, '__delitem__'):
            raise TypeError("unhashable type: 'slice'")
        del obj[start:stop:step]
        return
    if k is not list and k is not bytearray:
        _not_assignable(obj, 'deletion')
    st = _step(step)
    s, e, length = _indices(len(obj), start, stop, st)
    _delete(obj, s, e, st, length, k is bytearray)

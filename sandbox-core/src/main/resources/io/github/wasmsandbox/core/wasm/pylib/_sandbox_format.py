# CPython 3.11's format(), str.format(), str.format_map() and str % values for the sandbox.
# MicroPython's f-strings and str.format never call __format__, ignore ',' and '_' grouping on
# floats and round floats through inexact float arithmetic; the source rewriter routes f-string
# fields with a spec to _sandbox_format and STR.format(...) to _sandbox_str_format, which land
# here. Floats are rounded from their exact binary value with integer arithmetic (as CPython's dtoa
# does), and the no-type form uses the shortest string that round-trips, as CPython's repr().
import builtins
from struct import pack, unpack

_str = str
_int = int
_float = float
_bool = bool
_repr = repr

_MAXSIZE = (1 << 63) - 1
_FRAC = (1 << 52) - 1
_HIDDEN = 1 << 52
_P10 = [10 ** i for i in range(40)]
_inf = float('inf')


def _pow10(n):
    return _P10[n] if n < 40 else 10 ** n


def _char(c):
    o = ord(c)
    return "'%s'" % c if 32 < o < 128 else "'\\x%x'" % o


def _bits(n):
    return len(bin(n)) - 2 if n else 0


# --- the format-spec mini-language ------------------------------------------------------------

_cache = {}


def _parse(spec, tname):
    # [[fill]align][sign][z][#][0][width][grouping][.precision][type], checked as CPython 3.11's
    # parse_internal_render_format_spec; the result is cached per spec (type name only shows in
    # the messages of specs that fail)
    p = _cache.get(spec)
    if p is not None:
        return p
    n = len(spec)
    i = 0
    fill = None
    align = None
    if n >= 2 and spec[1] in '<>=^':
        fill = spec[0]
        align = spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = None
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    z = False
    if i < n and spec[i] == 'z':
        z = True
        i += 1
    alt = False
    if i < n and spec[i] == '#':
        alt = True
        i += 1
    zero = False
    if fill is None and i < n and spec[i] == '0':
        zero = True
        i += 1
    width, i = _integer(spec, i, n)
    sep = None
    if i < n and spec[i] == ',':
        sep = ','
        i += 1
    if i < n and spec[i] == '_':
        if sep is not None:
            raise ValueError("Cannot specify both ',' and '_'.")
        sep = '_'
        i += 1
    if i < n and spec[i] == ',' and sep == '_':
        raise ValueError("Cannot specify both ',' and '_'.")
    precision = -1
    if i < n and spec[i] == '.':
        j = i + 1
        precision, i = _integer(spec, j, n)
        if i == j:
            raise ValueError("Format specifier missing precision")
    if n - i > 1:
        raise ValueError("Invalid format specifier '%s' for object of type '%s'" % (spec, tname))
    typ = spec[i] if i < n else ''
    if sep is not None and typ not in 'defgEG%F':
        if not (sep == '_' and typ in 'boxX'):
            raise ValueError("Cannot specify '%s' with %s." % (sep, _char(typ)))
    p = (fill, align, sign, z, alt, zero, width, sep, precision, typ)
    if len(_cache) > 512:
        _cache.clear()
    _cache[spec] = p
    return p


def _integer(s, i, n):
    # a run of decimal digits from i: (value or -1 when there is none, end)
    j = i
    while j < n and '0' <= s[j] <= '9':
        j += 1
    if j == i:
        return -1, i
    v = _int(s[i:j])
    if v > _MAXSIZE:
        raise ValueError("Too many decimal digits in format string")
    return v, j


def _group(digits, min_width, sep, size):
    # _PyUnicode_InsertThousandsGrouping: groups from the right, zero-padded up to min_width
    remaining = len(digits)
    if min_width < 0:
        min_width = 0
    if not sep:
        if remaining >= min_width:
            return digits
        return '0' * (min_width - remaining) + digits
    parts = []
    pos = remaining
    while True:
        l = max(remaining, min_width, 1)
        if l > size:
            l = size
        nchars = remaining if remaining < l else l
        if nchars < 0:
            nchars = 0
        parts.append('0' * (l - nchars) + digits[pos - nchars:pos])
        pos -= nchars
        remaining -= nchars
        min_width -= l
        if remaining <= 0 and min_width <= 0:
            break
        min_width -= 1
    parts.reverse()
    return sep.join(parts)


def _layout(p, negative, prefix, digits, rest):
    # calc_number_widths + fill_number: [lpad][sign][prefix][spad][grouped digits][rest][rpad]
    fill, align, sign, z, alt, zero, width, sep, precision, typ = p
    if align is None:
        align = '=' if zero else '>'
    if fill is None:
        fill = '0' if zero else ' '
    if negative:
        s = '-'
    elif sign == '+':
        s = '+'
    elif sign == ' ':
        s = ' '
    else:
        s = ''
    size = 4 if sep == '_' and typ and typ in 'boxX' else 3
    if digits:
        if fill == '0' and align == '=':
            min_width = width - len(s) - len(prefix) - len(rest)
        else:
            min_width = 0
        if sep or min_width > len(digits):
            digits = _group(digits, min_width, sep, size)
    pad = width - len(s) - len(prefix) - len(digits) - len(rest)
    if pad <= 0:
        return s + prefix + digits + rest
    if align == '>':
        return fill * pad + s + prefix + digits + rest
    if align == '<':
        return s + prefix + digits + rest + fill * pad
    if align == '^':
        left = pad // 2
        return fill * left + s + prefix + digits + rest + fill * (pad - left)
    return s + prefix + fill * pad + digits + rest


def _pad(text, p):
    fill, align, sign, z, alt, zero, width, sep, precision, typ = p
    if align is None:
        align = '<'
    if fill is None:
        fill = '0' if zero else ' '
    pad = width - len(text)
    if pad <= 0:
        return text
    if align == '<':
        return text + fill * pad
    if align == '>':
        return fill * pad + text
    left = pad // 2
    return fill * left + text + fill * (pad - left)


# --- str and int ------------------------------------------------------------------------------

def _format_str(value, spec, tname):
    p = _parse(spec, tname)
    fill, align, sign, z, alt, zero, width, sep, precision, typ = p
    if sep is not None and typ == '':
        # the spec parser checks the grouping against the default type, 's' for strings
        raise ValueError("Cannot specify '%s' with 's'." % sep)
    if typ != 's' and typ != '':
        raise ValueError("Unknown format code %s for object of type '%s'" % (_char(typ), tname))
    if sign is not None:
        if sign == ' ':
            raise ValueError("Space not allowed in string format specifier")
        raise ValueError("Sign not allowed in string format specifier")
    if z:
        raise ValueError("Negative zero coercion (z) not allowed in string format specifier")
    if alt:
        raise ValueError("Alternate form (#) not allowed in string format specifier")
    if align == '=':
        raise ValueError("'=' alignment not allowed in string format specifier")
    if precision >= 0 and len(value) > precision:
        value = value[:precision]
    return _pad(value, p)


def _format_int(value, spec, tname):
    p = _parse(spec, tname)
    typ = p[9] or 'd'
    if typ in 'eEfFgG%':
        try:
            x = _float(value)
        except OverflowError:
            raise OverflowError("int too large to convert to float") from None
        return _format_float(x, p)
    if typ not in 'bcdoxXn':
        raise ValueError("Unknown format code %s for object of type '%s'" % (_char(typ), tname))
    fill, align, sign, z, alt, zero, width, sep, precision, _t = p
    if precision >= 0:
        raise ValueError("Precision not allowed in integer format specifier")
    if z:
        raise ValueError("Negative zero coercion (z) not allowed in integer format specifier")
    if typ == 'c':
        if sign is not None:
            raise ValueError("Sign not allowed with integer format specifier 'c'")
        if alt:
            raise ValueError("Alternate form (#) not allowed with integer format specifier 'c'")
        if value > _MAXSIZE or value < -_MAXSIZE - 1:
            raise OverflowError("Python int too large to convert to C long")
        if value < 0 or value > 0x10ffff:
            raise OverflowError("%c arg not in range(0x110000)")
        return _layout(p, False, '', '', chr(value))
    negative = value < 0
    if negative:
        value = -value
    prefix = ''
    if typ == 'd' or typ == 'n':
        digits = _str(value)
    elif typ == 'x':
        digits = '%x' % value
        if alt:
            prefix = '0x'
    elif typ == 'X':
        digits = '%X' % value
        if alt:
            prefix = '0X'
    elif typ == 'o':
        digits = '%o' % value
        if alt:
            prefix = '0o'
    else:
        digits = bin(value)[2:]
        if alt:
            prefix = '0b'
    return _layout(p, negative, prefix, digits, '')


# --- floats, exactly --------------------------------------------------------------------------

def _fixed(m, e, prec):
    # digits of round-half-even(m * 2**e * 10**prec), as CPython's dtoa mode 3
    if e >= 0:
        return _str((m << e) * _pow10(prec))
    num = m * _pow10(prec)
    s = -e
    q = num >> s
    r = num - (q << s)
    half = 1 << (s - 1)
    if r > half or (r == half and q & 1):
        q += 1
    return _str(q)


def _ratio(m, e, t):
    # m * 2**e * 10**t as num / den
    num = m
    den = 1
    if e >= 0:
        num <<= e
    else:
        den <<= -e
    if t >= 0:
        num *= _pow10(t)
    else:
        den *= _pow10(-t)
    return num, den


def _sig(m, e, ndigits):
    # ndigits significant digits of m * 2**e (> 0), correctly rounded half-even:
    # (digit string, decpt) with the value 0.DIGITS * 10**decpt, as dtoa mode 2
    import math
    k = int(math.floor((_bits(m) - 1 + e) * 0.30102999566398120))
    lo = _pow10(ndigits - 1)
    hi = lo * 10
    while True:
        num, den = _ratio(m, e, ndigits - 1 - k)
        q, r = divmod(num, den)
        if q < lo:
            k -= 1
        elif q >= hi:
            k += 1
        else:
            break
    r2 = r << 1
    if r2 > den or (r2 == den and q & 1):
        q += 1
        if q == hi:
            q = lo
            k += 1
    return _str(q), k + 1


def _shortest(m, e):
    # shortest digits that read back as m * 2**e (> 0), nearest when several: Steele-White /
    # Burger-Dybvig free-format generation with exact integers, as dtoa mode 0
    even = not (m & 1)
    if e >= 0:
        if m != _HIDDEN:
            r = m << (e + 1)
            s = 2
            mp = mm = 1 << e
        else:
            r = m << (e + 2)
            s = 4
            mp = 1 << (e + 1)
            mm = 1 << e
    elif e == -1074 or m != _HIDDEN:
        r = m << 1
        s = 1 << (1 - e)
        mp = mm = 1
    else:
        r = m << 2
        s = 1 << (2 - e)
        mp = 2
        mm = 1
    import math
    k = int(math.ceil((_bits(m) - 1 + e) * 0.30102999566398120 - 1e-10))
    if k >= 0:
        s *= _pow10(k)
    else:
        f = _pow10(-k)
        r *= f
        mp *= f
        mm *= f
    # fix the estimate: the first digit must be the 10**(k-1) one
    while (r + mp >= s) if even else (r + mp > s):
        s *= 10
        k += 1
    while ((r + mp) * 10 < s) if even else ((r + mp) * 10 <= s):
        r *= 10
        mp *= 10
        mm *= 10
        k -= 1
    out = []
    while True:
        d, r = divmod(r * 10, s)
        mp *= 10
        mm *= 10
        low = (r <= mm) if even else (r < mm)
        high = (r + mp >= s) if even else (r + mp > s)
        if not low and not high:
            out.append(d)
            continue
        if low and high:
            r2 = r << 1
            if r2 > s or (r2 == s and d & 1):
                d += 1
        elif high:
            d += 1
        out.append(d)
        break
    # a final 10 carries (never expected, kept for safety)
    i = len(out) - 1
    while out[i] == 10:
        out[i] = 0
        if i == 0:
            out.insert(0, 1)
            k += 1
            break
        i -= 1
        out[i] += 1
    digits = ''.join([_str(d) for d in out]).rstrip('0')
    return digits, k


def _fast_fixed(x, prec, alt, z):
    # the 'f' text without big integers when float arithmetic provably picks the same integer:
    # |x| * 10**prec has at most half an ulp of error, so away from a tie the rounding agrees;
    # None for zeros, ties, non-finite and large values
    if prec > 15:
        return None
    ay = (-x if x < 0.0 else x) * _FP10[prec]
    if not 0.0 < ay < 4e15:
        return None
    f = ay % 1.0
    if abs(f - 0.5) <= 1e-15 * ay + 1e-300:
        return None
    ds = _str(_int(ay + 0.5))
    if prec:
        if len(ds) <= prec:
            ds = '0' * (prec + 1 - len(ds)) + ds
        ds = ds[:-prec] + '.' + ds[-prec:]
    elif alt:
        ds += '.'
    if x < 0.0 and not (z and ds.strip('0.') == ''):
        return '-' + ds
    return ds


_FP10 = [float(10 ** i) for i in range(16)]


def _float_str(x, typ, prec, alt, add_dot_0, no_neg_0):
    # PyOS_double_to_string for finite and non-finite x: the text with a leading '-' if any
    b = unpack('<Q', pack('<d', x))[0]
    sign = b >> 63
    if (b >> 52) & 0x7ff == 0x7ff:
        upper = typ in 'EFG'
        if b & _FRAC:
            return 'NAN' if upper else 'nan'
        t = 'INF' if upper else 'inf'
        return '-' + t if sign else t
    m = b & _FRAC
    e = (b >> 52) & 0x7ff
    if e:
        m |= _HIDDEN
        e -= 1075
    else:
        e = -1074
    if typ == 'e' or typ == 'E':
        mode_prec = prec + 1
    elif typ == 'g' or typ == 'G':
        mode_prec = prec if prec else 1
    else:
        mode_prec = prec
    lower = typ.lower()
    if m == 0:
        digits, decpt = '0', 1
    elif lower == 'f':
        ds = _fixed(m, e, prec)
        if ds == '0':
            digits, decpt = '0', 1
        else:
            decpt = len(ds) - prec
            digits = ds.rstrip('0')
    elif lower == 'r':
        digits, decpt = _shortest(m, e)
    else:
        digits, decpt = _sig(m, e, mode_prec)
        digits = digits.rstrip('0')
    if no_neg_0 and sign and digits == '0':
        sign = 0
    # format_float_short
    ndig = len(digits)
    use_exp = False
    vend = ndig
    if lower == 'e':
        use_exp = True
        vend = mode_prec
    elif lower == 'f':
        vend = decpt + mode_prec
    elif lower == 'g':
        if decpt <= -4 or decpt > (mode_prec - 1 if add_dot_0 else mode_prec):
            use_exp = True
        if alt:
            vend = mode_prec
    else:
        if decpt <= -4 or decpt > 16:
            use_exp = True
    exp = 0
    if use_exp:
        exp = decpt - 1
        decpt = 1
    vstart = decpt - 1 if decpt <= 0 else 0
    if not use_exp and add_dot_0:
        if vend <= decpt:
            vend = decpt + 1
    elif vend < decpt:
        vend = decpt
    out = '-' if sign else ''
    if decpt <= 0:
        out += '0' * (decpt - vstart) + '.' + '0' * (-decpt)
    else:
        out += '0' * (-vstart)
    if 0 < decpt <= ndig:
        out += digits[:decpt] + '.' + digits[decpt:]
    else:
        out += digits
    if ndig < decpt:
        out += '0' * (decpt - ndig) + '.' + '0' * (vend - decpt)
    else:
        out += '0' * (vend - ndig)
    if out[-1] == '.' and not alt:
        out = out[:-1]
    if use_exp:
        out += ('E' if typ in 'EFG' else 'e') + ('-' if exp < 0 else '+')
        a = -exp if exp < 0 else exp
        out += ('0' + _str(a)) if a < 10 else _str(a)
    return out


def float_repr(x):
    """CPython's repr() of a float: the shortest string that reads back as x."""
    return _float_str(x, 'r', 0, False, True, False)


def _format_float(x, p):
    fill, align, sign, z, alt, zero, width, sep, precision, typ = p
    add_dot_0 = False
    t = typ
    default_precision = 6
    if t == '':
        add_dot_0 = True
        t = 'r'
        default_precision = 0
    elif t == 'n':
        t = 'g'
    pct = t == '%'
    if pct:
        t = 'f'
        x = x * 100.0
    if precision < 0:
        precision = default_precision
    elif t == 'r':
        t = 'g'
    # the common fixed-point case without big integers, when provably the same digits
    s = _fast_fixed(x, precision, alt, z) if t == 'f' else None
    if s is None:
        s = _float_str(x, t, precision, alt, add_dot_0, z)
    if pct:
        s += '%'
    if width < 0 and sign is None and sep is None:
        return s
    negative = s[0] == '-'
    if negative:
        s = s[1:]
    i = 0
    n = len(s)
    while i < n and '0' <= s[i] <= '9':
        i += 1
    if typ == 'n':
        p = (fill, align, sign, z, alt, zero, width, None, precision, typ)
    return _layout(p, negative, '', s[:i], s[i:])


def _format_complex(value, spec):
    raise NotImplementedError("format() of a complex number with a format spec is not supported "
                              "in the sandbox")


# --- format() -------------------------------------------------------------------------------

_NATIVE = {}


def _native(spec, kind):
    # '{:spec}' when MicroPython's own str.format writes exactly CPython's text for a value of
    # this kind ('s' str, 'i' int, 'f' float), else ''. Measured against CPython 3.11: 0
    # differences over 14,000 random specs and values of this subset (floats are exact since the
    # patched guest formats them through the host). Outside it (grouping, '#', '=', 'z', 'n',
    # 'c', '%', a float without a type, str precision, sign or '0', a non-ASCII fill) the exact
    # Python path runs. A native call costs a few microseconds, the Python path tens.
    key = kind + spec
    template = _NATIVE.get(key)
    if template is not None:
        return template
    template = ''
    try:
        fill, align, sign, z, alt, zero, width, sep, precision, typ = _parse(spec, 'object')
    except ValueError:
        fill = None
        z = True
    if not (z or alt or sep is not None or align == '=' or (fill is not None and fill > '\x7f')
            or (zero and align is not None)):
        if kind == 's':
            ok = precision < 0 and typ in ('', 's') and sign is None and not zero
        elif kind == 'i':
            ok = precision < 0 and typ in ('', 'd', 'b', 'o', 'x', 'X')
        else:
            ok = typ in ('e', 'E', 'f', 'F', 'g', 'G')
        if ok:
            template = '{:' + spec + '}'
    if len(_NATIVE) > 512:
        _NATIVE.clear()
    _NATIVE[key] = template
    return template


def format(value, format_spec=''):
    """CPython's format(value, format_spec)."""
    if type(format_spec) is not _str:
        raise TypeError("format() argument 2 must be str, not %s" % type(format_spec).__name__)
    t = type(value)
    if t is _str:
        if not format_spec:
            return value
        native = _native(format_spec, 's')
        return native.format(value) if native else _format_str(value, format_spec, 'str')
    if t is _int:
        if not format_spec:
            return _str(value)
        native = _native(format_spec, 'i')
        return native.format(value) if native else _format_int(value, format_spec, 'int')
    if t is _float:
        if not format_spec:
            # the patched guest prints CPython's shortest repr itself
            return repr(value)
        native = _native(format_spec, 'f')
        return native.format(value) if native else _format_float(value, _check_float(format_spec, 'float'))
    if t is _bool:
        return _str(value) if not format_spec else _format_int(_int(value), format_spec, 'bool')
    f = getattr(t, '__format__', None)
    if f is not None:
        r = f(value, format_spec)
        if type(r) is not _str:
            raise TypeError("__format__ must return a str, not %s" % type(r).__name__)
        return r
    # subclasses of the built-ins without a __format__ of their own: the built-in's, which gives
    # str(value) for an empty spec
    if not format_spec:
        return _str(value)
    tname = t.__name__
    if isinstance(value, _bool):
        return _format_int(_int(value), format_spec, tname)
    if isinstance(value, _int):
        return _format_int(_int(value), format_spec, tname)
    if isinstance(value, _float):
        return _format_float(_float(value), _check_float(format_spec, tname))
    if isinstance(value, _str):
        return _format_str(value[:], format_spec, tname)
    if t is complex:
        return _format_complex(value, format_spec)
    raise TypeError("unsupported format string passed to %s.__format__" % tname)


def _check_float(spec, tname):
    p = _parse(spec, tname)
    if p[9] not in 'eEfFgGn%':
        raise ValueError("Unknown format code %s for object of type '%s'" % (_char(p[9]), tname))
    return p


# --- str.format() and str.format_map() ---------------------------------------------------------

def str_format(template, args, kwargs):
    """CPython's template.format(*args, **kwargs)."""
    if type(template) is not _str:
        return template.format(*args, **kwargs)
    if '{' not in template and '}' not in template:
        return template
    return _build(template, args, kwargs, 2, [0, 0])


def str_format_map(template, mapping):
    """CPython's template.format_map(mapping): keys are looked up with mapping[key]."""
    if type(template) is not _str:
        return template.format_map(mapping)
    return _build(template, None, mapping, 2, [0, 0])


def _build(template, args, kwargs, depth, auto):
    # auto: [state 0 init / 1 auto / 2 manual, next automatic index]
    if depth <= 0:
        raise ValueError("Max string recursion exceeded")
    out = []
    n = len(template)
    i = 0
    while i < n:
        # literal text up to the next brace
        start = i
        c = ''
        while i < n:
            c = template[i]
            i += 1
            if c == '{' or c == '}':
                break
        else:
            out.append(template[start:])
            break
        at_end = i >= n
        if c == '}' and (at_end or template[i] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == '{':
            raise ValueError("Single '{' encountered in format string")
        if template[i] == c:
            out.append(template[start:i])
            i += 1
            continue
        out.append(template[start:i - 1])
        # parse_field: name up to '}', ':' or '!', brackets skipped
        fstart = i
        c = ''
        while i < n:
            c = template[i]
            i += 1
            if c == '{':
                raise ValueError("unexpected '{' in field name")
            if c == '[':
                while i < n and template[i] != ']':
                    i += 1
                continue
            if c == '}' or c == ':' or c == '!':
                break
        name = template[fstart:i - 1]
        conversion = None
        spec = ''
        expand = False
        if c == '!' or c == ':':
            if c == '!':
                if i >= n:
                    raise ValueError("end of string while looking for conversion specifier")
                conversion = template[i]
                i += 1
                if i < n:
                    c = template[i]
                    i += 1
                    if c != '}' and c != ':':
                        raise ValueError("expected ':' after conversion specifier")
            if not (conversion is not None and c == '}'):
                sstart = i
                count = 1
                while i < n:
                    c = template[i]
                    i += 1
                    if c == '{':
                        expand = True
                        count += 1
                    elif c == '}':
                        count -= 1
                        if count == 0:
                            break
                else:
                    raise ValueError("unmatched '{' in format spec")
                spec = template[sstart:i - 1]
        elif c != '}':
            raise ValueError("expected '}' before end of string")
        obj = _field(name, args, kwargs, auto)
        if conversion is not None:
            if conversion == 'r':
                obj = _repr(obj)
            elif conversion == 's':
                obj = _str(obj)
            elif conversion == 'a':
                obj = ascii(obj)
            else:
                raise ValueError("Unknown conversion specifier %s" % (
                    conversion if 32 < ord(conversion) < 127 else '\\x%x' % ord(conversion)))
        if expand:
            spec = _build(spec, args, kwargs, depth - 1, auto)
        out.append(format(obj, spec))
    return ''.join(out)


def _index(s):
    # get_integer on a whole field-name part: its value if all decimal digits, else -1
    if not s:
        return -1
    for ch in s:
        if not ('0' <= ch <= '9'):
            return -1
    v = _int(s)
    if v > _MAXSIZE:
        raise ValueError("Too many decimal digits in format string")
    return v


def _subscript(obj, key):
    try:
        return obj[key]
    except TypeError as error:
        if "subscriptable" not in str(error):
            raise
        # MicroPython words it "isn't subscriptable"
        raise TypeError("'%s' object is not subscriptable" % type(obj).__name__)


def _lookup(mapping, key):
    try:
        return _subscript(mapping, key)
    except KeyError:
        # MicroPython's dict subclasses never call __missing__ by themselves
        if isinstance(mapping, dict) and type(mapping) is not dict:
            missing = getattr(type(mapping), '__missing__', None)
            if missing is not None:
                return missing(mapping, key)
        raise


def _field(name, args, kwargs, auto):
    n = len(name)
    i = 0
    while i < n and name[i] != '.' and name[i] != '[':
        i += 1
    first = name[:i]
    idx = _index(first)
    empty = not first
    if empty or idx != -1:
        if auto[0] == 0:
            auto[0] = 1 if empty else 2
        if auto[0] == 2:
            if empty:
                raise ValueError("cannot switch from manual field specification to automatic "
                                 "field numbering")
        elif not empty:
            raise ValueError("cannot switch from automatic field numbering to manual field "
                             "specification")
        if empty:
            idx = auto[1]
            auto[1] += 1
    if idx == -1:
        if kwargs is None:
            raise KeyError(first)
        obj = _lookup(kwargs, first)
    else:
        if args is None:
            raise ValueError("Format string contains positional fields")
        if idx >= len(args):
            raise IndexError("Replacement index %d out of range for positional args tuple" % idx)
        obj = args[idx]
    while i < n:
        c = name[i]
        i += 1
        if c == '.':
            j = i
            while i < n and name[i] != '.' and name[i] != '[':
                i += 1
            attr = name[j:i]
            if not attr:
                raise ValueError("Empty attribute in format string")
            # as the rewriter routes attribute calls: `{n.real}` works on MicroPython's int too
            obj = _sandbox_attr(obj, attr)
        elif c == '[':
            j = i
            while i < n and name[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            key = name[j:i]
            i += 1
            if not key:
                raise ValueError("Empty attribute in format string")
            k = _index(key)
            obj = _subscript(obj, key if k == -1 else k)
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return obj


# --- the printf-style operator: template % values ------------------------------------------------
# CPython 3.11's PyUnicode_Format. MicroPython's own operator rounds floats through inexact float
# arithmetic, prints floats reached through %s/%r with its own repr, lacks %a, the h/l/L modifiers
# and negative '*' widths, pads '%-05d' with zeros, counts %s widths in UTF-8 bytes and words every
# error differently; the source rewriter routes `LITERAL % values` to _sandbox_percent, which lands
# here.

_LJUST = 1
_SIGN = 2
_BLANK = 4
_ALT = 8
_ZERO = 16
_FLAGS = {'-': _LJUST, '+': _SIGN, ' ': _BLANK, '#': _ALT, '0': _ZERO}
_INT_MAX = (1 << 31) - 1
_NOKEY = object()
_BADKEY = object()
_pcache = {}
_NOT_ENOUGH = "not enough arguments for format string"
_NOT_ALL = "not all arguments converted during string formatting"

try:
    from array import array as _array
except ImportError:
    _array = list


def percent(template, values):
    """CPython's template % values."""
    if type(template) is not _str:
        return template % values
    items = _pcache.get(template)
    if items is None:
        items = _pct_parse(template)
        items[0] = _pct_plan(items)
        if len(_pcache) > 256:
            _pcache.clear()
        _pcache[template] = items
    plan = items[0]
    if plan is not None:
        # MicroPython's operator on a rewritten template, with the floats formatted here, when
        # every value is of a kind it formats as CPython does; anything else (errors included)
        # takes the exact path below
        native, kinds, specs, keys = plan
        if keys is not None:
            if type(values) is not dict:
                return _pct_format(template, items, values)
            vals = []
            for key in keys:
                v = values.get(key, _NOKEY)
                if v is _NOKEY:
                    return _pct_format(template, items, values)
                vals.append(v)
            vals = tuple(vals)
        elif type(values) is tuple:
            vals = values
        elif isinstance(values, tuple):
            return _pct_format(template, items, values)
        else:
            vals = (values,)
        n = len(kinds)
        if len(vals) == n:
            out = None
            i = 0
            while i < n:
                kind = kinds[i]
                v = vals[i]
                t = type(v)
                if t is _float:
                    if kind == 2:
                        break
                    if out is None:
                        out = list(vals)
                    if kind == 4:
                        p = specs[i]
                        s = _fast_fixed(v, p[8], False, False)
                        out[i] = s if s is not None else _format_float(v, p)
                    elif kind == 3:
                        out[i] = _format_float(v, specs[i])
                    else:
                        out[i] = float_repr(v)
                elif kind == 0:
                    if isinstance(v, _float):
                        break
                elif kind == 1:
                    if t is _str:
                        if len(v) != len(v.encode()):
                            break
                    elif t is not _int and t is not _bool and v is not None:
                        break
                elif kind == 2:
                    if t is not _int:
                        break
                elif t is _int:
                    if out is None:
                        out = list(vals)
                    out[i] = _format_float(_int_float(v), specs[i])
                else:
                    break
                i += 1
            else:
                return native % (vals if out is None else tuple(out))
    return _pct_format(template, items, values)


def _pct_plan(items):
    # A template for MicroPython's operator and, per conversion, the kind of value it takes:
    # 0 for a bare %s (anything but a float subclass), 1 for a %s with a width or precision,
    # which MicroPython counts in UTF-8 bytes (an ASCII str, an int, a bool or None), 2 for an
    # integer conversion (an int; MicroPython pads '%-05d' and '%0.3d' wrongly, which stay out),
    # 3 for a float conversion (a float or an int), whose text is formatted here from its spec
    # tuple and padded by a %s, 4 for a '%.Nf' without sign flags or '#', which tries
    # _fast_fixed first. A float met by a %s is its repr.
    # None when some conversion needs the exact path.
    parts = []
    kinds = []
    specs = []
    keys = []
    for it in items[1:]:
        if type(it) is _str:
            parts.append(it.replace('%', '%%'))
            continue
        key, flags, width, prec, ch, at, err, stage = it
        if err is not None or key is _BADKEY or width == -2 or prec == -2:
            return None
        keys.append(key)
        w = _str(width) if width >= 0 else ''
        left = '-' if flags & _LJUST else ''
        if ch == 's':
            kinds.append(0 if width < 0 and prec < 0 else 1)
            specs.append(None)
            parts.append('%' + left + w + ('.' + _str(prec) if prec >= 0 else '') + 's')
        elif ch in 'diuoxX':
            if flags & _ZERO and (flags & _LJUST or prec >= 0):
                return None
            kinds.append(2)
            specs.append(None)
            f = ''
            for c in '-+ #0':
                if flags & _FLAGS[c]:
                    f += c
            parts.append('%' + f + w + ('.' + _str(prec) if prec >= 0 else '')
                         + ('d' if ch in 'iu' else ch))
        elif ch in 'eEfFgG':
            if flags & _ZERO and width >= 0:
                return None
            sign = '+' if flags & _SIGN else ' ' if flags & _BLANK else None
            prec = 6 if prec < 0 else prec
            specs.append((None, None, sign, False, flags & _ALT, False, -1, None, prec, ch))
            kinds.append(4 if ch in 'fF' and prec <= 15 and sign is None and not flags & _ALT
                         else 3)
            parts.append('%' + left + w + 's')
        else:
            return None
    if not kinds:
        return None
    if keys[0] is _NOKEY:
        for key in keys:
            if key is not _NOKEY:
                return None
        keys = None
    else:
        for key in keys:
            if key is _NOKEY:
                return None
    return ''.join(parts), tuple(kinds), tuple(specs), keys


def _pct_format(template, items, values):
    # the exact path: PyUnicode_Format's loop over the scanned template
    if isinstance(values, tuple):
        args = values
        arglen = len(values)
        argidx = 0
    else:
        args = values
        arglen = -1
        argidx = -2
    d = values if _is_mapping(values) else None
    out = []
    n = len(items)
    k = 1
    while k < n:
        it = items[k]
        k += 1
        if type(it) is _str:
            out.append(it)
            continue
        key, flags, width, prec, ch, at, err, stage = it
        if key is not _NOKEY:
            if d is None:
                raise TypeError("format requires a mapping")
            if key is _BADKEY:
                raise ValueError("incomplete format key")
            args = _lookup(d, key)
            arglen = -1
            argidx = -2
        if stage == 1:
            raise err
        if width == -2:
            if argidx >= arglen:
                raise TypeError(_NOT_ENOUGH)
            v = args if arglen < 0 else args[argidx]
            argidx += 1
            width = _star(v, 63, "ssize_t")
            if width < 0:
                flags |= _LJUST
                width = -width
        if stage == 2:
            raise err
        if prec == -2:
            if argidx >= arglen:
                raise TypeError(_NOT_ENOUGH)
            v = args if arglen < 0 else args[argidx]
            argidx += 1
            prec = _star(v, 31, "int")
            if prec < 0:
                prec = 0
        if stage == 3:
            raise err
        if argidx >= arglen:
            raise TypeError(_NOT_ENOUGH)
        v = args if arglen < 0 else args[argidx]
        argidx += 1
        numeric = False
        if ch == 's' or ch == 'r' or ch == 'a':
            t = type(v)
            if t is _str and ch == 's':
                s = v
            elif t is _float:
                s = float_repr(v)
            elif isinstance(v, _float) and getattr(t, '__str__', None) is None and (
                    ch == 's' or getattr(t, '__repr__', None) is None):
                # a float subclass printing as a float (MicroPython's str() ignores its __repr__)
                s = float_repr(v * 1.0) if getattr(t, '__repr__', None) is None else _repr(v)
            elif ch == 's':
                s = _str(v)
            elif ch == 'r':
                s = _repr(v)
            else:
                s = ascii(v)
        elif ch in 'eEfFgG':
            s = _format_float(_pct_real(v), (None, None, None, False, flags & _ALT, False, -1, None,
                                             6 if prec < 0 else prec, ch))
            numeric = True
        elif ch in 'diuoxX':
            s = _pct_int(v, ch, flags & _ALT, prec)
            numeric = True
        elif ch == 'c':
            s = _pct_char(v)
        else:
            raise ValueError("unsupported format character '%s' (0x%x) at index %d" % (
                ch if 31 <= ord(ch) <= 126 else '?', ord(ch), at))
        if ((width < 0 or width <= len(s)) and (prec < 0 or prec >= len(s))
                and not flags & (_SIGN | _BLANK)):
            out.append(s)
        else:
            _pct_pad(out, s, flags, width, prec, ch, numeric)
        if d is not None and argidx < arglen:
            raise TypeError(_NOT_ALL)
    if argidx < arglen and d is None:
        raise TypeError(_NOT_ALL)
    return ''.join(out)


def _pct_number(t, pos, n, ch, limit):
    # a width or precision: the digits from ch on, as CPython reads them; returns (value, the
    # character after them, its position, whether the template ended, whether value > limit)
    value = ord(ch) - 48
    while True:
        if pos >= n:
            return value, ch, pos, True, False
        ch = t[pos]
        pos += 1
        if not ('0' <= ch <= '9'):
            return value, ch, pos, False, False
        value = value * 10 + ord(ch) - 48
        if value > limit:
            return value, ch, pos, False, True


def _pct_parse(t):
    # the template as [plan, literal or conversion, ...], scanned as PyUnicode_Format does
    # (its fmtcnt running out is `pos >= n`, remembered in `done`). A conversion is
    # (key, flags, width, precision, type, index of the type, error, stage): -1 for an absent
    # width or precision, -2 for '*'; a scanning error is raised at its stage (1 before the '*'
    # width, 2 before the '*' precision, 3 before the value), after the arguments consumed before
    # it, as CPython does. Scanning stops at an error.
    items = [None]
    n = len(t)
    i = 0
    while True:
        j = t.find('%', i)
        if j < 0:
            if i < n:
                items.append(t[i:])
            break
        if j > i:
            items.append(t[i:j])
        pos = j + 1
        if pos < n and t[pos] == '%':
            items.append('%')
            i = pos + 1
            continue
        ch = t[pos] if pos < n else '\0'
        done = False
        err = None
        stage = 0
        key = _NOKEY
        flags = 0
        width = -1
        prec = -1
        modifier = False
        if ch == '(':
            pos += 1
            start = pos
            depth = 1
            while depth > 0:
                if pos >= n:
                    done = True
                    break
                ch = t[pos]
                pos += 1
                if ch == ')':
                    depth -= 1
                elif ch == '(':
                    depth += 1
            key = _BADKEY if done or depth > 0 else t[start:pos - 1]
        if key is not _BADKEY:
            while True:
                if pos >= n:
                    done = True
                    break
                ch = t[pos]
                pos += 1
                f = _FLAGS.get(ch)
                if f is None:
                    break
                flags |= f
            if ch == '*':
                width = -2
                if pos < n:
                    ch = t[pos]
                    pos += 1
                else:
                    done = True
            elif '0' <= ch <= '9':
                width, ch, pos, end, too_big = _pct_number(t, pos, n, ch, _MAXSIZE)
                done = done or end
                if too_big:
                    err = ValueError("width too big")
                    stage = 1
            if err is None and ch == '.':
                prec = 0
                if pos < n:
                    ch = t[pos]
                    pos += 1
                else:
                    done = True
                if ch == '*':
                    prec = -2
                    if pos < n:
                        ch = t[pos]
                        pos += 1
                    else:
                        done = True
                elif '0' <= ch <= '9':
                    prec, ch, pos, end, too_big = _pct_number(t, pos, n, ch, _INT_MAX)
                    done = done or end
                    if too_big:
                        err = ValueError("precision too big")
                        stage = 2
            if err is None:
                if not done and (ch == 'h' or ch == 'l' or ch == 'L'):
                    modifier = True
                    if pos < n:
                        ch = t[pos]
                        pos += 1
                    else:
                        done = True
                if done:
                    err = ValueError("incomplete format")
                    stage = 3
        items.append((key, flags, width, prec, ch, pos - 1, err, stage))
        if key is _BADKEY or err is not None:
            break
        i = pos
    return items


def _star(v, bits, ctype):
    # a '*' width or precision: PyLong_AsSsize_t or _PyLong_AsInt of the argument
    if type(v) is _bool:
        return _int(v)
    if not isinstance(v, _int):
        raise TypeError("* wants int")
    if v >= 1 << bits or v < -(1 << bits):
        raise OverflowError("Python int too large to convert to C %s" % ctype)
    return _int(v)


def _is_mapping(v):
    # PyMapping_Check (a type with __getitem__), tuples and strs excepted
    t = type(v)
    if t is dict:
        return True
    if t is tuple or t is _str or t is _int or t is _float or t is _bool or v is None:
        return False
    if isinstance(v, (tuple, _str)):
        return False
    if isinstance(v, (dict, list, bytes, bytearray, range, memoryview, _array)):
        return True
    return getattr(t, '__getitem__', None) is not None


def _tname(v):
    return type(v).__name__


def _pct_real(v):
    # PyFloat_AsDouble
    t = type(v)
    if t is _float:
        return v
    if t is _int or t is _bool:
        return _int_float(_int(v))
    if isinstance(v, _float):
        # MicroPython's float() refuses float subclasses; arithmetic gives their value
        return v * 1.0
    if isinstance(v, _int):
        return _int_float(_int(v))
    m = getattr(t, '__float__', None)
    if m is not None:
        r = m(v)
        if not isinstance(r, _float):
            raise TypeError("%s.__float__ returned non-float (type %s)" % (t.__name__, _tname(r)))
        return _float(r)
    m = getattr(t, '__index__', None)
    if m is not None:
        r = m(v)
        if type(r) is not _int and not isinstance(r, _int):
            raise TypeError("__index__ returned non-int (type %s)" % _tname(r))
        return _int_float(_int(r))
    raise TypeError("must be real number, not %s" % t.__name__)


def _int_float(n):
    x = _float(n)
    if x - x != 0.0:
        raise OverflowError("int too large to convert to float")
    return x


def _pct_int(v, ch, alt, prec):
    # mainformatlong + _PyUnicode_FormatLong: [-][0x][zeros to the precision]digits
    t = type(v)
    if t is not _int:
        if t is _bool or isinstance(v, _int):
            v = _int(v)
        else:
            v = _pct_to_int(v, ch)
    if ch == 'd' or ch == 'i' or ch == 'u':
        if prec < 0:
            return _str(v)
        digits = _str(-v if v < 0 else v)
        prefix = ''
    elif ch == 'o':
        digits = '%o' % (-v if v < 0 else v)
        prefix = '0o' if alt else ''
    elif ch == 'x':
        digits = '%x' % (-v if v < 0 else v)
        prefix = '0x' if alt else ''
    else:
        digits = '%X' % (-v if v < 0 else v)
        prefix = '0X' if alt else ''
    if prec > len(digits):
        digits = '0' * (prec - len(digits)) + digits
    return ('-' if v < 0 else '') + prefix + digits


def _pct_to_int(v, ch):
    # PyNumber_Long (for o, x and X _PyNumber_Index) of a value that is not an int; a TypeError on
    # the way becomes the conversion's own
    t = type(v)
    try:
        if t is _float or isinstance(v, _float):
            if ch in 'oxX':
                raise TypeError
            x = v * 1.0
            if x != x:
                raise ValueError("cannot convert float NaN to integer")
            if x - x != 0.0:
                raise OverflowError("cannot convert float infinity to integer")
            m = getattr(t, '__int__', None) if t is not _float else None
            return _int(x) if m is None else _int_result(m(v), '__int__')
        index = getattr(t, '__index__', None)
        if ch in 'oxX':
            if index is None:
                raise TypeError
            return _int_result(index(v), '__index__')
        m = getattr(t, '__int__', None)
        if m is not None:
            return _int_result(m(v), '__int__')
        if index is not None:
            return _int_result(index(v), '__index__')
        m = getattr(t, '__trunc__', None)
        if m is not None and (t is complex or getattr(t, '__float__', None) is not None):
            r = m(v)
            if type(r) is _int:
                return r
            return _int_result(getattr(type(r), '__index__')(r), '__index__')
        raise TypeError
    except TypeError:
        pass
    if ch in 'oxX':
        raise TypeError("%%%s format: an integer is required, not %s" % (ch, t.__name__))
    raise TypeError("%%%s format: a real number is required, not %s" % (ch, t.__name__))


def _int_result(r, name):
    if type(r) is _int:
        return r
    if type(r) is _bool or isinstance(r, _int):
        return _int(r)
    raise TypeError("%s returned non-int (type %s)" % (name, _tname(r)))


def _pct_char(v):
    # formatchar: a one-character str, or an int (through __index__) below 0x110000
    if isinstance(v, _str):
        if len(v) == 1:
            return v[:]
        raise TypeError("%c requires int or char")
    t = type(v)
    if t is _int or t is _bool or isinstance(v, _int):
        x = _int(v)
    else:
        index = getattr(t, '__index__', None)
        if index is None:
            raise TypeError("%c requires int or char")
        try:
            x = _int_result(index(v), '__index__')
        except TypeError:
            raise TypeError("%c requires int or char") from None
    if x < 0 or x > 0x10ffff:
        raise OverflowError("%c arg not in range(0x110000)")
    return chr(x)


def _pct_pad(out, s, flags, width, prec, ch, numeric):
    # unicode_format_arg_output past its fast path: sign and 0x/0o prefix before zero padding,
    # after space padding; left-justified fields pad with spaces on the right
    fill = '0' if numeric and flags & _ZERO else ' '
    n = len(s)
    if prec >= 0 and n > prec and (ch == 's' or ch == 'r' or ch == 'a'):
        n = prec
    p = 0
    sign = ''
    if numeric:
        c = s[0]
        if c == '-' or c == '+':
            sign = c
            n -= 1
            p = 1
        elif flags & _SIGN:
            sign = '+'
        elif flags & _BLANK:
            sign = ' '
    if width < n:
        width = n
    if sign:
        if fill != ' ':
            out.append(sign)
        if width > n:
            width -= 1
    prefix = flags & _ALT and (ch == 'x' or ch == 'X' or ch == 'o')
    if prefix:
        if fill != ' ':
            out.append(s[p:p + 2])
            p += 2
        width -= 2
        if width < 0:
            width = 0
        n -= 2
    if width > n and not flags & _LJUST:
        out.append(fill * (width - n))
        width = n
    if fill == ' ':
        if sign:
            out.append(sign)
        if prefix:
            out.append(s[p:p + 2])
            p += 2
    if n:
        out.append(s[p:p + n])
    if width > n:
        out.append(' ' * (width - n))


def _install():
    builtins.format = format
    builtins._sandbox_format = format
    builtins._sandbox_str_format = str_format
    builtins._sandbox_str_format_map = str_format_map
    builtins._sandbox_percent = percent


_install()

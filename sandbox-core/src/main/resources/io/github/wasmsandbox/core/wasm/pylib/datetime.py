# CPython 3.11 compatible datetime for the sandbox. Self-contained: the frozen MicroPython
# datetime is shadowed by this file. The guest has no local zone database: local time is UTC
# (now(), today(), fromtimestamp() and astimezone() without a zone all use UTC).

MINYEAR = 1
MAXYEAR = 9999

_DIM = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DBM = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365)
_MONTHS = ("", "January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MAXORD = 3652059
_US_DAY = 86400000000


def _isleap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _dim(y, m):
    if m == 2 and _isleap(y):
        return 29
    return _DIM[m]


def _dby(y):
    # days before Jan 1 of year y (proleptic Gregorian, ordinal 1 == 0001-01-01)
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd2ord(y, m, d):
    return _dby(y) + _DBM[m] + (1 if m > 2 and _isleap(y) else 0) + d


def _ord2ymd(n):
    y = (n * 400) // 146097 + 1
    while _dby(y) >= n:
        y -= 1
    while _dby(y + 1) < n:
        y += 1
    doy = n - _dby(y)
    leap = 1 if _isleap(y) else 0
    m = (doy + 30) // 31
    if m > 12:
        m = 12
    while m < 12 and doy > _DBM[m + 1] + (leap if m + 1 > 2 else 0):
        m += 1
    while doy <= _DBM[m] + (leap if m > 2 else 0):
        m -= 1
    return y, m, doy - _DBM[m] - (leap if m > 2 else 0)


def _iso_week1_monday(y):
    first = _dby(y) + 1
    wd = (first + 6) % 7
    mon = first - wd
    if wd > 3:
        mon += 7
    return mon


def _tname(x):
    return type(x).__name__


def _cls_name(obj):
    cls = type(obj)
    mod = getattr(cls, "__module__", "datetime")
    return "%s.%s" % (mod, cls.__name__)


def _check_int(v):
    if isinstance(v, int) or type(v) is bool:
        return int(v)
    if hasattr(v, "__index__"):
        return v.__index__()
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    raise TypeError("'%s' object cannot be interpreted as an integer" % _tname(v))


def _check_date_fields(y, m, d):
    y = _check_int(y)
    m = _check_int(m)
    d = _check_int(d)
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError("year %d is out of range" % y)
    if not 1 <= m <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= d <= _dim(y, m):
        raise ValueError("day is out of range for month")
    return y, m, d


def _check_time_fields(h, mi, s, us, fold):
    h = _check_int(h)
    mi = _check_int(mi)
    s = _check_int(s)
    us = _check_int(us)
    if not 0 <= h <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= mi <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= s <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= us <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return h, mi, s, us


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % _tname(tz))


def _idiv(a, b):
    # int / int like CPython; the guest double-rounds ints beyond 2**53
    if -9007199254740992 <= a <= 9007199254740992 and -9007199254740992 <= b <= 9007199254740992:
        return a / b
    from _exactdiv import int_div
    return int_div(a, b)


def _div_half_even(a, b):
    # a / b rounded half to even, b > 0
    q, r = divmod(a, b)
    r2 = r * 2
    if r2 > b or (r2 == b and q & 1):
        q += 1
    return q


def _ratio(x):
    # exact (numerator, denominator) of a float; the guest lacks float.as_integer_ratio
    if x != x:
        raise ValueError("cannot convert NaN to integer ratio")
    if x in (_INF, -_INF):
        raise OverflowError("cannot convert Infinity to integer ratio")
    import math
    m, e = math.frexp(x)
    n = int(m * 9007199254740992.0)
    e -= 53
    if e >= 0:
        return n << e, 1
    d = 1 << -e
    while n & 1 == 0 and d > 1:
        n >>= 1
        d >>= 1
    return n, d


_INF = float("inf")


def _unsupported(op, a, b):
    return TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                     % (op, _qual(a), _qual(b)))


def _qual(x):
    if isinstance(x, (date, time, timedelta, tzinfo)):
        return _cls_name(x)
    return _tname(x)


def _cmp_error(op, a, b):
    return TypeError("'%s' not supported between instances of '%s' and '%s'"
                     % (op, _qual(a), _qual(b)))


class _Ordered:
    # the rich comparisons of timedelta, date, time and datetime: each class supplies __eq__
    # and _cmp(other, op), which raises CPython's TypeError for operands it cannot order
    def __ne__(self, other):
        return not self.__eq__(other)

    def __lt__(self, other):
        return self._cmp(other, "<") < 0

    def __le__(self, other):
        return self._cmp(other, "<=") <= 0

    def __gt__(self, other):
        return self._cmp(other, ">") > 0

    def __ge__(self, other):
        return self._cmp(other, ">=") >= 0


class timedelta(_Ordered):
    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        # Sum everything exactly in microseconds (floats as exact binary fractions), then round
        # half to even once.
        num = 0
        den = 1
        for v, f in ((days, 86400000000), (seconds, 1000000), (microseconds, 1),
                     (milliseconds, 1000), (minutes, 60000000), (hours, 3600000000),
                     (weeks, 604800000000)):
            if isinstance(v, float):
                n, d = _ratio(v)
                n *= f
                if d > den:
                    num = num * (d // den) + n
                    den = d
                else:
                    num += n * (den // d)
            elif isinstance(v, int) or type(v) is bool:
                if v:
                    num += int(v) * f * den
            elif hasattr(v, "as_integer_ratio") and not isinstance(v, (str, bytes)):
                n, d = v.as_integer_ratio()
                num = num * d + n * f * den
                den *= d
            else:
                raise TypeError("unsupported type for timedelta %s component: %s" % (
                    ("days", "seconds", "microseconds", "milliseconds", "minutes", "hours",
                     "weeks")[(days, seconds, microseconds, milliseconds, minutes, hours,
                               weeks).index(v)], _tname(v)))
        us = num if den == 1 else _div_half_even(num, den)
        return _td(us, cls)

    def _us(self):
        return (self._d * 86400 + self._s) * 1000000 + self._u

    @property
    def days(self):
        return self._d

    @property
    def seconds(self):
        return self._s

    @property
    def microseconds(self):
        return self._u

    def total_seconds(self):
        return _idiv(self._us(), 1000000)

    def __repr__(self):
        parts = []
        if self._d:
            parts.append("days=%d" % self._d)
        if self._s:
            parts.append("seconds=%d" % self._s)
        if self._u:
            parts.append("microseconds=%d" % self._u)
        if not parts:
            parts.append("0")
        return "%s(%s)" % (_cls_name(self), ", ".join(parts))

    def __str__(self):
        mm, ss = divmod(self._s, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._d:
            s = "%d day%s, %s" % (self._d, "" if abs(self._d) == 1 else "s", s)
        if self._u:
            s = "%s.%06d" % (s, self._u)
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td(self._us() + other._us())
        if isinstance(other, date):
            return other.__add__(self)
        raise _unsupported("+", self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return _td(self._us() + other._us())
        raise _unsupported("+", other, self)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td(self._us() - other._us())
        raise _unsupported("-", self, other)

    def __rsub__(self, other):
        raise _unsupported("-", other, self)

    def __neg__(self):
        return _td(-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return self if self._d >= 0 else _td(-self._us())

    def __mul__(self, other):
        if isinstance(other, (str, list, tuple, bytes, bytearray)):
            raise TypeError("can't multiply sequence by non-int of type '%s'" % _cls_name(self))
        if isinstance(other, int) and not isinstance(other, float) or type(other) is bool:
            return _td(self._us() * int(other))
        if isinstance(other, float):
            n, d = _ratio(other)
            return _td(_div_half_even(self._us() * n, d))
        raise _unsupported("*", self, other)

    def __rmul__(self, other):
        return self.__mul__(other)

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            o = other._us()
            if o == 0:
                raise ZeroDivisionError("division by zero")
            return _idiv(self._us(), o)
        if isinstance(other, int) or type(other) is bool:
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            us = self._us()
            if other < 0:
                us, other = -us, -other
            return _td(_div_half_even(us, int(other)))
        if isinstance(other, float):
            n, d = _ratio(other)
            if n == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            num = self._us() * d
            if n < 0:
                num, n = -num, -n
            return _td(_div_half_even(num, n))
        raise _unsupported("/", self, other)

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            o = other._us()
            if o == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._us() // o
        if isinstance(other, int) or type(other) is bool:
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td(self._us() // int(other))
        raise _unsupported("//", self, other)

    def __mod__(self, other):
        if isinstance(other, timedelta):
            o = other._us()
            if o == 0:
                raise ZeroDivisionError("integer modulo by zero")
            return _td(self._us() % o)
        raise _unsupported("%", self, other)

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            o = other._us()
            if o == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._us(), o)
            return q, _td(r)
        raise _unsupported("divmod()", self, other)

    def _cmp(self, other, op):
        if isinstance(other, timedelta):
            a = self._us()
            b = other._us()
            return 0 if a == b else (1 if a > b else -1)
        raise _cmp_error(op, self, other)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return False

    def __hash__(self):
        return hash((self._d, self._s, self._u))

    def __bool__(self):
        return bool(self._d or self._s or self._u)

    def __reduce__(self):
        return (type(self), (self._d, self._s, self._u))


def _td(us, cls=timedelta):
    d, r = divmod(us, _US_DAY)
    if not -999999999 <= d <= 999999999:
        if not -2147483648 <= d <= 2147483647:
            raise OverflowError("Python int too large to convert to C int")
        raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
    s, u = divmod(r, 1000000)
    self = object.__new__(cls)
    self._d = d
    self._s = s
    self._u = u
    return self


timedelta.min = _td(-999999999 * _US_DAY)
timedelta.max = _td(999999999 * _US_DAY + _US_DAY - 1)
timedelta.resolution = _td(1)

_ZERO = timedelta.resolution * 0


# ---------------------------------------------------------------- strftime

def _pad(v, width, flag):
    if flag == "-":
        return str(v)
    s = str(v)
    if len(s) < width:
        fill = " " if flag == "_" else "0"
        s = fill * (width - len(s)) + s
    return s


def _off_str(off, sep):
    # "+HHMM[SS[.ffffff]]" (or with sep ':') for a utcoffset timedelta; "" for None
    if off is None:
        return ""
    us = off._us()
    sign = "+"
    if us < 0:
        sign = "-"
        us = -us
    ss, u = divmod(us, 1000000)
    mm, s = divmod(ss, 60)
    h, m = divmod(mm, 60)
    r = "%s%02d%s%02d" % (sign, h, sep, m)
    if s or u:
        r += "%s%02d" % (sep, s)
        if u:
            r += ".%06d" % u
    return r


def _strftime(fmt, y, mo, d, h, mi, s, us, obj):
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % _tname(fmt))
    out = []
    i = 0
    n = len(fmt)
    o = None
    while i < n:
        c = fmt[i]
        if c != "%":
            j = fmt.find("%", i)
            if j < 0:
                j = n
            out.append(fmt[i:j])
            i = j
            continue
        i += 1
        if i >= n:
            out.append("%")
            break
        c = fmt[i]
        flag = ""
        if c in "-_0^#":
            flag = c
            i += 1
            if i >= n:
                out.append("%" + flag)
                break
            c = fmt[i]
        if c in "0123456789" or c in "EO":
            raise NotImplementedError(
                "datetime.strftime width/E/O modifiers are not supported in the sandbox")
        i += 1
        if o is None and c in "aAwuUWjVGgcxC":
            o = _ymd2ord(y, mo, d)
        if c == "Y":
            r = _pad(y, 1, flag)
        elif c == "m":
            r = _pad(mo, 2, flag)
        elif c == "d":
            r = _pad(d, 2, flag)
        elif c == "e":
            r = _pad(d, 2, flag or "_")
        elif c == "H":
            r = _pad(h, 2, flag)
        elif c == "k":
            r = _pad(h, 2, flag or "_")
        elif c == "I" or c == "l":
            r = _pad(h % 12 or 12, 2, flag or ("_" if c == "l" else ""))
        elif c == "M":
            r = _pad(mi, 2, flag)
        elif c == "S":
            r = _pad(s, 2, flag)
        elif c == "f":
            r = "%06d" % us
        elif c == "y":
            r = _pad(y % 100, 2, flag)
        elif c == "C":
            r = _pad(y // 100, 2 if y >= 1000 else 1, flag)
        elif c == "a":
            r = _DAYS[(o + 6) % 7][:3]
        elif c == "A":
            r = _DAYS[(o + 6) % 7]
        elif c == "b" or c == "h":
            r = _MONTHS[mo][:3]
        elif c == "B":
            r = _MONTHS[mo]
        elif c == "p":
            r = "AM" if h < 12 else "PM"
        elif c == "P":
            r = "am" if h < 12 else "pm"
        elif c == "w":
            r = str(o % 7)
        elif c == "u":
            r = str((o + 6) % 7 + 1)
        elif c == "j":
            r = _pad(o - _dby(y), 3, flag)
        elif c == "U":
            r = _pad((o - _dby(y) - 1 + 7 - o % 7) // 7, 2, flag)
        elif c == "W":
            r = _pad((o - _dby(y) - 1 + 7 - (o + 6) % 7) // 7, 2, flag)
        elif c == "G" or c == "g" or c == "V":
            iy, iw, _ = _isocal(o, y)
            if c == "G":
                r = _pad(iy, 1, flag)
            elif c == "g":
                r = _pad(iy % 100, 2, flag)
            else:
                r = _pad(iw, 2, flag)
        elif c == "z":
            r = _off_str(obj.utcoffset(), "") if obj is not None else ""
        elif c == "Z":
            r = ""
            if obj is not None:
                tn = obj.tzname()
                if tn is not None:
                    r = tn
        elif c == "c":
            r = "%s %s %2d %02d:%02d:%02d %d" % (_DAYS[(o + 6) % 7][:3], _MONTHS[mo][:3], d,
                                                  h, mi, s, y)
        elif c == "x":
            r = "%02d/%02d/%02d" % (mo, d, y % 100)
        elif c == "X" or c == "T":
            r = "%02d:%02d:%02d" % (h, mi, s)
        elif c == "D":
            r = "%02d/%02d/%02d" % (mo, d, y % 100)
        elif c == "F":
            r = "%d-%02d-%02d" % (y, mo, d)
        elif c == "R":
            r = "%02d:%02d" % (h, mi)
        elif c == "r":
            r = "%02d:%02d:%02d %s" % (h % 12 or 12, mi, s, "AM" if h < 12 else "PM")
        elif c == "n":
            r = "\n"
        elif c == "t":
            r = "\t"
        elif c == "%":
            r = "%"
        elif c == "s":
            r = str((_ymd2ord(y, mo, d) - 719163) * 86400 + h * 3600 + mi * 60 + s)
        else:
            r = "%" + flag + c
        if flag == "^" or (flag == "#" and c in "aAbBhp"):
            r = r.upper()
        elif flag == "#" and c == "Z":
            r = r.lower()
        out.append(r)
    return "".join(out)


def _ctime(y, mo, d, h, mi, s):
    return "%s %s %2d %02d:%02d:%02d %04d" % (_DAYS[(_ymd2ord(y, mo, d) + 6) % 7][:3],
                                              _MONTHS[mo][:3], d, h, mi, s, y)


def _isocal(o, y):
    w1 = _iso_week1_monday(y)
    if o < w1:
        y -= 1
        w1 = _iso_week1_monday(y)
    else:
        nxt = _iso_week1_monday(y + 1)
        if o >= nxt:
            y += 1
            w1 = nxt
    return y, (o - w1) // 7 + 1, (o - w1) % 7 + 1


# ---------------------------------------------------------------- parsing (lazy)

def _strptime(s, fmt):
    from _dtparse import _strptime as f
    return f(s, fmt)


def _iso_date(s):
    from _dtparse import _iso_date as f
    return f(s)


def _iso_time(s, p):
    from _dtparse import _iso_time as f
    return f(s, p)


def _iso_sep_pos(s):
    from _dtparse import _iso_sep_pos as f
    return f(s)


def _from_isocal(y, w, wd):
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % y)
    if not 0 < w < 53:
        ok = False
        if w == 53:
            first = (_dby(y) + 1 + 6) % 7
            ok = first == 3 or (first == 2 and _isleap(y))
        if not ok:
            raise ValueError("Invalid week: %d" % w)
    if not 0 < wd < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % wd)
    return _ord2ymd(_iso_week1_monday(y) + (w - 1) * 7 + wd - 1)



# ---------------------------------------------------------------- tzinfo

class tzinfo:
    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        d = dt.dst()
        if d is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        delta = off - d
        if delta:
            dt = dt + delta
            d = dt.dst()
            if d is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent results; cannot convert")
        return dt + d


_NONAME = object()


class timezone(tzinfo):
    def __new__(cls, offset, name=_NONAME):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % _tname(offset))
        if name is _NONAME:
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s"
                            % ("None" if name is None else _tname(name)))
        if not -_US_DAY < offset._us() < _US_DAY:
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24)"
                             " and timedelta(hours=24), not %r." % (offset,))
        if name is None and not offset and _UTC is not None:
            return _UTC
        self = object.__new__(cls)
        self._off = offset
        self._name = name
        return self

    def utcoffset(self, dt):
        if dt is None or isinstance(dt, datetime):
            return self._off
        raise TypeError("utcoffset() argument must be a datetime instance or None")

    def dst(self, dt):
        if dt is None or isinstance(dt, datetime):
            return None
        raise TypeError("dst() argument must be a datetime instance or None")

    def tzname(self, dt):
        if dt is None or isinstance(dt, datetime):
            if self._name is not None:
                return self._name
            if not self._off:
                return "UTC"
            return "UTC" + _off_str(self._off, ":")
        raise TypeError("tzname() argument must be a datetime instance or None")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance or None")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._off

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_cls_name(self), self._off)
        return "%s(%r, %r)" % (_cls_name(self), self._off, self._name)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._off == other._off
        return False

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return hash(self._off)


_UTC = None
_UTC = timezone(_ZERO)
utc = _UTC
timezone.utc = _UTC
timezone.min = timezone(timedelta(hours=-23, minutes=-59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = _UTC


def _check_offset(name, off):
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, _tname(off)))
    if not -_US_DAY < off._us() < _US_DAY:
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                         "timedelta(hours=24), not %r." % (off,))
    return off


# ---------------------------------------------------------------- date

class IsoCalendarDate(tuple):
    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % (
            self[0], self[1], self[2])

    __str__ = __repr__


def _struct_time(t):
    try:
        import time as _time
        st = getattr(_time, "struct_time", None)
    except ImportError:
        st = None
    if st is None:
        return tuple(t)
    return st(t)


class date(_Ordered):
    def __new__(cls, year, month=None, day=None):
        y, m, d = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._y = y
        self._m = m
        self._dd = d
        return self

    @classmethod
    def _mk(cls, y, m, d):
        self = object.__new__(cls)
        self._y = y
        self._m = m
        self._dd = d
        return self

    @property
    def year(self):
        return self._y

    @property
    def month(self):
        return self._m

    @property
    def day(self):
        return self._dd

    @classmethod
    def today(cls):
        import utime
        return cls.fromtimestamp(utime.time())

    @classmethod
    def fromtimestamp(cls, t):
        us = _ts_to_us(t)
        y, m, d = _ord2ymd(us // _US_DAY + 719163)
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        n = _check_int(n)
        if not 1 <= n <= _MAXORD:
            raise ValueError("ordinal must be >= 1")
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        r = None
        if len(s) in (7, 8, 10):
            r = _iso_date(s)
        if r is None:
            raise ValueError("Invalid isoformat string: %r" % (s,))
        return cls(*r)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_from_isocal(year, week, day))

    def toordinal(self):
        return _ymd2ord(self._y, self._m, self._dd)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return (self.toordinal() + 6) % 7 + 1

    def isocalendar(self):
        return IsoCalendarDate(_isocal(self.toordinal(), self._y))

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._y, self._m, self._dd)

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_cls_name(self), self._y, self._m, self._dd)

    def ctime(self):
        return _ctime(self._y, self._m, self._dd, 0, 0, 0)

    def strftime(self, fmt):
        return _strftime(fmt, self._y, self._m, self._dd, 0, 0, 0, 0, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % _tname(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        o = self.toordinal()
        return _struct_time((self._y, self._m, self._dd, 0, 0, 0, (o + 6) % 7,
                             o - _dby(self._y), -1))

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._y if year is None else year, self._m if month is None else month,
                          self._dd if day is None else day)

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other._d
            if not 1 <= o <= _MAXORD:
                raise OverflowError("date value out of range")
            y, m, d = _ord2ymd(o)
            return type(self)._mk(y, m, d)
        raise _unsupported("+", self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        raise _unsupported("+", other, self)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(_td(-other._d * _US_DAY))
        if isinstance(other, date) and not isinstance(other, datetime):
            return _td((self.toordinal() - other.toordinal()) * _US_DAY)
        raise _unsupported("-", self, other)

    def _key(self):
        return (self._y, self._m, self._dd)

    def _cmp(self, other, op):
        if isinstance(other, date) and not isinstance(other, datetime):
            a = self._key()
            b = other._key()
            return 0 if a == b else (1 if a > b else -1)
        if isinstance(other, datetime):
            raise TypeError("can't compare %s to %s" % (_cls_name(other), _cls_name(self)))
        raise _cmp_error(op, self, other)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() == other._key()
        return False

    def __hash__(self):
        return hash(self._key())

    def __reduce__(self):
        return (type(self), self._key())


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _ts_to_us(t):
    # seconds since the epoch -> integer microseconds, rounding half to even like CPython
    if isinstance(t, int) or type(t) is bool:
        return int(t) * 1000000
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        if t in (_INF, -_INF):
            raise OverflowError("cannot convert float infinity to integer")
        import math
        frac, whole = math.modf(t)
        x = frac * 1e6
        f = math.floor(x)
        r = x - f
        if r > 0.5 or (r == 0.5 and int(f) & 1):
            f += 1
        return int(whole) * 1000000 + int(f)
    if hasattr(t, "__float__"):
        return _ts_to_us(float(t))
    raise TypeError("'%s' object cannot be interpreted as an integer" % _tname(t))


# ---------------------------------------------------------------- time

class time(_Ordered):
    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        h, mi, s, us = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._h = h
        self._mi = mi
        self._s = s
        self._us = us
        self._tz = tzinfo
        self._fold = fold
        return self

    @property
    def hour(self):
        return self._h

    @property
    def minute(self):
        return self._mi

    @property
    def second(self):
        return self._s

    @property
    def microsecond(self):
        return self._us

    @property
    def tzinfo(self):
        return self._tz

    @property
    def fold(self):
        return self._fold

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        p = 0
        if s[:1] == "T":
            p = 1
        r = _iso_time(s, p) if len(s) > p else None
        if r is None:
            raise ValueError("Invalid isoformat string: %r" % (s,))
        return cls(r[0], r[1], r[2], r[3], r[4])

    def utcoffset(self):
        if self._tz is None:
            return None
        return _check_offset("utcoffset", self._tz.utcoffset(None))

    def dst(self):
        if self._tz is None:
            return None
        return _check_offset("dst", self._tz.dst(None))

    def tzname(self):
        if self._tz is None:
            return None
        n = self._tz.tzname(None)
        if n is not None and not isinstance(n, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                            % _tname(n))
        return n

    def isoformat(self, timespec="auto"):
        s = _fmt_time(self._h, self._mi, self._s, self._us, timespec)
        off = self.utcoffset()
        if off is not None:
            s += _off_str(off, ":")
        return s

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        if self._us:
            s = "%d, %d, %d, %d" % (self._h, self._mi, self._s, self._us)
        elif self._s:
            s = "%d, %d, %d" % (self._h, self._mi, self._s)
        else:
            s = "%d, %d" % (self._h, self._mi)
        if self._tz is not None:
            s += ", tzinfo=%r" % (self._tz,)
        if self._fold:
            s += ", fold=1"
        return "%s(%s)" % (_cls_name(self), s)

    def strftime(self, fmt):
        return _strftime(fmt, 1900, 1, 1, self._h, self._mi, self._s, self._us, self)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % _tname(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *,
                fold=None):
        return type(self)(self._h if hour is None else hour,
                          self._mi if minute is None else minute,
                          self._s if second is None else second,
                          self._us if microsecond is None else microsecond,
                          self._tz if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _key(self):
        off = self.utcoffset()
        us = ((self._h * 60 + self._mi) * 60 + self._s) * 1000000 + self._us
        if off is not None:
            us -= off._us()
        return us, off is not None

    def _cmp(self, other, op):
        if not isinstance(other, time):
            raise _cmp_error(op, self, other)
        if self._tz is other._tz:
            a = (self._h, self._mi, self._s, self._us)
            b = (other._h, other._mi, other._s, other._us)
        else:
            a, aa = self._key()
            b, ba = other._key()
            if aa != ba:
                if op in ("==", "!="):
                    return 2
                raise TypeError("can't compare offset-naive and offset-aware times")
        return 0 if a == b else (1 if a > b else -1)

    def __eq__(self, other):
        if not isinstance(other, time):
            return False
        return self._cmp(other, "==") == 0

    def __hash__(self):
        k, aware = self._key()
        return hash(k)

    def __bool__(self):
        return True


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _fmt_time(h, mi, s, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % h
    if timespec == "minutes":
        return "%02d:%02d" % (h, mi)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (h, mi, s)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (h, mi, s, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (h, mi, s, us)
    raise ValueError("Unknown timespec value")


# ---------------------------------------------------------------- datetime

_date = date
_time = time

class datetime(date):
    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        y, m, d = _check_date_fields(year, month, day)
        h, mi, s, us = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._y = y
        self._m = m
        self._dd = d
        self._h = h
        self._mi = mi
        self._s = s
        self._us = us
        self._tz = tzinfo
        self._fold = fold
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    @classmethod
    def _from_us(cls, us, tz=None, fold=0):
        # us: microseconds since 0001-01-01T00:00 (ordinal 1)
        days, r = divmod(us, _US_DAY)
        if not 0 <= days < _MAXORD:
            raise OverflowError("date value out of range")
        y, m, d = _ord2ymd(days + 1)
        s, u = divmod(r, 1000000)
        mi, s = divmod(s, 60)
        h, mi = divmod(mi, 60)
        self = object.__new__(cls)
        self._y = y
        self._m = m
        self._dd = d
        self._h = h
        self._mi = mi
        self._s = s
        self._us = u
        self._tz = tz
        self._fold = fold
        return self

    def _abs_us(self):
        return ((((self.toordinal() - 1) * 24 + self._h) * 60 + self._mi) * 60
                + self._s) * 1000000 + self._us

    @classmethod
    def now(cls, tz=None):
        import utime
        us = utime.time_ns() // 1000
        return cls._from_ts_us(us, tz)

    @classmethod
    def utcnow(cls):
        import utime
        return cls._from_ts_us(utime.time_ns() // 1000, None)

    @classmethod
    def today(cls):
        return cls.now()

    @classmethod
    def _from_ts_us(cls, us, tz):
        _check_tzinfo(tz)
        if tz is None:
            return cls._from_us(us + 719162 * _US_DAY)
        dt = cls._from_us(us + 719162 * _US_DAY, tz)
        return tz.fromutc(dt)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        return cls._from_ts_us(_ts_to_us(t), tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_us(_ts_to_us(t) + 719162 * _US_DAY)

    @classmethod
    def fromordinal(cls, n):
        d = _date.fromordinal(n)
        return cls(d._y, d._m, d._dd)

    @classmethod
    def combine(cls, date_, time_, tzinfo=True):
        if not isinstance(date_, date):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % _tname(date_))
        if not isinstance(time_, time):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % _tname(time_))
        if tzinfo is True:
            tzinfo = time_._tz
        return cls(date_._y, date_._m, date_._dd, time_._h, time_._mi, time_._s, time_._us,
                   tzinfo, fold=time_._fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        r = None
        if len(s) >= 7:
            pos = _iso_sep_pos(s)
            if pos > 0:
                dpart = _iso_date(s[:pos])
                if dpart is not None:
                    if pos == len(s):
                        r = dpart + (0, 0, 0, 0, None)
                    elif pos + 1 < len(s):
                        t = _iso_time(s, pos + 1)
                        if t is not None:
                            r = dpart + t
        if r is None:
            raise ValueError("Invalid isoformat string: %r" % (s,))
        return cls(*r)

    @classmethod
    def strptime(cls, s, fmt):
        y, m, d, h, mi, sec, us, tz = _strptime(s, fmt)
        return cls(y, m, d, h, mi, sec, us, tz)

    def date(self):
        return _date(self._y, self._m, self._dd)

    def time(self):
        return _time(self._h, self._mi, self._s, self._us, fold=self._fold)

    def timetz(self):
        return _time(self._h, self._mi, self._s, self._us, self._tz, fold=self._fold)

    def utcoffset(self):
        if self._tz is None:
            return None
        return _check_offset("utcoffset", self._tz.utcoffset(self))

    def dst(self):
        if self._tz is None:
            return None
        return _check_offset("dst", self._tz.dst(self))

    def tzname(self):
        if self._tz is None:
            return None
        n = self._tz.tzname(self)
        if n is not None and not isinstance(n, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                            % _tname(n))
        return n

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._y if year is None else year,
                          self._m if month is None else month,
                          self._dd if day is None else day,
                          self._h if hour is None else hour,
                          self._mi if minute is None else minute,
                          self._s if second is None else second,
                          self._us if microsecond is None else microsecond,
                          self._tz if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def astimezone(self, tz=None):
        if tz is None:
            tz = _UTC_LOCAL
        elif not isinstance(tz, tzinfo):
            raise TypeError("astimezone() argument 1 must be datetime.tzinfo, not %s"
                            % _tname(tz))
        mytz = self._tz
        if mytz is None:
            off = _ZERO
        else:
            if mytz is tz:
                return self
            off = self.utcoffset()
            if off is None:
                off = _ZERO
        utc_us = self._abs_us() - off._us()
        dt = type(self)._from_us(utc_us, tz)
        return tz.fromutc(dt)

    def timestamp(self):
        off = self.utcoffset()
        us = self._abs_us() - 719162 * _US_DAY
        if off is not None:
            us -= off._us()
        return _idiv(us, 1000000)

    def timetuple(self):
        d = self.dst()
        if d is None:
            isdst = -1
        else:
            isdst = 1 if d else 0
        o = self.toordinal()
        return _struct_time((self._y, self._m, self._dd, self._h, self._mi, self._s,
                             (o + 6) % 7, o - _dby(self._y), isdst))

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self
        if off:
            dt = type(self)._from_us(self._abs_us() - off._us())
        o = dt.toordinal()
        return _struct_time((dt._y, dt._m, dt._dd, dt._h, dt._mi, dt._s, (o + 6) % 7,
                             o - _dby(dt._y), 0))

    def isoformat(self, sep="T", timespec="auto"):
        s = "%04d-%02d-%02d%s%s" % (self._y, self._m, self._dd, sep,
                                    _fmt_time(self._h, self._mi, self._s, self._us, timespec))
        off = self.utcoffset()
        if off is not None:
            s += _off_str(off, ":")
        return s

    def __str__(self):
        return self.isoformat(" ")

    def __repr__(self):
        s = "%d, %d, %d, %d, %d" % (self._y, self._m, self._dd, self._h, self._mi)
        if self._us:
            s += ", %d, %d" % (self._s, self._us)
        elif self._s:
            s += ", %d" % self._s
        if self._tz is not None:
            s += ", tzinfo=%r" % (self._tz,)
        if self._fold:
            s += ", fold=1"
        return "%s(%s)" % (_cls_name(self), s)

    def ctime(self):
        return _ctime(self._y, self._m, self._dd, self._h, self._mi, self._s)

    def strftime(self, fmt):
        return _strftime(fmt, self._y, self._m, self._dd, self._h, self._mi, self._s, self._us,
                         self)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_us(self._abs_us() + other._us(), self._tz)
        raise _unsupported("+", self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        raise _unsupported("+", other, self)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_us(self._abs_us() - other._us(), self._tz)
        if isinstance(other, datetime):
            a = self._abs_us()
            b = other._abs_us()
            if self._tz is not other._tz:
                ao = self.utcoffset()
                bo = other.utcoffset()
                if (ao is None) != (bo is None):
                    raise TypeError("can't subtract offset-naive and offset-aware datetimes")
                if ao is not None:
                    a -= ao._us()
                    b -= bo._us()
            return _td(a - b)
        raise _unsupported("-", self, other)

    def _cmp(self, other, op):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                raise TypeError("can't compare %s to %s" % (_cls_name(self),
                                                            _cls_name(other)))
            raise _cmp_error(op, self, other)
        a = self._abs_us()
        b = other._abs_us()
        if self._tz is not other._tz:
            ao = self.utcoffset()
            bo = other.utcoffset()
            if (ao is None) != (bo is None):
                if op in ("==", "!="):
                    return 2
                raise TypeError("can't compare offset-naive and offset-aware datetimes")
            if ao is not None:
                a -= ao._us()
                b -= bo._us()
        return 0 if a == b else (1 if a > b else -1)

    def __eq__(self, other):
        if not isinstance(other, datetime):
            return False
        return self._cmp(other, "==") == 0

    def __ne__(self, other):
        return not self.__eq__(other)

    __lt__ = _date.__lt__
    __le__ = _date.__le__
    __gt__ = _date.__gt__
    __ge__ = _date.__ge__

    def __hash__(self):
        off = self.utcoffset()
        us = self._abs_us()
        if off is not None:
            us -= off._us()
        return hash(us)

    def __reduce__(self):
        return (type(self), (self._y, self._m, self._dd, self._h, self._mi, self._s, self._us,
                             self._tz))


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

# The guest's local zone: UTC, named as CPython names it under TZ=UTC.
_UTC_LOCAL = timezone(_ZERO, "UTC")

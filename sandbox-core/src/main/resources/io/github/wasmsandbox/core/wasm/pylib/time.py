# CPython-compatible time module on top of MicroPython's utime. The guest has no zone database:
# local time is UTC (timezone == 0, tzname == ('UTC', 'UTC')). monotonic()/perf_counter() count
# from this module's import, from utime's wrapping tick counter, so they are only meaningful for
# intervals shorter than about 8 minutes.
import utime

sleep = utime.sleep
sleep_ms = utime.sleep_ms
sleep_us = utime.sleep_us
ticks_ms = utime.ticks_ms
ticks_us = utime.ticks_us
ticks_cpu = utime.ticks_cpu
ticks_add = utime.ticks_add
ticks_diff = utime.ticks_diff
time_ns = utime.time_ns

timezone = 0
altzone = 0
daylight = 0
tzname = ("UTC", "UTC")

_T0 = utime.ticks_us()
_NAMES = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
          "tm_isdst")


def time():
    return utime.time_ns() / 1e9


def _elapsed_us():
    return utime.ticks_diff(utime.ticks_us(), _T0)


def monotonic():
    return _elapsed_us() / 1e6


def monotonic_ns():
    return _elapsed_us() * 1000


perf_counter = monotonic
perf_counter_ns = monotonic_ns
process_time = monotonic
process_time_ns = monotonic_ns
thread_time = monotonic
thread_time_ns = monotonic_ns


class struct_time(tuple):
    @property
    def tm_year(self):
        return self[0]

    @property
    def tm_mon(self):
        return self[1]

    @property
    def tm_mday(self):
        return self[2]

    @property
    def tm_hour(self):
        return self[3]

    @property
    def tm_min(self):
        return self[4]

    @property
    def tm_sec(self):
        return self[5]

    @property
    def tm_wday(self):
        return self[6]

    @property
    def tm_yday(self):
        return self[7]

    @property
    def tm_isdst(self):
        return self[8]

    @property
    def tm_zone(self):
        return getattr(self, "_zone", None)

    @property
    def tm_gmtoff(self):
        return getattr(self, "_gmtoff", None)

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __repr__(self):
        return "time.struct_time(%s)" % ", ".join(
            "%s=%r" % (_NAMES[i], self[i]) for i in range(9))

    __str__ = __repr__


def _st(t):
    if len(t) != 9:
        raise TypeError("time.struct_time() takes a 9-sequence (%d-sequence given)" % len(t))
    return struct_time(t)


def _dby(y):
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _isleap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


_DBM = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365)


def _secs(secs):
    if secs is None:
        return utime.time_ns() // 1000000000
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        import math
        return int(math.floor(secs)) if secs >= 0 else -int(math.floor(-secs))
    if isinstance(secs, int) or type(secs) is bool:
        return int(secs)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__)


def gmtime(secs=None):
    s = _secs(secs)
    days, r = divmod(s, 86400)
    o = days + 719163
    y = (o * 400) // 146097 + 1
    while _dby(y) >= o:
        y -= 1
    while _dby(y + 1) < o:
        y += 1
    doy = o - _dby(y)
    leap = 1 if _isleap(y) else 0
    m = 12
    while doy <= _DBM[m] + (leap if m > 2 else 0):
        m -= 1
    d = doy - _DBM[m] - (leap if m > 2 else 0)
    hh, r = divmod(r, 3600)
    mm, ss = divmod(r, 60)
    st = struct_time((y, m, d, hh, mm, ss, (o + 6) % 7, doy, 0))
    st._zone = "GMT"
    st._gmtoff = 0
    return st


def localtime(secs=None):
    st = gmtime(secs)
    st._zone = "UTC"
    return st


def _check_tuple(t, name):
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError("%s(): illegal time tuple argument" % name)
    return t


def mktime(t):
    _check_tuple(t, "mktime")
    y, mo, d, hh, mi, ss = t[0], t[1], t[2], t[3], t[4], t[5]
    # normalise the month like C mktime does, days/hours/... carry naturally
    y += (mo - 1) // 12
    mo = (mo - 1) % 12 + 1
    days = _dby(y) + _DBM[mo] + (1 if mo > 2 and _isleap(y) else 0) + d - 719163
    return float(days * 86400 + hh * 3600 + mi * 60 + ss)


def _tuple_or_now(t, name):
    if t is None:
        return localtime()
    return _check_tuple(t, name)


def strftime(format, t=None):
    t = _tuple_or_now(t, "strftime")
    import datetime
    if not 1 <= t[1] <= 12:
        raise ValueError("month out of range")
    if not 1 <= t[2] <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= t[3] <= 23:
        raise ValueError("hour out of range")
    if not 0 <= t[4] <= 59:
        raise ValueError("minute out of range")
    if not 0 <= t[5] <= 61:
        raise ValueError("seconds out of range")
    return datetime._strftime(format, t[0], t[1], t[2], t[3], t[4], t[5], 0,
                              _Zone(getattr(t, "_zone", None) or "UTC", datetime))


class _Zone:
    def __init__(self, name, dt):
        self.name = name
        self.dt = dt

    def utcoffset(self):
        return self.dt._ZERO

    def tzname(self):
        return self.name


def asctime(t=None):
    return _asc(_tuple_or_now(t, "asctime"))


def _asc(t):
    import datetime
    return datetime._strftime("%c", t[0], t[1], t[2], t[3], t[4], t[5], 0, None)


def ctime(secs=None):
    return _asc(localtime(secs))


def strptime(string, format="%a %b %d %H:%M:%S %Y"):
    import datetime
    y, m, d, hh, mi, ss, us, tz = datetime._strptime(string, format)
    o = datetime._ymd2ord(y, m, d)
    isdst = -1
    if tz is not None and tz._name is not None:
        isdst = 0
    st = struct_time((y, m, d, hh, mi, ss, (o + 6) % 7, o - _dby(y), isdst))
    if tz is not None:
        st._gmtoff = tz.utcoffset(None)._us() // 1000000
        st._zone = tz._name
    return st


def get_clock_info(name):
    raise NotImplementedError("time.get_clock_info is not supported in the sandbox")

# Parsing half of the sandbox's datetime module (strptime and ISO 8601), imported on first use
# so that a plain "import datetime" stays cheap.
from datetime import (_dby, _ymd2ord, _ord2ymd, _isleap, _iso_week1_monday, _check_date_fields,
                      _from_isocal, _MONTHS, _DAYS, MINYEAR, MAXYEAR, timedelta, timezone, utc,
                      _tname)


_D = "0123456789"
_N = "123456789"
_ALTS = {
    "d": (("3", "01"), ("12", _D), ("0", _N), (_N,), (" ", _N)),
    "H": (("2", "0123"), ("01", _D), (_D,)),
    "I": (("1", "012"), ("0", _N), (_N,)),
    "G": ((_D, _D, _D, _D),),
    "Y": ((_D, _D, _D, _D),),
    "y": ((_D, _D),),
    "j": (("3", "6", "0123456"), ("3", "012345", _D), ("12", _D, _D), ("0", _N, _D),
          ("0", "0", _N), (_N, _D), ("0", _N), (_N,)),
    "m": (("1", "012"), ("0", _N), (_N,)),
    "M": (("012345", _D), (_D,)),
    "S": (("6", "01"), ("012345", _D), (_D,)),
    "U": (("5", "0123"), ("01234", _D), (_D,)),
    "W": (("5", "0123"), ("01234", _D), (_D,)),
    "V": (("5", "0123"), ("0", _N), ("1234", _D), (_D,)),
    "w": (("0123456",),),
    "u": (("1234567",),),
    "f": ((_D,) * 6, (_D,) * 5, (_D,) * 4, (_D,) * 3, (_D,) * 2, (_D,)),
}
_WS = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0"


def _by_len(names):
    # regex alternation order CPython uses: longest first, stable otherwise
    return sorted(names, key=len, reverse=True)


def _name_alts(c):
    if c == "B":
        return _by_len([m.lower() for m in _MONTHS[1:]])
    if c == "b":
        return _by_len([m[:3].lower() for m in _MONTHS[1:]])
    if c == "A":
        return _by_len([x.lower() for x in _DAYS])
    if c == "a":
        return _by_len([x[:3].lower() for x in _DAYS])
    if c == "p":
        return ["am", "pm"]
    if c == "Z":
        return ["utc", "gmt"]
    return None


def _tokens(fmt):
    toks = []
    lit = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == "%":
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % fmt)
            c = fmt[i + 1]
            i += 2
            if c == "%":
                lit.append("%")
                continue
            if c == "c":
                sub = _tokens("%a %b %d %H:%M:%S %Y")
            elif c == "x":
                sub = _tokens("%m/%d/%y")
            elif c == "X":
                sub = _tokens("%H:%M:%S")
            elif c in _ALTS or c in "BbAapZz":
                sub = [(1, c)]
            else:
                if c in "\\.^$*+?(){}[]|":
                    c = "%"
                raise ValueError("'%s' is a bad directive in format '%s'" % (c, fmt))
            if lit:
                toks.append((0, "".join(lit)))
                lit = []
            toks.extend(sub)
        elif c in _WS:
            while i < n and fmt[i] in _WS:
                i += 1
            if lit:
                toks.append((0, "".join(lit)))
                lit = []
            toks.append((2, None))
        else:
            lit.append(c.lower())
            i += 1
    if lit:
        toks.append((0, "".join(lit)))
    return toks


def _cands(c, s, p):
    # candidate lengths for directive c at s[p:], in regex alternation order
    alts = _ALTS.get(c)
    res = []
    if alts is not None:
        for alt in alts:
            k = len(alt)
            if p + k <= len(s):
                ok = True
                for j in range(k):
                    if s[p + j] not in alt[j]:
                        ok = False
                        break
                if ok:
                    res.append(k)
        return res
    if c == "z":
        n = len(s)
        if p + 3 <= n and s[p] in "+-" and s[p + 1] in _D and s[p + 2] in _D:
            q0 = p + 3
            for colon in (1, 0):
                q = q0
                if colon:
                    if q < n and s[q] == ":":
                        q += 1
                    else:
                        continue
                if not (q + 2 <= n and s[q] in "012345" and s[q + 1] in _D):
                    continue
                q += 2
                for colon2 in (1, 0):
                    r = q
                    if colon2:
                        if r < n and s[r] == ":":
                            r += 1
                        else:
                            continue
                    if r + 2 <= n and s[r] in "012345" and s[r + 1] in _D:
                        r += 2
                        if r < n and s[r] == ".":
                            k = 0
                            while k < 6 and r + 1 + k < n and s[r + 1 + k] in _D:
                                k += 1
                            while k >= 1:
                                res.append(r + 1 + k - p)
                                k -= 1
                        res.append(r - p)
                res.append(q - p)
        if p < len(s) and s[p] == "Z":
            res.append(1)
        return res
    low = s[p:p + 9].lower()
    for name in _name_alts(c):
        if low.startswith(name):
            res.append(len(name))
    return res


def _match(toks, ti, s, p, found):
    if ti == len(toks):
        return p
    kind, v = toks[ti]
    if kind == 0:
        k = len(v)
        if s[p:p + k].lower() != v:
            return -1
        return _match(toks, ti + 1, s, p + k, found)
    if kind == 2:
        q = p
        while q < len(s) and s[q] in _WS:
            q += 1
        while q > p:
            r = _match(toks, ti + 1, s, q, found)
            if r >= 0:
                return r
            q -= 1
        return -1
    for k in _cands(v, s, p):
        found.append((v, s[p:p + k]))
        r = _match(toks, ti + 1, s, p + k, found)
        if r >= 0:
            return r
        found.pop()
    return -1


def _strptime(s, fmt):
    if not isinstance(s, str):
        raise TypeError("strptime() argument 1 must be str, not %s" % _tname(s))
    if not isinstance(fmt, str):
        raise TypeError("strptime() argument 2 must be str, not %s" % _tname(fmt))
    toks = _tokens(fmt)
    seen = set()
    for kind, v in toks:
        if kind == 1:
            if v in seen:
                # CPython's regex fails with re.error ("redefinition of group name")
                raise NotImplementedError("datetime.strptime with a repeated directive (%%%s) is "
                                          "not supported in the sandbox" % v)
            seen.add(v)
    found = []
    end = _match(toks, 0, s, 0, found)
    if end < 0:
        raise ValueError("time data %r does not match format %r" % (s, fmt))
    if end != len(s):
        raise ValueError("unconverted data remains: %s" % s[end:])
    fd = {}
    for k, v in found:
        fd[k] = v
    year = month = day = None
    iso_year = iso_week = julian = weekday = week_of_year = None
    wstart = 0
    hour = minute = second = fraction = 0
    month = day = 1
    tzname = None
    gmtoff = None
    gmtfrac = 0
    for k, v in found:
        if k == "y":
            year = int(v)
            year += 2000 if year <= 68 else 1900
        elif k == "Y":
            year = int(v)
        elif k == "G":
            iso_year = int(v)
        elif k == "m":
            month = int(v)
        elif k == "B":
            month = [m.lower() for m in _MONTHS].index(v.lower())
        elif k == "b":
            month = [m[:3].lower() for m in _MONTHS].index(v.lower())
        elif k == "d":
            day = int(v)
        elif k == "H":
            hour = int(v)
        elif k == "I":
            hour = int(v)
            ap = fd.get("p", "").lower()
            if ap in ("", "am"):
                if hour == 12:
                    hour = 0
            elif ap == "pm":
                if hour != 12:
                    hour += 12
        elif k == "M":
            minute = int(v)
        elif k == "S":
            second = int(v)
        elif k == "f":
            fraction = int(v + "0" * (6 - len(v)))
        elif k == "A":
            weekday = [x.lower() for x in _DAYS].index(v.lower())
        elif k == "a":
            weekday = [x[:3].lower() for x in _DAYS].index(v.lower())
        elif k == "w":
            weekday = (int(v) - 1) % 7
        elif k == "u":
            weekday = int(v) - 1
        elif k == "j":
            julian = int(v)
        elif k == "U" or k == "W":
            week_of_year = int(v)
            wstart = 6 if k == "U" else 0
        elif k == "V":
            iso_week = int(v)
        elif k == "z":
            z = v
            if z == "Z":
                gmtoff = 0
            else:
                if z[3] == ":":
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ":":
                            raise ValueError("Inconsistent use of : in %s" % v)
                        z = z[:5] + z[6:]
                gmtoff = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or 0)
                rem = z[8:]
                gmtfrac = int(rem + "0" * (6 - len(rem)))
                if z[0] == "-":
                    gmtoff = -gmtoff
                    gmtfrac = -gmtfrac
        elif k == "Z":
            tzname = v
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
    elif week_of_year is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive "
                         "'%Y'. Use the ISO year '%G' instead.")
    leap_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_fix = True
    elif year is None:
        year = 1900
    if julian is None and weekday is not None:
        if week_of_year is not None:
            first = (_dby(year) + 1 + 6) % 7
            dow = weekday
            if wstart != 0:
                first = (first + 1) % 7
                dow = (dow + 1) % 7
            if week_of_year == 0:
                julian = 1 + dow - first
            else:
                julian = 1 + (7 - first) % 7 + 7 * (week_of_year - 1) + dow
        elif iso_year is not None and iso_week is not None:
            o = _iso_week1_monday(iso_year) + (iso_week - 1) * 7 + weekday
            year = iso_year
            julian = o - _dby(iso_year)
            if julian < 1:
                year = iso_year - 1
                julian = o - _dby(year)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _isleap(year) else 365
    if julian is None:
        _check_date_fields(year, month, day)
    else:
        year, month, day = _ord2ymd(julian - 1 + _ymd2ord(year, 1, 1))
    if leap_fix:
        year = 1900
    tz = None
    if gmtoff is not None:
        delta = timedelta(seconds=gmtoff, microseconds=gmtfrac)
        tz = timezone(delta, tzname) if tzname else timezone(delta)
    return year, month, day, hour, minute, second, fraction, tz


# ---------------------------------------------------------------- ISO parsing

def _digits(s, p, k):
    if p + k > len(s):
        return None
    v = 0
    for j in range(p, p + k):
        c = s[j]
        if c not in _D:
            return None
        v = v * 10 + ord(c) - 48
    return v


def _iso_date(s):
    # CPython 3.11 reads the date fields it needs and ignores anything after them
    n = len(s)
    y = _digits(s, 0, 4)
    if y is None or n < 5:
        return None
    p = 4
    sep = s[p] == "-"
    if sep:
        p += 1
    if p < n and s[p] == "W":
        p += 1
        w = _digits(s, p, 2)
        if w is None:
            return None
        p += 2
        wd = 1
        if p < n:
            if sep:
                if s[p] != "-":
                    return None
                p += 1
            wd = _digits(s, p, 1)
            if wd is None:
                return None
        try:
            return _from_isocal(y, w, wd)
        except ValueError:
            return None
    m = _digits(s, p, 2)
    if m is None:
        return None
    p += 2
    if sep:
        if p >= n or s[p] != "-":
            return None
        p += 1
    d = _digits(s, p, 2)
    if d is None:
        return None
    return y, m, d


def _hms(s, p, end):
    # [HH[:?MM[:?SS[{.,}ffffff]]]] in s[p:end]; returns (rv, h, m, sec, us)
    vals = [0, 0, 0]
    us = 0
    has_sep = True
    n = len(s)
    i = 0
    frac = False
    while i < 3:
        v = _digits(s, p, 2)
        if v is None:
            return -3, 0, 0, 0, 0
        vals[i] = v
        p += 2
        c = s[p] if p < n else ""
        p += 1
        if i == 0:
            has_sep = c == ":"
        if p >= end:
            return (1 if c != "" else 0), vals[0], vals[1], vals[2], 0
        if has_sep and c == ":":
            i += 1
            continue
        if c == "." or c == ",":
            frac = True
            break
        if not has_sep:
            p -= 1
        else:
            return -4, 0, 0, 0, 0
        i += 1
    if not frac and i == 3:
        pass
    rem = end - p
    k = 6 if rem >= 6 else rem
    if k <= 0:
        return -3, 0, 0, 0, 0
    us = _digits(s, p, k)
    if us is None:
        return -3, 0, 0, 0, 0
    us *= 10 ** (6 - k)
    p += k
    while p < n and s[p] in _D:
        p += 1
    return (1 if p < n else 0), vals[0], vals[1], vals[2], us


def _iso_time(s, p):
    # time (and offset) starting at s[p:]: (h, m, s, us, tz) or None
    n = len(s)
    tzp = p
    while tzp < n and s[tzp] not in "Z+-":
        tzp += 1
    rv, h, mi, sec, us = _hms(s, p, tzp)
    if rv < 0:
        return None
    if tzp == n:
        if rv == 1:
            return None
        return h, mi, sec, us, None
    if s[tzp] == "Z":
        if tzp + 1 != n:
            return None
        return h, mi, sec, us, utc
    sign = -1 if s[tzp] == "-" else 1
    rv, th, tm, ts, tus = _hms(s, tzp + 1, n)
    if rv != 0:
        return None
    off = sign * (th * 3600 + tm * 60 + ts)
    tus *= sign
    if off == 0 and tus == 0:
        return h, mi, sec, us, utc
    return h, mi, sec, us, timezone(timedelta(seconds=off, microseconds=tus))


def _iso_sep_pos(s):
    n = len(s)
    if n == 7:
        return 7
    if s[4] == "-":
        if s[5] == "W":
            if n < 8:
                return -1
            if n > 8 and s[8] == "-":
                if n == 9:
                    return -1
                if n > 10 and s[10] in _D:
                    return 8
                return 10
            return 8
        return 10
    if s[4] == "W":
        idx = 7
        while idx < n and s[idx] in _D:
            idx += 1
        if idx < 9:
            return idx
        return 7 if idx % 2 == 0 else 8
    return 8



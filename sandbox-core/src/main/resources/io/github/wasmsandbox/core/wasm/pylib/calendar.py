# CPython 3.11 compatible calendar (C/English locale only).

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)
EPOCH = 1970
error = ValueError

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DBM = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365)


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return "bad month number %r; must be 1-12" % (self.month,)


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return "bad weekday number %r; must be 0 (Monday) to 6 (Sunday)" % (self.weekday,)


class _Names:
    # behaves like CPython's lazily localised name sequences
    def __init__(self, items):
        self._items = items

    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(self._items)[i]
        return self._items[i]

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, x):
        return x in self._items

    def index(self, x):
        return list(self._items).index(x)

    def __repr__(self):
        return "<calendar._Names object>"


month_name = _Names(("",) + _MONTHS)
month_abbr = _Names(("",) + tuple(m[:3] for m in _MONTHS))
day_name = _Names(_DAYS)
day_abbr = _Names(tuple(d[:3] for d in _DAYS))


def isleap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    y1 -= 1
    y2 -= 1
    return (y2 // 4 - y1 // 4) - (y2 // 100 - y1 // 100) + (y2 // 400 - y1 // 400)


def _ordinal(y, m, d):
    p = y - 1
    return p * 365 + p // 4 - p // 100 + p // 400 + _DBM[m] + (1 if m > 2 and isleap(y) else 0) + d


def weekday(year, month, day):
    if not 1 <= year <= 9999:
        year = 2000 + year % 400
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    dim = 29 if month == 2 and isleap(year) else mdays[month]
    if not 1 <= day <= dim:
        raise ValueError("day is out of range for month")
    return (_ordinal(year, month, day) + 6) % 7


def monthrange(year, month):
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    day1 = weekday(year, month, 1)
    ndays = mdays[month] + (month == 2 and isleap(year))
    return day1, ndays


def _monthlen(year, month):
    return mdays[month] + (month == 2 and isleap(year))


def _prevmonth(year, month):
    if month == 1:
        return year - 1, 12
    return year, month - 1


def _nextmonth(year, month):
    if month == 12:
        return year + 1, 1
    return year, month + 1


def _center(s, width):
    # CPython's str.center; the guest's puts the odd pad on the other side
    pad = width - len(s)
    if pad <= 0:
        return s
    left = pad // 2 + (pad & width & 1)
    return " " * left + s + " " * (pad - left)


class Calendar:
    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    @property
    def firstweekday(self):
        return self._firstweekday % 7

    @firstweekday.setter
    def firstweekday(self, value):
        self._firstweekday = value

    def iterweekdays(self):
        for i in range(self._firstweekday, self._firstweekday + 7):
            yield i % 7

    def itermonthdates(self, year, month):
        import datetime
        for y, m, d in self.itermonthdays3(year, month):
            yield datetime.date(y, m, d)

    def itermonthdays(self, year, month):
        day1, ndays = monthrange(year, month)
        days_before = (day1 - self._firstweekday) % 7
        for _ in range(days_before):
            yield 0
        for d in range(1, ndays + 1):
            yield d
        days_after = (self._firstweekday - day1 - ndays) % 7
        for _ in range(days_after):
            yield 0

    def itermonthdays2(self, year, month):
        i = self._firstweekday
        for d in self.itermonthdays(year, month):
            yield d, i % 7
            i += 1

    def itermonthdays3(self, year, month):
        day1, ndays = monthrange(year, month)
        days_before = (day1 - self._firstweekday) % 7
        days_after = (self._firstweekday - day1 - ndays) % 7
        y, m = _prevmonth(year, month)
        end = _monthlen(y, m) + 1
        for d in range(end - days_before, end):
            yield y, m, d
        for d in range(1, ndays + 1):
            yield year, month, d
        y, m = _nextmonth(year, month)
        for d in range(1, days_after + 1):
            yield y, m, d

    def itermonthdays4(self, year, month):
        i = self._firstweekday
        for y, m, d in self.itermonthdays3(year, month):
            yield y, m, d, i % 7
            i += 1

    def monthdatescalendar(self, year, month):
        dates = list(self.itermonthdates(year, month))
        return [dates[i:i + 7] for i in range(0, len(dates), 7)]

    def monthdays2calendar(self, year, month):
        days = list(self.itermonthdays2(year, month))
        return [days[i:i + 7] for i in range(0, len(days), 7)]

    def monthdayscalendar(self, year, month):
        days = list(self.itermonthdays(year, month))
        return [days[i:i + 7] for i in range(0, len(days), 7)]

    def yeardatescalendar(self, year, width=3):
        months = [self.monthdatescalendar(year, i) for i in range(1, 13)]
        return [months[i:i + width] for i in range(0, 12, width)]

    def yeardays2calendar(self, year, width=3):
        months = [self.monthdays2calendar(year, i) for i in range(1, 13)]
        return [months[i:i + width] for i in range(0, 12, width)]

    def yeardayscalendar(self, year, width=3):
        months = [self.monthdayscalendar(year, i) for i in range(1, 13)]
        return [months[i:i + width] for i in range(0, 12, width)]


class TextCalendar(Calendar):
    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end="")

    def formatday(self, day, weekday, width):
        s = "" if day == 0 else "%2i" % day
        return _center(s, width)

    def formatweek(self, theweek, width):
        return " ".join([self.formatday(d, wd, width) for (d, wd) in theweek])

    def formatweekday(self, day, width):
        names = day_name if width >= 9 else day_abbr
        return _center(names[day][:width], width)

    def formatweekheader(self, width):
        return " ".join([self.formatweekday(i, width) for i in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        s = month_name[themonth]
        if withyear:
            s = "%s %r" % (s, theyear)
        return _center(s, width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end="")

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w = max(2, w)
        l = max(1, l)
        nl = "\n" * l
        parts = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1).rstrip(), nl,
                 self.formatweekheader(w).rstrip(), nl]
        for week in self.monthdays2calendar(theyear, themonth):
            parts.append(self.formatweek(week, w).rstrip())
            parts.append(nl)
        return "".join(parts)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w = max(2, w)
        l = max(1, l)
        c = max(2, c)
        nl = "\n" * l
        colwidth = (w + 1) * 7 - 1
        out = [_center(repr(theyear), colwidth * m + c * (m - 1)).rstrip(), nl]
        header = self.formatweekheader(w)
        for i, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * i + 1, min(m * (i + 1) + 1, 13))
            out.append(nl)
            out.append(formatstring([self.formatmonthname(theyear, k, colwidth, False)
                                     for k in months], colwidth, c).rstrip())
            out.append(nl)
            out.append(formatstring([header for k in months], colwidth, c).rstrip())
            out.append(nl)
            height = max([len(cal) for cal in row])
            for j in range(height):
                weeks = []
                for cal in row:
                    weeks.append("" if j >= len(cal) else self.formatweek(cal[j], w))
                out.append(formatstring(weeks, colwidth, c).rstrip())
                out.append(nl)
        return "".join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end="")


class HTMLCalendar(Calendar):
    cssclasses = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    cssclasses_weekday_head = cssclasses
    cssclass_noday = "noday"
    cssclass_month_head = "month"
    cssclass_month = "month"
    cssclass_year_head = "year"
    cssclass_year = "year"

    def formatday(self, day, weekday):
        if day == 0:
            return '<td class="%s">&nbsp;</td>' % self.cssclass_noday
        return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)

    def formatweek(self, theweek):
        return "<tr>%s</tr>" % "".join([self.formatday(d, wd) for (d, wd) in theweek])

    def formatweekday(self, day):
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day], day_abbr[day])

    def formatweekheader(self):
        return "<tr>%s</tr>" % "".join([self.formatweekday(i) for i in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, withyear=True):
        if withyear:
            s = "%s %s" % (month_name[themonth], theyear)
        else:
            s = "%s" % month_name[themonth]
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (self.cssclass_month_head, s)

    def formatmonth(self, theyear, themonth, withyear=True):
        v = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">' % (
            self.cssclass_month), "\n",
            self.formatmonthname(theyear, themonth, withyear=withyear), "\n",
            self.formatweekheader(), "\n"]
        for week in self.monthdays2calendar(theyear, themonth):
            v.append(self.formatweek(week))
            v.append("\n")
        v.append("</table>")
        v.append("\n")
        return "".join(v)

    def formatyear(self, theyear, width=3):
        width = max(width, 1)
        v = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">' % self.cssclass_year,
             "\n", '<tr><th colspan="%d" class="%s">%s</th></tr>' % (
                 width, self.cssclass_year_head, theyear)]
        for i in range(1, 13, width):
            v.append("<tr>")
            for m in range(i, min(i + width, 13)):
                v.append("<td>")
                v.append(self.formatmonth(theyear, m, withyear=False))
                v.append("</td>")
            v.append("</tr>")
        v.append("</table>")
        return "".join(v)

    def formatyearpage(self, theyear, width=3, css="calendar.css", encoding=None):
        raise NotImplementedError("calendar.HTMLCalendar.formatyearpage is not supported in the"
                                  " sandbox")


def formatstring(cols, colwidth=20, spacing=6):
    return (" " * spacing).join([_center(c, colwidth) for c in cols])


def timegm(tuple):
    year, month, day, hour, minute, second = tuple[:6]
    if not 1 <= year <= 9999:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    days = _ordinal(year, month, 1) - 719163 + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second


c = TextCalendar()
firstweekday = c.getfirstweekday
monthcalendar = c.monthdayscalendar
prweek = c.prweek
week = c.formatweek
weekheader = c.formatweekheader
prmonth = c.prmonth
month = c.formatmonth
calendar = c.formatyear
prcal = c.pryear


def setfirstweekday(firstweekday):
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


def format(cols, colwidth=20, spacing=6):
    print(formatstring(cols, colwidth, spacing))


_colwidth = 7 * 3 - 1
_spacing = 6

from datetime import date, timedelta, datetime

d = date(2024, 1, 5)
print(d, repr(d), d.year, d.month, d.day, d.isoformat(), str(d))
print(d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.ctime())
ic = d.isocalendar()
print(ic.year, ic.week, ic.weekday, ic[0], tuple(ic), ic == (2024, 1, 5))
y, w, wd = date(2021, 1, 3).isocalendar()
print(y, w, wd)
for dd in [date(2020, 12, 31), date(2021, 1, 1), date(2026, 12, 31), date(2008, 12, 29), date(2010, 1, 3)]:
    print(dd, dd.isocalendar(), dd.timetuple().tm_yday)
print(date.fromordinal(1), date.fromordinal(738000), date.fromordinal(3652059))
print(date.min, date.max, date.resolution)
print(d + timedelta(days=30), d - timedelta(days=400), timedelta(days=1) + d, d - date(2023, 1, 5))
print(d + timedelta(hours=47), d - timedelta(hours=1))
print(d.replace(day=31), d.replace(year=2023, month=2))
print(d < date(2024, 1, 6), d == date(2024, 1, 5), d != date(2024, 1, 5), d >= date(2025, 1, 1))
print(sorted([date(2024, 3, 1), date(2023, 12, 31), d]))
print(max(d, date(2024, 2, 1)), min([date(2024, 2, 1), d]))
print(len({d, date(2024, 1, 5), date(2024, 1, 6)}))
print(d.timetuple())
print(date.fromisoformat("2024-02-29"), date.fromisoformat("20240229"), date.fromisoformat("2024-W01-1"))
print(date.fromisoformat("2024W013"), date.fromisoformat("2020-W53"), date.fromisocalendar(2024, 52, 7))
print(d == datetime(2024, 1, 5), d != datetime(2024, 1, 5), d == "2024-01-05")
print(date(2024, 2, 29) - date(2023, 2, 28), (date(2024, 12, 25) - date(2024, 1, 15)).days)
print(d.__format__(""), d.__format__("%d/%m/%Y"))
print("{}".format(d), "%s and %r" % (d, d))
print(date.fromtimestamp(0), date.fromtimestamp(1700000000), date.fromtimestamp(-86400.5))
for args in [(2024, 2, 30), (2023, 2, 29), (2024, 13, 1), (0, 1, 1), (10000, 1, 1), (2024, 0, 1)]:
    try:
        date(*args)
    except ValueError as e:
        print("ValueError", e)
for bad in [lambda: date(2024.0, 1, 1), lambda: date("2024", 1, 1), lambda: d + 1, lambda: d - 1,
            lambda: d < datetime(2024, 1, 1), lambda: datetime(2024, 1, 1) > d, lambda: d < 5,
            lambda: date.fromisoformat("2024-1-5"), lambda: date.fromisoformat("2024-02-30"),
            lambda: date.fromisoformat(20240101), lambda: date.max + timedelta(days=1),
            lambda: date.fromordinal(0), lambda: date.fromisoformat("2024-W54-1"),
            lambda: date.fromisocalendar(2024, 1, 8), lambda: date.fromisoformat("2024-01-05 ")]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

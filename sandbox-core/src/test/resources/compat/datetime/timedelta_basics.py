from datetime import timedelta

samples = [
    timedelta(0), timedelta(seconds=59), timedelta(minutes=90), timedelta(days=2, hours=3, seconds=7),
    timedelta(hours=-5), timedelta(weeks=1, milliseconds=500), timedelta(days=-1, seconds=3600),
    timedelta(microseconds=-1), timedelta(days=1), timedelta(days=-1), timedelta(days=2),
    timedelta(hours=1.5), timedelta(seconds=0.5e-6), timedelta(microseconds=1.5),
    timedelta(microseconds=2.5), timedelta(days=0.1), timedelta(minutes=-0.001),
    timedelta(days=1, seconds=86399, microseconds=999999), timedelta(milliseconds=-1.25),
]
for td in samples:
    print(repr(td), "|", str(td), "|", td.days, td.seconds, td.microseconds, td.total_seconds())

a = timedelta(hours=25)
b = timedelta(days=1)
print(a + b, a - b, b - a, -a, +a, abs(-a), a * 2, 3 * a, a * 0.5, 0.5 * a)
print(a / b, a // b, a % b, divmod(a, b), a / 4, a // 7, a / 3.0, a / 0.7)
print(timedelta(seconds=10) / 3, timedelta(seconds=10) / -3, timedelta(seconds=10) // -3)
print(timedelta(microseconds=5) * 0.5, timedelta(microseconds=7) * 0.5, timedelta(seconds=1) * 1.1)
print(a > b, a < b, a == timedelta(seconds=90000), a != b, a >= b, b <= a)
print(bool(timedelta(0)), bool(timedelta(microseconds=1)))
print(timedelta.min, timedelta.max, timedelta.resolution)
print(repr(timedelta.min), repr(timedelta.max))
print(sorted([a, b, timedelta(0), -b]))
print(sum([a, b], timedelta()))
print(hash(timedelta(days=1)) == hash(timedelta(hours=24)))
print({timedelta(hours=24): "x"}[timedelta(days=1)])
print(a == 5, a != "x")
for bad in [lambda: a + 1, lambda: a - 1, lambda: a * "x", lambda: a < 5, lambda: a / 0,
            lambda: a // 0, lambda: timedelta(days=1e10), lambda: timedelta(days=1000000000),
            lambda: timedelta(days="1"), lambda: 1 - a]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)

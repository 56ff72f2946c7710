from datetime import datetime, date, time, timedelta, timezone

dt = datetime(2024, 1, 5, 10, 30)
print(dt, repr(dt), dt.isoformat(), dt.ctime())
print(repr(datetime(2024, 1, 5)), repr(datetime(2024, 1, 5, 0, 0, 7)), repr(datetime(2024, 1, 5, 1, 2, 3, 4)))
print(repr(datetime(2024, 1, 5, fold=1)), repr(datetime(2024, 1, 5, 10, tzinfo=timezone.utc)))
print(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
print(dt.date(), dt.time(), dt.timetz(), repr(dt.date()), repr(dt.time()))
print(dt + timedelta(days=1, hours=20), dt - timedelta(minutes=45), dt - datetime(2023, 12, 25, 8))
print(datetime(2024, 3, 10, 23, 59, 59, 999999) + timedelta(microseconds=1))
print(dt.replace(hour=17, minute=0), dt.replace(tzinfo=timezone.utc))
print(datetime.combine(date(2024, 2, 29), time(12, 15)), datetime.combine(date(2024, 2, 29), time(1, tzinfo=timezone.utc)))
print(dt.weekday(), dt.isoweekday(), dt.isocalendar(), dt.toordinal(), dt.timetuple())
print(dt.timestamp(), datetime(1970, 1, 1).timestamp(), datetime(1969, 12, 31, 23, 59, 59, 500000).timestamp())
print(datetime.fromtimestamp(0), datetime.utcfromtimestamp(1700000000.5), datetime.fromtimestamp(1.0000005))
print(datetime.fromtimestamp(1700000000, timezone.utc), datetime.fromtimestamp(-1.5, timezone(timedelta(hours=2))))
print(datetime.fromtimestamp(1234567890.123456), datetime.fromtimestamp(0.9999995))
print(dt < datetime(2024, 1, 5, 10, 31), dt == datetime(2024, 1, 5, 10, 30), dt != dt, dt >= dt)
print(sorted([datetime(2024, 1, 2), dt, datetime(2023, 5, 5, 5, 5)]))
print(len({dt, datetime(2024, 1, 5, 10, 30), dt.replace(tzinfo=timezone.utc)}))
print(datetime.min, datetime.max, datetime.resolution, time.min, time.max)
print(datetime.fromordinal(738000), datetime(2024, 1, 5).date() == date(2024, 1, 5))
print(dt.isoformat(sep=" "), dt.isoformat(timespec="minutes"), dt.isoformat(timespec="hours"))
dtu = datetime(2024, 1, 5, 10, 30, 15, 123456)
for spec in ["auto", "seconds", "milliseconds", "microseconds"]:
    print(dtu.isoformat(timespec=spec), time(1, 2, 3, 456789).isoformat(spec))
t = time(7, 5)
print(t, repr(t), repr(time(7, 5, 3)), repr(time(7, 5, 0, 9)), repr(time()), t.hour, t.minute, t.replace(minute=6))
print(time(23, 59) > time(1), time(1) == time(1, 0, 0), bool(time(0)), t.isoformat(), str(time(1, 2, 3, 4)))
print(t.strftime("%H:%M %p %I"), repr(time(1, tzinfo=timezone.utc)), time(1, tzinfo=timezone.utc).utcoffset())
for bad in [lambda: datetime(2024, 1, 1, 24), lambda: datetime(2024, 1, 1, 1, 60), lambda: datetime(2024, 1, 1, 1, 1, 60),
            lambda: datetime(2024, 1, 1, 1, 1, 1, 1000000), lambda: datetime(2024, 1, 1, tzinfo=5),
            lambda: datetime(2024, 1, 1) - date(2024, 1, 1), lambda: datetime(2024, 1, 1) + datetime(2024, 1, 1),
            lambda: datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=timezone.utc),
            lambda: datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=timezone.utc),
            lambda: datetime.max + timedelta(1), lambda: dt.isoformat(timespec="days"), lambda: time(1) < 5,
            lambda: datetime.combine(dt, 5), lambda: datetime(2024, 1, 1, fold=2), lambda: datetime(2024, 1, 32)]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(datetime(2024, 1, 1) == datetime(2024, 1, 1, tzinfo=timezone.utc))
print(datetime.now().year >= 2024, type(datetime.now()).__name__, type(datetime.today()).__name__, type(date.today()).__name__)
print(datetime.now(timezone.utc).tzinfo, datetime.utcnow().tzinfo)

from datetime import datetime, date, time, timezone, timedelta

for s in ["2024-01-05", "20240105", "2024-01-05T10:30", "2024-01-05T10:30:45", "2024-01-05 10:30:45.123",
          "2024-01-05T10:30:45.123456789", "2024-01-05T10:30:45,5", "2024-01-05T10:30:45Z", "2024-01-05T10:30:45+05:30",
          "2024-01-05T10:30:45-0800", "2024-01-05T10+01", "2024-01-05T103045", "20240105T103045.5-01:00:30",
          "2024-W01-1T09:00", "2024W015", "2024-W01", "2024-01-05T10:30:45+00:00", "2024-01-05x10:30",
          "2024-01-05T", "2024-1-5", "2024-01-05T25:00", "2024-01-05T10:30:45+24:00", "2024-13-05", "garbage",
          "2024-01-05T10:30:45.", "2024-01-05T10:3", "2024-01-05T10:30:45+05:30:15.25"]:
    try:
        r = datetime.fromisoformat(s)
        print(repr(s), "->", repr(r), r.isoformat())
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for s in ["10:30", "10:30:45.25", "T10:30", "103045", "10:30:45+01:00", "10", "1030", "10:30:45Z", "25:00", "10:30:"]:
    try:
        r = time.fromisoformat(s)
        print(repr(s), "->", repr(r))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
print(date(2024, 1, 5).isoformat(), date(33, 1, 5).isoformat(), datetime(33, 1, 5).isoformat())
dt = datetime(2024, 1, 5, 10, 30, 0, 500, tzinfo=timezone(timedelta(hours=-5, minutes=-30, seconds=-1, microseconds=-5)))
print(dt.isoformat(), str(dt), dt.isoformat("_", "seconds"))
print(datetime.fromisoformat(dt.isoformat()) == dt)

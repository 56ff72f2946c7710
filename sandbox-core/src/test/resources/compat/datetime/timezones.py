from datetime import datetime, timedelta, timezone, tzinfo

meeting_utc = datetime(2024, 5, 20, 15, 0, tzinfo=timezone.utc)
zones = {
    "UTC": timezone.utc,
    "EDT": timezone(timedelta(hours=-4), "EDT"),
    "CEST": timezone(timedelta(hours=2), "CEST"),
    "IST": timezone(timedelta(hours=5, minutes=30), "IST"),
    "anon": timezone(timedelta(hours=9)),
    "odd": timezone(timedelta(hours=-3, minutes=-30, seconds=-15)),
    "zero": timezone(timedelta(0)),
}
for label, tz in zones.items():
    local = meeting_utc.astimezone(tz)
    print(label, local, repr(local), local.tzname(), local.utcoffset(), local.dst(), str(tz), repr(tz))
    print("  ", local.strftime("%Y-%m-%d %H:%M %z %Z"), local.isoformat(), local.timestamp())
local_dt = datetime(2024, 5, 20, 9, 30, tzinfo=timezone(timedelta(hours=-7)))
print("as UTC:", local_dt.astimezone(timezone.utc).isoformat())
print("diff:", meeting_utc - local_dt, meeting_utc > local_dt, meeting_utc == local_dt.astimezone(timezone.utc))
print(datetime(2024, 1, 1, 12).astimezone(), datetime(2024, 1, 1, 12).astimezone().tzname())
print(datetime(2024, 1, 1, 12).astimezone(timezone(timedelta(hours=3))))
print(timezone.utc == timezone(timedelta(0)), timezone(timedelta(0)) is timezone.utc, timezone(timedelta(hours=1), "A") == timezone(timedelta(hours=1), "B"))
print(timezone.min, timezone.max, repr(timezone.min))
print(timezone.utc.utcoffset(None), timezone.utc.tzname(None), timezone.utc.dst(None))
for bad in [lambda: timezone(timedelta(hours=24)), lambda: timezone(5), lambda: timezone(timedelta(0), 5), lambda: timezone(timedelta(0), None)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Fixed(tzinfo):
    def __init__(self, hours, name):
        self._off = timedelta(hours=hours)
        self._name = name

    def utcoffset(self, dt):
        return self._off

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return self._name

    def __repr__(self):
        return "Fixed(%r)" % self._name


f = Fixed(-5, "EST")
d = datetime(2024, 1, 1, 12, tzinfo=f)
print(d, repr(d), d.utcoffset(), d.tzname(), d.dst(), d.astimezone(timezone.utc), meeting_utc.astimezone(f))
print(d.timetuple(), d.utctimetuple())
print(datetime.fromtimestamp(1700000000, f), d.strftime("%H:%M %Z %z"))
print(d - datetime(2024, 1, 1, 12, tzinfo=timezone.utc), d == datetime(2024, 1, 1, 17, tzinfo=timezone.utc))

from datetime import date, datetime, time, timedelta, timezone
d1, d2 = date(2024, 1, 5), date(2024, 3, 1)
t1, t2 = time(9, 30), time(17, 0)
dt1, dt2 = datetime(2024, 1, 5, 9), datetime(2024, 1, 5, 10)
td1, td2 = timedelta(hours=1), timedelta(minutes=90)
for a, b in [(d1, d2), (t1, t2), (dt1, dt2), (td1, td2), (d2, d1), (td2, td1)]:
    print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(sorted([d2, d1]), sorted([td2, td1]), sorted([t2, t1]), max(dt1, dt2))
for a, b in [(d1, 3), (td1, 5), (t1, "x"), (dt1, d1)]:
    for op in ("<", ">="):
        try:
            print(eval("a %s b" % op))
        except TypeError as e:
            print("TypeError", e)
aw = datetime(2024, 1, 5, 9, tzinfo=timezone.utc)
try:
    print(aw < dt1)
except TypeError as e:
    print("TypeError", e)
print(d1 != date(2024, 1, 5), td1 != timedelta(seconds=3600))

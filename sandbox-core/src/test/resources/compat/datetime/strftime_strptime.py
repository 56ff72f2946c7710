from datetime import datetime, date, time, timezone, timedelta

d = datetime(2024, 3, 5, 14, 7, 9, 12345)
for fmt in ["%Y-%m-%d %H:%M:%S.%f", "%a %A %w %u", "%b %B %h", "%y %j %U %W %V %G", "%I:%M %p", "%c", "%x", "%X",
            "%%Y %%", "%d/%m/%Y", "%-d %-m %-H %-I", "%e|%k|%l", "%D %F %T %R %r", "%C %g", "%z|%Z", "plain text", "", "%Q"]:
    print(repr(fmt), "->", repr(d.strftime(fmt)))
print(date(2024, 1, 1).strftime("%A %d %B %Y, week %U/%W, day %j"), date(2023, 1, 1).strftime("%U %W %V %G"))
print(time(0, 5).strftime("%I %p %H"), time(12, 5).strftime("%I %p"), time(23, 5).strftime("%I %p %Y"))
print(datetime(2024, 3, 5, tzinfo=timezone(timedelta(hours=-3, minutes=-30))).strftime("%z %Z"))
inputs = ["2024-03-15", "15/03/2024", "March 15, 2024", "2024-03-15T08:30:00", "15-Mar-2024 17:45", "20240315", "not a date"]
formats = ["%Y-%m-%d", "%d/%m/%Y", "%B %d, %Y", "%Y-%m-%dT%H:%M:%S", "%d-%b-%Y %H:%M", "%Y%m%d"]
for s in inputs:
    for fmt in formats:
        try:
            print(s, fmt, "->", repr(datetime.strptime(s, fmt)))
            break
        except ValueError as e:
            last = e
    else:
        print(s, "failed:", last)
cases = [
    ("2024-03-15 08:30:00.5", "%Y-%m-%d %H:%M:%S.%f"), ("5 PM", "%I %p"), ("12 am", "%I %p"), ("12 PM", "%I %p"),
    ("Tue, 05 Mar 2024 14:07:09 +0000", "%a, %d %b %Y %H:%M:%S %z"), ("2024-03-05T14:07:09-05:30", "%Y-%m-%dT%H:%M:%S%z"),
    ("2024-03-05 14:07 Z", "%Y-%m-%d %H:%M %z"), ("2024-03-05 UTC", "%Y-%m-%d %Z"), ("+01:30:15.5", "%z"),
    ("1/2/24", "%m/%d/%y"), ("1/2/69", "%m/%d/%y"), ("2024 100", "%Y %j"), ("2024 10 3", "%Y %W %w"), ("2024 10 3", "%Y %U %w"),
    ("2024 1 1", "%G %V %u"), ("  2024   03  ", " %Y %m "), ("Feb 29", "%b %d"), ("2024-02-30", "%Y-%m-%d"),
    ("2024-03-15 extra", "%Y-%m-%d"), ("2024-3-5", "%Y-%m-%d"), ("24", "%Y"), ("2024", "%Q"), ("2024", "%Y%"),
    ("MARCH 5 2024", "%B %d %Y"), ("Tue Mar  5 14:07:09 2024", "%c"), ("03/05/24", "%x"), ("14:07:09", "%X"),
    ("100%", "%d%%"), ("1012024", "%d%m%Y"), ("2024 V1", "%G V%V"), ("x2024", "x%Y"), ("X2024", "x%Y"),
    ("10:70", "%H:%M"), ("2024-03-05T14:07:09+0530", "%Y-%m-%dT%H:%M:%S%z"), ("Wednesday 2024 10", "%A %Y %W"),
]
for s, fmt in cases:
    try:
        r = datetime.strptime(s, fmt)
        print(repr(s), repr(fmt), "->", repr(r), r.tzname())
    except ValueError as e:
        print(repr(s), repr(fmt), "ValueError:", e)
print(date.fromisoformat("2024-03-05") == datetime.strptime("2024-03-05", "%Y-%m-%d").date())
try:
    datetime.strptime(20240101, "%Y%m%d")
except TypeError as e:
    print("TypeError:", e)

import calendar

print(calendar.isleap(2024), calendar.isleap(1900), calendar.isleap(2000), calendar.isleap(2023))
print(calendar.leapdays(2000, 2025), calendar.leapdays(1900, 1901), calendar.leapdays(2025, 2000))
for y, m in [(2024, 2), (2023, 2), (2024, 4), (2024, 12), (1900, 2), (2000, 2)]:
    print(y, m, calendar.monthrange(y, m))
print(calendar.weekday(2024, 7, 4), calendar.weekday(1970, 1, 1), calendar.weekday(10000, 1, 1))
print(calendar.monthcalendar(2024, 3))
print(calendar.monthcalendar(2021, 2))
print(list(calendar.month_name), list(calendar.month_abbr))
print(list(calendar.day_name), list(calendar.day_abbr))
print(calendar.month_name[1:4], len(calendar.month_name), "May" in calendar.month_name)
print(calendar.MONDAY, calendar.SUNDAY, calendar.SATURDAY)
print(calendar.timegm((2024, 1, 5, 10, 30, 0, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59)))
for bad in [(2024, 13), (2024, 0)]:
    try:
        calendar.monthrange(*bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    calendar.weekday(2024, 2, 30)
except ValueError as e:
    print(type(e).__name__, e)
try:
    calendar.setfirstweekday(9)
except ValueError as e:
    print(type(e).__name__, e)
cal = calendar.Calendar(firstweekday=6)
print(list(cal.iterweekdays()))
print(list(cal.itermonthdays(2024, 2)))
print(list(cal.itermonthdays2(2024, 2))[:9])
print(list(cal.itermonthdays3(2024, 2))[:5], list(cal.itermonthdays4(2024, 2))[-3:])
print(cal.monthdayscalendar(2024, 9))
print(cal.monthdatescalendar(2024, 2)[0])
print([d.isoformat() for d in cal.itermonthdates(2023, 12)][-6:])
print(cal.yeardayscalendar(2024, 4)[0][1][0])
print(calendar.Calendar(8).getfirstweekday(), list(calendar.Calendar(8).iterweekdays()))

import calendar
print(calendar.isleap(2024), calendar.isleap(1900), calendar.leapdays(2000, 2025), calendar.weekday(2024, 1, 5), calendar.monthrange(2024, 2), calendar.monthrange(2023, 2))
print(calendar.monthcalendar(2024, 3))
print(calendar.month_name[1], calendar.month_abbr[12], calendar.day_name[0], calendar.day_abbr[6], list(calendar.month_name)[:3], len(calendar.day_name))
print(calendar.month(2024, 2))
calendar.prmonth(2023, 12, w=3, l=1)
print(calendar.calendar(2024))
tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2025, 6))
print(list(calendar.Calendar().itermonthdays2(2024, 4))[:9])
print(calendar.Calendar(6).monthdatescalendar(2024, 1)[0])
print(calendar.timegm((2024, 1, 5, 10, 30, 0)), calendar.weekheader(2), calendar.firstweekday())
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print("IllegalMonthError", e)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.monthcalendar(2024, 9))

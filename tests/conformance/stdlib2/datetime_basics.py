from datetime import date, time, datetime, timedelta, timezone, tzinfo
import datetime as dtmod
td = timedelta(days=1, hours=1)
print(repr(td), td, timedelta(0), repr(timedelta(0)), timedelta(-1), repr(timedelta(seconds=-1)))
print(timedelta(hours=-25, microseconds=5), repr(timedelta(weeks=2, milliseconds=1.5)))
print(timedelta(days=1.5, seconds=0.3), timedelta(microseconds=0.5), timedelta(microseconds=1.5), timedelta(seconds=2.0000005))
print(td.total_seconds(), td * 2, td / 2, td // 3, td / timedelta(hours=1), td // timedelta(minutes=7), td % timedelta(minutes=7))
print(divmod(td, timedelta(hours=5)), -td, abs(-td), td * 1.5, td / 0.3, 3 * td)
print(td > timedelta(1), td == timedelta(seconds=90000), bool(timedelta()), timedelta.max, timedelta.min, timedelta.resolution)
d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=2), d - date(2023, 12, 25), d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal())
print(date.fromordinal(738000), date.fromisoformat("2021-03-04"), date.fromisoformat("20210304"), date.fromisoformat("2021-W10-3"), d.replace(day=1), d.ctime())
print(d.strftime("%Y/%m/%d %a %A %b %B %j %U %W %w %y %%"), f"{d:%d.%m.%Y}", format(d), d.timetuple())
print(date(2020, 12, 31).isocalendar(), date(2021, 1, 3).isocalendar(), date(2026, 1, 1).isocalendar().week)
t = time(14, 5, 9, 120)
print(t, repr(t), time(7), repr(time(7, 30)), t.isoformat("minutes"), t.isoformat("milliseconds"), t.strftime("%I:%M %p"), time.fromisoformat("10:20:30.5"))
dt = datetime(2024, 1, 5, 10, 30)
print(dt, repr(dt), repr(datetime(2024, 1, 5)), repr(datetime(2024, 1, 5, 10, 30, 15, 7)), dt.isoformat(), dt.isoformat(" ", "seconds"))
print(dt + timedelta(hours=20), dt - timedelta(days=10), dt - datetime(2023, 1, 1), dt.date(), dt.time(), dt.weekday())
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %p %I %c %x %X"), dt.ctime())
u = datetime(2024, 1, 5, 10, 30, tzinfo=timezone.utc)
print(u, repr(u), u.timestamp(), u.utcoffset(), u.tzname(), u.isoformat())
e = timezone(timedelta(hours=5, minutes=30))
print(repr(e), e, u.astimezone(e), repr(timezone(timedelta(hours=-3), "BRT")), timezone(timedelta(hours=-3), "BRT"))
print(datetime.fromisoformat("2024-01-05T10:30:00+02:00"), repr(datetime.fromisoformat("2024-01-05 10:30:00.123")), datetime.fromisoformat("2024-01-05T10:30Z"))
print(datetime.strptime("2024-03-07 14:05:09", "%Y-%m-%d %H:%M:%S"), datetime.strptime("07/Mar/2024:02:05 PM", "%d/%b/%Y:%I:%M %p"))
print(repr(datetime.strptime("2024-03-07T14:05:09.5+0130", "%Y-%m-%dT%H:%M:%S.%f%z")))
print(datetime.strptime("Monday 5 February 24", "%A %d %B %y"), datetime.strptime("2024 100", "%Y %j"))
try:
    datetime.strptime("2024-13-01", "%Y-%m-%d")
except ValueError as ex:
    print("ValueError", ex)
try:
    datetime.strptime("2024-01-01 x", "%Y-%m-%d")
except ValueError as ex:
    print("ValueError", ex)
try:
    date(2023, 2, 29)
except ValueError as ex:
    print("ValueError", ex)
try:
    dt < u
except TypeError as ex:
    print("TypeError", ex)
print(dt == u, u == datetime(2024, 1, 5, 15, 30, tzinfo=timezone(timedelta(hours=5))))
print(datetime.combine(date(2024, 1, 1), time(9, 0)), datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(86400.5))
print(u.strftime("%z %Z"), datetime(2024, 1, 5, tzinfo=e).strftime("%z|%Z"), dt.strftime("[%z][%Z]"))
print(sorted([date(2024, 1, 3), date(2023, 5, 1), date(2024, 1, 1)]), max(dt, datetime(2025, 1, 1)))
print(date(2024, 1, 1) == datetime(2024, 1, 1), {date(2024, 1, 1): 1}[date(2024, 1, 1)])
class UTC2(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=2)
    def tzname(self, dt): return "X2"
    def dst(self, dt): return timedelta(0)
x = datetime(2024, 6, 1, 12, tzinfo=UTC2())
print(x, x.tzname(), x.astimezone(timezone.utc), x.utctimetuple())
print(dtmod.MINYEAR, dtmod.MAXYEAR, date.min, date.max, datetime.max, time.max, dtmod.UTC)
print(timedelta(days=365).days, td.seconds, td.microseconds, (dt - datetime(2024, 1, 1)).total_seconds())
print(datetime(2024, 3, 10, 8, 0).timestamp(), datetime(2000,1,1).replace(year=2001, hour=3))
try:
    date(2024, 1, 1) < dt
except TypeError as ex:
    print("TypeError", ex)
print(date.fromisocalendar(2024, 1, 1), datetime(2024,1,1,0,0,0,500000).isoformat(timespec="milliseconds"))
print(str(timedelta(days=-3, hours=4)), str(timedelta(microseconds=-1)), timedelta(days=2) - timedelta(days=3))

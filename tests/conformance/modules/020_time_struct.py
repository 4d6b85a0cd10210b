# Deterministic time functions: gmtime, strftime, struct_time, clocks that only move forward.
import time

for secs in [0, 86399, 951782400, 1700000000, 4102444800]:
    t = time.gmtime(secs)
    print(secs, tuple(t), t.tm_year, t.tm_yday, t.tm_wday)
    print("  ", time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %y %%", t))
    print("  ", time.asctime(t), "|", time.strftime("%c|%x|%X|%U|%W|%w", t))
t = time.gmtime(1234567890)
print(t)
print(t[0], t[-1], len(t), t.tm_zone)
st = time.struct_time((2024, 2, 29, 12, 30, 45, 3, 60, 0))
print(st, time.strftime("%d/%m/%Y", st))
print(time.strptime("2024-03-05 07:08:09", "%Y-%m-%d %H:%M:%S")[:6])
a = time.perf_counter()
b = time.monotonic()
time.sleep(0.01)
print(time.perf_counter() - a >= 0.005, time.monotonic() >= b, time.time() > 1.6e9, type(time.time_ns()).__name__)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    time.sleep("1")
except TypeError as e:
    print("TypeError:", e)

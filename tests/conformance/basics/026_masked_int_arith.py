# (expr of + - *) & constant mask: the 32-bit fast path and the generic path must agree with CPython.
def f(state, a, b):
    out = []
    out.append((state * 1103515245 + 12345) & 0x7FFFFFFF)
    out.append((state * 1103515245 + 12345) & 0xFFFFFFFF)
    out.append((state * 1103515245 - 12345) & 0x80000000)
    out.append((state - 5) & 0)
    out.append((a * b + state) & 0xFFFF)
    out.append((a * b - a * 3 + -7) & 255)
    out.append((state * 2**40 + 2**70) & 0xFFFFFFF)
    out.append((-state * 3 + 1) & 0xFFFFFFFF)
    return out
for args in [(12345, 3, 4), (0, 0, 0), (-1, -2, 3), (2**53 - 1, 2**52, -2**53 + 1), (2**60, 5, 7), (True, False, True), (7, 2**64, 3)]:
    print(f(*args))
for bad in [(1.5, 1, 1), (12345, "x", 2), (None, 1, 1), (2.0, 1, 1)]:
    try:
        print(f(*bad))
    except TypeError as e:
        print("TypeError", e)
class Z:
    def __mul__(self, o):
        print("mul", o); return 3
    def __rmul__(self, o):
        print("rmul", o); return 4
    def __add__(self, o): print("add", o); return 5
    def __sub__(self, o): print("sub", o); return 6
    def __radd__(self, o): print("radd", o); return 9
    def __rsub__(self, o): print("rsub", o); return 8
for args in [(Z(), 2, 3), (5, Z(), 3), (5, 2, Z())]:
    try:
        print(f(*args))
    except TypeError as e:
        print("TE", e)
def g():
    def side(): print("side"); return 1
    try:
        return (None * 2 + side()) & 1
    except TypeError as e:
        return str(e)
print(g())
def h(x):
    s = 0
    for i in range(x):
        s = (s * 31 + i) & 0xFFFFFFFF
    return s
print(h(100000))
try:
    print((undefined_x * 2 + 1) & 3)
except NameError as e:
    print(e)
def u():
    try:
        return (y * 2 + 1) & 3
    except UnboundLocalError as e:
        return str(e)
    y = 1
print(u())
vals = [2**53, 2**53 + 1, -2**53, -(2**60) - 5, 2**64 + 3, -1 - 2**70, 3 * 2**40 * 2**20]
for v in vals:
    for m in [0, 1, 0x7FFFFFFF, 0xFFFFFFFF, 0x80000000, 2**32, 2**40 - 1, -1, -256]:
        print(v & m, end=" ")
    for k in [0, 1, -1, 12345, -2**53, 2**53, -(2**53) + 1]:
        print(v + k, end=" ")
    print()
for a, b in [(1103515245, 12345678), (2**30, 2**30), (-2**30, 2**30), (94906267, 94906267), (94906265, 94906265), (2**26+1, 2**27), (-3, 2**52), (2**52, 2)]:
    p = a * b
    print(p, type(p), p - 1, (p + 12345) & 0x7FFFFFFF)
print(True + 2**60, (2**60) & True, 2**60 + 1.5, (2**60) & 5)
state = 12345
for _ in range(1000):
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
print(state)

from fractions import Fraction as F
import math
a = F(3, 4); b = F("1/3"); c = F(0.1); d = F("-2.5e-3"); e = F(" 7 ")
print(a, b, repr(c), d, e, F(6, -8), F(), F(F(1, 2), F(3, 4)), F("3.1415"))
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, b ** 0.5, 2 ** F(1, 2), 4 ** F(2), F(-2, 3) ** -3)
print(a + 1, 1 - a, a * 2.0, 0.5 + a, a == 0.75, a < 1, a > 0.7, F(1, 2) == 0.5, F(1,3) == 1/3, a != b, a >= F(6, 8))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)), hash(F(-1, 3)), hash(F(10**20, 7)))
print(c.limit_denominator(10), F(math.pi).limit_denominator(1000), F(3.141592653589793).limit_denominator(), F(1, 3).limit_denominator(2))
print(a.numerator, a.denominator, a.as_integer_ratio(), float(b), int(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(22, 7), 2), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)))
print(sorted([F(1, 2), F(1, 3), 0.4, 1]), sum([F(1, n) for n in range(1, 6)]), abs(F(-3, 5)), -a, +a, bool(F(0)))
print(f"{a}", str(F(4, 2)), F.from_float(0.25), F(1, 2) + 1j)
for bad in ["1/0", "abc", "1.2.3"]:
    try:
        F(bad)
    except (ValueError, ZeroDivisionError) as ex:
        print(type(ex).__name__, ex)
try:
    F(1, 2) / 0
except ZeroDivisionError as ex:
    print("ZeroDivisionError", ex)
try:
    F(1.5, 2)
except TypeError as ex:
    print("TypeError", ex)
print({F(1, 2): "half"}[0.5], max(F(1, 3), 0.3), F(10**30, 3) * F(3, 10**30))

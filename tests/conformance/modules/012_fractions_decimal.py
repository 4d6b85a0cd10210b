from fractions import Fraction
from decimal import Decimal, getcontext
a = Fraction(1, 3)
b = Fraction(1, 6)
print(a + b, a * b, a - b, a / b)
print(Fraction(6, 8), Fraction("0.75"), Fraction(3))
print(sum(Fraction(1, n) for n in range(1, 6)))
print(float(Fraction(22, 7)), Fraction(22, 7).limit_denominator(10))
print(repr(Fraction(1, 2)))
print(Decimal("0.1") + Decimal("0.2"))
print(Decimal("1.10") * 3, Decimal(10) / Decimal(4))
getcontext().prec = 6
print(Decimal(1) / Decimal(7))
print(Decimal("2.675").quantize(Decimal("0.01")))
print(repr(Decimal("3.14")))

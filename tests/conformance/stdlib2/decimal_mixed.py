from decimal import Decimal as D
from fractions import Fraction
import statistics
print(Fraction(D("1.25")), Fraction.from_decimal(D("0.5")), statistics.mean([D("1.5"), D("2.25"), D(3)]), statistics.median([D(1), D(3)]), statistics.stdev([D("1.5"), D("2.5"), D("2.5"), D("2.75")]), statistics.variance([D("1.5"), D("2.5")]))
print(D("1.5") == Fraction(3, 2), D("0.1") < Fraction(1, 3), sum(D(x) / 7 for x in range(5)))
prices = [D("19.99"), D("5.25"), D("0.10")]
subtotal = sum(prices)
tax = (subtotal * D("0.0825")).quantize(D("0.01"))
print(f"subtotal={subtotal} tax={tax} total={subtotal + tax:>10}")

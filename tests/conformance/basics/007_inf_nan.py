import math
inf = float('inf')
nan = float('nan')
print(inf, -inf, nan)
print(inf > 1e308, -inf < -1e308)
print(inf + 1, inf - inf)
print(nan == nan, nan != nan)
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1.0))
print(float('-inf'), float('Infinity'), float('NaN'))
print(repr(inf), str(-inf))
print(inf * 0)
print(max(1, inf), min(-inf, 0))
print(int(1e10))
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
print([1.0, inf, -inf])
print(1e308 * 10 == inf)

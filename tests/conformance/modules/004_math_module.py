import math
print(math.sqrt(16), math.sqrt(2))
print(math.floor(2.7), math.ceil(2.1), math.floor(-2.7), math.ceil(-2.1))
print(math.pow(2, 10), 2 ** 10)
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6))
print(round(math.sin(math.pi / 6), 6), round(math.tan(math.pi / 4), 6))
print(math.atan2(1, 1) * 4 == math.pi)
print(math.inf > 10 ** 300, -math.inf)
print(math.isnan(math.nan))
print(math.exp(1) == math.e)
print(math.log(1), math.log(100, 10), math.log1p(0))
print(math.factorial(0), math.factorial(12))
print(math.trunc(-9.99), math.modf(3.25), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.dist((0, 0), (3, 4)), math.fmod(-7, 3), -7 % 3)
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    math.log(0)
except ValueError as e:
    print(e)

print(divmod(17, 5))
print(divmod(-17, 5))
print(divmod(17, -5))
print(divmod(17.5, 5))
print(divmod(-17.5, 5))
print(pow(2, 10))
print(pow(2, 10, 1000))
print(pow(3, 200, 1000000007))
print(pow(7, -1, 13))
print(pow(2, -2))
print(pow(2.0, 3))
print(pow(-2, 3))
print(pow(123456789, 987654321, 1000000))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(1 % 0)
except ZeroDivisionError as e:
    print(e)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print(e)
try:
    print(5 // 0)
except ZeroDivisionError as e:
    print(e)

def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in [-5, 0, 3, 42, 1000]:
    print(n, classify(n))
x = 7
if x:
    print("truthy")
if not []:
    print("empty list is falsy")
y = "big" if x > 5 else "small"
print(y)
if x > 5 and x < 10 or x == 100:
    print("in range")
if (z := x * 2) > 10:
    print("z is", z)

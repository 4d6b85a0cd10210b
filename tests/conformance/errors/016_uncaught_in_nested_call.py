def a(x):
    return b(x) + 1
def b(x):
    return c(x) * 2
def c(x):
    return [10, 20][x]
print(a(0))
print(a(1))
print(a(2))

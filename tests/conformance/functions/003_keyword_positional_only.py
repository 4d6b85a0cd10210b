def kw_only(a, *, b, c=3):
    return a + b + c
print(kw_only(1, b=2), kw_only(1, b=2, c=10))
try:
    kw_only(1, 2)
except TypeError as e:
    print(e)
def pos_only(a, b, /, c, *, d):
    return [a, b, c, d]
print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))
try:
    pos_only(1, b=2, c=3, d=4)
except TypeError as e:
    print(e)
def mixed(x, /, y=0, *args, z, **kw):
    return x, y, args, z, kw
print(mixed(1, z=2))
print(mixed(1, 2, 3, 4, z=5, x=6))
try:
    kw_only(1)
except TypeError as e:
    print(e)
try:
    kw_only(1, b=2, e=5)
except TypeError as e:
    print(e)
try:
    kw_only()
except TypeError as e:
    print(e)
def two(a, b):
    return a - b
try:
    two(1, 2, 3)
except TypeError as e:
    print(e)
try:
    two(1, a=2)
except TypeError as e:
    print(e)

def f(*args, **kwargs):
    return args, kwargs
print(f())
print(f(1, 2, a=3))
def g(a, b=2, *rest, c, d=4, **extra):
    return (a, b, rest, c, d, sorted(extra.items()))
print(g(1, c=3))
print(g(1, 5, 6, 7, c=8, z=9, y=10))
def total(*nums):
    return sum(nums)
print(total(), total(1, 2, 3), total(*range(10)))
def show(**opts):
    for k, v in opts.items():
        print(f"  {k}={v!r}")
show(color="red", size=3, flag=None)
def wrapper(*a, **k):
    return f(*a, **k)
print(wrapper(1, x=2))
try:
    g(1)
except TypeError as e:
    print(e)
try:
    greet = lambda name: name
    greet("a", "b")
except TypeError as e:
    print(e)
try:
    f(1, **{"a": 1}, a=2)
except TypeError as e:
    print(e)

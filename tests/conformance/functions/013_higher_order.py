from functools import reduce, partial
print(reduce(lambda a, b: a * b, range(1, 8)))
print(reduce(lambda acc, s: acc + len(s), ["ab", "cde"], 0))
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(9), cube(2))
two_to = partial(power, 2)
print(two_to(10))
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1))
def pipeline(*fns):
    def run(x):
        for f in fns:
            x = f(x)
        return x
    return run
p = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "-"))
print(p("  Hello Big World  "))
print(list(map(pow, [2, 3], [3, 2])))
print(sorted([(1, "b"), (0, "c")], key=lambda t: t[1]))
import operator
print(reduce(operator.add, [[1], [2], [3]]))
print(list(map(operator.itemgetter(1), [(1, "x"), (2, "y")])))
print(operator.attrgetter("real")(5))

it = iter([10, 20, 30])
print(next(it))
print(next(it), next(it))
print(next(it, "default"))
try:
    next(it)
except StopIteration:
    print("exhausted")
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), list(di))
s = iter("hi")
print(list(s), list(s))
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Counter(), 4)))
r = iter(range(3))
print(iter(r) is r)

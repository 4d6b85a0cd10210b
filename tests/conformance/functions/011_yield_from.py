def inner():
    x = yield "inner-1"
    print("inner got", x)
    yield "inner-2"
    return "inner-result"
def outer():
    result = yield from inner()
    print("outer got result", result)
    yield "outer-end"
g = outer()
print(next(g))
print(g.send("hello"))
print(next(g))
try:
    next(g)
except StopIteration:
    print("done")
def tree_walk(node):
    if node is None:
        return
    value, left, right = node
    yield from tree_walk(left)
    yield value
    yield from tree_walk(right)
tree = (5, (3, (1, None, None), (4, None, None)), (8, None, (9, None, None)))
print(list(tree_walk(tree)))
def chain(*iters):
    for it in iters:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
def delegating_sum():
    total = 0
    def sub():
        s = 0
        while True:
            v = yield
            if v is None:
                return s
            s += v
    for _ in range(2):
        total += yield from sub()
    return total
d = delegating_sum()
next(d)
for v in [1, 2, None, 10, 20]:
    d.send(v)
try:
    d.send(None)
except StopIteration as e:
    print("total", e.value)

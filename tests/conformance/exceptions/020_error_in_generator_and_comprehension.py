def gen():
    yield 1
    raise ValueError("gen failed")
results = []
try:
    for v in gen():
        results.append(v)
except ValueError as e:
    print(results, e)
try:
    [1 / x for x in [1, 2, 0]]
except ZeroDivisionError as e:
    print("comprehension:", e)
def bad_iter():
    yield 1
    yield 2
g = bad_iter()
print(list(g), list(g))
def stop_inside():
    yield 1
    raise StopIteration
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e)
it = map(int, ["1", "2", "x"])
print(next(it), next(it))
try:
    next(it)
except ValueError as e:
    print(e)

def countdown(n):
    while n > 0:
        yield n
        n -= 1
    print("countdown done")
for x in countdown(3):
    print(x)
g = countdown(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
def gen_return():
    yield 1
    return "result"
g = gen_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)
def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib_gen(), 10)))
def evens(limit):
    yield from (i for i in range(limit) if i % 2 == 0)
print(list(evens(10)))
g2 = countdown(1)
print(type(g2).__name__)
print(sum(countdown(4)))

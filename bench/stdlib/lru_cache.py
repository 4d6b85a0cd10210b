# functools.lru_cache / cache: memoised recursion and repeated hits, plus partial and reduce.
from functools import lru_cache, cache, partial, reduce
import operator


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@lru_cache(maxsize=256)
def collatz(n):
    if n == 1:
        return 0
    return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)


@cache
def grid(i, j):
    if i == 0 or j == 0:
        return 1
    return (grid(i - 1, j) + grid(i, j - 1)) % 1000000007


total = 0
for rep in range(200):
    fib.cache_clear()
    total += fib(300) % 1000
print(total, fib.cache_info())
best = max(range(1, 60000), key=collatz)
print(best, collatz(best), collatz.cache_info().maxsize)
g = 0
for i in range(400):
    for j in range(400):
        g = grid(i, j)
for i in range(400):
    for j in range(400):
        g += grid(i, j)
print(g % 1000000007, grid.cache_info().hits)

add3 = partial(operator.add, 3)
s = 0
for i in range(200000):
    s += add3(i)
print(s)
print(reduce(operator.add, range(300000)))
print(reduce(lambda a, b: a ^ b, range(300000), 7))

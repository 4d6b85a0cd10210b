# itertools: every function, as report/pipeline code uses them
import itertools as it
from itertools import (accumulate, chain, combinations, combinations_with_replacement, compress,
                       count, cycle, dropwhile, filterfalse, groupby, islice, pairwise,
                       permutations, product, repeat, starmap, takewhile, tee, zip_longest)
import operator

print(list(islice(count(), 5)), list(islice(count(10, 5), 3)), list(islice(count(0.5, 0.25), 3)))
print(count(3), count(2, 3), repeat("x", 2), repeat(1))
print(list(islice(cycle("ABC"), 8)), list(cycle([])))
print(list(repeat(7, 3)), list(repeat(None, 0)), list(repeat(1, -2)))
print(list(map(pow, range(5), repeat(2))))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], operator.mul, initial=10)), list(accumulate([], initial=0)), list(accumulate([])))
print(list(chain("ab", [1, 2], (3,))), list(chain.from_iterable(["xy", "z"])), list(chain()))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress(range(10), cycle([0, 1]))))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None])))
print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
rows = [("fruit", "apple"), ("fruit", "pear"), ("veg", "kale"), ("fruit", "fig"), ("veg", "leek"), ("veg", "okra")]
for key, grp in groupby(sorted(rows), key=lambda r: r[0]):
    print(key, [name for _, name in grp])
groups = groupby([1, 1, 2, 2, 3])
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2), [(k, list(g)) for k, g in groups])
print([(k, len(list(g))) for k, g in groupby([1, 2, 3, 4, 5, 6, 7], key=lambda x: x // 3)])
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)),
      list(islice("ABCDEFG", 0, None, 2)), list(islice("ABCDEFG", 1, 6, 2)), list(islice("AB", 5, 2)))
src = iter(range(10))
print(list(islice(src, 2, 5)), next(src))
src = iter(range(10))
print(list(islice(src, 1, 7, 3)), next(src))
for bad in ((-1,), (1, -1), (0, 5, 0), ("a",)):
    try:
        islice(range(3), *bad)
    except ValueError as e:
        print("ValueError:", e)
print(list(pairwise("ABCDE")), list(pairwise([1])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
a, b = tee(iter([1, 2, 3, 4]))
print(next(a), next(a), list(b), list(a))
x, y, z = tee("abc", 3)
print(list(x), list(zip(y, z)), tee([1], 0))
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest([1], [2, 3], [4, 5, 6])), list(zip_longest()))
print(list(product("AB", "xy")), list(product(range(2), repeat=3))[:5], list(product()), list(product([], [1])))
print(len(list(product("ABCD", repeat=2))))
print(list(permutations("ABC")), list(permutations(range(3), 2)), list(permutations([], 0)), list(permutations([1], 2)))
print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)), list(combinations("AB", 3)), list(combinations("AB", 0)))
print(list(combinations_with_replacement("ABC", 2)), list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
print(sum(1 for _ in permutations(range(6))), sum(1 for _ in combinations(range(10), 4)))
try:
    combinations("abc", -1)
except ValueError as e:
    print("ValueError:", e)

# a small report: running balance, pairs of consecutive days, best 3-day window
deposits = [120, -40, 75, -20, -60, 200, 15]
balance = list(accumulate(deposits, initial=100))
print("balance:", balance)
print("deltas:", [b - a for a, b in pairwise(balance)])
windows = [sum(deposits[i:i + 3]) for i in range(len(deposits) - 2)]
print("best window:", max(zip(windows, count())))
teams = ["red", "blue", "green", "gold"]
print("fixtures:", [f"{h}-{a}" for h, a in combinations(teams, 2)])
print("first positives:", list(islice(filter(lambda v: v > 0, deposits), 3)))
print("dice totals 7:", sum(1 for d in product(range(1, 7), repeat=2) if sum(d) == 7))
letters = it.cycle("xyz")
print([next(letters) for _ in range(5)])

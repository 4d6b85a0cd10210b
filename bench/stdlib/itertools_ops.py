# itertools: combinatorics, chain, islice, accumulate, groupby, product, zip_longest...
import itertools as it
import operator

n = 0
for c in it.combinations(range(30), 4):
    n += c[0]
print(n)
n = 0
for p in it.permutations(range(9)):
    n += p[0] * p[7]
print(n)
print(sum(1 for _ in it.product("abcd", repeat=9)))
print(sum(it.chain.from_iterable([range(100)] * 5000)))
print(sum(it.islice(it.count(1, 3), 10, 300000, 2)))
print(list(it.accumulate(range(300000)))[-1], list(it.accumulate(range(1, 20), operator.mul))[-1])
words = sorted(str(i * 7919 % 1000) for i in range(150000))
print(sum(len(list(g)) for k, g in it.groupby(words, key=lambda w: w[0])))
print(sum(a * b for a, b in it.pairwise(range(200000))))
print(len(list(it.zip_longest(range(100000), range(50000), fillvalue=0))))
print(sum(it.starmap(operator.mul, zip(range(200000), it.repeat(3)))))
print(sum(it.compress(range(300000), it.cycle([1, 0, 0]))))
print(sum(it.takewhile(lambda x: x < 100000, it.count())), sum(it.dropwhile(lambda x: x < 100000, range(200000))))
a, b = it.tee(range(100000))
print(sum(a) + sum(b))
print(sum(1 for _ in it.combinations_with_replacement(range(15), 5)))
print(sum(it.filterfalse(lambda x: x % 3, range(300000))))

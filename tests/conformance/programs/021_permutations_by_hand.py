def permutations(items):
    if len(items) <= 1:
        return [list(items)]
    out = []
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append([x] + rest)
    return out


def combinations(items, k):
    if k == 0:
        return [[]]
    if len(items) < k:
        return []
    first, rest = items[0], items[1:]
    return [[first] + c for c in combinations(rest, k - 1)] + combinations(rest, k)


def next_permutation(a):
    a = list(a)
    i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i < 0:
        return None
    j = len(a) - 1
    while a[j] <= a[i]:
        j -= 1
    a[i], a[j] = a[j], a[i]
    a[i + 1:] = reversed(a[i + 1:])
    return a


def heap_permutations(a):
    a = list(a)
    c = [0] * len(a)
    yield tuple(a)
    i = 0
    while i < len(a):
        if c[i] < i:
            if i % 2 == 0:
                a[0], a[i] = a[i], a[0]
            else:
                a[c[i]], a[i] = a[i], a[c[i]]
            yield tuple(a)
            c[i] += 1
            i = 0
        else:
            c[i] = 0
            i += 1


def subsets(items):
    n = len(items)
    return [[items[j] for j in range(n) if mask >> j & 1] for mask in range(1 << n)]


def nth_permutation(items, k):
    items = list(items)
    fact = [1]
    for i in range(1, len(items) + 1):
        fact.append(fact[-1] * i)
    out = []
    for i in range(len(items), 0, -1):
        idx, k = divmod(k, fact[i - 1])
        out.append(items.pop(idx))
    return out


print(permutations([1, 2, 3]))
print(["".join(p) for p in permutations(list("abcd"))][:8], len(permutations(list("abcde"))))
print(combinations([1, 2, 3, 4, 5], 3))
print(len(combinations(list(range(10)), 4)))
seq = [1, 2, 2, 3]
all_lex = []
while seq:
    all_lex.append("".join(map(str, seq)))
    seq = next_permutation(seq)
print(all_lex)
hp = list(heap_permutations("abc"))
print(hp, len(set(heap_permutations("abcde"))))
print(subsets(["x", "y", "z"]))
print(nth_permutation("0123456789", 999999))
import itertools
print(sorted(map(tuple, permutations([3, 1, 2]))) == list(itertools.permutations([1, 2, 3])))
print([tuple(c) for c in combinations("abcd", 2)] == list(itertools.combinations("abcd", 2)))

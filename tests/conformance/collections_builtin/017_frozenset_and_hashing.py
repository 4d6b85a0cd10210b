edges = {frozenset((1, 2)), frozenset((2, 1)), frozenset((2, 3))}
print(len(edges))
print(frozenset((1, 2)) in edges)
memo = {}
memo[(1, "a")] = "tuple key"
memo[frozenset({5})] = "fs key"
print(memo[(1, "a")], memo[frozenset([5])])
try:
    memo[[1]] = 0
except TypeError as e:
    print(e)
try:
    hash({})
except TypeError as e:
    print(e)
print(hash(1) == hash(1.0), hash("a") == hash("a"))
print(sorted(frozenset({3, 1, 2}) - {1}))
print(frozenset({1}) == {1})

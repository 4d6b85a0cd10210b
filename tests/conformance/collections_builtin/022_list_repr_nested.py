print([1, "two", 3.0, None, True, [4, (5,)], {"k": {1, }}])
print(({"a": [1, 2]}, frozenset(), set()))
print(repr([]), repr({}), repr(()), repr([[]]))
print(["it's", 'say "hi"'])
print({1: "a", "b": 2, (3, 4): [5]})
print([1.0, 1.5, -0.0, 1e20, 1e-7])
a = [1]
a.append(a)
print(a)
d = {}
d["self"] = d
print(d)

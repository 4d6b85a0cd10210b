print(sorted([3, 1, 2]), sorted("cba"), sorted((1, 3, 2), reverse=True))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), "".join(reversed("abc")))
print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max("hello"))
print(min([], default="empty"), max([], default=None))
print(max(["aa", "b", "cccc"], key=len), min(["aa", "b", "cccc"], key=len))
print(max([(1, "b"), (1, "a")]), min({"x": 3, "y": 1}, key=lambda k: {"x": 3, "y": 1}[k]))
print(max(1, 2.5, True), min(-1, -1.0))
print(max([3, 3, 1], key=lambda v: v))
try:
    min([])
except ValueError as e:
    print(e)
try:
    max()
except TypeError as e:
    print(e)
print(sorted({"b": 1, "a": 2}.items()))
print(reversed(range(3)).__class__.__name__)

names = ["a", "b", "c"]
ages = [1, 2]
print(list(zip(names, ages)))
print(list(enumerate(names, start=1)))
for idx, (n, a) in enumerate(zip(names, ages)):
    print(idx, n, a)
pairs = [(1, "x"), (2, "y")]
nums, lets = zip(*pairs)
print(nums, lets)
print(dict(zip(names, range(10))))
print(list(zip()))
print(list(zip("ab", "cd", "ef")))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)

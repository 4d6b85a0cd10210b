data = [("apple", 3), ("banana", 1), ("cherry", 3), ("date", 2), ("elder", 1)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data, key=lambda p: (-p[1], p[0])))
nums = [5, -3, 2, -8, 0, 7]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True))
nums.sort(key=lambda x: x % 3)
print(nums)
words = ["bb", "a", "ccc", "dd", "e"]
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
print(sorted([[2, 1], [1, 2], [1, 1]]))
print(sorted("hello"))
print(sorted({3: "c", 1: "a"}))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
recs = [{"n": "x", "a": 30}, {"n": "y", "a": 25}, {"n": "z", "a": 30}]
print([r["n"] for r in sorted(recs, key=lambda r: r["a"])])
print(sorted([3.5, 1, 2.25, True]))

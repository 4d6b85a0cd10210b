# Word-frequency report with collections.Counter
from collections import Counter

TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair.
"""

words = [w.strip(".,").lower() for w in TEXT.split()]
freq = Counter(words)
print(freq.most_common(5))
print(len(freq), freq.total())
print(freq["was"], freq["missing"], "missing" in freq)
for word, n in freq.most_common(8):
    print(f"{word:>12} {n:3d} {'#' * n}")

letters = Counter("abracadabra")
print(letters)
print(repr(Counter()))
print(sorted(letters.elements()))
print(list(letters.elements()))
print(letters.most_common(2), letters.most_common(0), letters.most_common())

a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=4)
print(a + b)
print(a - b)
print(a | b)
print(a & b)
print(+a, -Counter(x=-2, y=3))
c = a.copy()
c.subtract(b)
print(c)
c.update({"a": 10}, z=2)
print(c)
c.update("zzz")
print(c)
c += Counter(q=1)
print(c)
c -= Counter(a=100)
print(c)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=3) > Counter(a=2))
del c["nothing"]
del c["z"]
print(c, isinstance(c, dict))
print(Counter({"x": 2, "y": 5}).most_common(1))
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError:", e)
inventory = Counter(apples=3, pears=0)
inventory["apples"] -= 5
print(inventory, dict(inventory))
by_len = Counter(len(w) for w in words)
print(sorted(by_len.items()))
print(Counter("mississippi").most_common())

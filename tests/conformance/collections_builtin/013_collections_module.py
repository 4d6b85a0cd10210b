from collections import Counter, defaultdict, OrderedDict, namedtuple
c = Counter("abracadabra")
print(c.most_common(3))
print(c["a"], c["z"])
c.update("aaz")
print(sorted(c.items()))
print(Counter([1, 1, 2]) + Counter([2, 3]))
dd = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    dd[word[0]].append(word)
print(dict(dd))
cnt = defaultdict(int)
for ch in "hello":
    cnt[ch] += 1
print(dict(cnt))
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od.move_to_end("b")
print(list(od.items()))
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict())
print(p._replace(x=10))
x, y = p
print(x + y)
print(Point._fields)

vals = [0, 1, -1, 0.0, 0.1, '', 'a', [], [0], (), (None,), {}, {'a': 1}, None, set(), range(0), range(3)]
for v in vals:
    print(repr(v), bool(v), 'yes' if v else 'no')
print([x for x in vals if x])
print(0 or [] or {} or 'last')
print(1 and 'a' and [1] and 0 and 'never')
x = None
y = x or 'default'
print(y)

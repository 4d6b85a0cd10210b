rows = [[3, 1, 2], [9, 8], [], [5]]
print(sorted(rows))
print(sorted(rows, key=len))
print(max(rows, key=lambda r: sum(r)))
print(min([r for r in rows if r], key=min))
print([1, 2, 3] == [1, 2, 3], [1, 2] != [2, 1])
print([[1, 2], [3]] > [[1, 2], [2, 9]])
print([1, "a"] == [1, "a"])
try:
    print([1, 2] < [1, "a"])
except TypeError as e:
    print(e)
print(list(map(sum, rows)))
print([len(r) for r in rows].count(1))

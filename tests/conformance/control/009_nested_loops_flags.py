grid = [
    [1, 2, 3],
    [4, 99, 6],
    [7, 8, 9],
]
found = None
for r, row in enumerate(grid):
    for c, val in enumerate(row):
        if val == 99:
            found = (r, c)
            break
    if found:
        break
print("found at", found)
def find_pair(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return i, j
    return None
print(find_pair([2, 7, 11, 15], 9), find_pair([1, 2], 10))
for i in range(1, 4):
    line = ""
    for j in range(1, 4):
        line += f"{i * j:4}"
    print(line)
n = 0
for a in range(5):
    for b in range(5):
        if (a + b) % 3 == 0:
            continue
        n += 1
print(n)

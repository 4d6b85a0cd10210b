inventory = {"a": 3, "b": 0, "c": 5, "d": 0}
to_remove = [k for k, v in inventory.items() if v == 0]
for k in to_remove:
    inventory.pop(k)
print(inventory)
items = [1, 2, 3, 4, 5, 6]
for x in items[:]:
    if x % 2 == 0:
        items.remove(x)
print(items)
i = 0
nums = [5, 3, 8, 1]
while i < len(nums):
    if nums[i] < 4:
        nums.pop(i)
    else:
        i += 1
print(nums)
for idx in range(len(nums) - 1, -1, -1):
    print(idx, nums[idx])

x = 5
print(1 < x < 10)
print(1 < x > 3)
print(10 > x >= 5 > 4)
print(1 < x < 3)
print(1 == 1.0, None is not None)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 'a') < (1, 'b'))
print('abc' < 'abd', 'Z' < 'a', 'apple' < 'apple pie')
print([1, [2, 3]] == [1, [2, 3]])
print((1, 2) == [1, 2])
print(None == None, None == 0)
def f(v):
    print('eval', v)
    return v
print(f(1) < f(2) < f(0) < f(5))
print(2 in [1, 2, 3] in [[1, 2, 3]])
print(1.5 < 2 < 2.5)
print(max([3, 1, 2]) == 3 != 4)

s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2])
print(s[8:2:-1], s[8:2:-2], s[-1:-4:-1])
print(s[100:], s[-100:3], s[5:2])
print(s[0], s[-1], s[len(s) - 1])
print(s[slice(1, 9, 3)])
print(s[3:3] == "", s[:] == s)
try:
    s[20]
except IndexError as e:
    print(e)
t = s
print(t[::-1][::-1] == s)
print("racecar"[::-1] == "racecar")

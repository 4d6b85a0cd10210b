s = "hello"
try:
    s[0] = "H"
except TypeError as e:
    print(e)
t = s
s += " world"
print(t, "|", s)
print(s.upper(), s)
lst = list(s)
lst[0] = "J"
print("".join(lst))
try:
    del s[0]
except TypeError as e:
    print(e)
try:
    "abc" + 1
except TypeError as e:
    print(e)
try:
    1 + "abc"
except TypeError as e:
    print(e)
try:
    "abc" * "2"
except TypeError as e:
    print(e)

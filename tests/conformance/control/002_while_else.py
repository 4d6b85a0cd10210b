i = 0
while i < 5:
    i += 1
    if i == 3:
        continue
    print("i =", i)
else:
    print("while finished normally")
n = 10
while n > 0:
    if n == 4:
        print("breaking at", n)
        break
    n -= 3
else:
    print("not printed")
k = 0
while k < 0:
    pass
else:
    print("else runs even when loop body never runs")
count = 0
while True:
    count += 1
    if count >= 4:
        break
print("count", count)

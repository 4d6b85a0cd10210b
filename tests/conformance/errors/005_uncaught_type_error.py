total = 0
for x in [1, 2, "3"]:
    print("adding", x)
    total = total + x

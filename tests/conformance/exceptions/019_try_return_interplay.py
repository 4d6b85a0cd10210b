def f(x):
    try:
        if x == 0:
            raise ValueError
        return "try"
    except ValueError:
        return "except"
    else:
        return "else-unreachable"
    finally:
        print("finally for", x)
print(f(1), f(0))
def g():
    for i in range(3):
        try:
            if i == 1:
                return f"returned at {i}"
        finally:
            print("finally", i)
print(g())
def h():
    x = []
    try:
        x.append(1)
        return x
    finally:
        x.append(2)
print(h())
def count():
    n = 0
    while True:
        try:
            n += 1
            if n > 2:
                return n
        finally:
            if n == 3:
                print("last finally")
print(count())

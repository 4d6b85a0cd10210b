counter = 0
def bump():
    global counter
    counter += 1
for _ in range(3):
    bump()
print(counter)
def define_global():
    global new_name
    new_name = "created"
define_global()
print(new_name)
x = "global x"
def shadow():
    x = "local x"
    return x
print(shadow(), x)
def read_global():
    return x
print(read_global())
def unbound():
    try:
        print(y_local)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    y_local = 1
unbound()
def nest():
    a = 1
    def lvl2():
        nonlocal a
        a += 1
        def lvl3():
            nonlocal a
            a *= 10
        lvl3()
    lvl2()
    return a
print(nest())

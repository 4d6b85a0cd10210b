log = []
def v(x):
    log.append(x)
    return x
def f(a, b, c=None, **kw):
    return a + b
f(v(1), v(2), c=v(3), d=v(4))
print(log)
log.clear()
d = {v("k1"): v("v1"), v("k2"): v("v2")}
print(log)
log.clear()
lst = [v(i) for i in range(3)]
_ = v("left") + v("right")
print(log)
log.clear()
x = v(1) if v(True) else v(2)
print(log)
log.clear()
a = [0, 0, 0]
a[v(1)] = v(9)
print(log, a)
log.clear()
v(print)(v("printed"))
print(log[1:])

def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return avg
g = averager()
print(next(g))
print(g.send(10))
print(g.send(20))
print(g.send(60))
try:
    g.send(None)
except StopIteration as e:
    print("final", e.value)
def closable():
    try:
        for i in range(10):
            yield i
    finally:
        print("generator cleanup")
c = closable()
print(next(c), next(c))
c.close()
print("closed")
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught inside:", e)
ct = catcher()
next(ct)
print(ct.throw(ValueError("boom")))
def echo():
    received = yield "first"
    while True:
        received = yield f"got {received}"
e = echo()
print(e.send(None), e.send("a"), e.send("b"))
def gen_exit():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
ge = gen_exit()
next(ge)
ge.close()

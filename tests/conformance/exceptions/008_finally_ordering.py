def level3():
    try:
        print("level3 start")
        raise ValueError("deep")
    finally:
        print("level3 finally")
def level2():
    try:
        level3()
    finally:
        print("level2 finally")
def level1():
    try:
        level2()
    except ValueError as e:
        print("level1 caught", e)
    finally:
        print("level1 finally")
level1()
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for v in gen():
    print("got", v)
def exc_in_finally():
    try:
        raise KeyError("first")
    finally:
        print("finally runs before propagation")
try:
    exc_in_finally()
except KeyError as e:
    print("caught", e)
def replace_in_finally():
    try:
        raise KeyError("original")
    finally:
        raise ValueError("replacement")
try:
    replace_in_finally()
except Exception as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))

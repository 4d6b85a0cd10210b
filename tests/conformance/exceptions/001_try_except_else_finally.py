def attempt(x):
    try:
        print("try", x)
        r = 10 / x
    except ZeroDivisionError:
        print("except")
        return "error"
    else:
        print("else", r)
        return "ok"
    finally:
        print("finally")
print(attempt(2))
print(attempt(0))
def finally_overrides():
    try:
        return "from try"
    finally:
        return "from finally"
print(finally_overrides())
def nested():
    try:
        try:
            raise KeyError("k")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", repr(e))
    finally:
        print("outer finally")
nested()
try:
    pass
except Exception:
    print("never")
else:
    print("no exception -> else")

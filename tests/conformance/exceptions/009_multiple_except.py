def risky(n):
    if n == 0:
        return [][1]
    if n == 1:
        return {}["x"]
    if n == 2:
        return int("z")
    if n == 3:
        return 1 / 0
    if n == 4:
        raise TypeError("t")
    return "fine"
for n in range(6):
    try:
        print(risky(n))
    except (IndexError, KeyError) as e:
        print("lookup:", type(e).__name__, e)
    except (ValueError, ZeroDivisionError) as e:
        print("value-ish:", type(e).__name__)
    except Exception as e:
        print("generic:", e)
try:
    raise IndexError("x")
except LookupError as e:
    print("base class catch", type(e).__name__)
try:
    try:
        raise ValueError("reraise me")
    except ValueError:
        print("handling and re-raising")
        raise
except ValueError as e:
    print("outer", e)
e_ref = None
try:
    raise RuntimeError("scope")
except RuntimeError as e:
    e_ref = e
print(e_ref)
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)

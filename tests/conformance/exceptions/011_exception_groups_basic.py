def f():
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
try:
    f()
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])
eg = ExceptionGroup("grp", [KeyError("k")])
print(str(eg), len(eg.exceptions))
try:
    raise ExceptionGroup("outer", [ValueError("only")])
except ExceptionGroup as g:
    print(type(g).__name__, g.message, repr(g.exceptions[0]))

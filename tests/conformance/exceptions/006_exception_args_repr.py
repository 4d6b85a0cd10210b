e = ValueError("bad", 42)
print(e.args, str(e), repr(e))
e1 = ValueError("single")
print(e1.args, str(e1), repr(e1))
e0 = ValueError()
print(e0.args, repr(str(e0)), repr(e0))
k = KeyError("key")
print(str(k), repr(k))
k2 = KeyError(("a", 1))
print(str(k2))
class MyErr(Exception):
    pass
m = MyErr("a", "b")
print(str(m), repr(m))
class WithStr(Exception):
    def __str__(self):
        return "custom str"
print(str(WithStr("x")), repr(WithStr("x")))
print(repr(StopIteration(5)), StopIteration(5).value)
print(OSError(2, "No such file").errno, str(OSError(2, "No such file")))
print(repr(Exception("q'uote")))
print(isinstance(KeyError(), LookupError), isinstance(IndexError(), LookupError))
print(ArithmeticError.__subclasses__()[0].__name__ in ("FloatingPointError", "OverflowError", "ZeroDivisionError"))

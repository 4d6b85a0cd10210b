class Config:
    debug = False
    level = 1
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
c = Config(debug=True, name="x")
print(c.__dict__)
print(c.debug, Config.debug, c.level)
print(vars(c))
c.__dict__["injected"] = 42
print(c.injected)
print(sorted(k for k in Config.__dict__ if not k.startswith("__")))
print(Config.__name__, Config.__qualname__, Config.__module__)
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, Outer.Inner.__name__)
print(type(c) is Config, type(Config).__name__, type(type).__name__)
print(isinstance(Config, type), isinstance(c, object))
Config.level = 5
print(c.level)

class Dynamic:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:]
        raise AttributeError(f"no {name}")
d = Dynamic()
print(d.real, d.get_thing())
try:
    d.missing
except AttributeError as e:
    print(e)
print(getattr(d, "other", "dflt"))
class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(name)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
r = Recorder()
r.a = 1
r.b = 2
del r.a
print(r.log, r.b)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print("proxying", name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1))
class Guard:
    def __getattribute__(self, name):
        if name == "secret":
            return "hidden"
        return super().__getattribute__(name)
g = Guard()
g.x = 5
print(g.secret, g.x)
setattr(g, "y", 7)
print(getattr(g, "y"), hasattr(g, "z"))

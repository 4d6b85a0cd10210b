class Logger:
    def __init__(self, **kw):
        self.log = []
        super().__init__(**kw)
    def record(self, msg):
        self.log.append(msg)
class Named:
    def __init__(self, name, **kw):
        self.name = name
        super().__init__(**kw)
class Aged:
    def __init__(self, age, **kw):
        self.age = age
        super().__init__(**kw)
class Person(Logger, Named, Aged):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.record(f"created {self.name}")
p = Person(name="Ana", age=33)
print(p.name, p.age, p.log)
print([c.__name__ for c in Person.__mro__])
class Mixin:
    def hello(self):
        return "mixin:" + super().hello()
class Core:
    def hello(self):
        return "core"
class Final(Mixin, Core):
    pass
print(Final().hello())

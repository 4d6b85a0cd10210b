class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name} says {self.speak()}"
class Cat(Animal):
    def speak(self):
        return "meow"
class Lion(Cat):
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride
    def speak(self):
        return super().speak().upper() + " (roar)"
for a in [Animal("thing"), Cat("Tom"), Lion("Leo", "north")]:
    print(a.describe())
l = Lion("Simba", "rock")
print(l.pride, isinstance(l, Animal), issubclass(Lion, Cat), issubclass(Cat, Lion))
print(Lion.__bases__[0].__name__, Lion.__base__.__name__)
print([c.__name__ for c in Lion.__mro__])
class Base:
    def hello(self):
        return "base"
class Child(Base):
    def hello(self):
        return "child+" + super(Child, self).hello()
print(Child().hello())

class Dog:
    species = "canis"
    count = 0
    def __init__(self, name, age):
        self.name = name
        self.age = age
        Dog.count += 1
    def bark(self):
        return f"{self.name} says woof"
    def birthday(self):
        self.age += 1
        return self
d = Dog("Rex", 3)
e = Dog("Fido", 5)
print(d.bark(), e.bark())
print(d.birthday().birthday().age)
print(Dog.count, d.species, Dog.species)
d.species = "wolf"
print(d.species, e.species, Dog.species)
print(type(d).__name__, d.__class__.__name__, isinstance(d, Dog))
print(sorted(d.__dict__.items()))
print(Dog.bark(e))
m = d.bark
print(m())
print(hasattr(d, "name"), hasattr(d, "tail"), getattr(d, "tail", "none"))

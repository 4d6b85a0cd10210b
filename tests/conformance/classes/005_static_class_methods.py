class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date):
    pass
print(Date.from_string("2024-03-15"))
print(MyDate.from_string("2000-01-02"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
class Counter:
    instances = 0
    def __init__(self):
        Counter.increment()
    @classmethod
    def increment(cls):
        cls.instances += 1
    @classmethod
    def how_many(cls):
        return cls.instances
Counter(); Counter()
print(Counter.how_many())

class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountdownIter(self.start)
class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c))
for x in Countdown(2):
    print("x", x)
print(sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "end"))
class Squares:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield i * i
print(list(Squares(5)), 9 in Squares(5), 10 in Squares(5))
a, b, c2 = Countdown(3)
print(a, b, c2)
print(list(zip(Countdown(3), Squares(3))))

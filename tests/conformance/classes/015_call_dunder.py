class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10))
print(callable(add5), callable(Adder))
print(list(map(Adder(100), [1, 2])))
class Poly:
    def __init__(self, *coef):
        self.coef = coef
    def __call__(self, x):
        return sum(c * x ** i for i, c in enumerate(self.coef))
p = Poly(1, 0, 2)
print([p(x) for x in range(4)])

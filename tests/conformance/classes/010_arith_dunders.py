class V:
    def __init__(self, *c):
        self.c = c
    def __add__(self, o): return V(*(a + b for a, b in zip(self.c, o.c)))
    def __sub__(self, o): return V(*(a - b for a, b in zip(self.c, o.c)))
    def __mul__(self, k): return V(*(a * k for a in self.c))
    def __rmul__(self, k): return self * k
    def __truediv__(self, k): return V(*(a / k for a in self.c))
    def __floordiv__(self, k): return V(*(a // k for a in self.c))
    def __mod__(self, k): return V(*(a % k for a in self.c))
    def __pow__(self, k): return V(*(a ** k for a in self.c))
    def __neg__(self): return V(*(-a for a in self.c))
    def __pos__(self): return self
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __invert__(self): return V(*reversed(self.c))
    def __and__(self, o): return V(*(a & b for a, b in zip(self.c, o.c)))
    def __lshift__(self, n): return V(*(a << n for a in self.c))
    def __round__(self, n=0): return V(*(round(a, n) for a in self.c))
    def __repr__(self): return f"V{self.c}"
a, b = V(3, 4), V(1, 2)
print(a + b, a - b, a * 2, 2 * a)
print(a / 2, a // 2, a % 2, a ** 2)
print(-a, +a, abs(a), a @ b, ~a)
print(a & b, a << 2)
print(round(V(1.234, 5.678), 1))

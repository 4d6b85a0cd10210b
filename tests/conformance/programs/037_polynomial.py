from fractions import Fraction


class Poly:
    def __init__(self, coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c or [0]

    @classmethod
    def x(cls):
        return cls([0, 1])

    @property
    def degree(self):
        return -1 if self.c == [0] else len(self.c) - 1

    def __call__(self, x):
        acc = 0
        for coef in reversed(self.c):
            acc = acc * x + coef
        return acc

    def _coerce(self, o):
        return o if isinstance(o, Poly) else Poly([o])

    def __add__(self, o):
        o = self._coerce(o)
        n = max(len(self.c), len(o.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])

    __radd__ = __add__

    def __neg__(self):
        return Poly([-a for a in self.c])

    def __sub__(self, o):
        return self + (-self._coerce(o))

    def __rsub__(self, o):
        return self._coerce(o) - self

    def __mul__(self, o):
        o = self._coerce(o)
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(out)

    __rmul__ = __mul__

    def __pow__(self, n):
        result = Poly([1])
        for _ in range(n):
            result = result * self
        return result

    def __divmod__(self, d):
        if d.degree < 0:
            raise ZeroDivisionError("polynomial division by zero")
        rem = [Fraction(a) for a in self.c]
        q = [Fraction(0)] * max(len(rem) - len(d.c) + 1, 1)
        while len(rem) >= len(d.c) and any(rem):
            shift = len(rem) - len(d.c)
            factor = rem[-1] / d.c[-1]
            q[shift] = factor
            for i, b in enumerate(d.c):
                rem[i + shift] -= factor * b
            rem.pop()
        return Poly(q), Poly(rem)

    def __eq__(self, o):
        return self.c == self._coerce(o).c

    def derivative(self):
        return Poly([i * a for i, a in enumerate(self.c)][1:])

    def __repr__(self):
        if self.c == [0]:
            return "0"
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0:
                continue
            sign = "-" if a < 0 else "+"
            mag = abs(a)
            coef = "" if mag == 1 and i else str(mag)
            var = "" if i == 0 else ("x" if i == 1 else f"x^{i}")
            terms.append((sign, coef + var))
        first = ("-" if terms[0][0] == "-" else "") + terms[0][1]
        return " ".join([first] + [f"{s} {t}" for s, t in terms[1:]])


x = Poly.x()
p = 3 * x ** 3 - 2 * x + 5
q = x ** 2 - 1
print("p =", p, "| q =", q, "| degrees", p.degree, q.degree)
print("p + q =", p + q)
print("p - q =", p - q, "| 1 - q =", 1 - q)
print("p * q =", p * q)
print("(x+1)^5 =", (x + 1) ** 5)
print("p(2) =", p(2), "p(-1.5) =", p(-1.5), "p(1/3) =", p(Fraction(1, 3)))
print("p' =", p.derivative(), "p'' =", p.derivative().derivative())
quot, rem = divmod(p, q)
print("p / q =", quot, "remainder", rem)
print("check:", quot * q + rem == p)
print(divmod(x ** 3 - 1, x - 1))
print(Poly([0, 0, 0]), Poly([0]).degree, -x, Poly([-1, 0, -1]))
try:
    divmod(p, Poly([0]))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
newton = 1.0
for _ in range(6):
    newton = newton - (x ** 2 - 2)(newton) / (x ** 2 - 2).derivative()(newton)
print("sqrt(2) ~", round(newton, 12))

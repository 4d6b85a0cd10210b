class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    def __mul__(self, o):
        if isinstance(o, (int, float)):
            return Matrix([[a * o for a in r] for r in self.rows])
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    __rmul__ = __mul__
    def __pow__(self, n):
        result = Matrix([[int(i == j) for j in range(self.shape[0])] for i in range(self.shape[0])])
        for _ in range(n):
            result = result * self
        return result
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __iter__(self):
        return iter(self.rows)
    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"
    def __str__(self):
        return "\n".join(" ".join(f"{v:4}" for v in r) for r in self.rows)
F = Matrix([[1, 1], [1, 0]])
print(F ** 10)
print((F ** 30)[0, 1])
print(F + F == 2 * F, F * 3)
print(F.shape)
for row in Matrix([[1, 2, 3], [4, 5, 6]]) * Matrix([[1], [0], [1]]):
    print(row)

class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = [list(r) for r in rows]
        self.n = len(rows)
        self.m = len(rows[0])

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError(f"shape mismatch {self.n}x{self.m} @ {other.n}x{other.m}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def det(self):
        if self.n != self.m:
            raise ValueError("not square")
        # Bareiss fraction-free elimination: exact with integers
        a = [row[:] for row in self.rows]
        n = self.n
        sign = 1
        prev = 1
        for k in range(n - 1):
            if a[k][k] == 0:
                for r in range(k + 1, n):
                    if a[r][k] != 0:
                        a[k], a[r] = a[r], a[k]
                        sign = -sign
                        break
                else:
                    return 0
            for i in range(k + 1, n):
                for j in range(k + 1, n):
                    a[i][j] = (a[i][j] * a[k][k] - a[i][k] * a[k][j]) // prev
            prev = a[k][k]
        return sign * a[n - 1][n - 1]

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __str__(self):
        w = max(len(str(v)) for r in self.rows for v in r)
        return "\n".join("[" + " ".join(str(v).rjust(w) for v in r) + "]" for r in self.rows)


A = Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
B = Matrix([[1, 2], [3, 4], [5, 6]])
print(A @ B)
print(B.transpose())
print(A.det(), Matrix([[1, 2], [3, 4]]).det(), Matrix.identity(4).det())
print(Matrix([[0, 1], [1, 0]]).det(), Matrix([[1, 2], [2, 4]]).det())
H = Matrix([[(i + 1) ** j for j in range(5)] for i in range(5)])
print(H)
print("vandermonde det:", H.det())
big = Matrix([[((i * 7 + j * 3) % 11) - 5 for j in range(6)] for i in range(6)])
print("6x6 det:", big.det())
print(A @ Matrix.identity(3) == A, (A @ A).transpose() == (A @ A))
for bad in [lambda: B @ B, lambda: B.det(), lambda: Matrix([[1], [2, 3]])]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)

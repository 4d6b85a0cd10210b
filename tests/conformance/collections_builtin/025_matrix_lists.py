def mat_mul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(r) for r in zip(*m)]
A = [[1, 2], [3, 4]]
B = [[5, 6], [7, 8]]
print(mat_mul(A, B))
print(transpose([[1, 2, 3], [4, 5, 6]]))
I = [[int(i == j) for j in range(3)] for i in range(3)]
print(I)
M = [[2, 0, 1], [1, 3, 2], [1, 1, 1]]
print(mat_mul(M, I) == M)
P = A
for _ in range(4):
    P = mat_mul(P, A)
print(P)
print([sum(r) for r in M], [sum(c) for c in zip(*M)])
print(sum(M[i][i] for i in range(3)))
for row in M:
    print(" ".join(f"{v:3}" for v in row))

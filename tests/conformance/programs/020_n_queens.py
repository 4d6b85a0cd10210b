def solve_n_queens(n):
    solutions = []
    cols = [0] * n
    used_cols = set()
    diag1 = set()
    diag2 = set()

    def place(row):
        if row == n:
            solutions.append(cols[:])
            return
        for c in range(n):
            if c in used_cols or (row - c) in diag1 or (row + c) in diag2:
                continue
            cols[row] = c
            used_cols.add(c)
            diag1.add(row - c)
            diag2.add(row + c)
            place(row + 1)
            used_cols.remove(c)
            diag1.remove(row - c)
            diag2.remove(row + c)

    place(0)
    return solutions


def count_bitmask(n):
    full = (1 << n) - 1

    def go(cols, d1, d2):
        if cols == full:
            return 1
        total = 0
        avail = full & ~(cols | d1 | d2)
        while avail:
            bit = avail & -avail
            avail ^= bit
            total += go(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1)
        return total

    return go(0, 0, 0)


def board(sol):
    n = len(sol)
    return "\n".join(" ".join("Q" if sol[r] == c else "." for c in range(n)) for r in range(n))


def canonical(sol):
    n = len(sol)
    variants = []
    s = sol
    for _ in range(4):
        rotated = [0] * n
        for r, c in enumerate(s):
            rotated[c] = n - 1 - r
        s = rotated
        variants.append(tuple(s))
        variants.append(tuple(reversed(s)))
    return min(variants)


for n in range(1, 9):
    sols = solve_n_queens(n)
    unique = {canonical(s) for s in sols}
    print(f"n={n}: {len(sols)} solutions, {len(unique)} unique, bitmask={count_bitmask(n)}")
first8 = solve_n_queens(8)[0]
print(first8)
print(board(first8))
print(count_bitmask(10))

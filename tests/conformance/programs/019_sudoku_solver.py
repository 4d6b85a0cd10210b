PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""


def parse(text):
    rows = [r for r in text.strip().splitlines()]
    return [[0 if c == "." else int(c) for c in r] for r in rows]


def candidates(grid, r, c):
    used = set(grid[r])
    used.update(grid[i][c] for i in range(9))
    br, bc = 3 * (r // 3), 3 * (c // 3)
    for i in range(br, br + 3):
        used.update(grid[i][bc:bc + 3])
    return [v for v in range(1, 10) if v not in used]


stats = {"calls": 0, "backtracks": 0}


def solve(grid):
    stats["calls"] += 1
    best = None
    for r in range(9):
        for c in range(9):
            if grid[r][c] == 0:
                cand = candidates(grid, r, c)
                if best is None or len(cand) < len(best[2]):
                    best = (r, c, cand)
                if not cand:
                    return False
    if best is None:
        return True
    r, c, cand = best
    for v in cand:
        grid[r][c] = v
        if solve(grid):
            return True
    grid[r][c] = 0
    stats["backtracks"] += 1
    return False


def valid(grid):
    groups = [row for row in grid]
    groups += [[grid[r][c] for r in range(9)] for c in range(9)]
    groups += [[grid[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)]
               for br in (0, 3, 6) for bc in (0, 3, 6)]
    return all(sorted(g) == list(range(1, 10)) for g in groups)


def show(grid):
    for i, row in enumerate(grid):
        if i and i % 3 == 0:
            print("------+-------+------")
        print(" | ".join(" ".join(str(v or ".") for v in row[j:j + 3]) for j in (0, 3, 6)))


g = parse(PUZZLE)
show(g)
print()
print("solved:", solve(g))
show(g)
print("valid:", valid(g), "calls:", stats["calls"], "backtracks:", stats["backtracks"])
bad = parse(PUZZLE)
bad[0][2] = 5
bad[0][0] = 0
bad[0][1] = 0
bad[1][0] = 5
print("contradictory puzzle solvable:", solve(bad))

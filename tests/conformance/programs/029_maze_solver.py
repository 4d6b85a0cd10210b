from collections import deque

MAZE = """
###########
#S..#.....#
#.#.#.###.#
#.#...#...#
#.#####.#.#
#...#...#E#
###.#.###.#
#.....#...#
###########
"""


def parse(text):
    grid = [list(r) for r in text.strip().splitlines()]
    start = end = None
    for y, row in enumerate(grid):
        for x, c in enumerate(row):
            if c == "S":
                start = (x, y)
            elif c == "E":
                end = (x, y)
    return grid, start, end


def neighbors(grid, x, y):
    for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nx, ny = x + dx, y + dy
        if 0 <= ny < len(grid) and 0 <= nx < len(grid[ny]) and grid[ny][nx] != "#":
            yield nx, ny


def bfs(grid, start, end):
    prev = {start: None}
    q = deque([start])
    explored = 0
    while q:
        cur = q.popleft()
        explored += 1
        if cur == end:
            break
        for n in neighbors(grid, *cur):
            if n not in prev:
                prev[n] = cur
                q.append(n)
    if end not in prev:
        return None, explored
    path = []
    node = end
    while node:
        path.append(node)
        node = prev[node]
    return path[::-1], explored


def dfs_count_paths(grid, cur, end, seen):
    if cur == end:
        return 1
    total = 0
    for n in neighbors(grid, *cur):
        if n not in seen:
            seen.add(n)
            total += dfs_count_paths(grid, n, end, seen)
            seen.remove(n)
    return total


grid, start, end = parse(MAZE)
print("start", start, "end", end)
path, explored = bfs(grid, start, end)
print("shortest path length:", len(path) - 1, "explored:", explored)
for x, y in path[1:-1]:
    grid[y][x] = "*"
print("\n".join("".join(r) for r in grid))
print("simple paths:", dfs_count_paths(grid, start, end, {start}))
dirs = {(1, 0): "R", (-1, 0): "L", (0, 1): "D", (0, -1): "U"}
moves = "".join(dirs[(b[0] - a[0], b[1] - a[1])] for a, b in zip(path, path[1:]))
print("moves:", moves)
compressed = []
for m in moves:
    if compressed and compressed[-1][0] == m:
        compressed[-1][1] += 1
    else:
        compressed.append([m, 1])
print("compressed:", " ".join(f"{m}{n}" for m, n in compressed))
blocked, s2, e2 = parse(MAZE)
for nx, ny in list(neighbors(blocked, *e2)):
    blocked[ny][nx] = "#"
p2, ex2 = bfs(blocked, s2, e2)
print("blocked maze path:", p2, "explored:", ex2)

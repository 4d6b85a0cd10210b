# deque: a sliding window, a BFS, and the API
from collections import deque

d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([-1, -2])
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(0); d.rotate(len(d) * 3 + 1); print(d)
print(d.index(7), d.count(2), 7 in d, 99 in d)
d.remove(7); print(d)
d.reverse(); print(d)
d[0] = "first"; del d[1]; print(d)
d.insert(2, "ins"); print(d)
print(list(reversed(d)), d.copy(), d == deque(d), d != deque([]))
d.clear(); print(d, bool(d))
for name, f in (("pop", d.pop), ("popleft", d.popleft)):
    try:
        f()
    except IndexError as e:
        print(name, "IndexError:", e)
try:
    deque([1])[5]
except IndexError as e:
    print("IndexError:", e)
try:
    deque([1]).index(3)
except ValueError as e:
    print("ValueError:", e)

w = deque(maxlen=3)
for i in range(6):
    w.append(i)
    print(list(w), sum(w) / len(w))
print(w, w.maxlen)
w.appendleft(-1); print(w)
w.extendleft([10, 11]); print(w)
print(deque("abc", maxlen=0), deque(range(10), 4))
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, deque([1]) < deque([2]))
try:
    deque([1], maxlen=1).insert(0, 5)
except IndexError as e:
    print("IndexError:", e)

def moving_average(seq, n=3):
    it = iter(seq)
    win = deque(maxlen=n)
    for _ in range(n - 1):
        win.append(next(it))
    for x in it:
        win.append(x)
        yield sum(win) / n
print(list(moving_average([40, 30, 50, 46, 39, 44])))

grid = ["S.#.....",
        ".##.###.",
        "....#...",
        ".##...#E"]
def bfs(grid):
    rows, cols = len(grid), len(grid[0])
    start = (0, 0)
    q = deque([(start, 0)])
    seen = {start}
    while q:
        (r, c), dist = q.popleft()
        if grid[r][c] == "E":
            return dist
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc))
                q.append(((nr, nc), dist + 1))
    return -1
print("shortest path:", bfs(grid))

big = deque()
for i in range(10000):
    big.appendleft(i)
    big.append(-i)
for i in range(9990):
    big.popleft(); big.pop()
print(len(big), list(big)[:5], big[10], big[-1])
it_d = deque([1, 2, 3])
try:
    for x in it_d:
        it_d.append(x)
except RuntimeError as e:
    print("RuntimeError:", e)

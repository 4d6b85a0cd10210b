class Life:
    def __init__(self, width, height, live_cells, wrap=False):
        self.w = width
        self.h = height
        self.wrap = wrap
        self.live = set(live_cells)
        self.generation = 0

    @classmethod
    def from_pattern(cls, pattern, width, height, dx=0, dy=0, wrap=False):
        cells = []
        for y, row in enumerate(pattern.strip("\n").splitlines()):
            for x, ch in enumerate(row):
                if ch in "O#":
                    cells.append((x + dx, y + dy))
        return cls(width, height, cells, wrap)

    def neighbors(self, x, y):
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                if dx == 0 and dy == 0:
                    continue
                nx, ny = x + dx, y + dy
                if self.wrap:
                    yield nx % self.w, ny % self.h
                elif 0 <= nx < self.w and 0 <= ny < self.h:
                    yield nx, ny

    def step(self):
        counts = {}
        for (x, y) in self.live:
            for n in self.neighbors(x, y):
                counts[n] = counts.get(n, 0) + 1
        self.live = {c for c, k in counts.items() if k == 3 or (k == 2 and c in self.live)}
        self.generation += 1

    def render(self):
        return "\n".join("".join("#" if (x, y) in self.live else "." for x in range(self.w))
                         for y in range(self.h))

    def bbox(self):
        if not self.live:
            return None
        xs = [x for x, _ in self.live]
        ys = [y for _, y in self.live]
        return min(xs), min(ys), max(xs), max(ys)


GLIDER = """
.O.
..O
OOO
"""
g = Life.from_pattern(GLIDER, 8, 6, wrap=True)
for _ in range(3):
    print(f"gen {g.generation}, pop {len(g.live)}, bbox {g.bbox()}")
    print(g.render())
    for _ in range(2):
        g.step()
for _ in range(24):
    g.step()
print(f"gen {g.generation} bbox {g.bbox()} pop {len(g.live)}")

blinker = Life.from_pattern("OOO", 5, 5, dx=1, dy=2)
states = []
for _ in range(4):
    states.append(sorted(blinker.live))
    blinker.step()
print("blinker period 2:", states[0] == states[2] and states[1] == states[3] and states[0] != states[1])

R_PENTOMINO = """
.OO
OO.
.O.
"""
r = Life.from_pattern(R_PENTOMINO, 40, 40, dx=18, dy=18)
history = []
for i in range(60):
    history.append(len(r.live))
    r.step()
print("r-pentomino populations:", history[::6])
print("final bbox:", r.bbox(), "pop", len(r.live))

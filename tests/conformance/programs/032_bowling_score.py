class BowlingError(ValueError):
    pass


class Game:
    def __init__(self):
        self.rolls = []
        self.frames = []
        self._frame = []

    def roll(self, pins):
        if not 0 <= pins <= 10:
            raise BowlingError(f"invalid pin count {pins}")
        if self.complete():
            raise BowlingError("game is over")
        fi = len(self.frames)
        if fi < 9:
            if self._frame and self._frame[0] + pins > 10:
                raise BowlingError(f"frame {fi + 1}: too many pins ({self._frame[0]} + {pins})")
            self._frame.append(pins)
            if pins == 10 and len(self._frame) == 1 or len(self._frame) == 2:
                self.frames.append(self._frame)
                self._frame = []
        else:
            f = self._frame
            if len(f) == 1 and f[0] < 10 and f[0] + pins > 10:
                raise BowlingError("frame 10: too many pins")
            if len(f) == 2 and f[0] == 10 and f[1] < 10 and f[1] + pins > 10:
                raise BowlingError("frame 10: too many pins in fill balls")
            f.append(pins)
            if len(f) == 3 or (len(f) == 2 and sum(f) < 10):
                self.frames.append(f)
                self._frame = []
        self.rolls.append(pins)

    def complete(self):
        return len(self.frames) == 10

    def score(self):
        total = 0
        i = 0
        r = self.rolls
        cumulative = []
        for frame in range(10):
            if i >= len(r):
                break
            if r[i] == 10:
                if i + 2 >= len(r):
                    break
                total += 10 + r[i + 1] + r[i + 2]
                i += 1
            elif i + 1 < len(r) and r[i] + r[i + 1] == 10:
                if i + 2 >= len(r):
                    break
                total += 10 + r[i + 2]
                i += 2
            else:
                if i + 1 >= len(r):
                    break
                total += r[i] + r[i + 1]
                i += 2
            cumulative.append(total)
        return total, cumulative

    def card(self):
        cells = []
        for n, f in enumerate(self.frames):
            marks = []
            for j, p in enumerate(f):
                if p == 10 and (n == 9 or j == 0):
                    marks.append("X")
                elif j > 0 and f[j - 1] != 10 and f[j - 1] + p == 10 and (n < 9 or j != 2 or f[1] != 10):
                    marks.append("/")
                elif p == 0:
                    marks.append("-")
                else:
                    marks.append(str(p))
            cells.append("".join(marks))
        return "|".join(c.ljust(3) for c in cells)


games = {
    "perfect": [10] * 12,
    "all spares": [5, 5] * 10 + [5],
    "gutter": [0] * 20,
    "mixed": [10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1],
    "nines": [9, 0] * 10,
    "tenth spare": [1, 1] * 9 + [7, 3, 10],
}
for name, rolls in games.items():
    g = Game()
    for p in rolls:
        g.roll(p)
    total, cum = g.score()
    print(f"{name:<12} {total:>3} complete={g.complete()} {cum}")
    print(f"   {g.card()}")
partial = Game()
for p in [10, 3, 4, 6]:
    partial.roll(p)
print("partial:", partial.score(), partial.complete())
for bad in [[11], [7, 5], [0] * 20 + [1], [-1]]:
    g = Game()
    try:
        for p in bad:
            g.roll(p)
    except BowlingError as e:
        print("BowlingError:", e)

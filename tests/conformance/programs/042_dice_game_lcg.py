class LCG:
    """Deterministic pseudo-random generator (numerical recipes constants)."""

    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF

    def next(self):
        self.state = (1664525 * self.state + 1013904223) & 0xFFFFFFFF
        return self.state

    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)

    def choice(self, seq):
        return seq[self.randint(0, len(seq) - 1)]

    def shuffle(self, seq):
        for i in range(len(seq) - 1, 0, -1):
            j = self.randint(0, i)
            seq[i], seq[j] = seq[j], seq[i]


class Player:
    def __init__(self, name, strategy):
        self.name = name
        self.strategy = strategy
        self.score = 0
        self.turns = 0
        self.busts = 0

    def __repr__(self):
        return f"{self.name}({self.score})"


def cautious(turn_total, score, rolls):
    return turn_total < 15


def greedy(turn_total, score, rolls):
    return turn_total < 30


def streaky(turn_total, score, rolls):
    return rolls < 4


def play_pig(rng, players, target=100, verbose=False):
    turn = 0
    while True:
        p = players[turn % len(players)]
        p.turns += 1
        total, rolls = 0, 0
        while True:
            die = rng.randint(1, 6)
            rolls += 1
            if die == 1:
                total = 0
                p.busts += 1
                break
            total += die
            if p.score + total >= target or not p.strategy(total, p.score, rolls):
                break
        p.score += total
        if verbose:
            print(f"  turn {turn:3}: {p.name:<8} rolled {rolls} times, +{total:2} -> {p.score}")
        if p.score >= target:
            return p
        turn += 1


rng = LCG(2024)
print([rng.randint(1, 6) for _ in range(20)])
deck = list(range(1, 11))
rng.shuffle(deck)
print(deck, rng.choice("ABCDE"))
players = [Player("cautious", cautious), Player("greedy", greedy), Player("streaky", streaky)]
w = play_pig(LCG(7), players, target=50, verbose=True)
print("winner:", w.name, players)
wins = {p.name: 0 for p in players}
g = LCG(99)
for _ in range(200):
    ps = [Player("cautious", cautious), Player("greedy", greedy), Player("streaky", streaky)]
    g.shuffle(ps)
    wins[play_pig(g, ps).name] += 1
print(wins)
hist = [0] * 11
r = LCG(1)
for _ in range(3600):
    hist[r.randint(1, 6) + r.randint(1, 6) - 2] += 1
for s, c in enumerate(hist, 2):
    print(f"{s:2} {c:4} {'*' * (c // 20)}")

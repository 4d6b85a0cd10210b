# A seeded dice game and some simulations: every random function must reproduce
# CPython's Mersenne Twister stream exactly.
import random

random.seed(2024)
players = ["Ada", "Brian", "Chen", "Dana"]
scores = {p: 0 for p in players}
for rnd in range(1, 6):
    order = players[:]
    random.shuffle(order)
    line = []
    for p in order:
        dice = [random.randint(1, 6) for _ in range(3)]
        bonus = 10 if len(set(dice)) == 1 else 0
        scores[p] += sum(dice) + bonus
        line.append(f"{p}:{dice}")
    print(f"round {rnd}:", ", ".join(line))
print(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))

# a deck of cards
suits = "SHDC"
deck = [r + s for s in suits for r in "A23456789TJQK"]
rng = random.Random(7)
hand = rng.sample(deck, 5)
print(hand, rng.choice(deck), rng.choices(deck, k=3))
rng.shuffle(deck)
print(deck[:8])

# weighted loot table
loot = ["common", "uncommon", "rare", "epic"]
drops = random.choices(loot, weights=[70, 20, 8, 2], k=20)
print(drops.count("common"), drops.count("rare"), drops[:6])
print(random.choices(loot, cum_weights=[10, 15, 18, 20], k=5))

# floats and distributions
print(random.random(), random.uniform(-1, 1), random.triangular(0, 10, 3))
print([round(random.gauss(100, 15), 6) for _ in range(5)])
print(random.expovariate(0.5), random.betavariate(2, 5), random.randrange(0, 1000, 25))
print(random.getrandbits(70), random.randrange(10**25), random.randbytes(6).hex())

# reproducibility through getstate/setstate and reseeding
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)])
random.seed("tauraro")
x = random.randint(1, 10**9)
random.seed("tauraro")
print(x == random.randint(1, 10**9), x)
random.seed(b"bytes seed")
print(random.sample(range(50), 6))

# Monte Carlo estimate with its own generator
mc = random.Random(12345)
inside = sum(1 for _ in range(20000) if mc.random() ** 2 + mc.random() ** 2 <= 1.0)
print("pi ~", 4 * inside / 20000)

class LoadedDie(random.Random):
    def random(self):
        return 0.99
die = LoadedDie(1)
print([die.randint(1, 6) for _ in range(3)], die.choice("abc"))
for bad in (lambda: random.choice([]), lambda: random.randrange(5, 5), lambda: random.sample([1, 2], 3)):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# collections.Counter over many words, most_common, arithmetic.
from collections import Counter

SYL = ["ka", "ro", "ta", "mi", "su", "ne", "lo", "vi", "da", "pe", "zu", "ho"]
state = 12345
words = []
for _ in range(180000):
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    words.append(SYL[state % 12] + SYL[(state >> 5) % 12])
c = Counter()
for rep in range(15):
    c.update(words)
c2 = Counter(words)
c3 = Counter(w[0] for w in words)
print(len(c), c.most_common(5))
print((c2 + c2).most_common(3))
print(sorted(c3.items()))
print(sum(c.values()), c2.total())

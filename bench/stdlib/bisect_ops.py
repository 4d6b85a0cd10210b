# bisect: searches and insort (with and without key=), and operator getters.
import bisect
from operator import itemgetter, attrgetter

state = 7
def rnd():
    global state
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    return state

a = sorted(rnd() % 1000000 for _ in range(100000))
s = 0
for i in range(300000):
    s += bisect.bisect_left(a, i * 3) + bisect.bisect_right(a, i * 3)
print(s)
b = []
for _ in range(30000):
    bisect.insort(b, rnd() % 1000)
print(b[:10], len(b))
recs = [(rnd() % 1000, i) for i in range(20000)]
k = []
for r in recs:
    bisect.insort(k, r, key=itemgetter(0))
print(k[:5], k[-3:])
print(sum(bisect.bisect(a, x, key=None) for x in range(0, 1000000, 10)))
g = itemgetter(1, 0)
print(sum(g(r)[0] for r in recs * 10))
class P:
    def __init__(self, x):
        self.x = x
ps = [P(i) for i in range(100000)]
ag = attrgetter("x")
print(sum(map(ag, ps)), sorted(ps, key=ag)[-1].x)

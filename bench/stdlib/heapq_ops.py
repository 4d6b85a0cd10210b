# heapq: push/pop/heapify/pushpop/replace, merge, nsmallest/nlargest.
import heapq

state = 42
def rnd():
    global state
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    return state

data = [rnd() % 100000 for _ in range(200000)]
h = []
for x in data:
    heapq.heappush(h, x)
out = [heapq.heappop(h) for _ in range(len(h))]
print(out[:5], out[-5:], out == sorted(data))
h = data[:]
heapq.heapify(h)
print(h[:8])
acc = 0
for x in data[:100000]:
    acc += heapq.heappushpop(h, x)
    acc += heapq.heapreplace(h, x + 1)
print(acc % 1000003, h[:4])
# tuples (priority queue)
pq = []
for i, x in enumerate(data[:60000]):
    heapq.heappush(pq, (x % 1000, i))
print([heapq.heappop(pq) for _ in range(5)])
parts = [sorted(data[i::4]) for i in range(4)]
m = list(heapq.merge(*parts))
print(len(m), m[:3], m == sorted(data))
print(heapq.nsmallest(5, data), heapq.nlargest(5, data, key=lambda v: -v))

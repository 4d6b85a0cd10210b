# Task scheduler with heapq; grading and range lookup with bisect
import heapq
from heapq import heappush, heappop, heapify, heapreplace, heappushpop, nlargest, nsmallest, merge
import bisect

heap = []
for v in [5, 3, 8, 1, 9, 2, 7, 4, 6, 0]:
    heappush(heap, v)
    print(heap)
print([heappop(heap) for _ in range(len(heap))])
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 11, 10]
heapify(data)
print(data)
print(heapreplace(data, 12), data)
print(heappushpop(data, -1), heappushpop(data, 7), data)
words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
heapify(words)
print(words, heappop(words), words)
print(nlargest(3, [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]), nsmallest(3, [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]))
people = [("ann", 31), ("bob", 25), ("cid", 31), ("dee", 19), ("eve", 25)]
print(nlargest(2, people, key=lambda p: p[1]), nsmallest(3, people, key=lambda p: p[1]), nlargest(1, []), nsmallest(10, [3, 1]))
print(list(merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(merge([], [1], [])))
print(list(merge(["b", "d"], ["a", "c", "e"], key=str.upper)), list(merge([9, 5, 1], [8, 2], reverse=True)))
try:
    heappop([])
except IndexError as e:
    print("IndexError:", e)

class Task:
    def __init__(self, name, duration):
        self.name, self.duration = name, duration
    def __repr__(self):
        return f"Task({self.name!r})"

queue = []
counter = 0
def submit(priority, task):
    global counter
    heappush(queue, (priority, counter, task))
    counter += 1
submit(2, Task("write report", 3))
submit(1, Task("fix outage", 1))
submit(3, Task("lunch", 1))
submit(1, Task("call client", 2))
submit(2, Task("review PR", 2))
print([t for _, _, t in queue])
clock = 0
while queue:
    prio, _, task = heappop(queue)
    clock += task.duration
    print(f"t={clock:2d} p{prio} {task.name}")
    if task.name == "fix outage":
        submit(0, Task("post-mortem", 1))

# Dijkstra on a small graph
graph = {"A": {"B": 7, "C": 9, "F": 14}, "B": {"A": 7, "C": 10, "D": 15}, "C": {"A": 9, "B": 10, "D": 11, "F": 2},
         "D": {"B": 15, "C": 11, "E": 6}, "E": {"D": 6, "F": 9}, "F": {"A": 14, "C": 2, "E": 9}}
dist = {"A": 0}
pq = [(0, "A")]
while pq:
    d, u = heappop(pq)
    if d > dist.get(u, float("inf")):
        continue
    for v, w in graph[u].items():
        nd = d + w
        if nd < dist.get(v, float("inf")):
            dist[v] = nd
            heappush(pq, (nd, v))
print(sorted(dist.items()))

def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60]])
a = [1, 2, 4, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect_left(a, 9), bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 3))
bisect.insort(a, 5); bisect.insort_left(a, 4); bisect.insort_right(a, 0)
print(a)
recs = [("ann", 19), ("bob", 25), ("cid", 31)]
print(bisect.bisect_left(recs, 25, key=lambda r: r[1]), bisect.bisect_right(recs, 25, key=lambda r: r[1]))
bisect.insort(recs, ("dan", 27), key=lambda r: r[1])
print(recs)
try:
    bisect.bisect([1], 1, -1)
except ValueError as e:
    print("ValueError:", e)

class PriorityQueue:
    """Binary min-heap with stable ordering for equal priorities."""

    def __init__(self):
        self._heap = []
        self._counter = 0

    def __len__(self):
        return len(self._heap)

    def __bool__(self):
        return bool(self._heap)

    def push(self, priority, item):
        entry = (priority, self._counter, item)
        self._counter += 1
        self._heap.append(entry)
        self._sift_up(len(self._heap) - 1)

    def pop(self):
        if not self._heap:
            raise IndexError("pop from empty priority queue")
        top = self._heap[0]
        last = self._heap.pop()
        if self._heap:
            self._heap[0] = last
            self._sift_down(0)
        return top[0], top[2]

    def peek(self):
        if not self._heap:
            raise IndexError("peek at empty priority queue")
        return self._heap[0][0], self._heap[0][2]

    def _sift_up(self, i):
        h = self._heap
        while i > 0:
            parent = (i - 1) // 2
            if h[i][:2] < h[parent][:2]:
                h[i], h[parent] = h[parent], h[i]
                i = parent
            else:
                break

    def _sift_down(self, i):
        h = self._heap
        n = len(h)
        while True:
            smallest = i
            for child in (2 * i + 1, 2 * i + 2):
                if child < n and h[child][:2] < h[smallest][:2]:
                    smallest = child
            if smallest == i:
                return
            h[i], h[smallest] = h[smallest], h[i]
            i = smallest


pq = PriorityQueue()
tasks = [(3, "write docs"), (1, "fix prod bug"), (2, "review PR"), (1, "page on-call"),
         (5, "refactor"), (2, "update deps"), (4, "plan sprint")]
for p, t in tasks:
    pq.push(p, t)
print(len(pq), pq.peek())
while pq:
    p, t = pq.pop()
    print(f"p{p}: {t}")
try:
    pq.pop()
except IndexError as e:
    print("IndexError:", e)

# heap sort with many items, including duplicates
pq2 = PriorityQueue()
vals = [(i * 37) % 101 for i in range(60)]
for v in vals:
    pq2.push(v, v)
out = [pq2.pop()[0] for _ in range(len(pq2))]
print(out == sorted(vals), out[:10], out[-5:])


# simulate a scheduler that re-queues work
class Job:
    def __init__(self, name, cost):
        self.name = name
        self.cost = cost

    def __repr__(self):
        return f"Job({self.name}, {self.cost})"


sched = PriorityQueue()
for j in [Job("a", 5), Job("b", 2), Job("c", 7)]:
    sched.push(0, j)
clock = 0
quantum = 3
while sched:
    _, job = sched.pop()
    run = min(quantum, job.cost)
    clock += run
    job.cost -= run
    if job.cost:
        sched.push(clock, job)
        print(f"t={clock:2} ran {job.name} for {run}, requeued {job}")
    else:
        print(f"t={clock:2} {job.name} finished")

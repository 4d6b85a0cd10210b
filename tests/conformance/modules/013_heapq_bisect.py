import heapq
import bisect
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print([heapq.heappop(h) for _ in range(3)], sorted(h))
data = [7, 2, 9, 4, 1]
heapq.heapify(data)
print(data[0], heapq.nsmallest(2, data), heapq.nlargest(2, data))
tasks = [(2, "write"), (1, "plan"), (3, "ship")]
heapq.heapify(tasks)
print(heapq.heappop(tasks))
print(heapq.heappushpop([1, 5], 3))
a = [1, 3, 3, 7, 10]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 8))
bisect.insort(a, 5)
print(a)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [55, 65, 85, 95, 70]])
print(list(heapq.merge([1, 4, 7], [2, 5, 8])))

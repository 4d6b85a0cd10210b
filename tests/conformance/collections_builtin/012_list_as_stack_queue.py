from collections import deque
stack = []
for i in range(5):
    stack.append(i)
while stack:
    print(stack.pop(), end=" ")
print()
q = deque([1, 2, 3])
q.append(4)
q.appendleft(0)
print(q)
print(q.popleft(), q.pop(), q)
q.rotate(1)
print(q, list(q), len(q))
q.extend([7, 8])
q.extendleft([-1, -2])
print(q)
dq = deque(maxlen=3)
for i in range(6):
    dq.append(i)
print(dq)
print(deque("abc")[1], 2 in deque([1, 2]))

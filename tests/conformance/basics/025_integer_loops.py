total = 0
for i in range(1, 101):
    total += i * i
print(total)
print(sum(range(0, 1000, 7)))
print(list(range(10, 0, -3)))
print(list(range(-5, 5, 2)))
print(len(range(0, 100, 3)), range(0, 100, 3)[5], range(0, 100, 3)[-1])
print(range(10)[2:8:2])
print(7 in range(0, 10, 7), 8 in range(0, 10, 7))
print(list(reversed(range(5))))
primes = [n for n in range(2, 60) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
collatz = 27
steps = 0
while collatz != 1:
    collatz = collatz // 2 if collatz % 2 == 0 else 3 * collatz + 1
    steps += 1
print(steps)
print(range(3), repr(range(1, 9, 2)))

# Recursive Fibonacci: function-call overhead and small-int arithmetic.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


total = 0
for n in (31, 32, 33):
    total += fib(n)
print("fib checksum", total)

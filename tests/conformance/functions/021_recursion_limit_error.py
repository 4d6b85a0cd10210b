import sys
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
print(sys.getrecursionlimit() >= 1000)
def deep(n):
    if n == 0:
        return 0
    return 1 + deep(n - 1)
print(deep(900))

# List / sort / comprehension heavy workload.
def make_data(n, seed=42):
    out = []
    s = seed
    for i in range(n):
        s = (s * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        out.append((s >> 33) % 100000)
    return out


data = make_data(200_000)
checksum = 0
for rnd in range(10):
    xs = sorted(data)
    checksum += xs[len(xs) // 2] + xs[0] + xs[-1]
    evens = [x for x in data if x % 2 == 0]
    squares = [x * x % 1000 for x in evens]
    squares.sort(reverse=True)
    checksum += squares[0] + len(squares)
    pairs = [(x % 100, x) for x in data[:50_000]]
    pairs.sort(key=lambda p: (p[0], -p[1]))
    checksum += pairs[0][1] + pairs[-1][1]
    buckets = [[] for _ in range(10)]
    for x in data[:100_000]:
        buckets[x % 10].append(x)
    checksum += sum(len(b) * (i + 1) for i, b in enumerate(buckets))
    merged = [y for b in buckets for y in b[:1000]]
    merged.reverse()
    checksum += merged[0] + sum(merged[::997])
    data = data[1:] + data[:1]
print("list_sort checksum", checksum)

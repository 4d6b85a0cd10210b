ITEMS = [
    ("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
    ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40),
    ("cheese", 23, 30), ("beer", 52, 10), ("suntan cream", 11, 70), ("camera", 32, 30),
    ("t-shirt", 24, 15), ("trousers", 48, 10), ("umbrella", 73, 40), ("waterproof trousers", 42, 70),
    ("waterproof overclothes", 43, 75), ("note-case", 22, 80), ("sunglasses", 7, 20), ("towel", 18, 12),
    ("socks", 4, 50), ("book", 30, 10),
]


def knapsack01(items, cap):
    n = len(items)
    dp = [[0] * (cap + 1) for _ in range(n + 1)]
    for i, (_, w, v) in enumerate(items, 1):
        row, prev = dp[i], dp[i - 1]
        for c in range(cap + 1):
            row[c] = prev[c]
            if w <= c and prev[c - w] + v > row[c]:
                row[c] = prev[c - w] + v
    chosen = []
    c = cap
    for i in range(n, 0, -1):
        if dp[i][c] != dp[i - 1][c]:
            chosen.append(items[i - 1])
            c -= items[i - 1][1]
    return dp[n][cap], chosen[::-1]


def unbounded(coins, amount):
    INF = float("inf")
    best = [0] + [INF] * amount
    pick = [None] * (amount + 1)
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and best[a - c] + 1 < best[a]:
                best[a] = best[a - c] + 1
                pick[a] = c
    if best[amount] == INF:
        return None
    out = []
    while amount:
        out.append(pick[amount])
        amount -= pick[amount]
    return sorted(out, reverse=True)


def lis(seq):
    tails, prev_idx, idx_at = [], [None] * len(seq), []
    import bisect
    for i, x in enumerate(seq):
        k = bisect.bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
            idx_at.append(i)
        else:
            tails[k] = x
            idx_at[k] = i
        prev_idx[i] = idx_at[k - 1] if k else None
    out, i = [], idx_at[-1] if idx_at else None
    while i is not None:
        out.append(seq[i])
        i = prev_idx[i]
    return out[::-1]


value, chosen = knapsack01(ITEMS, 400)
print("best value:", value, "weight:", sum(w for _, w, _ in chosen))
for name, w, v in chosen:
    print(f"  {name:<24}{w:>4}{v:>5}")
for cap in (0, 10, 50, 100, 200):
    print(cap, knapsack01(ITEMS, cap)[0])
print(unbounded([1, 5, 10, 25], 63), unbounded([1, 3, 4], 6), unbounded([5, 7], 3), unbounded([2], 0))
print(lis([3, 10, 2, 1, 20, 4, 6, 7, 30, 5]), lis([]), lis([5, 4, 3]))

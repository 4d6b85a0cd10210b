class DisjointSet:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.rank = {x: 0 for x in items}
        self.sets = len(self.parent)

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        self.sets -= 1
        return True

    def groups(self):
        out = {}
        for x in self.parent:
            out.setdefault(self.find(x), []).append(x)
        return sorted(sorted(g) for g in out.values())


def kruskal(nodes, edges):
    ds = DisjointSet(nodes)
    tree, total = [], 0
    for w, u, v in sorted(edges):
        if ds.union(u, v):
            tree.append((u, v, w))
            total += w
    return tree, total, ds.sets


cities = ["Abuja", "Kano", "Lagos", "Ibadan", "Enugu", "Jos", "Kaduna"]
roads = [
    (9, "Abuja", "Kano"), (7, "Abuja", "Kaduna"), (3, "Kaduna", "Kano"), (12, "Lagos", "Abuja"),
    (2, "Lagos", "Ibadan"), (8, "Ibadan", "Abuja"), (6, "Enugu", "Abuja"), (5, "Jos", "Abuja"),
    (4, "Jos", "Kaduna"), (11, "Enugu", "Lagos"), (10, "Jos", "Enugu"),
]
tree, total, comps = kruskal(cities, roads)
for u, v, w in tree:
    print(f"{u:>7} - {v:<7} {w}")
print("total", total, "components", comps)
ds = DisjointSet(range(12))
for a, b in [(0, 1), (2, 3), (1, 3), (4, 5), (6, 7), (7, 8), (8, 6), (10, 11)]:
    print((a, b), "merged" if ds.union(a, b) else "already joined")
print(ds.groups(), ds.sets)
print(ds.find(3) == ds.find(0), ds.find(4) == ds.find(6))
grid = ["11000", "11011", "00100", "00011", "10011"]
cells = [(r, c) for r in range(5) for c in range(5) if grid[r][c] == "1"]
isl = DisjointSet(cells)
for r, c in cells:
    for dr, dc in ((0, 1), (1, 0)):
        if (r + dr, c + dc) in isl.parent:
            isl.union((r, c), (r + dr, c + dc))
print("islands:", isl.sets, [len(g) for g in isl.groups()])

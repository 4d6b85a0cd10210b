import heapq
from collections import deque

EDGES = [
    ("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10),
    ("C", "E", 3), ("E", "D", 4), ("D", "F", 11), ("E", "F", 20),
    ("G", "H", 1),
]


def build(edges, directed=False):
    g = {}
    for u, v, w in edges:
        g.setdefault(u, []).append((v, w))
        g.setdefault(v, [])
        if not directed:
            g[v].append((u, w))
    for k in g:
        g[k].sort()
    return g


def bfs(g, start):
    seen = {start}
    order = []
    q = deque([start])
    while q:
        u = q.popleft()
        order.append(u)
        for v, _ in g[u]:
            if v not in seen:
                seen.add(v)
                q.append(v)
    return order


def dfs(g, start, seen=None):
    if seen is None:
        seen = []
    seen.append(start)
    for v, _ in g[start]:
        if v not in seen:
            dfs(g, v, seen)
    return seen


def dijkstra(g, src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    done = set()
    while pq:
        d, u = heapq.heappop(pq)
        if u in done:
            continue
        done.add(u)
        for v, w in g[u]:
            nd = d + w
            if v not in dist or nd < dist[v]:
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev


def path_to(prev, src, dst):
    if dst != src and dst not in prev:
        return None
    path = [dst]
    while path[-1] != src:
        path.append(prev[path[-1]])
    return path[::-1]


def components(g):
    seen = set()
    comps = []
    for node in sorted(g):
        if node not in seen:
            comp = bfs(g, node)
            seen.update(comp)
            comps.append(sorted(comp))
    return comps


def topo_sort(deps):
    indeg = {n: 0 for n in deps}
    for n, ds in deps.items():
        for d in ds:
            indeg[n] += 1
            indeg.setdefault(d, 0)
    users = {}
    for n, ds in deps.items():
        for d in ds:
            users.setdefault(d, []).append(n)
    ready = sorted(n for n, k in indeg.items() if k == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for u in sorted(users.get(n, [])):
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
                ready.sort()
    if len(out) != len(indeg):
        raise ValueError("cycle detected")
    return out


g = build(EDGES)
print("BFS:", bfs(g, "A"))
print("DFS:", dfs(g, "A"))
dist, prev = dijkstra(g, "A")
for node in sorted(dist):
    print(f"  {node}: {dist[node]:3}  via {' -> '.join(path_to(prev, 'A', node))}")
print("unreachable G:", path_to(prev, "A", "G"))
print("components:", components(g))
deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core"], "core": [], "tests": ["app"]}
print("topo:", topo_sort(deps))
try:
    topo_sort({"a": ["b"], "b": ["a"]})
except ValueError as e:
    print("ValueError:", e)
dg = build([("x", "y", 1), ("y", "z", 1), ("z", "x", 1), ("z", "w", 1)], directed=True)
print("directed BFS from z:", bfs(dg, "z"), "from w:", bfs(dg, "w"))

class Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key = key
        self.value = value
        self.prev = None
        self.next = None


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head = Node()
        self.tail = Node()
        self.head.next = self.tail
        self.tail.prev = self.head
        self.hits = 0
        self.misses = 0
        self.evicted = []

    def _unlink(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev

    def _push_front(self, node):
        node.next = self.head.next
        node.prev = self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        node = self.map.get(key)
        if node:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        if len(self.map) >= self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            self.evicted.append(lru.key)
        node = Node(key, value)
        self.map[key] = node
        self._push_front(node)

    def __contains__(self, key):
        return key in self.map

    def __len__(self):
        return len(self.map)

    def keys(self):
        out = []
        n = self.head.next
        while n is not self.tail:
            out.append(n.key)
            n = n.next
        return out

    def __repr__(self):
        items = ", ".join(f"{k!r}: {self.map[k].value!r}" for k in self.keys())
        return f"LRUCache({self.capacity}, {{{items}}})"


cache = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    cache.put(k, v)
print(cache)
print(cache.get("a"), cache.get("zz", "miss"))
cache.put("d", 4)
print(cache, cache.evicted)
cache.put("c", 30)
cache.put("e", 5)
print(cache.keys(), "b" in cache, "c" in cache, len(cache))
print(f"hits={cache.hits} misses={cache.misses}")


def memoize(capacity):
    def deco(fn):
        c = LRUCache(capacity)

        def wrapper(n):
            r = c.get(n)
            if r is None:
                r = fn(n)
                c.put(n, r)
            return r
        wrapper.cache = c
        return wrapper
    return deco


@memoize(50)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache.hits, fib.cache.misses, len(fib.cache))
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)
seq = [1, 2, 3, 1, 4, 5, 2, 1, 6, 1, 2, 3]
small = LRUCache(3)
for x in seq:
    if small.get(x) is None:
        small.put(x, x * x)
print(small.keys(), small.hits, small.misses, small.evicted)

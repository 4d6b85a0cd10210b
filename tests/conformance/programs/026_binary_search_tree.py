class BST:
    class _Node:
        __slots__ = ("key", "val", "left", "right")

        def __init__(self, key, val):
            self.key, self.val = key, val
            self.left = self.right = None

    def __init__(self):
        self.root = None
        self.size = 0

    def __len__(self):
        return self.size

    def __setitem__(self, key, val):
        if self.root is None:
            self.root = self._Node(key, val)
            self.size = 1
            return
        n = self.root
        while True:
            if key == n.key:
                n.val = val
                return
            side = "left" if key < n.key else "right"
            nxt = getattr(n, side)
            if nxt is None:
                setattr(n, side, self._Node(key, val))
                self.size += 1
                return
            n = nxt

    def __getitem__(self, key):
        n = self.root
        while n:
            if key == n.key:
                return n.val
            n = n.left if key < n.key else n.right
        raise KeyError(key)

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def __delitem__(self, key):
        def remove(n, key):
            if n is None:
                raise KeyError(key)
            if key < n.key:
                n.left = remove(n.left, key)
            elif key > n.key:
                n.right = remove(n.right, key)
            else:
                if n.left is None:
                    return n.right
                if n.right is None:
                    return n.left
                succ = n.right
                while succ.left:
                    succ = succ.left
                n.key, n.val = succ.key, succ.val
                n.right = remove(n.right, succ.key)
            return n
        self.root = remove(self.root, key)
        self.size -= 1

    def __iter__(self):
        stack, n = [], self.root
        while stack or n:
            while n:
                stack.append(n)
                n = n.left
            n = stack.pop()
            yield n.key
            n = n.right

    def items(self):
        return [(k, self[k]) for k in self]

    def height(self, n="root"):
        if n == "root":
            n = self.root
        if n is None:
            return 0
        return 1 + max(self.height(n.left), self.height(n.right))

    def range(self, lo, hi):
        return [k for k in self if lo <= k <= hi]

    def floor(self, key):
        best, n = None, self.root
        while n:
            if n.key == key:
                return key
            if n.key < key:
                best, n = n.key, n.right
            else:
                n = n.left
        return best


t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t[k] = f"v{k}"
print(len(t), list(t), t.height())
print(t[45], 99 in t, 35 in t)
t[45] = "updated"
print(t.items()[:4], t[45])
print(t.range(33, 66), t.floor(64), t.floor(10), t.floor(100))
for k in [20, 30, 50, 999]:
    try:
        del t[k]
        print("deleted", k, list(t), "height", t.height())
    except KeyError as e:
        print("KeyError", e)
words = BST()
for w in "the quick brown fox jumps over the lazy dog and the end".split():
    words[w] = words[w] + 1 if w in words else 1
print(words.items())
chain = BST()
for i in range(12):
    chain[i] = i
print("degenerate height:", chain.height(), len(chain))

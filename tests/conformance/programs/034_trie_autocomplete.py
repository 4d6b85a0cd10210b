class TrieNode:
    __slots__ = ("children", "count", "terminal")

    def __init__(self):
        self.children = {}
        self.count = 0
        self.terminal = 0


class Trie:
    def __init__(self, words=()):
        self.root = TrieNode()
        self.size = 0
        for w in words:
            self.insert(w)

    def insert(self, word):
        node = self.root
        node.count += 1
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
            node.count += 1
        if node.terminal == 0:
            self.size += 1
        node.terminal += 1

    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def __contains__(self, word):
        n = self._find(word)
        return bool(n and n.terminal)

    def count_prefix(self, prefix):
        n = self._find(prefix)
        return n.count if n else 0

    def complete(self, prefix, limit=None):
        n = self._find(prefix)
        if n is None:
            return []
        out = []

        def walk(node, acc):
            if node.terminal:
                out.append((acc, node.terminal))
            for ch in sorted(node.children):
                walk(node.children[ch], acc + ch)
        walk(n, prefix)
        out.sort(key=lambda p: (-p[1], p[0]))
        words = [w for w, _ in out]
        return words[:limit] if limit else words

    def longest_common_prefix(self):
        node, acc = self.root, []
        while len(node.children) == 1 and not node.terminal:
            ch, node = next(iter(node.children.items()))
            acc.append(ch)
        return "".join(acc)

    def remove(self, word):
        if word not in self:
            raise KeyError(word)
        path = [self.root]
        for ch in word:
            path.append(path[-1].children[ch])
        times = path[-1].terminal
        path[-1].terminal = 0
        for node in path:
            node.count -= times
        for i in range(len(word), 0, -1):
            if path[i].count == 0:
                del path[i - 1].children[word[i - 1]]
        self.size -= 1


corpus = """to be or not to be that is the question whether tis nobler in the mind to suffer
the slings and arrows of outrageous fortune or to take arms against a sea of troubles
and by opposing end them to die to sleep no more and by a sleep to say we end"""
t = Trie(corpus.split())
print("distinct words:", t.size, "total:", t.root.count)
for p in ["t", "th", "to", "s", "a", "x", ""]:
    print(f"{p!r:6} count={t.count_prefix(p):3} -> {t.complete(p, 5)}")
print("the" in t, "thee" in t, "" in t)
t.remove("to")
print("after removing 'to':", t.complete("t", 5), t.count_prefix("to"), "to" in t, t.size)
try:
    t.remove("missing")
except KeyError as e:
    print("KeyError:", e)
print(repr(Trie(["interview", "internet", "internal", "interval"]).longest_common_prefix()))
print(repr(Trie(["flower", "flow", "flight"]).longest_common_prefix()))

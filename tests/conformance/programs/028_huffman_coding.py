import heapq


class Leaf:
    def __init__(self, ch, freq):
        self.ch, self.freq = ch, freq


class Branch:
    def __init__(self, left, right):
        self.left, self.right = left, right
        self.freq = left.freq + right.freq


def build_tree(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    heap = []
    order = 0
    for ch in sorted(freq):
        heap.append((freq[ch], order, Leaf(ch, freq[ch])))
        order += 1
    heapq.heapify(heap)
    if len(heap) == 1:
        _, _, only = heap[0]
        return Branch(only, Leaf("", 0)), freq
    while len(heap) > 1:
        f1, _, a = heapq.heappop(heap)
        f2, _, b = heapq.heappop(heap)
        heapq.heappush(heap, (f1 + f2, order, Branch(a, b)))
        order += 1
    return heap[0][2], freq


def codes(node, prefix="", table=None):
    if table is None:
        table = {}
    if isinstance(node, Leaf):
        if node.ch:
            table[node.ch] = prefix or "0"
    else:
        codes(node.left, prefix + "0", table)
        codes(node.right, prefix + "1", table)
    return table


def encode(text, table):
    return "".join(table[c] for c in text)


def decode(bits, tree):
    out = []
    node = tree
    for b in bits:
        node = node.left if b == "0" else node.right
        if isinstance(node, Leaf):
            out.append(node.ch)
            node = tree
    return "".join(out)


def pack(bits):
    padded = bits + "0" * (-len(bits) % 8)
    return bytes(int(padded[i:i + 8], 2) for i in range(0, len(padded), 8))


for text in ["abracadabra", "mississippi river", "aaaa", "the quick brown fox jumps over the lazy dog"]:
    tree, freq = build_tree(text)
    table = codes(tree)
    bits = encode(text, table)
    packed = pack(bits)
    print(repr(text))
    for ch in sorted(table, key=lambda c: (len(table[c]), c)):
        print(f"  {ch!r}: {freq[ch]:2} {table[ch]}")
    print(f"  bits={len(bits)} vs {8 * len(text)} ({len(bits) / (8 * len(text)):.1%}) packed={packed.hex()}")
    assert decode(bits, tree) == text
    print("  roundtrip ok:", decode(bits, tree) == text)
    prefix_free = all(not b.startswith(a) for a in table.values() for b in table.values() if a != b)
    print("  prefix free:", prefix_free)

class LinkedList:
    class Node:
        def __init__(self, value, nxt=None):
            self.value = value
            self.next = nxt

    def __init__(self, iterable=()):
        self.head = None
        self._len = 0
        for v in reversed(list(iterable)):
            self.push_front(v)

    def push_front(self, v):
        self.head = self.Node(v, self.head)
        self._len += 1

    def append(self, v):
        node = self.Node(v)
        if not self.head:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self._len += 1

    def pop_front(self):
        if not self.head:
            raise IndexError("pop from empty LinkedList")
        v = self.head.value
        self.head = self.head.next
        self._len -= 1
        return v

    def remove(self, v):
        prev, cur = None, self.head
        while cur:
            if cur.value == v:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self._len -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(f"{v!r} not in list")

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next

    def __len__(self):
        return self._len

    def __getitem__(self, i):
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError("LinkedList index out of range")
        for j, v in enumerate(self):
            if j == i:
                return v

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def middle(self):
        slow = fast = self.head
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
        return slow.value if slow else None

    @staticmethod
    def merge_sorted(a, b):
        out = LinkedList()
        tail = None
        ia, ib = iter(a), iter(b)
        va, vb = next(ia, None), next(ib, None)
        items = []
        while va is not None or vb is not None:
            if vb is None or (va is not None and va <= vb):
                items.append(va)
                va = next(ia, None)
            else:
                items.append(vb)
                vb = next(ib, None)
        return LinkedList(items)


ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll), ll[0], ll[-1], ll.middle())
ll.append(9)
ll.push_front(0)
print(ll)
ll.remove(1)
print(ll, len(ll))
ll.reverse()
print(ll, ll.middle())
print(ll.pop_front(), ll)
for bad in [lambda: ll.remove(42), lambda: ll[10], lambda: LinkedList().pop_front()]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
m = LinkedList.merge_sorted(LinkedList([1, 4, 6, 10]), LinkedList([2, 3, 7]))
print(m, m == LinkedList(range(1, 5)), LinkedList("ab") == LinkedList(["a", "b"]))
print(sum(m), max(m), sorted(LinkedList("hello")))

class TodoError(Exception):
    pass


class Todo:
    _next_id = 1

    def __init__(self, title, priority=2, tags=()):
        if not title.strip():
            raise TodoError("title must not be empty")
        self.id = Todo._next_id
        Todo._next_id += 1
        self.title = title.strip()
        self.priority = priority
        self.tags = list(tags)
        self.done = False

    def __repr__(self):
        mark = "x" if self.done else " "
        tags = f" [{', '.join(self.tags)}]" if self.tags else ""
        return f"[{mark}] #{self.id} (p{self.priority}) {self.title}{tags}"


class TodoStore:
    def __init__(self):
        self._items = {}

    def add(self, title, **kw):
        t = Todo(title, **kw)
        self._items[t.id] = t
        return t

    def get(self, tid):
        try:
            return self._items[tid]
        except KeyError:
            raise TodoError(f"no todo with id {tid}") from None

    def complete(self, tid):
        t = self.get(tid)
        if t.done:
            raise TodoError(f"todo {tid} already done")
        t.done = True

    def remove(self, tid):
        self.get(tid)
        del self._items[tid]

    def pending(self):
        return sorted((t for t in self._items.values() if not t.done), key=lambda t: (t.priority, t.id))

    def by_tag(self):
        out = {}
        for t in self._items.values():
            for tag in t.tags:
                out.setdefault(tag, []).append(t.id)
        return dict(sorted(out.items()))

    def stats(self):
        total = len(self._items)
        done = sum(t.done for t in self._items.values())
        return {"total": total, "done": done, "pending": total - done,
                "pct": f"{(done / total if total else 0):.0%}"}

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items.values())


store = TodoStore()
store.add("Buy milk", priority=3, tags=["home"])
store.add("Write report", priority=1, tags=["work", "urgent"])
store.add("Call mom", tags=["home"])
store.add("Fix bug #42", priority=1, tags=["work"])
for cmd in [("complete", 2), ("complete", 2), ("remove", 9), ("complete", 3)]:
    try:
        getattr(store, cmd[0])(cmd[1])
        print("ok:", *cmd)
    except TodoError as e:
        print("error:", e)
try:
    store.add("   ")
except TodoError as e:
    print("error:", e)
print("All:")
for t in store:
    print(" ", t)
print("Pending by priority:")
for t in store.pending():
    print(" ", t)
print(store.by_tag())
print(store.stats())
store.remove(1)
print(len(store), store.stats())

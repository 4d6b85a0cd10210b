class Conn:
    def __init__(self, ok):
        if not ok:
            raise ConnectionError("refused")
        print("connected")
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("closing; error =", None if v is None else repr(v))
for ok in [True, False]:
    try:
        with Conn(ok) as c:
            print("working")
            raise RuntimeError("work failed")
    except (ConnectionError, RuntimeError) as e:
        print("handled", type(e).__name__, e)
class Tx:
    def __init__(self):
        self.ops = []
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is not None:
            print("rollback", self.ops)
            self.ops.clear()
            return True
        print("commit", self.ops)
with Tx() as tx:
    tx.ops.append("a")
with Tx() as tx:
    tx.ops.append("b")
    raise ValueError("oops")
print("after tx", tx.ops)

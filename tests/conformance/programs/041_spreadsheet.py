import re


class CycleError(Exception):
    pass


class Sheet:
    REF = re.compile(r"\b([A-Z])([0-9]+)\b")

    def __init__(self):
        self.raw = {}
        self.cache = {}

    def set(self, cell, value):
        self.raw[cell] = value
        self.cache.clear()

    def deps(self, cell):
        v = self.raw.get(cell, "")
        if isinstance(v, str) and v.startswith("="):
            refs = set()
            for m in re.finditer(r"([A-Z])([0-9]+):([A-Z])([0-9]+)", v):
                for col in range(ord(m.group(1)), ord(m.group(3)) + 1):
                    for row in range(int(m.group(2)), int(m.group(4)) + 1):
                        refs.add(f"{chr(col)}{row}")
            refs.update(a + b for a, b in self.REF.findall(v))
            return refs
        return set()

    def get(self, cell, stack=()):
        if cell in stack:
            raise CycleError(" -> ".join(stack + (cell,)))
        if cell in self.cache:
            return self.cache[cell]
        v = self.raw.get(cell, 0)
        if isinstance(v, str) and v.startswith("="):
            v = self.evaluate(v[1:], stack + (cell,))
        self.cache[cell] = v
        return v

    def _range(self, a, b, stack):
        c1, r1, c2, r2 = a[0], int(a[1:]), b[0], int(b[1:])
        return [self.get(f"{chr(c)}{r}", stack) for c in range(ord(c1), ord(c2) + 1) for r in range(r1, r2 + 1)]

    def evaluate(self, expr, stack):
        def fn_repl(m):
            name, a, b = m.group(1), m.group(2), m.group(3)
            vals = self._range(a, b, stack)
            if name == "SUM":
                r = sum(vals)
            elif name == "MAX":
                r = max(vals)
            elif name == "MIN":
                r = min(vals)
            else:
                r = sum(vals) / len(vals)
            return repr(r)
        expr = re.sub(r"(SUM|MAX|MIN|AVG)\(([A-Z][0-9]+):([A-Z][0-9]+)\)", fn_repl, expr)
        expr = self.REF.sub(lambda m: repr(self.get(m.group(0), stack)), expr)
        if not re.fullmatch(r"[0-9.+\-*/() ]*", expr):
            raise ValueError(f"bad expression {expr!r}")
        return eval(expr, {"__builtins__": {}})

    def show(self, cols, rows):
        print("    " + "".join(f"{c:>10}" for c in cols))
        for r in range(1, rows + 1):
            cells = []
            for c in cols:
                try:
                    v = self.get(f"{c}{r}")
                    cells.append(f"{v:>10.2f}" if isinstance(v, float) else f"{v!s:>10}")
                except CycleError:
                    cells.append(f"{'#CYCLE':>10}")
                except ZeroDivisionError:
                    cells.append(f"{'#DIV/0':>10}")
                except ValueError:
                    cells.append(f"{'#VALUE':>10}")
            print(f"{r:>3} " + "".join(cells))


s = Sheet()
data = {"A1": "Item", "B1": "Qty", "C1": "Price", "D1": "Total",
        "A2": "pens", "B2": 10, "C2": 1.5, "D2": "=B2*C2",
        "A3": "paper", "B3": 3, "C3": 4.25, "D3": "=B3*C3",
        "A4": "ink", "B4": 2, "C4": 19.99, "D4": "=B4*C4",
        "A5": "sum", "B5": "=SUM(B2:B4)", "C5": "=AVG(C2:C4)", "D5": "=SUM(D2:D4)",
        "A6": "max", "B6": "=MAX(B2:B4)", "C6": "=D5/B5", "D6": "=D5*(1+0.08)",
        "A7": "bad", "B7": "=B7+1", "C7": "=B2/(B3-3)", "D7": "=A2+1"}
for k, v in data.items():
    s.set(k, v)
s.show("ABCD", 7)
print(sorted(s.deps("D5")), sorted(s.deps("D6")))
s.set("B2", 20)
print("after B2=20:", s.get("D5"), round(s.get("D6"), 4))
try:
    s.set("A8", "=B8")
    s.set("B8", "=C8*2")
    s.set("C8", "=A8")
    s.get("A8")
except CycleError as e:
    print("CycleError:", e)

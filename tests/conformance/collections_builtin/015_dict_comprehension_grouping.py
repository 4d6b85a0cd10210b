people = [("ann", "eng", 120), ("bob", "ops", 90), ("cid", "eng", 100), ("dee", "ops", 95), ("eve", "hr", 70)]
by_dept = {}
for name, dept, sal in people:
    by_dept.setdefault(dept, []).append(name)
print(by_dept)
totals = {d: sum(s for _, dd, s in people if dd == d) for d in by_dept}
print(totals)
inverted = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inverted)
squares = {n: n * n for n in range(5) if n % 2}
print(squares)
print(max(totals, key=totals.get), min(totals.items(), key=lambda kv: kv[1]))
nested = {d: {n: s for n, dd, s in people if dd == d} for d in ("eng", "ops")}
print(nested)

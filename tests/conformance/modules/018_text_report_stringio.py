# Builds a fixed-width report in memory with io.StringIO, then parses it back.
import io
import json

rows = [
    {"region": "north", "q1": 1200.5, "q2": 1340.25, "units": 31},
    {"region": "south", "q1": 980.0, "q2": 1010.75, "units": 27},
    {"region": "east", "q1": 1530.125, "q2": 1499.5, "units": 40},
    {"region": "west", "q1": 0.0, "q2": 250.0, "units": 5},
]

out = io.StringIO()
out.write(f"{'region':<8}{'q1':>10}{'q2':>10}{'change':>9}\n")
out.write("-" * 37 + "\n")
for r in rows:
    change = "n/a" if r["q1"] == 0 else f"{(r['q2'] - r['q1']) / r['q1']:+.1%}"
    print(f"{r['region']:<8}{r['q1']:>10.2f}{r['q2']:>10.2f}{change:>9}", file=out)
total_q1 = sum(r["q1"] for r in rows)
total_q2 = sum(r["q2"] for r in rows)
out.writelines([f"{'total':<8}{total_q1:>10.2f}{total_q2:>10.2f}\n", "\n"])
text = out.getvalue()
print(text, end="")
print("chars:", len(text), "tell:", out.tell())

out.seek(0)
header = out.readline()
print("header:", header.split())
body = [line.split() for line in out if line.strip() and not line.startswith("-")]
print("parsed rows:", len(body), body[0], body[-1])

out.seek(0)
out.truncate()
json.dump(rows, out, indent=1)
out.seek(0)
print(json.load(out) == rows)

b = io.BytesIO()
for r in rows:
    b.write(r["region"].encode() + b",")
b.write(b"\n")
print(b.getvalue(), b.tell())
b.seek(0)
print(b.read(5), b.readline(), b.read())
with io.StringIO("one\ntwo\nthree") as s:
    print([line.rstrip("\n") for line in s])
print(s.closed)

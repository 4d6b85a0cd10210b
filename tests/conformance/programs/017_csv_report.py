RAW = """region,rep,product,units,unit_price
North,Alice,Widget,12,2.50
North,Bob,Gadget,3,19.99
South,Carla,Widget,40,2.45
South,Carla,Gizmo,5,7.00
East,Dan,Gadget,7,18.50
North,Alice,Gizmo,9,7.25
East,Erin,Widget,,2.50
West,Finn,Widget,15,2.40
South,Gus,Gadget,2,20.00
East,Dan,Widget,20,2.50
"""


def parse_csv(text):
    lines = text.strip().splitlines()
    header = lines[0].split(",")
    rows, errors = [], []
    for n, line in enumerate(lines[1:], start=2):
        vals = line.split(",")
        rec = dict(zip(header, vals))
        try:
            rec["units"] = int(rec["units"])
            rec["unit_price"] = float(rec["unit_price"])
        except ValueError as e:
            errors.append(f"line {n}: {e}")
            continue
        rec["revenue"] = round(rec["units"] * rec["unit_price"], 2)
        rows.append(rec)
    return header, rows, errors


def group(rows, key):
    out = {}
    for r in rows:
        out.setdefault(r[key], []).append(r)
    return out


def table(headers, data, aligns):
    widths = [max(len(str(h)), *(len(str(row[i])) for row in data)) for i, h in enumerate(headers)]
    def fmt(row):
        cells = []
        for v, w, a in zip(row, widths, aligns):
            cells.append(str(v).rjust(w) if a == "r" else str(v).ljust(w))
        return "| " + " | ".join(cells) + " |"
    sep = "+-" + "-+-".join("-" * w for w in widths) + "-+"
    lines = [sep, fmt(headers), sep]
    lines += [fmt(r) for r in data]
    lines.append(sep)
    return "\n".join(lines)


header, rows, errors = parse_csv(RAW)
print("columns:", header)
print("errors:", errors)
by_region = group(rows, "region")
data = []
for region in sorted(by_region):
    rs = by_region[region]
    units = sum(r["units"] for r in rs)
    rev = sum(r["revenue"] for r in rs)
    data.append((region, len(rs), units, f"{rev:,.2f}", f"{rev / units:.3f}"))
print(table(["Region", "Sales", "Units", "Revenue", "Avg/unit"], data, "lrrrr"))
by_product = group(rows, "product")
pdata = sorted(((p, sum(r["units"] for r in rs), round(sum(r["revenue"] for r in rs), 2))
                for p, rs in by_product.items()), key=lambda t: -t[2])
print(table(["Product", "Units", "Revenue"], pdata, "lrr"))
reps = group(rows, "rep")
best = max(reps, key=lambda k: sum(r["revenue"] for r in reps[k]))
print("top rep:", best, round(sum(r["revenue"] for r in reps[best]), 2))
total = sum(r["revenue"] for r in rows)
print(f"grand total: {total:.2f}")
for p, u, rev in pdata:
    bar = "#" * round(rev / total * 40)
    print(f"{p:<7}{bar} {rev / total:.1%}")

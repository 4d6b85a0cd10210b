# CSV sales report: read, aggregate, write with the csv module
import csv
import io
from collections import defaultdict

RAW = """region,rep,product,units,unit_price
North,Alice,Widget,12,2.50
South,Bob,"Gadget, large",3,19.99
North,Carol,Widget,7,2.50
East,"Dan ""The Man"" Smith",Gizmo,20,4.75
South,Alice,Widget,5,2.50

West,Eve,"Multi
line",1,100
"""

rows = list(csv.reader(io.StringIO(RAW, newline="")))
for r in rows:
    print(r)
reader = csv.DictReader(io.StringIO(RAW, newline=""))
print(reader.fieldnames)
totals = defaultdict(float)
units = defaultdict(int)
for rec in reader:
    amount = int(rec["units"]) * float(rec["unit_price"])
    totals[rec["region"]] += amount
    units[rec["rep"]] += int(rec["units"])
    print(reader.line_num, rec["rep"], round(amount, 2))

out = io.StringIO()
w = csv.writer(out)
w.writerow(["region", "total", "note"])
for region in sorted(totals):
    w.writerow([region, f"{totals[region]:.2f}", "needs, review" if totals[region] > 50 else ""])
w.writerows([["quote\"d", None, 3.5], [""], []])
print(repr(out.getvalue()))

out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["rep", "units", "bonus"], restval="n/a", lineterminator="\n")
dw.writeheader()
for rep in sorted(units):
    dw.writerow({"rep": rep, "units": units[rep]})
try:
    dw.writerow({"rep": "x", "oops": 1})
except ValueError as e:
    print("ValueError:", e)
print(out.getvalue(), end="")

for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE):
    buf = io.StringIO()
    csv.writer(buf, quoting=quoting, escapechar="\\").writerow(["a b", 1, 2.5, "c,d", 'e"f', None])
    print(quoting, repr(buf.getvalue()))
print(list(csv.reader(['"1","2",x,3.5'], quoting=csv.QUOTE_NONNUMERIC)) if False else list(csv.reader(['"a",1,2.5'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'")))
print(list(csv.reader(["x, y,  z"], skipinitialspace=True)), list(csv.reader(["x\ty"], dialect="excel-tab")))
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL, lineterminator="\n")
buf = io.StringIO()
csv.writer(buf, dialect="pipes").writerow(["p", 1])
print(repr(buf.getvalue()), sorted(csv.list_dialects()), csv.get_dialect("pipes").delimiter)
class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = '"'
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = False
buf = io.StringIO()
csv.writer(buf, Semi).writerow(["a;b", "c"])
print(repr(buf.getvalue()), list(csv.reader(["a;\"b;c\""], Semi)))
for bad, kw in (('"abc', {"strict": True}), ('"ab"c', {"strict": True}), ("a\rb", {})):
    try:
        print(list(csv.reader([bad], **kw)))
    except csv.Error as e:
        print("Error:", e)
try:
    csv.reader([], delimiter="::")
except TypeError as e:
    print("TypeError:", e)
try:
    csv.get_dialect("nope")
except csv.Error as e:
    print("Error:", e)
dr = csv.DictReader(["a,b", "1,2,3", "4"], restkey="extra", restval="-")
print(list(dr))
print(list(csv.DictReader(["1,2"], fieldnames=["x", "y"])))
print(csv.writer(io.StringIO()).writerow(["abc", "de"]))

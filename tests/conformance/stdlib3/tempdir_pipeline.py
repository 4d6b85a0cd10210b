# A file pipeline in a temporary directory: write raw CSV chunks, glob them, transform,
# diff against the previous run, and clean everything up.
import difflib
import fnmatch
import glob
import os
import tempfile

with tempfile.TemporaryDirectory(prefix="pipeline_") as work:
    print(os.path.isdir(work), os.path.basename(work).startswith("pipeline_"),
          os.path.dirname(work) == tempfile.gettempdir())
    raw = os.path.join(work, "raw")
    os.makedirs(os.path.join(raw, "2024"))
    chunks = {
        "raw/a.csv": "id,name,qty\n1,apple,3\n2,pear,5\n",
        "raw/b.csv": "id,name,qty\n3,plum,0\n4,fig,12\n",
        "raw/2024/c.csv": "id,name,qty\n5,kiwi,7\n",
        "raw/notes.txt": "not data\n",
        "raw/.hidden.csv": "id,name,qty\n9,ghost,1\n",
    }
    for rel, text in chunks.items():
        with open(os.path.join(work, rel), "w") as f:
            f.write(text)

    def rel(paths):
        return sorted(os.path.relpath(p, work) for p in paths)

    print(rel(glob.glob(os.path.join(raw, "*.csv"))))
    print(rel(glob.glob(os.path.join(raw, "**", "*.csv"), recursive=True)))
    print(rel(glob.glob(os.path.join(raw, "?.*"))))
    print(sorted(glob.glob("*.csv", root_dir=raw, include_hidden=True)))
    print(sorted(fnmatch.filter(os.listdir(raw), "[ab].csv")), fnmatch.fnmatch("C.CSV", "*.csv"),
          fnmatch.fnmatchcase("C.CSV", "*.csv"), fnmatch.translate("data_??.[ct]sv"))

    rows = []
    for path in sorted(glob.glob(os.path.join(raw, "**", "*.csv"), recursive=True)):
        with open(path) as f:
            header = f.readline().strip().split(",")
            for line in f:
                rows.append(dict(zip(header, line.strip().split(","))))
    rows.sort(key=lambda r: -int(r["qty"]))
    report = ["%-6s %3s\n" % (r["name"], r["qty"]) for r in rows if int(r["qty"]) > 0]

    out_fd, out_path = tempfile.mkstemp(suffix=".txt", prefix="report_", dir=work)
    with open(out_fd, "w") as f:
        f.writelines(report)
    print(os.path.basename(out_path).startswith("report_"), out_path.endswith(".txt"))
    with open(out_path) as f:
        print(f.read(), end="")

    previous = ["fig     12\n", "kiwi     7\n", "pear     4\n", "apple    3\n", "grape    1\n"]
    print("".join(difflib.unified_diff(previous, report, "report.old", "report.new")), end="")
    sm = difflib.SequenceMatcher(None, "".join(previous), "".join(report))
    print(round(sm.ratio(), 4), sm.get_opcodes()[:4])
    print(difflib.get_close_matches("aple", [r["name"] for r in rows]))

    with tempfile.NamedTemporaryFile("w+", suffix=".json", dir=work) as tmp:
        tmp.write('{"rows": %d}' % len(rows))
        tmp.flush()
        tmp.seek(0)
        print(tmp.read(), os.path.exists(tmp.name), os.path.dirname(tmp.name) == work)
        name = tmp.name
    print(os.path.exists(name))

    with tempfile.TemporaryFile() as scratch:
        scratch.write(b"binary scratch data")
        scratch.seek(7)
        print(scratch.read())

    nested = tempfile.mkdtemp(dir=work)
    print(os.path.isdir(nested), os.path.dirname(nested) == work)
    saved = work

print(os.path.exists(saved))
print("".join(difflib.ndiff(["one\n", "two\n", "three\n"], ["one\n", "tree\n", "four\n"])), end="")

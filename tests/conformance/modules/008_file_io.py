import os
import tempfile
d = tempfile.mkdtemp()
path = os.path.join(d, "notes.txt")
with open(path, "w", encoding="utf-8") as f:
    f.write("first line\n")
    f.write("second 🐍 line\n")
    print("third", file=f)
with open(path, encoding="utf-8") as f:
    print(repr(f.read()))
with open(path, encoding="utf-8") as f:
    for i, line in enumerate(f):
        print(i, line.rstrip("\n"))
with open(path, "a", encoding="utf-8") as f:
    f.write("appended\n")
with open(path, encoding="utf-8") as f:
    lines = f.readlines()
print(len(lines), lines[-1])
print(os.path.getsize(path) > 0)
os.remove(path)
print(os.path.exists(path))
os.rmdir(d)
try:
    open(os.path.join(d, "missing.txt"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)

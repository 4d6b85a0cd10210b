# Creates a project tree, walks it, summarises sizes, renames and removes things.
import os

root = os.path.join("/tmp", "tauraro_tree_%d" % os.getpid())
layout = {
    "src/app.py": "print('app')\n",
    "src/util/helpers.py": "def helper():\n    return 42\n",
    "src/util/__init__.py": "",
    "docs/index.md": "# Title\n\nSome text.\n",
    "docs/img/logo.svg": "<svg></svg>\n",
    "README.txt": "readme\n" * 3,
}
for rel, content in layout.items():
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(content)

total = 0
for dirpath, dirnames, filenames in os.walk(root):
    dirnames.sort()
    rel = os.path.relpath(dirpath, root)
    size = sum(os.path.getsize(os.path.join(dirpath, n)) for n in filenames)
    total += size
    print(f"{rel:12} dirs={dirnames} files={sorted(filenames)} bytes={size}")
print("total bytes:", total)

for dirpath, dirnames, filenames in os.walk(root):
    if "docs" in dirnames:
        dirnames.remove("docs")
    print("pruned walk:", os.path.relpath(dirpath, root))

bottom_up = [os.path.relpath(d, root) for d, _, _ in os.walk(root, topdown=False)]
print("bottom-up last:", bottom_up[-1], "count:", len(bottom_up))

exts = {}
for dirpath, _, filenames in os.walk(root):
    for name in filenames:
        ext = os.path.splitext(name)[1] or "<none>"
        exts[ext] = exts.get(ext, 0) + 1
print(sorted(exts.items()))

old = os.path.join(root, "README.txt")
new = os.path.join(root, "README.md")
os.rename(old, new)
print(os.path.exists(old), os.path.isfile(new), os.stat(new).st_size)
with os.scandir(root) as entries:
    print(sorted((e.name, e.is_dir()) for e in entries))

try:
    os.rmdir(os.path.join(root, "src"))
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.remove(os.path.join(root, "nope.txt"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, os.path.basename(e.filename))
try:
    os.mkdir(root)
except FileExistsError as e:
    print("FileExistsError", e.errno)

for dirpath, dirnames, filenames in os.walk(root, topdown=False):
    for name in filenames:
        os.remove(os.path.join(dirpath, name))
    os.rmdir(dirpath)
print("removed:", not os.path.exists(root))

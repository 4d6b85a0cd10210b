import os
from pathlib import Path, PurePath, PurePosixPath, PosixPath
p = Path("a/b/../c//d.tar.gz")
print(p, repr(p), p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parts, list(p.parents), p.parents)
q = PurePath("/usr/local/lib/python3.11/site.py")
print(q.root, q.anchor, q.parts, q.parent.parent, q.is_absolute(), q.relative_to("/usr"), q.with_suffix(".txt"), q.with_name("x.y"), q.with_stem("zz"))
print(Path("/") / "etc" / "passwd", "home" / Path("x"), Path("a").joinpath("b", "c"), Path(), Path("."), Path("//net/x"), Path("///x"), Path("a/./b/."))
print(Path("a/b") == Path("a//b/"), Path("a") < Path("b"), sorted([Path("b/a"), Path("a/z"), Path("a")]), hash(Path("x")) == hash(Path("x")))
print(PurePosixPath("x.py").match("*.py"), PurePath("/a/b/c.py").match("b/*.py"), PurePath("/a/b/c.py").match("/*.py"), Path(".bashrc").suffix, Path("a.").suffix, Path("a/").name)
try:
    PurePath("/a/b").relative_to("/c")
except ValueError as e:
    print("ValueError", e)
try:
    Path("a").with_suffix("txt")
except ValueError as e:
    print("ValueError", e)
base = Path("pl_tmp_dir")
(base / "sub" / "deep").mkdir(parents=True, exist_ok=True)
f = base / "hello.txt"
print(f.write_text("hello world\n"), f.read_text(), f.exists(), f.is_file(), f.is_dir(), base.is_dir())
(base / "data.bin").write_bytes(b"\x00\x01\x02")
print((base / "data.bin").read_bytes(), (base / "data.bin").stat().st_size)
(base / "sub" / "a.py").write_text("x = 1\n")
(base / "sub" / "deep" / "b.py").write_text("y = 2\n")
print(sorted(x.name for x in base.iterdir()))
print(sorted(str(x) for x in base.glob("*.txt")), sorted(str(x) for x in base.rglob("*.py")), sorted(str(x) for x in base.glob("**/*.py")), sorted(str(x) for x in base.glob("sub/*")))
try:
    (base / "sub").mkdir()
except FileExistsError as e:
    print("FileExistsError", e.errno)
try:
    Path("nope/x").mkdir()
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
g = f.rename(base / "renamed.txt")
print(g, g.exists(), f.exists(), Path("pl_tmp_dir").resolve() == Path.cwd() / "pl_tmp_dir", Path("x").absolute() == Path(os.getcwd(), "x"))
for x in sorted(base.rglob("*"), key=lambda p: -len(p.parts)):
    if x.is_file():
        x.unlink()
    else:
        x.rmdir()
base.rmdir()
print(base.exists(), Path("missing.txt").exists())
try:
    Path("missing.txt").read_text()
except FileNotFoundError as e:
    print("FileNotFoundError", e)
Path("missing.txt").unlink(missing_ok=True)
print(type(Path("x")).__name__, isinstance(Path("x"), PurePath), str(Path("~").expanduser()) == os.path.expanduser("~"), os.fspath(Path("a/b")))

#!/usr/bin/env python3
"""Regenerates the CPython ast.dump goldens used by tests/parser/goldens.test.ts.

Run with Python 3.11 from the repository root:  python3 tests/parser/gen_ast_goldens.py

  tests/parser/fixtures/NAME.py              -> tests/parser/fixtures/NAME.ast
  tests/conformance/REL.py                   -> tests/parser/fixtures/conformance/REL.ast
  selected fixtures (ATTRS below)            -> tests/parser/fixtures/NAME.attrs.ast
                                                (ast.dump(..., include_attributes=True))
  tests/parser/fixtures/errors/NAME.py       -> tests/parser/fixtures/errors/NAME.err
                                                (what `python3 app.tr` prints for it)

Files CPython itself rejects are skipped (their golden is removed).
"""
import ast
import pathlib
import shutil
import subprocess
import sys
import tempfile

if sys.version_info[:2] != (3, 11):
    sys.exit("goldens must be generated with Python 3.11 (got %s)" % sys.version.split()[0])

ROOT = pathlib.Path(__file__).resolve().parents[2]
FIX = ROOT / "tests" / "parser" / "fixtures"
CONF = ROOT / "tests" / "conformance"

# Files whose node positions we compare too. f-string fixtures are excluded on purpose:
# CPython 3.11 gives format-spec nodes odd positions we do not reproduce.
ATTRS = ["01_basics", "05_functions", "07_control", "13_match", "16_indent", "18_bom_noeol", "21_app", "27_ops", "33_soft_keywords"]


def dump(path, attrs=False):
    tree = ast.parse(path.read_bytes(), filename=str(path))
    return ast.dump(tree, include_attributes=attrs) + "\n"


def write(src, dst, attrs=False):
    try:
        text = dump(src, attrs)
    except SyntaxError as e:
        print("skip (CPython rejects it): %s: %s" % (src.relative_to(ROOT), e.msg))
        if dst.exists():
            dst.unlink()
        return 0
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.write_text(text, encoding="utf-8")
    return 1


def write_error(src):
    """Runs the bad program as app.tr exactly like a user would and keeps stderr."""
    with tempfile.TemporaryDirectory() as tmp:
        target = pathlib.Path(tmp) / "app.tr"
        shutil.copyfile(src, target)
        r = subprocess.run([sys.executable, "app.tr"], cwd=tmp, capture_output=True, text=True)
        err = r.stderr.replace('File "%s"' % target, 'File "app.tr"')
    if r.returncode == 0 or "Error" not in err:
        sys.exit("%s: CPython accepted it; error fixtures must fail" % src)
    src.with_suffix(".err").write_text(err, encoding="utf-8")
    return 1


def main():
    n = 0
    for src in sorted((FIX / "errors").glob("*.py")):
        n += write_error(src)
    for src in sorted(FIX.glob("*.py")):
        n += write(src, src.with_suffix(".ast"))
        if src.stem in ATTRS:
            n += write(src, src.with_suffix(".attrs.ast"), attrs=True)
    out_conf = FIX / "conformance"
    for old in out_conf.rglob("*.ast") if out_conf.exists() else []:
        old.unlink()
    if CONF.exists():
        for src in sorted(CONF.rglob("*.py")):
            rel = src.relative_to(CONF)
            n += write(src, (out_conf / rel).with_suffix(".ast"))
    print("wrote %d goldens" % n)


if __name__ == "__main__":
    main()

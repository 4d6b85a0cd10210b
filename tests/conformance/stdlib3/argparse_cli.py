# A small CLI tool: argv is passed explicitly so the output is deterministic.
import argparse
import io
import sys


def build_parser():
    p = argparse.ArgumentParser(prog="inventory",
                                description="Manage a small inventory of items stored in a file.",
                                epilog="Exit status is 0 on success.")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    p.add_argument("--db", default="items.db", metavar="PATH", help="database file (default: %(default)s)")
    sub = p.add_subparsers(dest="command", title="commands", metavar="COMMAND")
    add = sub.add_parser("add", help="add an item")
    add.add_argument("name")
    add.add_argument("qty", type=int, nargs="?", default=1)
    add.add_argument("--tag", action="append", default=[], help="attach a tag")
    ls = sub.add_parser("list", help="list items")
    ls.add_argument("--sort", choices=["name", "qty"], default="name")
    ls.add_argument("--limit", type=int)
    rm = sub.add_parser("remove", aliases=["rm"], help="remove items")
    rm.add_argument("names", nargs="+")
    rm.add_argument("-f", "--force", action="store_true")
    return p


def run(argv):
    parser = build_parser()
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        ns = parser.parse_args(argv)
        result = vars(ns)
    except SystemExit as e:
        result = f"exit {e.code}"
    finally:
        sys.stdout, sys.stderr = saved
    print(argv, "=>", result)
    for label, buf in (("stdout", out), ("stderr", err)):
        text = buf.getvalue()
        if text:
            print(f"[{label}]")
            print(text, end="")


for argv in (
    ["add", "widget", "5", "--tag", "red", "--tag=blue"],
    ["-vv", "--db", "x.db", "list", "--sort", "qty", "--limit", "3"],
    ["rm", "a", "b", "-f"],
    ["list", "--sort", "price"],
    ["add"],
    ["add", "gear", "many"],
    ["remove"],
    ["--bogus"],
    ["-h"],
    ["add", "-h"],
    [],
):
    run(argv)

# A flat parser with groups, mutually exclusive options and nargs variants.
p = argparse.ArgumentParser(prog="convert", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p.add_argument("inputs", nargs="+", help="input files")
p.add_argument("-o", "--output", default="-", help="output file")
fmt = p.add_mutually_exclusive_group()
fmt.add_argument("--json", action="store_true", help="emit JSON")
fmt.add_argument("--csv", action="store_true", help="emit CSV")
g = p.add_argument_group("tuning", "Options that control the conversion speed.")
g.add_argument("--size", nargs=2, type=int, metavar=("W", "H"), help="target size")
g.add_argument("--quality", type=float, default=0.8)
g.add_argument("--no-cache", dest="cache", action="store_false")
g.add_argument("--version", action="version", version="%(prog)s 2.1")
print(p.format_usage(), end="")
print(p.format_help(), end="")
print(p.parse_args(["a.png", "b.png", "--size", "10", "20", "--json"]))
print(p.parse_args(["x", "--no-cache", "--quality=0.5", "-o", "out"]))
print(p.parse_known_args(["x", "--extra", "1"]))
run_parser = p
for argv in (["x", "--json", "--csv"], ["x", "--size", "1"], ["--version"], ["x", "--qual", "2"]):
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        p.parse_args(argv)
    except SystemExit as e:
        code = e.code
    finally:
        sys.stdout, sys.stderr = saved
    print(argv, code, repr(out.getvalue()), repr(err.getvalue()))

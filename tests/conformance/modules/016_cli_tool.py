# A small CLI tool: parses sys.argv by hand, reads commands, reports errors on stderr.
import sys
import io

USAGE = "usage: tool [--upper] [--repeat N] WORD..."


def parse(argv):
    opts = {"upper": False, "repeat": 1, "words": []}
    it = iter(argv)
    for arg in it:
        if arg == "--upper":
            opts["upper"] = True
        elif arg == "--repeat":
            value = next(it, None)
            if value is None or not value.isdigit():
                raise ValueError(f"--repeat needs a number, got {value!r}")
            opts["repeat"] = int(value)
        elif arg.startswith("--"):
            raise ValueError(f"unknown option {arg}")
        else:
            opts["words"].append(arg)
    return opts


def run(argv, out):
    try:
        opts = parse(argv)
    except ValueError as e:
        print(f"tool: {e}", file=sys.stderr)
        return 2
    if not opts["words"]:
        print(USAGE, file=sys.stderr)
        return 2
    for _ in range(opts["repeat"]):
        text = " ".join(opts["words"])
        out.write((text.upper() if opts["upper"] else text) + "\n")
    return 0


print("program:", sys.argv[0], "args:", sys.argv[1:])
cases = [
    ["hello", "world"],
    ["--upper", "--repeat", "2", "shout"],
    ["--repeat", "x", "a"],
    ["--bogus"],
    [],
]
for case in cases:
    buf = io.StringIO()
    code = run(case, buf)
    print(f"{case!r} -> exit {code}: {buf.getvalue()!r}")

saved = sys.stdout
capture = io.StringIO()
sys.stdout = capture
code = run(["captured", "via", "stdout"], sys.stdout)
print("this line is captured too")
sys.stdout = saved
print("captured text:", capture.getvalue().splitlines())
print("write returns", sys.stdout.write("direct write\n"))
sys.stdout.flush()
sys.exit(run(["--repeat"], sys.stdout))

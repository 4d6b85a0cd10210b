#!/usr/bin/env python3
"""Regenerate conformance goldens by running CPython on every program.

For every program X.py under tests/conformance/<area>/ this writes
  X.out        exact stdout bytes
  X.meta.json  {"exit": code} plus "stderr_last" (last non-empty stderr line)
               when the program exits with a non-zero code and wrote to stderr.

Programs: every *.py in an area directory, except under imports/ where only
imports/<name>/main.py is a program (the other files are its modules).
Each program runs with cwd = its own directory and argv = [basename], exactly
like `python3 main.py` typed in that directory.

Usage: python3 tests/conformance/regen.py [substring ...]
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def find_programs():
    progs = []
    for dirpath, dirnames, filenames in os.walk(HERE):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        rel = os.path.relpath(dirpath, HERE)
        if rel == ".":
            continue
        parts = rel.split(os.sep)
        for name in sorted(filenames):
            if not name.endswith(".py"):
                continue
            if parts[0] == "imports":
                if len(parts) == 2 and name == "main.py":
                    progs.append(os.path.join(dirpath, name))
            else:
                progs.append(os.path.join(dirpath, name))
    return sorted(progs)


def last_line(text):
    lines = [l for l in text.replace("\r\n", "\n").split("\n") if l.strip()]
    return lines[-1] if lines else ""


def main():
    filters = sys.argv[1:]
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    count = 0
    for prog in find_programs():
        rel = os.path.relpath(prog, HERE)
        if filters and not any(f in rel for f in filters):
            continue
        d, base = os.path.split(prog)
        r = subprocess.run([sys.executable, base], cwd=d, env=env,
                           stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
        stem = prog[:-3]
        with open(stem + ".out", "wb") as f:
            f.write(r.stdout)
        meta = {"exit": r.returncode}
        err = r.stderr.decode("utf-8", "replace")
        if r.returncode != 0 and last_line(err):
            meta["stderr_last"] = last_line(err)
        elif r.returncode == 0 and err.strip():
            print(f"warning: {rel} wrote to stderr:\n{err}", file=sys.stderr)
        with open(stem + ".meta.json", "w", encoding="utf-8") as f:
            json.dump(meta, f, ensure_ascii=False)
            f.write("\n")
        count += 1
        if r.returncode != 0:
            print(f"{rel}: exit {r.returncode}: {meta.get('stderr_last', '')}")
    print(f"regenerated {count} goldens")


if __name__ == "__main__":
    main()

import json


def escape(s):
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20:
            out.append(f"\\u{ord(ch):04x}")
        elif ord(ch) > 0x7E:
            cp = ord(ch)
            if cp > 0xFFFF:
                cp -= 0x10000
                out.append(f"\\u{0xD800 + (cp >> 10):04x}\\u{0xDC00 + (cp & 0x3FF):04x}")
            else:
                out.append(f"\\u{cp:04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def dump(obj, indent=2, level=0, sort_keys=False):
    pad = " " * (indent * (level + 1))
    end = " " * (indent * level)
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, (int, float)):
        return repr(obj) if isinstance(obj, float) else str(obj)
    if isinstance(obj, str):
        return escape(obj)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        inner = (",\n").join(pad + dump(v, indent, level + 1, sort_keys) for v in obj)
        return "[\n" + inner + "\n" + end + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        keys = sorted(obj) if sort_keys else list(obj)
        inner = (",\n").join(f"{pad}{escape(str(k))}: {dump(obj[k], indent, level + 1, sort_keys)}" for k in keys)
        return "{\n" + inner + "\n" + end + "}"
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


samples = [
    {"name": "tauraro", "version": [0, 1, 0], "stable": False, "license": None},
    {"z": 1, "a": {"nested": [1, 2.5, {"deep": "yes"}], "empty": [], "obj": {}}, "m": "x"},
    ["tab\there", "quote\"s", "back\\slash", "newline\n", "ctrl\x01", "é", "🐍"],
    [1e100, -0.5, 10 ** 20, 0.1, 3.0],
    [],
    "just a string",
]
for s in samples:
    mine = dump(s, sort_keys=True)
    ref = json.dumps(s, indent=2, sort_keys=True)
    print(mine)
    print("matches json.dumps:", mine == ref)
for ind in (0, 4):
    print(dump({"k": [1, {"x": None}]}, indent=ind) == json.dumps({"k": [1, {"x": None}]}, indent=ind) or
          dump({"k": [1, {"x": None}]}, indent=ind))
try:
    dump({"bad": {1, 2}})
except TypeError as e:
    print("TypeError:", e)

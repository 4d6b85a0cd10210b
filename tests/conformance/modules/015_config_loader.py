# A config loader: defaults merged with JSON files found on disk, validated, and saved back.
import json
import os
import sys

BASE = os.path.join("/tmp", "tauraro_cfg_%d" % os.getpid())

DEFAULTS = {
    "server": {"host": "127.0.0.1", "port": 8080, "debug": False},
    "paths": {"data": "data", "logs": "logs"},
    "features": ["search"],
}


def deep_merge(base, extra):
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = deep_merge(out[key], value)
        else:
            out[key] = value
    return out


def load_file(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except FileNotFoundError as e:
        print(f"missing: {os.path.basename(e.filename)} (errno {e.errno})")
        return {}
    except json.JSONDecodeError as e:
        print(f"bad json in {os.path.basename(path)}: {e.msg} at line {e.lineno} col {e.colno}")
        return {}


def validate(cfg):
    errors = []
    port = cfg["server"]["port"]
    if not isinstance(port, int) or not 0 < port < 65536:
        errors.append(f"server.port out of range: {port!r}")
    for name, rel in sorted(cfg["paths"].items()):
        if os.path.isabs(rel):
            errors.append(f"paths.{name} must be relative: {rel}")
    return errors


os.makedirs(os.path.join(BASE, "conf.d"), exist_ok=True)
files = {
    "00-base.json": {"server": {"port": 9000}, "features": ["search", "export"]},
    "10-local.json": '{"server": {"debug": true, "host": "0.0.0.0"}, "paths": {"logs": "/var/log/app"}}',
    "20-broken.json": '{"server": {"port": 80,}}',
    "30-unicode.json": {"title": "Café ☕", "server": {"port": 70000}},
}
for name, content in files.items():
    with open(os.path.join(BASE, "conf.d", name), "w", encoding="utf-8") as f:
        if isinstance(content, str):
            f.write(content)
        else:
            json.dump(content, f, indent=2)

cfg = DEFAULTS
for name in sorted(os.listdir(os.path.join(BASE, "conf.d"))):
    if not name.endswith(".json"):
        continue
    data = load_file(os.path.join(BASE, "conf.d", name))
    print(f"{name}: {len(data)} top-level keys")
    cfg = deep_merge(cfg, data)
load_file(os.path.join(BASE, "conf.d", "99-missing.json"))

print(json.dumps(cfg, indent=2, sort_keys=True))
print(json.dumps(cfg["title"]), json.dumps(cfg["title"], ensure_ascii=False))
for err in validate(cfg):
    print("error:", err)

out = os.path.join(BASE, "effective.json")
with open(out, "w", encoding="utf-8") as f:
    json.dump(cfg, f, separators=(",", ":"), sort_keys=True)
size = os.path.getsize(out)
with open(out, encoding="utf-8") as f:
    again = json.load(f)
print("round trip equal:", again == cfg, "bytes:", size)

for name in os.listdir(os.path.join(BASE, "conf.d")):
    os.remove(os.path.join(BASE, "conf.d", name))
os.rmdir(os.path.join(BASE, "conf.d"))
os.remove(out)
os.rmdir(BASE)
print("cleaned:", not os.path.exists(BASE))
sys.exit(1 if validate(cfg) else 0)

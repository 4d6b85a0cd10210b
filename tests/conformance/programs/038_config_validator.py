import json

SCHEMA = {
    "type": "object",
    "required": ["name", "port", "workers"],
    "properties": {
        "name": {"type": "string", "minLength": 3},
        "port": {"type": "integer", "min": 1, "max": 65535},
        "debug": {"type": "boolean"},
        "workers": {"type": "integer", "min": 1, "max": 64},
        "hosts": {"type": "array", "items": {"type": "string", "minLength": 1}},
        "limits": {
            "type": "object",
            "required": ["rps"],
            "properties": {"rps": {"type": "number", "min": 0}, "burst": {"type": "integer", "min": 0}},
        },
        "mode": {"enum": ["dev", "prod", "test"]},
    },
}

TYPES = {"string": str, "integer": int, "number": (int, float), "boolean": bool,
         "array": list, "object": dict}


def validate(value, schema, path="$"):
    errors = []
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{path}: {value!r} not one of {schema['enum']}")
    t = schema.get("type")
    if t:
        ok = isinstance(value, TYPES[t])
        if t in ("integer", "number") and isinstance(value, bool):
            ok = False
        if not ok:
            return errors + [f"{path}: expected {t}, got {type(value).__name__}"]
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "min" in schema and value < schema["min"]:
            errors.append(f"{path}: {value} < min {schema['min']}")
        if "max" in schema and value > schema["max"]:
            errors.append(f"{path}: {value} > max {schema['max']}")
    if isinstance(value, str) and len(value) < schema.get("minLength", 0):
        errors.append(f"{path}: string shorter than {schema['minLength']}")
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            errors += validate(item, schema["items"], f"{path}[{i}]")
    if isinstance(value, dict):
        for key in schema.get("required", []):
            if key not in value:
                errors.append(f"{path}: missing required key '{key}'")
        props = schema.get("properties", {})
        for key, v in value.items():
            if key in props:
                errors += validate(v, props[key], f"{path}.{key}")
            elif props:
                errors.append(f"{path}: unknown key '{key}'")
    return errors


def apply_defaults(cfg):
    out = {"debug": False, "mode": "dev", "hosts": ["localhost"]}
    out.update(cfg)
    out.setdefault("limits", {"rps": 100})
    out["limits"] = {"burst": 0, **out["limits"]}
    return out


configs = [
    '{"name": "api", "port": 8080, "workers": 4}',
    '{"name": "ap", "port": 70000, "workers": 0, "debug": "yes"}',
    '{"name": "svc", "port": 443, "workers": 8, "hosts": ["a.io", "", 5], "mode": "staging"}',
    '{"name": "svc", "port": true, "workers": 2.5, "limits": {"burst": -1}, "extra": 1}',
    '{"name": "ok", "port": 1, "workers": 64, "limits": {"rps": 2.5}, "mode": "prod"}',
    '{"name": "broken", "port": 80,}',
    '[1, 2, 3]',
]
for i, text in enumerate(configs, 1):
    print(f"config {i}:")
    try:
        cfg = json.loads(text)
    except json.JSONDecodeError as e:
        print(f"  invalid JSON: {e}")
        continue
    errs = validate(cfg, SCHEMA)
    if errs:
        for e in errs:
            print("  -", e)
    else:
        print("  valid ->", json.dumps(apply_defaults(cfg), sort_keys=True))

messages = [
    {"kind": "user", "data": {"name": "ann", "roles": ["admin"]}},
    {"kind": "user", "data": {"name": "bob", "roles": []}},
    {"kind": "order", "data": {"id": 7, "items": [("apple", 2), ("pear", 1)]}},
    {"kind": "order", "data": {"id": 8, "items": []}},
    {"kind": "ping"},
    ["not", "a", "dict"],
]
for msg in messages:
    match msg:
        case {"kind": "user", "data": {"name": name, "roles": ["admin", *_]}}:
            print(f"admin user {name}")
        case {"kind": "user", "data": {"name": name}}:
            print(f"plain user {name}")
        case {"kind": "order", "data": {"id": oid, "items": []}}:
            print(f"empty order {oid}")
        case {"kind": "order", "data": {"id": oid, "items": [(first, qty), *more]}}:
            print(f"order {oid}: first {first} x{qty}, {len(more)} more")
        case {"kind": kind}:
            print(f"unhandled kind {kind}")
        case [*words]:
            print("list:", " ".join(words))

import json
s = '{"a": 1, "b": [true, false, null], "c": {"d": "e"}, "f": 1.5, "g": -2e3, "h": "\\u00e9\\n"}'
obj = json.loads(s)
print(obj)
print(type(obj["a"]).__name__, type(obj["f"]).__name__, type(obj["g"]).__name__)
print(obj["h"])
print(json.loads("[1, 2, 3]"), json.loads('"str"'), json.loads("null"), json.loads("12"))
print(json.loads(json.dumps({"round": [1, "trip", None]})))
print(json.loads('{"dup": 1, "dup": 2}'))
print(json.loads('  {"spaced" :  [ 1 , 2 ] }  '))
print(json.loads('"\\ud83d\\udc0d"'))
print(json.loads("123456789012345678901234567890"))
for bad in ['{"a": 1,}', "[1 2]", "{'single': 1}", '{"a" 1}', "tru", "[1, 2", '"unterminated']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r}: {e}")

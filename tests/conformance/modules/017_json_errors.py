# Decoding errors: every message and position exactly like CPython.
import json

docs = [
    "", "   ", "[1, 2", "[1, 2,]", '{"a": 1,}', '{"a" 1}', "{'a': 1}", '{"a": 1 "b": 2}',
    '"unterminated', '"bad \\q escape"', '"\\u12G4"', '"tab\there"', "[1] [2]", "01", "-", "tru",
    '{\n  "name": "x",\n  "list": [1, 2,\n    ]\n}', '["caf\u00e9", "\U0001F40D", oops]', "nan", "[-Infinity, NaN]",
]
for doc in docs:
    try:
        value = json.loads(doc)
        print("ok:", repr(value))
    except json.JSONDecodeError as e:
        print(f"{e.msg!r:50} pos={e.pos} line={e.lineno} col={e.colno}")
        print("   ", e)

print(json.loads('"tab\there"', strict=False))
print(json.loads("123456789012345678901234567890"), json.loads("1e400"), json.loads("-0.0"), json.loads("2.50"))
print(json.loads('{"a": [1, {"b": null}], "a": "dup"}'))
print(json.loads(b'{"bytes": "\xe2\x9c\x93"}'))
print(json.loads('[1.5, 2]', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('{"x": {"y": 1}}', object_hook=lambda d: {k.upper(): v for k, v in d.items()}))
for bad in [None, 12, [1]]:
    try:
        json.loads(bad)
    except TypeError as e:
        print("TypeError:", e)
decoder = json.JSONDecoder()
print(decoder.raw_decode('{"k": 1} trailing'))
err = json.JSONDecodeError("custom", "line one\nline two", 12)
print(err, err.lineno, err.colno, isinstance(err, ValueError))

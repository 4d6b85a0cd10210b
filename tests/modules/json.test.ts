import { test } from "node:test";
import assert from "node:assert/strict";
import { mod, call, list, dict, tuple, pyError, None, repr } from "./helpers.js";
import { pyFloat, PyDict, PyList, setFrom } from "../../src/lang/runtime/index.js";

const json = mod("json");

test("dumps: scalars, containers, separators, indent", () => {
  assert.equal(json.dumps(list(1, pyFloat(2), 0.5, true, None, "x")), '[1, 2.0, 0.5, true, null, "x"]');
  assert.equal(json.dumps(dict({ a: 1, b: list() })), '{"a": 1, "b": []}');
  assert.equal(call(json.dumps, [dict({ a: list(1, 2) })], { indent: 2 }), '{\n  "a": [\n    1,\n    2\n  ]\n}');
  assert.equal(call(json.dumps, [dict({ b: 1, a: 2 })], { sort_keys: true, separators: tuple(",", ":") }), '{"a":2,"b":1}');
  assert.equal(json.dumps(tuple(1, 2)), "[1, 2]");
  assert.equal(json.dumps(12345678901234567890n), "12345678901234567890");
});

test("dumps: string escaping with and without ensure_ascii", () => {
  assert.equal(json.dumps('q"b\\n\n\t\u0001'), '"q\\"b\\\\n\\n\\t\\u0001"');
  assert.equal(json.dumps("é🐍"), '"\\u00e9\\ud83d\\udc0d"');
  assert.equal(call(json.dumps, ["é🐍\u007f"], { ensure_ascii: false }), '"é🐍\u007f"');
  assert.equal(json.dumps("\u007f"), '"\\u007f"');
});

test("dumps: special floats, non-str keys, errors", () => {
  assert.equal(json.dumps(list(NaN, Infinity, -Infinity)), "[NaN, Infinity, -Infinity]");
  assert.equal(pyError(() => call(json.dumps, [NaN], { allow_nan: false })), "ValueError: Out of range float values are not JSON compliant");
  const d = new PyDict();
  d.m.set(1, "i");
  d.m.set(None, "n");
  assert.equal(json.dumps(d), '{"1": "i", "null": "n"}');
  const l = list(1);
  l.a.push(l);
  assert.equal(pyError(() => json.dumps(l)), "ValueError: Circular reference detected");
  assert.equal(pyError(() => json.dumps(setFrom([1]))), "TypeError: Object of type set is not JSON serializable");
});

test("loads: values and exact error messages", () => {
  const v = json.loads('{"a": [1, 2.5, "x", true, null], "b": {}}');
  assert.ok(v instanceof PyDict);
  assert.equal(repr(v), "{'a': [1, 2.5, 'x', True, None], 'b': {}}");
  assert.equal(json.loads("123456789012345678901234567890"), 123456789012345678901234567890n);
  assert.equal(repr(json.loads("1.0")), "1.0");
  assert.ok(json.loads("[]") instanceof PyList);
  const err = (s: string) => pyError(() => json.loads(s));
  assert.equal(err(""), "JSONDecodeError: Expecting value: line 1 column 1 (char 0)");
  assert.equal(err("[1,]"), "JSONDecodeError: Expecting value: line 1 column 4 (char 3)");
  assert.equal(err('{"a":1,}'), "JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 8 (char 7)");
  assert.equal(err('{"a" 1}'), "JSONDecodeError: Expecting ':' delimiter: line 1 column 6 (char 5)");
  assert.equal(err("[1 2]"), "JSONDecodeError: Expecting ',' delimiter: line 1 column 4 (char 3)");
  assert.equal(err('"abc'), "JSONDecodeError: Unterminated string starting at: line 1 column 1 (char 0)");
  assert.equal(err('"a\u0001"'), "JSONDecodeError: Invalid control character at: line 1 column 3 (char 2)");
  assert.equal(err("1 2"), "JSONDecodeError: Extra data: line 1 column 3 (char 2)");
  assert.equal(err('"🐍" x'), "JSONDecodeError: Extra data: line 1 column 5 (char 4)");
  assert.equal(err("[\n1,\n]"), "JSONDecodeError: Expecting value: line 3 column 1 (char 5)");
});

test("loads: hooks", () => {
  const r = call(json.loads, ['{"a": 1.5, "b": 2}'], { parse_float: (s: string) => "F" + s, parse_int: (s: string) => "I" + s });
  assert.equal(repr(r), "{'a': 'F1.5', 'b': 'I2'}");
  const pairs = call(json.loads, ['{"b": 1, "a": 2}'], { object_pairs_hook: (p: any) => p });
  assert.equal(repr(pairs), "[('b', 1), ('a', 2)]");
});

test("dumps/loads round trip of a large payload is fast", () => {
  const items: any[] = [];
  for (let i = 0; i < 20000; i++) items.push(dict({ id: i, name: `item ${i}`, price: i * 1.25, tags: list("a", "b") }));
  const t0 = performance.now();
  const s = json.dumps(list(...items));
  const back = json.loads(s);
  const ms = performance.now() - t0;
  assert.equal((back as PyList).a.length, 20000);
  assert.ok(ms < 2000, `took ${ms}ms`);
});

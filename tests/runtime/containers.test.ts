import { test } from "node:test";
import assert from "node:assert/strict";
import { b, bkw, m, mkw, r, s, f, raises, list, tuple, newDict, B } from "./helpers.js";
import { setitem, delitem, getitem, PySlice, None, getattr, setattr, callv } from "../../src/lang/runtime/index.js";

const sl = (a: any, c: any, d: any = None) => new PySlice(a, c, d);

test("list methods and errors", () => {
  const a = list(3, 1, 2);
  m(a, "append", 4);
  m(a, "insert", 0, 0);
  assert.equal(r(a), "[0, 3, 1, 2, 4]");
  assert.equal(m(a, "pop"), 4);
  assert.equal(m(a, "index", 1), 2);
  raises(() => m(a, "index", 42), "ValueError", "42 is not in list");
  raises(() => m(a, "remove", 42), "ValueError", "list.remove(x): x not in list");
  raises(() => m(list(), "pop"), "IndexError", "pop from empty list");
  raises(() => m(list(1), "pop", 5), "IndexError", "pop index out of range");
  const x = list(1);
  m(x, "append", x);
  assert.equal(r(x), "[1, [...]]");
});

test("list slicing assignment", () => {
  const a = b("list", b("range", 10));
  setitem(a, sl(2, 5), list("a"));
  assert.equal(r(a), "[0, 1, 'a', 5, 6, 7, 8, 9]");
  raises(() => setitem(a, sl(None, None, 2), list(1)), "ValueError", "attempt to assign sequence of size 1 to extended slice of size 4");
  raises(() => setitem(a, sl(1, 2), 5), "TypeError", "can only assign an iterable");
  delitem(a, sl(None, None, 2));
  assert.equal(r(a), "[1, 5, 7, 9]");
  raises(() => getitem(a, "x"), "TypeError", "list indices must be integers or slices, not str");
});

test("sort is stable, uses <, reports mixed types", () => {
  const a = list(tuple(1, "b"), tuple(0, "c"), tuple(1, "a"));
  m(a, "sort");
  assert.equal(r(a), "[(0, 'c'), (1, 'a'), (1, 'b')]");
  const w = list("bb", "a", "ccc", "dd");
  mkw(w, "sort", [], { key: B.len, reverse: true });
  assert.equal(r(w), "['ccc', 'bb', 'dd', 'a']");
  raises(() => b("sorted", list(1, "a")), "TypeError", "'<' not supported between instances of 'str' and 'int'");
  assert.equal(r(bkw("sorted", [list(3, 1, 2)], { reverse: true })), "[3, 2, 1]");
});

test("tuple", () => {
  assert.equal(r(tuple(1)), "(1,)");
  assert.equal(r(m(tuple(1, 2), "__add__", tuple(3))), "(1, 2, 3)");
  raises(() => m(tuple(1), "index", 5), "ValueError", "tuple.index(x): x not in tuple");
  assert.equal(m(tuple(1, 2), "__lt__", tuple(1, 3)), true);
});

test("dict methods, views, errors", () => {
  const d = newDict([["a", 1], ["b", 2]]);
  assert.equal(r(m(d, "keys")), "dict_keys(['a', 'b'])");
  assert.equal(r(m(d, "items")), "dict_items([('a', 1), ('b', 2)])");
  assert.equal(r(m(m(d, "keys"), "__and__", list("a"))), "{'a'}");
  assert.equal(m(d, "setdefault", "c", 3), 3);
  raises(() => m(d, "pop", "zz"), "KeyError", "'zz'");
  raises(() => m(newDict(), "popitem"), "KeyError", "'popitem(): dictionary is empty'");
  assert.equal(r(bkw("dict", [list(tuple("x", 1))], { y: 2 })), "{'x': 1, 'y': 2}");
  raises(() => b("dict", list(1)), "TypeError", "cannot convert dictionary update sequence element #0 to a sequence");
  raises(() => b("dict", list(tuple(1, 2, 3))), "ValueError", "dictionary update sequence element #0 has length 3; 2 is required");
  assert.equal(r(m(B.dict, "fromkeys", "ab", 0)), "{'a': 0, 'b': 0}");
  assert.equal(r(m(d, "__or__", newDict([["z", 0]]))), "{'a': 1, 'b': 2, 'c': 3, 'z': 0}");
});

test("obj.__dict__ writes through to the instance", () => {
  const A = b("type", "A", tuple(), newDict());
  const inst = callv(A, []);
  const d = getattr(inst, "__dict__");
  setitem(d, "w", 9);
  assert.equal(getattr(inst, "w"), 9);
  setattr(inst, "v", 3);
  assert.equal(r(d), "{'w': 9, 'v': 3}");
  m(d, "pop", "w");
  assert.equal(b("hasattr", inst, "w"), false);
  mkw(d, "update", [], { z: 1 });
  assert.equal(getattr(inst, "z"), 1);
});

test("sets: CPython order, operations, errors", () => {
  assert.equal(r(b("set", list(3, 1, 2, 10, 8))), "{1, 2, 3, 8, 10}");
  assert.equal(r(b("set")), "set()");
  assert.equal(r(b("frozenset", list(1))), "frozenset({1})");
  const st = b("set", list(1, 2, 3, 5));
  assert.equal(r(m(st, "union", list(1000), b("set", list(2000)))), "{1, 2, 3, 5, 1000, 2000}");
  assert.equal(r(m(st, "intersection", b("set", list(1, 3)), list(3))), "{3}");
  raises(() => m(b("set"), "pop"), "KeyError", "'pop from an empty set'");
  raises(() => m(st, "remove", 99), "KeyError", "99");
  assert.equal(m(b("set", list(1, 2)), "__le__", st), true);
  assert.equal(r(m(b("frozenset", list(1)), "__or__", b("set", list(2)))), "frozenset({1, 2})");
  raises(() => b("set", list(list(1))), "TypeError", "unhashable type: 'list'");
});

test("range and slice", () => {
  assert.equal(r(b("range", 1, 10, 2)), "range(1, 10, 2)");
  assert.equal(r(getitem(b("range", 10), sl(2, 8, 2))), "range(2, 8, 2)");
  assert.equal(s(getitem(b("range", b("pow", 2, 100)), b("pow", 2, 99))), "633825300114114700748351602688");
  raises(() => b("range", 1, 2, 0), "ValueError", "range() arg 3 must not be zero");
  raises(() => b("range", f(1.5)), "TypeError", "'float' object cannot be interpreted as an integer");
  assert.equal(r(m(b("slice", 1, 10, 2), "indices", 5)), "(1, 5, 2)");
  assert.equal(r(b("slice", 5)), "slice(None, 5, None)");
});

test("bytes and bytearray", () => {
  assert.equal(r(b("bytes", list(65, 66))), "b'AB'");
  assert.equal(r(m(b("bytes", "hé", "utf-8"), "hex")), "'68c3a9'");
  assert.equal(r(m(B.bytes, "fromhex", "de ad")), "b'\\xde\\xad'");
  assert.equal(r(m(b("bytes", list(97, 32, 98)), "split")), "[b'a', b'b']");
  raises(() => m(b("bytes", list(255)), "decode"), "UnicodeDecodeError", "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
  const ba = b("bytearray", b("bytes", list(97, 98)));
  m(ba, "append", 99);
  assert.equal(r(ba), "bytearray(b'abc')");
  raises(() => b("bytes", "x"), "TypeError", "string argument without an encoding");
});

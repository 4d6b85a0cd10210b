import { test } from "node:test";
import assert from "node:assert/strict";
import { b, bkw, m, mkw, r, s, f, raises, list, tuple, newDict, B } from "./helpers.js";
import { getattr, None } from "../../src/lang/runtime/index.js";

test("str methods through the method table", () => {
  assert.equal(r(m("a,b,c", "split", ",")), "['a', 'b', 'c']");
  assert.equal(m("-", "join", list("a", "b")), "a-b");
  raises(() => m("-", "join", list(1)), "TypeError", "sequence item 0: expected str instance, int found");
  assert.equal(mkw("{} {x}", "format", [1], { x: 2 }), "1 2");
  assert.equal(m("%d %s", "__mod__", tuple(5, "x")), "5 x");
  assert.equal(m("%(a)s", "__mod__", newDict([["a", 1]])), "1");
  assert.equal(m("abc", "__getitem__", -1), "c");
  assert.equal(r(m("héllo", "encode")), "b'h\\xc3\\xa9llo'");
  raises(() => m("é", "encode", "ascii"), "UnicodeEncodeError", "'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)");
  assert.equal(m("ab", "__mul__", 3), "ababab");
  assert.equal(r(m(B.str, "maketrans", "ab", "xy")), "{97: 120, 98: 121}");
  assert.equal(m("abc", "translate", m(B.str, "maketrans", "ab", "xy")), "xyc");
  raises(() => m("a", "startswith", 1), "TypeError", "startswith first arg must be str or a tuple of str, not int");
});

test("builtins: print helpers, min/max, sum, zip strict, isinstance", () => {
  assert.equal(b("max", 3, 9, 2), 9);
  assert.equal(bkw("min", [list()], { default: 0 }), 0);
  raises(() => b("max", list()), "ValueError", "max() arg is an empty sequence");
  assert.equal(r(b("sum", list(f(0.1), f(0.2)))), "0.30000000000000004");
  raises(() => b("sum", list("a"), ""), "TypeError", "sum() can't sum strings [use ''.join(seq) instead]");
  raises(() => b("list", bkw("zip", [list(1), list(1, 2)], { strict: true })), "ValueError", "zip() argument 2 is longer than argument 1");
  assert.equal(b("isinstance", 1, tuple(B.str, tuple(B.int))), true);
  assert.equal(b("issubclass", B.bool, B.int), true);
  raises(() => b("isinstance", 1, 1), "TypeError", "isinstance() arg 2 must be a type, a tuple of types, or a union");
  assert.equal(b("ascii", "é€"), "'\\xe9\\u20ac'");
  raises(() => b("ord", "ab"), "TypeError", "ord() expected a character, but string of length 2 found");
  raises(() => b("chr", -1), "ValueError", "chr() arg not in range(0x110000)");
  assert.equal(b("next", b("iter", list()), "d"), "d");
  raises(() => b("next", b("iter", list())), "StopIteration");
  raises(() => b("next", list()), "TypeError", "'list' object is not an iterator");
  assert.equal(r(b("list", b("enumerate", "ab", 1))), "[(1, 'a'), (2, 'b')]");
  assert.equal(r(b("list", b("reversed", "abc"))), "['c', 'b', 'a']");
  assert.equal(b("getattr", 1, "zz", "dflt"), "dflt");
  assert.equal(r(b("dir", B.object)).includes("'__repr__'"), true);
});

test("exceptions: str, repr, attributes", () => {
  assert.equal(r(b("ValueError", "x")), "ValueError('x')");
  assert.equal(s(b("ValueError", 1, 2)), "(1, 2)");
  assert.equal(s(b("KeyError", "k")), "'k'");
  const e = b("OSError", 2, "No such file or directory", "x");
  assert.equal(s(e), "[Errno 2] No such file or directory: 'x'");
  assert.equal(b("type", e).$name, "FileNotFoundError");
  assert.equal(r(getattr(e, "args")), "(2, 'No such file or directory')");
  assert.equal(getattr(b("StopIteration", 5), "value"), 5);
  assert.equal(r(getattr(b("SystemExit"), "code")), "None");
  assert.equal(s(b("SyntaxError", "bad", tuple("f.py", 3, 4, "x"))), "bad (f.py, line 3)");
  raises(() => bkw("ValueError", [], { x: 1 }), "TypeError", "ValueError() takes no keyword arguments");
  const eg = b("ExceptionGroup", "grp", list(b("KeyError", "k")));
  assert.equal(s(eg), "grp (1 sub-exception)");
  const ve = b("ValueError", "v");
  m(ve, "add_note", "n");
  assert.equal(r(getattr(ve, "__notes__")), "['n']");
});

test("functions, methods, property, reprs", () => {
  assert.equal(r(B.len), "<built-in function len>");
  assert.equal(r(getattr(list(), "append")).startsWith("<built-in method append of list object at 0x"), true);
  const p = b("property", B.len);
  assert.equal(r(getattr(p, "fget")), "<built-in function len>");
  const p2 = m(p, "setter", B.repr);
  assert.equal(getattr(p2, "fset"), B.repr);
  assert.equal(r(None), "None");
  assert.equal(r(b("type", b("iter", list()))), "<class 'list_iterator'>");
  assert.equal(getattr(b("staticmethod", B.len), "__func__"), B.len);
});

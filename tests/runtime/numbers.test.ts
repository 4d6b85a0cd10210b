import { test } from "node:test";
import assert from "node:assert/strict";
import { b, bkw, m, r, s, f, raises, list, tuple, getattr, B } from "./helpers.js";

test("int() parsing and conversion", () => {
  assert.equal(b("int", "ff", 16), 255);
  assert.equal(b("int", " 42 "), 42);
  assert.equal(b("int", f(3.9)), 3);
  assert.equal(b("int", "1_000"), 1000);
  assert.equal(b("int", "0b101", 0), 5);
  assert.equal(b("int", "１２３"), 123);
  assert.equal(r(b("int", "9".repeat(30))), "9".repeat(30));
  raises(() => b("int", "abc"), "ValueError", "invalid literal for int() with base 10: 'abc'");
  raises(() => b("int", "010", 0), "ValueError", "invalid literal for int() with base 0: '010'");
  raises(() => b("int", list()), "TypeError", "int() argument must be a string, a bytes-like object or a real number, not 'list'");
  raises(() => b("int", 5, 10), "TypeError", "int() can't convert non-string with explicit base");
  raises(() => b("int", f(Infinity)), "OverflowError", "cannot convert float infinity to integer");
});

test("float() parsing, repr, hex", () => {
  assert.equal(r(b("float", "inf")), "inf");
  assert.equal(r(b("float", " 1e5 ")), "100000.0");
  assert.equal(r(b("float", "-0")), "-0.0");
  raises(() => b("float", "1..2"), "ValueError", "could not convert string to float: '1..2'");
  assert.equal(m(f(1.5), "hex"), "0x1.8000000000000p+0");
  assert.equal(r(m(B.float, "fromhex", "0x1.8p1")), "3.0");
  assert.equal(r(m(f(0.25), "as_integer_ratio")), "(1, 4)");
  assert.equal(m(f(4), "is_integer"), true);
});

test("int methods", () => {
  assert.equal(m(255, "bit_length"), 8);
  assert.equal(m(7, "bit_count"), 3);
  assert.equal(r(m(1024, "to_bytes", 2, "big")), "b'\\x04\\x00'");
  assert.equal(r(bkw("int", [], {})), "0");
  assert.equal(m(B.int, "from_bytes", m(1024, "to_bytes", 2, "little"), "little"), 1024);
  raises(() => m(256, "to_bytes", 1, "big"), "OverflowError", "int too big to convert");
  assert.equal(r(getattr(5, "denominator")), "1");
});

test("round, divmod, pow, abs, hex/oct/bin", () => {
  assert.equal(b("round", f(2.5)), 2);
  assert.equal(b("round", f(3.5)), 4);
  assert.equal(r(b("round", f(2.675), 2)), "2.67");
  assert.equal(b("round", 1250, -2), 1200);
  assert.equal(b("round", 1350, -2), 1400);
  assert.equal(r(b("divmod", -7, 2)), "(-4, 1)");
  assert.equal(b("pow", 2, -1, 7), 4);
  assert.equal(r(b("abs", f(-2.5))), "2.5");
  assert.equal(b("hex", -255), "-0xff");
  assert.equal(b("bin", 5), "0b101");
  assert.equal(b("oct", 8), "0o10");
  raises(() => b("abs", "x"), "TypeError", "bad operand type for abs(): 'str'");
  raises(() => b("divmod", "a", 1), "TypeError", "unsupported operand type(s) for divmod(): 'str' and 'int'");
});

test("numeric dunders return NotImplemented for other types", () => {
  assert.equal(r(m(1, "__add__", "x")), "NotImplemented");
  assert.equal(r(m(1, "__add__", f(1.5))), "NotImplemented");
  assert.equal(r(m(f(2.5), "__radd__", 1)), "3.5");
  assert.equal(m(true, "__and__", false), false);
  assert.equal(r(m(true, "__and__", 3)), "1");
});

test("hash() matches CPython", () => {
  assert.equal(s(b("hash", f(1.5))), "1152921504606846977");
  assert.equal(b("hash", -1), -2);
  assert.equal(s(b("hash", tuple(1, 2))), "-3550055125485641917");
  assert.equal(s(b("hash", b("frozenset", list(1, 2, 3)))), "-272375401224217160");
  assert.equal(s(b("hash", "a")), "4644417185603328019");
});

test("complex", () => {
  assert.equal(r(b("complex", 1, 2)), "(1+2j)");
  assert.equal(r(b("complex", "3-4j")), "(3-4j)");
  assert.equal(r(b("complex", 0, -1)), "-1j");
  raises(() => b("complex", "x"), "ValueError", "complex() arg is a malformed string");
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { mod, call, list, tuple, pyError, repr } from "./helpers.js";
import { pyFloat } from "../../src/lang/runtime/index.js";

const math = mod("math");

test("errors use CPython's messages", () => {
  assert.equal(pyError(() => math.sqrt(-1)), "ValueError: math domain error");
  assert.equal(pyError(() => math.log(0)), "ValueError: math domain error");
  assert.equal(pyError(() => math.exp(1000)), "OverflowError: math range error");
  assert.equal(pyError(() => math.pow(0, -1)), "ValueError: math domain error");
  assert.equal(pyError(() => math.factorial(-1)), "ValueError: factorial() not defined for negative values");
  assert.equal(pyError(() => math.factorial(2.5)), "TypeError: 'float' object cannot be interpreted as an integer");
  assert.equal(pyError(() => math.floor(NaN)), "ValueError: cannot convert float NaN to integer");
  assert.equal(pyError(() => math.ceil(pyFloat(Infinity))), "OverflowError: cannot convert float infinity to integer");
  assert.equal(pyError(() => math.sqrt("x")), "TypeError: must be real number, not str");
});

test("exact integer functions", () => {
  assert.equal(math.factorial(25), 15511210043330985984000000n);
  assert.equal(math.comb(100, 50), 100891344545564193334812497256n);
  assert.equal(math.perm(5, 2), 20);
  assert.equal(call(math.gcd, [12, 18, 30]), 6);
  assert.equal(call(math.lcm, [4, 6, 10]), 60);
  assert.equal(math.isqrt(10n ** 40n), 100000000000000000000n);
  assert.equal(math.isqrt(15), 3);
  assert.equal(math.floor(2.5), 2);
  assert.equal(math.floor(pyFloat(1e20)), 100000000000000000000n);
  assert.equal(math.trunc(-2.5), -2);
});

test("float functions and special values", () => {
  assert.equal(repr(math.sqrt(2)), "1.4142135623730951");
  assert.equal(repr(math.fsum(list(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1))), "1.0");
  assert.equal(repr(call(math.hypot, [3, 4])), "5.0");
  assert.equal(repr(math.dist(tuple(0, 0), tuple(3, 4))), "5.0");
  assert.equal(repr(math.pow(1, NaN)), "1.0");
  assert.equal(repr(math.copysign(1, pyFloat(-0))), "-1.0");
  assert.equal(repr(math.frexp(8)), "(0.5, 4)");
  assert.equal(repr(math.ldexp(0.5, 4)), "8.0");
  assert.equal(repr(math.modf(-3.5)), "(-0.5, -3.0)");
  assert.equal(repr(math.gamma(5)), "24.0");
  assert.equal(repr(math.log(8, 2)), "3.0");
  assert.equal(repr(math.log10(10n ** 500n)), "500.0");
  assert.equal(repr(math.nextafter(1, 2)), "1.0000000000000002");
  assert.equal(call(math.isclose, [1, 1.0000000001]), true);
});

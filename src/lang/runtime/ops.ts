/**
 * The protocols generated code uses on every value: truth, str/repr, ==/</hash, arithmetic
 * with dunder dispatch, subscripts, `in`, len. Fast paths first, the general protocol after.
 */
import {
  None,
  NotImplemented,
  PyDict,
  PyFloat,
  PyInstance,
  PyFrozenSet,
  PyList,
  PyObject,
  PySet,
  PySlice,
  PyTuple,
  PyType,
  PyRange,
  PyBytes,
  PyByteArray,
  PyClassMethod,
} from "./objects.js";
import { T, typeOf, isSubtype, EPOCH } from "./types.js";
import { keyError, raise, typeError, indexError } from "./errors.js";
import { call1, call2, callv, type MethodCache } from "./call.js";
import {
  NI,
  MAXS,
  normBig,
  numAdd,
  numSub,
  numMul,
  numTrueDiv,
  numFloorDiv,
  numMod,
  numPow,
  numLshift,
  numRshift,
  numAnd,
  numOr,
  numXor,
  numEq,
  numCmp,
  numNeg,
  numPos,
  numInvert,
  hashInt,
  hashFloat,
  pyFloat,
  floatPow,
} from "./numbers.js";
import { dictGet, keyHooks } from "./keys.js";
import { floatRepr, strRepr, cpLen, cpAt } from "./strings/index.js";

// ---- truth ----

export function truthy(x: any): boolean {
  switch (typeof x) {
    case "boolean":
      return x;
    case "number":
      return x !== 0;
    case "string":
      return x.length !== 0;
    case "bigint":
      return x !== 0n;
    case "function":
      return true;
  }
  if (x === None) return false;
  if (x instanceof PyList || x instanceof PyTuple) return x.a.length !== 0;
  if (x instanceof PyDict || x instanceof PySet) {
    if (!(x as PyObject).$cls.$user) return x.m.size !== 0;
  }
  return truthySlow(x);
}

function truthySlow(x: any): boolean {
  const t: PyType = x.$cls;
  const b = t.$L.__bool__;
  if (b !== undefined) {
    const r = call1(b, x);
    if (typeof r !== "boolean") typeError(`__bool__ should return bool, returned ${typeOf(r).$name}`);
    return r;
  }
  const l = t.$L.__len__;
  if (l !== undefined) return truthy(call1(l, x));
  return true;
}

// ---- str / repr ----

export function repr(x: any): string {
  switch (typeof x) {
    case "number":
      return Number.isInteger(x) ? String(x) : floatRepr(x);
    case "string":
      return strRepr(x);
    case "boolean":
      return x ? "True" : "False";
    case "bigint":
      return bigToStr(x);
  }
  if (x === None) return "None";
  if (x instanceof PyFloat) return floatRepr(x.v);
  const f = typeOf(x).$L.__repr__;
  const r = call1(f, x);
  if (typeof r !== "string") typeError(`__repr__ returned non-string (type ${typeOf(r).$name})`);
  return r;
}

export function str(x: any): string {
  switch (typeof x) {
    case "string":
      return x;
    case "number":
      return Number.isInteger(x) ? String(x) : floatRepr(x);
    case "boolean":
      return x ? "True" : "False";
    case "bigint":
      return bigToStr(x);
  }
  if (x === None) return "None";
  const t = typeOf(x);
  if (t === T.str) return x as any;
  const f = t.$L.__str__;
  const r = call1(f, x);
  if (typeof r !== "string") typeError(`__str__ returned non-string (type ${typeOf(r).$name})`);
  return r;
}

export function bigToStr(x: bigint): string {
  const s = x.toString();
  if (s.length > 4300 + (x < 0n ? 1 : 0)) {
    raise(T.ValueError, `Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
  }
  return s;
}

/** Guards repr of self-referencing containers (`[...]`). */
const reprActive = new Set<any>();
export function reprEnter(x: any): boolean {
  if (reprActive.has(x)) return false;
  reprActive.add(x);
  return true;
}
export function reprLeave(x: any): void {
  reprActive.delete(x);
}

// ---- equality, ordering, hashing ----

/** `a == b` as a Python value. */
export function eq(a: any, b: any): any {
  const ta = typeof a;
  if (ta === typeof b && ta !== "object") return a === b;
  if (ta !== "object" && ta !== "function" && typeof b !== "object" && typeof b !== "function") {
    const r = numEq(a, b);
    return r === NI ? false : r;
  }
  return richCompare(a, b, 0);
}

/** `a == b` as a JS boolean. */
export function eqB(a: any, b: any): boolean {
  const ta = typeof a;
  if (ta === typeof b && ta !== "object") return a === b;
  if (a === b && !(a instanceof PyObject && a.$cls.$user)) return true;
  return truthy(eq(a, b));
}

export function ne(a: any, b: any): any {
  const ta = typeof a;
  if (ta === typeof b && ta !== "object") return a !== b;
  return richCompare(a, b, 1);
}

export function neB(a: any, b: any): boolean {
  const ta = typeof a;
  if (ta === typeof b && ta !== "object") return a !== b;
  return truthy(ne(a, b));
}

const CMP_NAMES: [string, string, string][] = [
  ["__eq__", "__eq__", "=="],
  ["__ne__", "__ne__", "!="],
  ["__lt__", "__gt__", "<"],
  ["__le__", "__ge__", "<="],
  ["__gt__", "__lt__", ">"],
  ["__ge__", "__le__", ">="],
];

/** Python's rich comparison protocol; `op` indexes CMP_NAMES. */
export function richCompare(a: any, b: any, op: number): any {
  const [name, rname, sym] = CMP_NAMES[op];
  const ta = typeOf(a), tb = typeOf(b);
  let triedReflected = false;
  if (ta !== tb && isSubtype(tb, ta)) {
    const rf = tb.$L[rname];
    if (rf !== undefined && rf !== ta.$L[rname]) {
      const r = call2(rf, b, a);
      if (r !== NotImplemented) return r;
      triedReflected = true;
    }
  }
  const f = ta.$L[name];
  if (f !== undefined) {
    const r = call2(f, a, b);
    if (r !== NotImplemented) return r;
  }
  if (!triedReflected) {
    const rf = tb.$L[rname];
    if (rf !== undefined) {
      const r = call2(rf, b, a);
      if (r !== NotImplemented) return r;
    }
  }
  if (op === 0) return a === b;
  if (op === 1) return a !== b;
  typeError(`'${sym}' not supported between instances of '${ta.$name}' and '${tb.$name}'`);
}

function strCmp(a: string, b: string): number {
  // JS compares UTF-16 units; Python compares code points. They differ only around surrogates.
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i), y = b.charCodeAt(i);
    if (x !== y) {
      if ((x >= 0xd800 && x <= 0xdfff) || (y >= 0xd800 && y <= 0xdfff)) {
        const cx = a.codePointAt(i)!, cy = b.codePointAt(i)!;
        return cx < cy ? -1 : 1;
      }
      return x < y ? -1 : 1;
    }
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

export function lt(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number") return a < b;
  if (typeof a === "string" && typeof b === "string") return strCmp(a, b) < 0;
  return cmpSlow(a, b, 2);
}
export function le(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number") return a <= b;
  if (typeof a === "string" && typeof b === "string") return strCmp(a, b) <= 0;
  return cmpSlow(a, b, 3);
}
export function gt(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number") return a > b;
  if (typeof a === "string" && typeof b === "string") return strCmp(a, b) > 0;
  return cmpSlow(a, b, 4);
}
export function ge(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number") return a >= b;
  if (typeof a === "string" && typeof b === "string") return strCmp(a, b) >= 0;
  return cmpSlow(a, b, 5);
}

function cmpSlow(a: any, b: any, op: number): any {
  if ((typeof a !== "object" || a instanceof PyFloat) && (typeof b !== "object" || b instanceof PyFloat)) {
    const c = numCmp(a, b);
    if (c !== NI) {
      if (Number.isNaN(c)) return false;
      switch (op) {
        case 2:
          return c < 0;
        case 3:
          return c <= 0;
        case 4:
          return c > 0;
        default:
          return c >= 0;
      }
    }
  }
  return richCompare(a, b, op);
}

export function ltB(a: any, b: any): boolean {
  if (typeof a === "number") {
    if (typeof b === "number") return a < b;
    if (b instanceof PyFloat) return a < b.v;
  }
  return truthy(lt(a, b));
}
export function leB(a: any, b: any): boolean {
  if (typeof a === "number") {
    if (typeof b === "number") return a <= b;
    if (b instanceof PyFloat) return a <= b.v;
  }
  return truthy(le(a, b));
}
export function gtB(a: any, b: any): boolean {
  if (typeof a === "number") {
    if (typeof b === "number") return a > b;
    if (b instanceof PyFloat) return a > b.v;
  }
  return truthy(gt(a, b));
}
export function geB(a: any, b: any): boolean {
  if (typeof a === "number") {
    if (typeof b === "number") return a >= b;
    if (b instanceof PyFloat) return a >= b.v;
  }
  return truthy(ge(a, b));
}

/** Three-way compare used by sort, min and max: uses `<` only, like CPython. */
export function lessThan(a: any, b: any): boolean {
  if (typeof a === "number" && typeof b === "number") return a < b;
  if (typeof a === "string" && typeof b === "string") return strCmp(a, b) < 0;
  if (a instanceof PyTuple && b instanceof PyTuple && !a.$cls.$user && !b.$cls.$user) return tupleLess(a.a, b.a);
  return truthy(lt(a, b));
}

/** Tuple `<`: the first unequal items decide, else the shorter tuple is smaller. */
function tupleLess(x: any[], y: any[]): boolean {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const p = x[i], q = y[i];
    if (p === q) continue;
    if (typeof p === "number" && typeof q === "number") return p < q;
    if (typeof p === "string" && typeof q === "string") return strCmp(p, q) < 0;
    if (!eqB(p, q)) return lessThan(p, q);
  }
  return x.length < y.length;
}

export { strCmp };

let nextId = 1;
/** A stable identity number for id() and default hashes. */
export function identity(o: any): number {
  if (typeof o === "object" || typeof o === "function") {
    if (o.$id === undefined) Object.defineProperty(o, "$id", { value: nextId++ * 16 + 0x7f0000000000, enumerable: false });
    return o.$id;
  }
  return hash(o);
}

function strHash(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h === -1 ? -2 : h;
}

export function hash(x: any): number {
  switch (typeof x) {
    case "string":
      return strHash(x);
    case "number":
      return Number.isInteger(x) ? hashInt(x) : hashFloat(x);
    case "boolean":
      return x ? 1 : 0;
    case "bigint":
      return hashInt(x);
    case "function":
      return identity(x) >> 4;
  }
  if (x instanceof PyFloat) return hashFloat(x.v);
  if (x instanceof PyTuple && (!x.$cls.$user || x.$cls.$L.__hash__ === T.tuple.$dict.__hash__)) return tupleHash(x.a);
  const t = typeOf(x);
  const h = t.$L.__hash__;
  if (h === None || h === undefined) typeError(`unhashable type: '${t.$name}'`);
  const r = call1(h, x);
  if (typeof r !== "number" && typeof r !== "bigint") typeError("__hash__ method should return an integer");
  return typeof r === "bigint" ? hashInt(r) : r;
}

/** CPython's tuple hash (xxHash-style), on 64-bit arithmetic. */
/**
 * Bucket hash of a tuple: a 32-bit mix of the items' hashes. It only has to agree for equal
 * tuples (hash() itself reports CPython's exact value, computed in methods/set.ts).
 */
function tupleHash(items: any[]): number {
  let h = 0x345678 ^ items.length;
  for (let i = 0; i < items.length; i++) {
    const x = hash(items[i]);
    // Fold numbers beyond 32 bits so equal values still mix equally.
    const lane = (x | 0) ^ ((x / 4294967296) | 0);
    h = Math.imul(h ^ lane, 0x01000193) ^ (h >>> 15);
    h = Math.imul(h, 0x85ebca6b);
  }
  h ^= h >>> 13;
  return h === -1 ? -2 : h;
}

keyHooks.hash = hash;
keyHooks.eq = eqB;

// ---- arithmetic ----

const BIN_NAMES: [string, string, string, string][] = [
  ["__add__", "__radd__", "__iadd__", "+"],
  ["__sub__", "__rsub__", "__isub__", "-"],
  ["__mul__", "__rmul__", "__imul__", "*"],
  ["__truediv__", "__rtruediv__", "__itruediv__", "/"],
  ["__floordiv__", "__rfloordiv__", "__ifloordiv__", "//"],
  ["__mod__", "__rmod__", "__imod__", "%"],
  ["__pow__", "__rpow__", "__ipow__", "**"],
  ["__lshift__", "__rlshift__", "__ilshift__", "<<"],
  ["__rshift__", "__rrshift__", "__irshift__", ">>"],
  ["__and__", "__rand__", "__iand__", "&"],
  ["__or__", "__ror__", "__ior__", "|"],
  ["__xor__", "__rxor__", "__ixor__", "^"],
  ["__matmul__", "__rmatmul__", "__imatmul__", "@"],
];

export const enum Op {
  Add,
  Sub,
  Mul,
  TrueDiv,
  FloorDiv,
  Mod,
  Pow,
  Lshift,
  Rshift,
  And,
  Or,
  Xor,
  MatMul,
}

/** The binary operator protocol with reflected operands and subclass priority. */
export function binop(a: any, b: any, op: number): any {
  const ta = typeOf(a), tb = typeOf(b);
  const fa = binSlot(ta, op, 0);
  if (ta === tb) {
    // same type: no reflected operand is tried, and a plain method is called directly
    if (typeof fa === "function" && fa.$np >= 2 && fa.$nr <= 2) {
      const r = fa(a, b);
      if (r !== NotImplemented) return r;
      return binopError(a, b, ta, tb, op, BIN_NAMES[op][3]);
    }
  }
  let fb = ta === tb ? undefined : binSlot(tb, op, 1);
  if (fb !== undefined && isSubtype(tb, ta) && fb !== binSlot(ta, op, 1)) {
    const r = call2(fb, b, a);
    if (r !== NotImplemented) return r;
    fb = undefined;
  }
  if (fa !== undefined) {
    const r = call2(fa, a, b);
    if (r !== NotImplemented) return r;
  }
  if (fb !== undefined) {
    const r = call2(fb, b, a);
    if (r !== NotImplemented) return r;
  }
  return binopError(a, b, ta, tb, op, BIN_NAMES[op][3]);
}

/**
 * `a + b` (and `-`, `*`, `/`) from a site with a same-class dunder cache: computes the result and,
 * when both operands are instances of one plain class whose method is a plain function, fills
 * the cache so the site calls that method directly next time (see the code generator's arithJs).
 */
function fillBin(a: any, b: any, op: number, ic: MethodCache): void {
  if (a instanceof PyInstance && b instanceof PyInstance && a.$cls === b.$cls) {
    const f = binSlot(a.$cls, op, 0);
    if (typeof f === "function" && f.$np >= 2 && f.$nr <= 2) {
      ic.t = a.$cls;
      ic.m = f;
      ic.e = EPOCH;
    }
  }
}
export function addC(a: any, b: any, ic: MethodCache): any {
  if (typeof a === "bigint" && typeof b === "bigint") return normBig(a + b);
  fillBin(a, b, Op.Add, ic);
  return add(a, b);
}
export function subC(a: any, b: any, ic: MethodCache): any {
  if (typeof a === "bigint" && typeof b === "bigint") return normBig(a - b);
  fillBin(a, b, Op.Sub, ic);
  return sub(a, b);
}
export function mulC(a: any, b: any, ic: MethodCache): any {
  if (typeof a === "bigint" && typeof b === "bigint") return normBig(a * b);
  fillBin(a, b, Op.Mul, ic);
  return mul(a, b);
}
export function truedivC(a: any, b: any, ic: MethodCache): any {
  fillBin(a, b, Op.TrueDiv, ic);
  return truediv(a, b);
}
/** The result of a cached same-class dunder: NotImplemented means the types don't support it. */
export function binDone(r: any, a: any, b: any, op: number): any {
  if (r !== NotImplemented) return r;
  return binopError(a, b, typeOf(a), typeOf(b), op, BIN_NAMES[op][3]);
}

/**
 * `t.__add__` (side 0) or `t.__radd__` (side 1) for operator `op`, or undefined, from the
 * per-class table types.ts resets whenever the class's attributes change.
 */
function binSlot(t: PyType, op: number, side: 0 | 1): any {
  const tab = (t as any).$bin as any[];
  const i = op * 2 + side;
  let f = tab[i];
  if (f === undefined) f = tab[i] = t.$L[BIN_NAMES[op][side]] ?? null;
  return f === null ? undefined : f;
}

function binopError(a: any, b: any, ta: PyType, tb: PyType, op: number, sym: string): never {
  if (op === Op.Add && (ta === T.bytes || ta === T.bytearray)) typeError(`can't concat ${tb.$name} to ${ta.$name}`);
  if (op === Op.Add && (ta === T.str || ta === T.list || ta === T.tuple)) {
    typeError(`can only concatenate ${ta.$name} (not "${tb.$name}") to ${ta.$name}`);
  }
  if (op === Op.Mul) {
    const seq = (t: PyType) => t === T.str || t === T.list || t === T.tuple || t === T.bytes;
    if (seq(ta)) typeError(`can't multiply sequence by non-int of type '${tb.$name}'`);
    if (seq(tb)) typeError(`can't multiply sequence by non-int of type '${ta.$name}'`);
  }
  if (op === Op.Pow) typeError(`unsupported operand type(s) for ** or pow(): '${ta.$name}' and '${tb.$name}'`);
  typeError(`unsupported operand type(s) for ${sym}: '${ta.$name}' and '${tb.$name}'`);
}

/** In-place operator: `__iadd__` if defined, else the binary operator. */
export function inplace(a: any, b: any, op: number): any {
  if (typeof a === "number" || typeof a === "string") return BINF[op](a, b);
  const t = typeOf(a);
  const f = t.$L[BIN_NAMES[op][2]];
  if (f !== undefined) {
    const r = call2(f, a, b);
    if (r !== NotImplemented) return r;
  }
  return BINF[op](a, b);
}

export function add(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (Number.isInteger(r)) {
      if (Number.isInteger(a) && Number.isInteger(b)) {
        if (r <= MAXS && r >= -MAXS) return r;
        return numAdd(a, b);
      }
      return new PyFloat(r);
    }
    return r;
  }
  if (a instanceof PyInstance) return binop(a, b, Op.Add);
  if (typeof a === "string" && typeof b === "string") return a + b;
  if (typeof a === "bigint" && typeof b === "number" && Number.isInteger(b)) return normBig(a + BigInt(b));
  if (typeof a !== "object" && typeof b !== "object") {
    const r = numAdd(a, b);
    if (r !== NI) return r;
  } else if (a instanceof PyFloat || b instanceof PyFloat) {
    const x = fv(a), y = fv(b);
    if (x !== undefined && y !== undefined) return pyFloat(x + y);
    const r = numAdd(a, b);
    if (r !== NI) return r;
  }
  return binop(a, b, Op.Add);
}

/**
 * The addition in a fused `sum(x for …)` loop (see the code generator's fusedSum). Its name is
 * looked for in tracebacks: an error here is sum()'s, raised in its caller, not in the <genexpr>.
 */
export function sumAdd(a: any, b: any): any {
  return add(a, b);
}

/** The JS double of a number or of an exact float box (not a float subclass); else undefined. */
function fv(x: any): number | undefined {
  if (typeof x === "number") return x;
  if (x instanceof PyFloat && x.$cls === T.float) return x.v;
  return undefined;
}

export function sub(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (Number.isInteger(r)) {
      if (Number.isInteger(a) && Number.isInteger(b)) {
        if (r <= MAXS && r >= -MAXS) return r === 0 ? 0 : r;
        return numSub(a, b);
      }
      return new PyFloat(r);
    }
    return r;
  }
  if (a instanceof PyInstance) return binop(a, b, Op.Sub);
  if (a instanceof PyFloat || b instanceof PyFloat) {
    const x = fv(a), y = fv(b);
    if (x !== undefined && y !== undefined) return pyFloat(x - y);
  }
  return numFallback(a, b, Op.Sub, numSub);
}

export function mul(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (Number.isInteger(r)) {
      if (Number.isInteger(a) && Number.isInteger(b)) {
        if (r <= MAXS && r >= -MAXS) return r === 0 ? 0 : r;
        // The exact product is beyond 2^53 too (below it the double product is exact).
        return BigInt(a) * BigInt(b);
      }
      return new PyFloat(r);
    }
    return r;
  }
  return mulSlow(a, b);
}

/** mul past plain JS numbers, out of line so that mul stays small enough to inline. */
function mulSlow(a: any, b: any): any {
  if (a instanceof PyInstance) return binop(a, b, Op.Mul);
  if (typeof a === "bigint" && typeof b === "bigint") return normBig(a * b);
  if (a instanceof PyFloat || b instanceof PyFloat) {
    const x = fv(a), y = fv(b);
    if (x !== undefined && y !== undefined) return pyFloat(x * y);
  }
  return numFallback(a, b, Op.Mul, numMul);
}

export function truediv(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number" && b !== 0) {
    const r = a / b;
    return Number.isInteger(r) ? new PyFloat(r) : r;
  }
  if (a instanceof PyInstance) return binop(a, b, Op.TrueDiv);
  if (a instanceof PyFloat || b instanceof PyFloat) {
    const x = fv(a), y = fv(b);
    if (x !== undefined && y !== undefined && y !== 0) return pyFloat(x / y);
  }
  return numFallback(a, b, Op.TrueDiv, numTrueDiv);
}

export function floordiv(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b && b !== 0) {
    // Non-negative 32-bit ints: truncation is floor, and V8 emits an integer division.
    if (a >= 0 && b > 0) return (a / b) | 0;
    // 32-bit ints: the double quotient is exact enough for floor.
    const q = Math.floor(a / b);
    return q === 0 ? 0 : q;
  }
  return numFallback(a, b, Op.FloorDiv, numFloorDiv);
}

export function mod(a: any, b: any): any {
  // Kept small so that V8 inlines it (then a constant divisor compiles to a few instructions).
  if (typeof a === "number" && typeof b === "number" && Number.isInteger(a) && Number.isInteger(b) && b > 0 && a >= 0) {
    const r = a % b;
    // `| 0` keeps a small result a small int even when `a` is a heap double (>= 2^30): a heap
    // double appended to a list of ints would turn it into a list of doubles.
    return b <= 0x3fffffff ? r | 0 : r;
  }
  if (typeof a === "bigint" && typeof b === "bigint" && b > 0n) return modBigint(a, b);
  return numFallback(a, b, Op.Mod, numMod);
}

/** The last power-of-two bigint divisor seen by modBigint, and its exponent. */
let modPow2 = 0n, modPow2Bits = 0;

/** `a % b` for bigints, b > 0. */
function modBigint(a: bigint, b: bigint): any {
  // `x % (1 << k)`, as in hash and random-number code, is a truncation, far cheaper than a division.
  if (b === modPow2) return normBig(BigInt.asUintN(modPow2Bits, a));
  if ((b & (b - 1n)) === 0n) {
    modPow2 = b;
    modPow2Bits = b.toString(2).length - 1;
    return normBig(BigInt.asUintN(modPow2Bits, a));
  }
  const r = a % b;
  return normBig(r < 0n ? r + b : r);
}

export function pow(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number" && a > 0 && !(Number.isInteger(a) && Number.isInteger(b))) {
    // A float result: positive base, so never complex.
    const r = floatPow(a, b);
    if (Number.isFinite(r) || !Number.isFinite(a)) return pyFloat(r);
  }
  return numFallback(a, b, Op.Pow, numPow);
}

/** The last small-int shift that made a bigint (`1 << 64` in a loop), and its result. */
let lshA = 0, lshB = 0, lshR: any = 0;

export function lshift(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b && b >= 0) {
    const r = a * 2 ** b;
    if (r <= MAXS && r >= -MAXS) return r;
    if (a === lshA && b === lshB) return lshR;
    lshA = a;
    lshB = b;
    return (lshR = normBig(BigInt(a) << BigInt(b)));
  }
  return numFallback(a, b, Op.Lshift, numLshift);
}
// 32-bit ints take JS's bitwise operators directly (same results as Python's for that range).
export function rshift(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b && b >= 0 && b < 32) return a >> b;
  if (typeof a === "bigint" && typeof b === "number" && (b | 0) === b && b >= 0) return normBig(a >> BigInt(b));
  return numFallback(a, b, Op.Rshift, numRshift);
}
export function bitand(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) return a & b;
  // A big int under a mask of at most 32 bits: only its low 32 bits (two's complement) matter.
  if (typeof a === "bigint" && typeof b === "number" && b >= 0 && b <= 0xffffffff && Number.isInteger(b)) {
    return (Number(BigInt.asUintN(32, a)) & b) >>> 0;
  }
  return numFallback(a, b, Op.And, numAnd);
}
export function bitor(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) return a | b;
  return numFallback(a, b, Op.Or, numOr);
}
export function bitxor(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) return a ^ b;
  return numFallback(a, b, Op.Xor, numXor);
}
export function matmul(a: any, b: any): any {
  return binop(a, b, Op.MatMul);
}

function numFallback(a: any, b: any, op: number, f: (a: any, b: any) => any): any {
  if ((typeof a !== "object" || a instanceof PyFloat) && (typeof b !== "object" || b instanceof PyFloat)) {
    const r = f(a, b);
    if (r !== NI) return r;
  }
  return binop(a, b, op);
}

const BINF = [add, sub, mul, truediv, floordiv, mod, pow, lshift, rshift, bitand, bitor, bitxor, matmul];

// In-place operators: numbers and strings are immutable, so they go straight to the binary operator.
export function isub(a: any, b: any): any {
  return typeof a === "number" ? sub(a, b) : inplace(a, b, Op.Sub);
}
export function imul(a: any, b: any): any {
  return typeof a === "number" ? mul(a, b) : inplace(a, b, Op.Mul);
}
export function itruediv(a: any, b: any): any {
  return typeof a === "number" ? truediv(a, b) : inplace(a, b, Op.TrueDiv);
}
export function ifloordiv(a: any, b: any): any {
  return typeof a === "number" ? floordiv(a, b) : inplace(a, b, Op.FloorDiv);
}
export function imod(a: any, b: any): any {
  return typeof a === "number" ? mod(a, b) : inplace(a, b, Op.Mod);
}

export function iadd(a: any, b: any): any {
  if (typeof a === "number" || typeof a === "string") return add(a, b);
  return inplace(a, b, Op.Add);
}

export function neg(a: any): any {
  if (typeof a === "number") return a === 0 ? 0 : Number.isInteger(a) ? -a : -a;
  const r = numNeg(a);
  if (r !== NI) return r;
  return unary(a, "__neg__", "-");
}
export function pos(a: any): any {
  const r = numPos(a);
  if (r !== NI) return r;
  return unary(a, "__pos__", "+");
}
export function invert(a: any): any {
  const r = numInvert(a);
  if (r !== NI) return r;
  return unary(a, "__invert__", "~");
}
function unary(a: any, name: string, sym: string): any {
  const t = typeOf(a);
  const f = t.$L[name];
  if (f !== undefined) return call1(f, a);
  typeError(`bad operand type for unary ${sym}: '${t.$name}'`);
}

export function not(a: any): boolean {
  return !truthy(a);
}

// ---- identity ----

export function is(a: any, b: any): boolean {
  if (a === b) return true;
  // Integral floats are boxed: two boxes of one value are distinct objects, as in CPython.
  return false;
}

// ---- subscripts ----

export function index(x: any): number | bigint {
  if (typeof x === "number" && Number.isInteger(x)) return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "bigint") return x;
  const f = typeOf(x).$L.__index__;
  if (f !== undefined) return call1(f, x);
  typeError(`'${typeOf(x).$name}' object cannot be interpreted as an integer`);
}

function seqIndex(x: any, len: number, what: string): number {
  let i: any = x;
  if (typeof i !== "number" || !Number.isInteger(i)) {
    if (i instanceof PySlice) return NaN;
    if (typeof i === "boolean") i = i ? 1 : 0;
    else if (typeof i === "bigint") return i < 0n ? -1 : len;
    else {
      const f = typeOf(i).$L.__index__;
      if (f === undefined) typeError(`${what} indices must be integers or slices, not ${typeOf(i).$name}`);
      i = call1(f, i);
    }
  }
  if (i < 0) i += len;
  return i;
}

export function getitem(o: any, k: any): any {
  if (typeof k === "string" && o instanceof PyDict) {
    // d["key"]: the commonest subscript in dict-heavy code.
    const v = o.m.get(k);
    if (v !== undefined && !o.$cls.$user) return v;
  }
  if (o instanceof PyList || o instanceof PyTuple) {
    if (o.$cls.$user && o.$cls.$L.__getitem__ !== (o instanceof PyList ? T.list : T.tuple).$dict.__getitem__) {
      return call2(o.$cls.$L.__getitem__, o, k);
    }
    if (typeof k === "number") {
      const a = o.a;
      const i = k < 0 ? k + a.length : k;
      const v = a[i];
      if (v !== undefined && Number.isInteger(i)) return v;
    }
    return seqGetitem(o, k);
  }
  if (o instanceof PyDict) {
    const t = o.$cls;
    if (!t.$user) {
      const v = dictGet(o, k);
      if (v !== undefined) return v;
      keyError(k);
    }
    return call2(t.$L.__getitem__, o, k);
  }
  if (typeof o === "string") {
    if (typeof k === "number" && Number.isInteger(k)) {
      const c = cpAt(o, k);
      if (c === undefined) indexError("string index out of range");
      return c;
    }
  }
  const t = typeOf(o);
  const f = t.$L.__getitem__;
  if (f !== undefined) return call2(f, o, k);
  if (o instanceof PyType) {
    const cg = o.$L.__class_getitem__;
    if (cg !== undefined) return callv(cg instanceof PyClassMethod ? cg.f : cg, [o, k]);
    if (o === T.type || !o.$user) return o; // list[int] and friends: typing aliases are inert here
  }
  typeError(`'${t.$name}' object is not subscriptable`);
}

function seqGetitem(o: PyList | PyTuple, k: any): any {
  const a = o.a;
  const what = o instanceof PyList ? "list" : "tuple";
  const i = seqIndex(k, a.length, what);
  if (Number.isNaN(i)) {
    const [start, stop, step] = sliceIndices(k, a.length);
    const out = sliceArray(a, start, stop, step);
    return o instanceof PyList ? new PyList(out) : new PyTuple(out);
  }
  if (i < 0 || i >= a.length) indexError(`${what} index out of range`);
  return a[i];
}

export function sliceArray(a: any[], start: number, stop: number, step: number): any[] {
  if (step === 1) return stop > start ? a.slice(start, stop) : [];
  const out: any[] = [];
  if (step > 0) for (let i = start; i < stop; i += step) out.push(a[i]);
  else for (let i = start; i > stop; i += step) out.push(a[i]);
  return out;
}

/** slice.indices(len): clamped start, stop, step. */
export function sliceIndices(s: PySlice, len: number): [number, number, number] {
  let step = s.step === None ? 1 : Number(index(s.step));
  if (step === 0) raise(T.ValueError, "slice step cannot be zero");
  let start: number, stop: number;
  if (s.start === None) start = step < 0 ? len - 1 : 0;
  else {
    start = Number(index(s.start));
    if (start < 0) {
      start += len;
      if (start < 0) start = step < 0 ? -1 : 0;
    } else if (start >= len) start = step < 0 ? len - 1 : len;
  }
  if (s.stop === None) stop = step < 0 ? -1 : len;
  else {
    stop = Number(index(s.stop));
    if (stop < 0) {
      stop += len;
      if (stop < 0) stop = step < 0 ? -1 : 0;
    } else if (stop >= len) stop = step < 0 ? len - 1 : len;
  }
  return [start, stop, step];
}

export function setitem(o: any, k: any, v: any): void {
  if (o instanceof PyList && !o.$cls.$user) {
    if (typeof k === "number" && Number.isInteger(k)) {
      const a = o.a;
      const i = k < 0 ? k + a.length : k;
      if (i < 0 || i >= a.length) indexError("list assignment index out of range");
      a[i] = v;
      return;
    }
  }
  if (o instanceof PyDict && !o.$cls.$user) {
    dictSetItem(o, k, v);
    return;
  }
  const t = typeOf(o);
  const f = t.$L.__setitem__;
  if (f !== undefined) {
    callv(f, [o, k, v]);
    return;
  }
  typeError(`'${t.$name}' object does not support item assignment`);
}

import { dictSet, dictDelete } from "./keys.js";
function dictSetItem(d: PyDict, k: any, v: any): void {
  dictSet(d, k, v);
}

export function delitem(o: any, k: any): void {
  if (o instanceof PyDict && !o.$cls.$user) {
    if (dictDelete(o, k) === undefined) keyError(k);
    return;
  }
  const t = typeOf(o);
  const f = t.$L.__delitem__;
  if (f !== undefined) {
    call2(f, o, k);
    return;
  }
  typeError(`'${t.$name}' object doesn't support item deletion`);
}

/** o[a:b:c] without allocating a slice object for lists, tuples and str. */
export function getslice(o: any, a: any, b: any, c: any): any {
  return getitem(o, new PySlice(a, b, c));
}

// ---- len / in ----

export function len(o: any): number {
  if (typeof o === "string") return cpLen(o);
  if ((o instanceof PyList || o instanceof PyTuple) && !o.$cls.$user) return o.a.length;
  if ((o instanceof PyDict || o instanceof PySet) && !o.$cls.$user) return o.m.size;
  const t = typeOf(o);
  const f = t.$L.__len__;
  if (f === undefined) typeError(`object of type '${t.$name}' has no len()`);
  const r = call1(f, o);
  if (typeof r !== "number" && typeof r !== "bigint" && typeof r !== "boolean") {
    typeError(`'${typeOf(r).$name}' object cannot be interpreted as an integer`);
  }
  if ((r as any) < 0) raise(T.ValueError, "__len__() should return >= 0");
  return Number(r);
}

import { dictHas, setHas } from "./keys.js";
import { getIter } from "./iter.js";
import { STOP } from "./objects.js";

export function contains(container: any, x: any): boolean {
  if (typeof container === "string") {
    if (typeof x !== "string") typeError(`'in <string>' requires string as left operand, not ${typeOf(x).$name}`);
    return container.includes(x);
  }
  if (container instanceof PyDict && !container.$cls.$user) return dictHas(container, x);
  if (container instanceof PySet && !container.$cls.$user) return setHas(container, x);
  if ((container instanceof PyList || container instanceof PyTuple) && !container.$cls.$user) {
    const a = container.a;
    if (typeof x === "number" || typeof x === "string") {
      for (let i = 0; i < a.length; i++) {
        const v = a[i];
        if (v === x || (typeof v === "object" && eqB(v, x))) return true;
      }
      return false;
    }
    for (let i = 0; i < a.length; i++) if (a[i] === x || eqB(a[i], x)) return true;
    return false;
  }
  const t = typeOf(container);
  const f = t.$L.__contains__;
  if (f !== undefined) return truthy(call2(f, container, x));
  if (t.$L.__iter__ === undefined && t.$L.__getitem__ === undefined) {
    typeError(`argument of type '${t.$name}' is not iterable`);
  }
  const it = getIter(container);
  for (let v = it.$next(); v !== STOP; v = it.$next()) if (v === x || eqB(v, x)) return true;
  return false;
}

export function notContains(container: any, x: any): boolean {
  return !contains(container, x);
}

export { PyRange, PyBytes, PyByteArray, PyFrozenSet, pyFloat };

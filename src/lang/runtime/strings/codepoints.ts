// Code-point helpers for JS strings holding Python str values, and the error hook
// used by every module in runtime/strings.
//
// A Python str is a JS string; its length and indices count code points, so a
// surrogate pair is one character. Strings without surrogates (the common case) take
// fast paths: `hasSurrogates` is a single regex test, cached for the last string seen.

/** Raises a Python exception. The core installs its own with `setRaiser`. */
export type Raiser = (typeName: string, message: string) => never;

/** Error thrown by the default raiser (before the core installs its own). */
export class StrRuntimeError extends Error {
  constructor(public readonly pyType: string, public readonly pyMessage: string) {
    super(`${pyType}: ${pyMessage}`);
    this.name = "StrRuntimeError";
  }
}

let raiser: Raiser = (typeName, message) => {
  throw new StrRuntimeError(typeName, message);
};

/** Installs the function used to raise Python exceptions (e.g. `raise("ValueError", "substring not found")`). */
export function setRaiser(fn: Raiser): void {
  raiser = fn;
}

/** Raises `typeName(message)` through the installed raiser. */
export function raise(typeName: string, message: string): never {
  raiser(typeName, message);
  throw new StrRuntimeError(typeName, message); // unreachable unless the raiser returns
}

const SURR = /[\uD800-\uDFFF]/;
let lastChecked = "";
let lastHas = false;

/** True when `s` contains any surrogate code unit (so code points ≠ code units). */
export function hasSurrogates(s: string): boolean {
  const n = s.length;
  if (n < 1) return false;
  if (n < 24) {
    // Short strings: a loop beats the regex call.
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdfff) return true;
    }
    return false;
  }
  if (s === lastChecked) return lastHas;
  const r = SURR.test(s);
  lastChecked = s;
  lastHas = r;
  return r;
}

let lastArrStr = "";
let lastArr: string[] = [];

/** The code points of `s`, one string each (a surrogate pair stays together; lone surrogates are single). */
export function cpArray(s: string): string[] {
  if (!hasSurrogates(s)) return s.split("");
  if (s === lastArrStr) return lastArr;
  const a = Array.from(s);
  lastArrStr = s;
  lastArr = a;
  return a;
}

/** Python len(s). */
export function cpLen(s: string): number {
  if (!hasSurrogates(s)) return s.length;
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** Python s[i] (negative i counts from the end); undefined when out of range. */
export function cpAt(s: string, i: number): string | undefined {
  if (!hasSurrogates(s)) {
    if (i < 0) i += s.length;
    return i >= 0 && i < s.length ? s[i] : undefined;
  }
  const a = cpArray(s);
  if (i < 0) i += a.length;
  return i >= 0 && i < a.length ? a[i] : undefined;
}

/** The code point value of a one-code-point string (Python ord). */
export function cpOrd(ch: string): number {
  return ch.codePointAt(0)!;
}

/**
 * CPython's PySlice_AdjustIndices: normalises start/stop/step (undefined = None) for a
 * sequence of `len` items. Returns [start, stop, step, count]. Raises ValueError for step 0.
 */
export function sliceIndices(
  len: number,
  start: number | undefined,
  stop: number | undefined,
  step: number | undefined,
): [number, number, number, number] {
  const st = step === undefined ? 1 : step;
  if (st === 0) raise("ValueError", "slice step cannot be zero");
  let a: number, b: number;
  if (st > 0) {
    if (start === undefined) a = 0;
    else if (start < 0) { a = start + len; if (a < 0) a = 0; }
    else a = start > len ? len : start;
    if (stop === undefined) b = len;
    else if (stop < 0) { b = stop + len; if (b < 0) b = 0; }
    else b = stop > len ? len : stop;
    const n = b > a ? Math.floor((b - a - 1) / st) + 1 : 0;
    return [a, b, st, n];
  }
  if (start === undefined) a = len - 1;
  else if (start < 0) { a = start + len; if (a < 0) a = -1; }
  else a = start >= len ? len - 1 : start;
  if (stop === undefined) b = -1;
  else if (stop < 0) { b = stop + len; if (b < 0) b = -1; }
  else b = stop >= len ? len - 1 : stop;
  const n = a > b ? Math.floor((a - b - 1) / -st) + 1 : 0;
  return [a, b, st, n];
}

/** Python s[start:stop:step]; pass undefined for None. */
export function cpSlice(s: string, start?: number, stop?: number, step?: number): string {
  const sur = hasSurrogates(s);
  if (!sur && (step === undefined || step === 1)) {
    const len = s.length;
    let a = start === undefined ? 0 : start < 0 ? Math.max(0, start + len) : Math.min(start, len);
    let b = stop === undefined ? len : stop < 0 ? Math.max(0, stop + len) : Math.min(stop, len);
    return b > a ? s.slice(a, b) : "";
  }
  const arr: ArrayLike<string> = sur ? cpArray(s) : s;
  const [a, , st, n] = sliceIndices(arr.length, start, stop, step);
  if (n === 0) return "";
  if (st === 1) {
    if (!sur) return s.slice(a, a + n);
    return (arr as string[]).slice(a, a + n).join("");
  }
  let out = "";
  for (let i = 0, j = a; i < n; i++, j += st) out += arr[j];
  return out;
}

/** Code-unit offset of code-point index `cp` (0 ≤ cp ≤ len; clamped). */
export function cpIndexToUnit(s: string, cp: number): number {
  if (!hasSurrogates(s)) return cp < 0 ? 0 : cp > s.length ? s.length : cp;
  if (cp <= 0) return 0;
  let u = 0;
  for (let k = 0; k < cp && u < s.length; k++) {
    const c = s.charCodeAt(u);
    if (c >= 0xd800 && c <= 0xdbff && u + 1 < s.length) {
      const d = s.charCodeAt(u + 1);
      u += d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
    } else u++;
  }
  return u;
}

/** Code-point index of code-unit offset `u` (counts pairs before it). */
export function unitIndexToCp(s: string, u: number): number {
  if (!hasSurrogates(s)) return u;
  let cp = 0;
  for (let i = 0; i < u && i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && i + 1 < u) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    cp++;
  }
  return cp;
}

/** Python chr(n) as a JS string (n in [0, 0x10FFFF]). */
export function cpChr(n: number): string {
  return n < 0x10000 ? String.fromCharCode(n) : String.fromCodePoint(n);
}

/**
 * Stable sorting with Python's rules: only `<` is used (via lessThan), `reverse` keeps stability,
 * small arrays use CPython's count_run + binary insertion (same comparison sequence).
 */
import { lessThan, strCmp } from "../ops.js";
import { call1 } from "../call.js";
import { None, PyTuple } from "../objects.js";

function allNumbers(a: any[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    if (typeof x !== "number" || x !== x) return false;
  }
  return true;
}

function allStrings(a: any[]): boolean {
  for (let i = 0; i < a.length; i++) if (typeof a[i] !== "string") return false;
  return true;
}

/**
 * Sorts plain JS numbers ascending. Equal JS numbers are the same Python value here (integral
 * floats are boxed), so stability cannot show and no comparator is needed: 32-bit ints get a
 * two-pass radix sort, anything else a typed-array sort.
 */
function sortNumbers(items: any[]): any[] {
  const n = items.length;
  let int32 = n > 256;
  for (let i = 0; int32 && i < n; i++) {
    const x = items[i];
    if ((x | 0) !== x) int32 = false;
  }
  let sorted: Int32Array | Float64Array;
  if (int32) {
    let src = new Int32Array(items);
    let dst = new Int32Array(n);
    const cnt = new Uint32Array(65536);
    for (let sh = 0; sh < 32; sh += 16) {
      const flip = sh === 16 ? 0x80000000 : 0; // order negatives first on the high half
      cnt.fill(0);
      for (let i = 0; i < n; i++) cnt[((src[i] ^ flip) >>> sh) & 0xffff]++;
      let sum = 0;
      for (let j = 0; j < 65536; j++) {
        const c = cnt[j];
        cnt[j] = sum;
        sum += c;
      }
      for (let i = 0; i < n; i++) {
        const v = src[i];
        dst[cnt[((v ^ flip) >>> sh) & 0xffff]++] = v;
      }
      const t = src;
      src = dst;
      dst = t;
    }
    sorted = src;
  } else {
    sorted = new Float64Array(items).sort();
  }
  const out = new Array(n);
  for (let i = 0; i < n; i++) out[i] = sorted[i];
  return out;
}

/** Sorts `perm` (indices into keys) in place, stable, comparing keys with `<` only. */
function sortPerm(keys: any[], perm: number[]): void {
  const n = perm.length;
  if (n < 2) return;
  if (n < 64) {
    // count_run
    let run = 2;
    if (lessThan(keys[perm[1]], keys[perm[0]])) {
      for (; run < n; run++) if (!lessThan(keys[perm[run]], keys[perm[run - 1]])) break;
      perm.splice(0, run, ...perm.slice(0, run).reverse());
    } else {
      for (; run < n; run++) if (lessThan(keys[perm[run]], keys[perm[run - 1]])) break;
    }
    binaryInsertion(keys, perm, 0, n, run);
    return;
  }
  const tmp = new Array<number>(n);
  mergeSort(keys, perm, tmp, 0, n);
}

function binaryInsertion(keys: any[], perm: number[], lo: number, hi: number, start: number): void {
  for (; start < hi; start++) {
    let l = lo, r = start;
    const pivot = perm[start];
    const pk = keys[pivot];
    do {
      const p = l + ((r - l) >> 1);
      if (lessThan(pk, keys[perm[p]])) r = p;
      else l = p + 1;
    } while (l < r);
    for (let k = start; k > l; k--) perm[k] = perm[k - 1];
    perm[l] = pivot;
  }
}

function mergeSort(keys: any[], perm: number[], tmp: number[], lo: number, hi: number): void {
  if (hi - lo <= 32) {
    binaryInsertion(keys, perm, lo, hi, lo + 1);
    return;
  }
  const mid = (lo + hi) >> 1;
  mergeSort(keys, perm, tmp, lo, mid);
  mergeSort(keys, perm, tmp, mid, hi);
  // already ordered?
  if (!lessThan(keys[perm[mid]], keys[perm[mid - 1]])) return;
  let i = lo, j = mid, k = lo;
  while (i < mid && j < hi) {
    if (lessThan(keys[perm[j]], keys[perm[i]])) tmp[k++] = perm[j++];
    else tmp[k++] = perm[i++];
  }
  while (i < mid) tmp[k++] = perm[i++];
  while (j < hi) tmp[k++] = perm[j++];
  for (let q = lo; q < hi; q++) perm[q] = tmp[q];
}

/**
 * Int keys (with a key function): the stable permutation by radix sort.
 * Returns undefined when the keys are not all ints or their range is not exact in a double.
 */
function packedIntPerm(keys: any[]): number[] | undefined {
  const n = keys.length;
  let lo = Infinity, hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    if (!Number.isInteger(k)) return undefined;
    if (k < lo) lo = k;
    if (k > hi) hi = k;
  }
  if (hi - lo + 1 > 2 ** 53) return undefined;
  const vals = new Float64Array(n);
  for (let i = 0; i < n; i++) vals[i] = keys[i] - lo;
  return stablePerm(vals, hi - lo + 1);
}

/**
 * The stable sorting permutation of `vals`, integers in [0, span) with span <= 2^53: an LSD
 * radix sort of the indices (16 bits or fewer per pass), or a comparator sort for short arrays.
 */
function stablePerm(vals: Float64Array, span: number): number[] {
  const n = vals.length;
  const perm = new Array<number>(n);
  if (n < 256) {
    for (let i = 0; i < n; i++) perm[i] = i;
    perm.sort((i, j) => vals[i] - vals[j]); // Array.prototype.sort is stable
    return perm;
  }
  let bits = 1;
  while (2 ** bits < span) bits++;
  const passes = Math.ceil(bits / 16);
  const dbits = Math.ceil(bits / passes);
  const size = 2 ** dbits, mask = size - 1;
  let src = new Int32Array(n), dst = new Int32Array(n);
  for (let i = 0; i < n; i++) src[i] = i;
  const cnt = new Int32Array(size);
  let div = 1;
  for (let p = 0; p < passes; p++, div *= size) {
    if (p) cnt.fill(0);
    for (let i = 0; i < n; i++) cnt[Math.floor(vals[i] / div) & mask]++;
    let sum = 0;
    for (let d = 0; d < size; d++) {
      const c = cnt[d];
      cnt[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const j = src[i];
      dst[cnt[Math.floor(vals[j] / div) & mask]++] = j;
    }
    const t = src;
    src = dst;
    dst = t;
  }
  for (let i = 0; i < n; i++) perm[i] = src[i];
  return perm;
}

/** Column kinds of tuple keys: 1 every item there is a number (no NaN), 2 a str. */
const K_NUM = 1, K_STR = 2;

/**
 * Keys that are all plain tuples whose columns are each all numbers (NaN excluded) or all strs:
 * comparing them cannot call user code or raise, so a comparator sort gives CPython's order.
 * Returns the per-column kinds, or undefined.
 */
function tupleKinds(keys: any[]): number[] | undefined {
  const kinds: number[] = [];
  for (let i = 0; i < keys.length; i++) {
    const t = keys[i];
    if (!(t instanceof PyTuple) || t.$cls.$user) return undefined;
    const a = t.a;
    for (let c = 0; c < a.length; c++) {
      const x = a[c];
      const k = typeof x === "number" ? (x === x ? K_NUM : 0) : typeof x === "string" ? K_STR : 0;
      if (k === 0) return undefined;
      if (c >= kinds.length) kinds.push(k);
      else if (kinds[c] !== k) return undefined;
    }
  }
  return kinds;
}

/** Stable permutation sorting tuple keys whose column kinds are known (see tupleKinds). */
function tuplePerm(keys: any[], kinds: number[]): number[] {
  const n = keys.length;
  // Same length, all-int columns: pack the columns (and the index) into one exact double.
  const width = kinds.length;
  let packable = width > 0;
  for (let c = 0; packable && c < width; c++) if (kinds[c] !== K_NUM) packable = false;
  if (packable) {
    const lo = new Array<number>(width).fill(Infinity), hi = new Array<number>(width).fill(-Infinity);
    for (let i = 0; packable && i < n; i++) {
      const a = keys[i].a;
      if (a.length !== width) packable = false;
      else
        for (let c = 0; c < width; c++) {
          const x = a[c];
          if (!Number.isInteger(x)) {
            packable = false;
            break;
          }
          if (x < lo[c]) lo[c] = x;
          if (x > hi[c]) hi[c] = x;
        }
    }
    let span = 1;
    for (let c = 0; packable && c < width; c++) {
      span *= hi[c] - lo[c] + 1;
      if (span > 2 ** 53) packable = false;
    }
    if (packable) {
      const vals = new Float64Array(n);
      if (width === 2) {
        const r1 = hi[1] - lo[1] + 1, l0 = lo[0], l1 = lo[1];
        for (let i = 0; i < n; i++) {
          const a = keys[i].a;
          vals[i] = (a[0] - l0) * r1 + (a[1] - l1);
        }
      } else {
        for (let i = 0; i < n; i++) {
          const a = keys[i].a;
          let v = 0;
          for (let c = 0; c < width; c++) v = v * (hi[c] - lo[c] + 1) + (a[c] - lo[c]);
          vals[i] = v;
        }
      }
      return stablePerm(vals, span);
    }
  }
  const perm = new Array<number>(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  // Array.prototype.sort is stable.
  perm.sort((i, j) => {
    const x = keys[i].a, y = keys[j].a;
    const m = x.length < y.length ? x.length : y.length;
    for (let c = 0; c < m; c++) {
      const p = x[c], q = y[c];
      if (p === q) continue;
      if (kinds[c] === K_NUM) return p < q ? -1 : 1;
      return strCmp(p, q);
    }
    return x.length - y.length;
  });
  return perm;
}

/**
 * Plain JS numbers without a key: equal numbers are the same Python value (integral floats are
 * boxed), so any sort gives CPython's result, and `reverse` is simply descending order.
 * Returns undefined when `a` is not all plain non-NaN numbers.
 */
function sortPlainNumbers(a: any[], reverse: boolean): any[] | undefined {
  const n = a.length;
  let lo = Infinity, hi = -Infinity, ints = true;
  for (let i = 0; i < n; i++) {
    const x = a[i];
    if (typeof x !== "number" || x !== x) return undefined;
    if (x < lo) lo = x;
    if (x > hi) hi = x;
    if (ints && !Number.isInteger(x)) ints = false;
  }
  const range = hi - lo + 1;
  if (ints && n >= 64 && range <= 2 * n + 4096) {
    // Counting sort over a dense range.
    const cnt = new Uint32Array(range);
    for (let i = 0; i < n; i++) cnt[a[i] - lo]++;
    const out = new Array<number>(n);
    let k = 0;
    if (!reverse) {
      for (let v = 0; v < range; v++) for (let c = cnt[v], x = v + lo; c > 0; c--) out[k++] = x;
    } else {
      for (let v = range - 1; v >= 0; v--) for (let c = cnt[v], x = v + lo; c > 0; c--) out[k++] = x;
    }
    return out;
  }
  const out = sortNumbers(a);
  if (reverse) out.reverse();
  return out;
}

/** Returns a new array with the items of `a` sorted (Python semantics). */
export function sortedArray(a: any[], key: any, reverse: boolean): any[] {
  const hasKey = key !== undefined && key !== None;
  if (!hasKey) {
    const r = sortPlainNumbers(a, reverse);
    if (r !== undefined) return r;
  }
  // CPython reverses, sorts stably, and reverses again: equal keys keep their original order.
  const items = reverse ? a.slice().reverse() : a.slice();
  const n = items.length;
  let keys = items;
  if (hasKey) {
    keys = new Array(n);
    for (let i = 0; i < n; i++) keys[i] = call1(key, items[i]);
  }
  let out: any[] | undefined;
  let perm: number[] | undefined;
  if (allNumbers(keys)) {
    // Equal JS numbers are the same Python value here (integral floats are boxed), so stability
    // cannot show: a typed-array sort, which needs no comparator calls, gives the same result.
    if (!hasKey) out = sortNumbers(items);
    else {
      perm = packedIntPerm(keys);
      if (perm === undefined) {
        perm = keys.map((_, i) => i);
        perm.sort((i, j) => keys[i] - keys[j]);
      }
    }
  } else if (allStrings(keys)) {
    if (!hasKey) out = items.sort(strCmp);
    else {
      perm = keys.map((_, i) => i);
      perm.sort((i, j) => strCmp(keys[i], keys[j]));
    }
  } else {
    const kinds = n > 1 ? tupleKinds(keys) : undefined;
    if (kinds !== undefined) perm = tuplePerm(keys, kinds);
    else {
      perm = keys.map((_, i) => i);
      sortPerm(keys, perm);
    }
  }
  if (out === undefined) {
    out = new Array(n);
    for (let i = 0; i < n; i++) out[i] = items[perm![i]];
  }
  if (reverse) out.reverse();
  return out;
}

/**
 * Stable sorting with Python's rules: only `<` is used (via lessThan), `reverse` keeps stability,
 * small arrays use CPython's count_run + binary insertion (same comparison sequence).
 *
 * Keys whose comparison cannot run user code or raise take faster routes with the same result:
 * plain numbers without a key (counting sort over a dense int range, else radix/typed-array
 * sort), keys that are plain numbers or tuples of them (stored column-wise; all-int columns are
 * packed into one integer and radix-sorted), strs, and tuples of numbers and strs (comparator
 * sort with Array.prototype.sort, which is stable).
 */
import { lessThan, strCmp } from "../ops.js";
import { call1 } from "../call.js";
import { None, PyTuple } from "../objects.js";

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
  const out = items.slice(); // packed like `items`
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
 * Scratch Int32Arrays reused between sorts (allocating and zeroing fresh ones costs more than
 * the passes over them). A slot is only used while no user code can run, so a sort started by
 * a key function cannot disturb another one's; a result in S_SRC is consumed before the next
 * sort. Arrays past SCRATCH_MAX items are not kept.
 */
const S_CNT = 0, S_SRC = 1, S_DST = 2, S_VALS = 3, S_KDST = 4;
const SCRATCH_MAX = 1 << 22;
const scratchArrays: Int32Array[] = [];
function scratch(slot: number, n: number): Int32Array {
  let a = scratchArrays[slot];
  if (a === undefined || a.length < n) {
    a = new Int32Array(Math.max(n, 1024));
    if (n <= SCRATCH_MAX) scratchArrays[slot] = a;
  }
  return a;
}

/** A permutation of indices: a plain array or an Int32Array (read only the first n items). */
type Perm = ArrayLike<number>;

/**
 * The stable sorting permutation of `vals`, integers in [0, span) with span <= 2^53: an LSD
 * radix sort of the indices (16 bits or fewer per pass), or a comparator sort for short arrays.
 */
function stablePerm(vals: Float64Array | Int32Array, n: number, span: number): Perm {
  if (n < 256) {
    const perm = new Array<number>(n);
    for (let i = 0; i < n; i++) perm[i] = i;
    perm.sort((i, j) => vals[i] - vals[j]); // Array.prototype.sort is stable
    return perm;
  }
  let bits = 1;
  while (2 ** bits < span) bits++;
  const passes = Math.ceil(bits / 16);
  const dbits = Math.ceil(bits / passes);
  const size = 2 ** dbits, mask = size - 1;
  const cnt = scratch(S_CNT, size);
  cnt.fill(0, 0, size);
  if (passes === 1) {
    for (let i = 0; i < n; i++) cnt[vals[i]]++;
    prefixSums(cnt, size);
    const perm = scratch(S_SRC, n);
    for (let i = 0; i < n; i++) perm[cnt[vals[i]]++] = i;
    return perm;
  }
  let src = scratch(S_SRC, n), dst = scratch(S_DST, n);
  for (let i = 0; i < n; i++) src[i] = i;
  if (bits <= 31) {
    // 31-bit keys travel with their indices, so every pass reads sequentially.
    let ksrc: Int32Array, kdst: Int32Array;
    if (vals instanceof Int32Array) ksrc = vals;
    else {
      ksrc = scratch(S_VALS, n);
      for (let i = 0; i < n; i++) ksrc[i] = vals[i];
    }
    kdst = scratch(S_KDST, n);
    for (let p = 0, sh = 0; p < passes; p++, sh += dbits) {
      if (p) cnt.fill(0, 0, size);
      for (let i = 0; i < n; i++) cnt[(ksrc[i] >>> sh) & mask]++;
      prefixSums(cnt, size);
      for (let i = 0; i < n; i++) {
        const v = ksrc[i];
        const at = cnt[(v >>> sh) & mask]++;
        kdst[at] = v;
        dst[at] = src[i];
      }
      const t = src;
      src = dst;
      dst = t;
      const kt = ksrc;
      ksrc = kdst;
      kdst = kt;
    }
    return src;
  }
  let div = 1;
  for (let p = 0; p < passes; p++, div *= size) {
    if (p) cnt.fill(0, 0, size);
    for (let i = 0; i < n; i++) cnt[Math.floor(vals[i] / div) & mask]++;
    prefixSums(cnt, size);
    for (let i = 0; i < n; i++) {
      const j = src[i];
      dst[cnt[Math.floor(vals[j] / div) & mask]++] = j;
    }
    const t = src;
    src = dst;
    dst = t;
  }
  return src;
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

/**
 * Stable permutation for keys given column-wise: key i is the tuple (cols[0][i], cols[1][i], ...)
 * of plain non-NaN numbers. All-int columns whose combined range fits a double exactly are
 * packed into one integer per key and radix-sorted; otherwise a comparator sort.
 */
function columnPerm(cols: Float64Array[], n: number): Perm {
  const width = cols.length;
  let span = 1;
  const lo: number[] = [], range: number[] = [];
  for (let c = 0; c < width && span <= 2 ** 53; c++) {
    const col = cols[c];
    let l = Infinity, h = -Infinity;
    for (let i = 0; i < n; i++) {
      const x = col[i];
      if (x < l) l = x;
      if (x > h) h = x;
      if (!Number.isInteger(x)) span = Infinity;
    }
    lo.push(l);
    range.push(h - l + 1);
    span *= h - l + 1;
  }
  if (span <= 2 ** 53) {
    // Int32Array when the packed values fit 31 bits (vals[i] * r + x stays exact either way).
    const vals = span <= 2 ** 31 ? scratch(S_VALS, n) : new Float64Array(n);
    if (width === 1) {
      const col = cols[0], l = lo[0];
      for (let i = 0; i < n; i++) vals[i] = col[i] - l;
    } else if (width === 2) {
      const c0 = cols[0], c1 = cols[1], l0 = lo[0], l1 = lo[1], r1 = range[1];
      for (let i = 0; i < n; i++) vals[i] = (c0[i] - l0) * r1 + (c1[i] - l1);
    } else {
      for (let c = 0; c < width; c++) {
        const col = cols[c], l = lo[c], r = range[c];
        for (let i = 0; i < n; i++) vals[i] = vals[i] * r + (col[i] - l);
      }
    }
    return stablePerm(vals, n, span);
  }
  const perm = new Array<number>(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  // Array.prototype.sort is stable.
  perm.sort((i, j) => {
    for (let c = 0; c < width; c++) {
      const p = cols[c][i], q = cols[c][j];
      if (p !== q) return p < q ? -1 : 1;
    }
    return 0;
  });
  return perm;
}

/** Stable permutation sorting tuple keys whose column kinds are known (see tupleKinds). */
function tuplePerm(keys: any[], kinds: number[]): Perm {
  const n = keys.length;
  const width = kinds.length;
  let numeric = width > 0;
  for (let c = 0; numeric && c < width; c++) if (kinds[c] !== K_NUM) numeric = false;
  for (let i = 0; numeric && i < n; i++) if (keys[i].a.length !== width) numeric = false;
  if (numeric) {
    const cols: Float64Array[] = [];
    for (let c = 0; c < width; c++) {
      const col = new Float64Array(n);
      for (let i = 0; i < n; i++) col[i] = keys[i].a[c];
      cols.push(col);
    }
    return columnPerm(cols, n);
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
 * Calls `key` on every item. Keys that are all plain numbers (NaN excluded), or all plain tuples
 * of such numbers with one width, are stored column-wise so that the key objects can die at once
 * (a sort of 50k tuple keys otherwise keeps them alive across young-generation collections).
 * Such keys compare without user code, so rebuilding them, when a later key does not fit and
 * the keys are needed as objects after all, is invisible.
 */
function computeKeys(items: any[], key: any): { cols?: Float64Array[]; keys?: any[] } {
  const n = items.length;
  // Columns come from a pool unless an enclosing sort (running this key function) holds it.
  const pooled = !colPoolBusy;
  colPoolBusy = true;
  try {
    let width = 0; // 0 undecided, -1 plain numbers, w > 0 tuples of w numbers
    const cols: Float64Array[] = [];
    let keys: any[] | undefined;
    for (let i = 0; i < n; i++) {
      const k = call1(key, items[i]);
      if (keys === undefined) {
        if (typeof k === "number") {
          if (width === 0 && k === k) {
            width = -1;
            cols.push(column(0, n, pooled));
          }
          if (width === -1 && k === k) {
            cols[0][i] = k;
            continue;
          }
        } else if (k instanceof PyTuple && !k.$cls.$user) {
          const a = k.a;
          if (width === 0 && a.length > 0) {
            width = a.length;
            for (let c = 0; c < width; c++) cols.push(column(c, n, pooled));
          }
          if (width > 0 && a.length === width) {
            let c = 0;
            for (; c < width; c++) {
              const x = a[c];
              if (typeof x !== "number" || x !== x) break;
              cols[c][i] = x;
            }
            if (c === width) continue;
          }
        }
        keys = new Array(n);
        for (let j = 0; j < i; j++) {
          if (width === -1) keys[j] = cols[0][j];
          else {
            const t = new Array(width);
            for (let c = 0; c < width; c++) t[c] = cols[c][j];
            keys[j] = new PyTuple(t);
          }
        }
      }
      keys[i] = k;
    }
    // Pooled columns stay valid after the pool is released: no user code runs before they
    // are consumed.
    return keys === undefined && width !== 0 ? { cols } : { keys: keys ?? items.slice(0, 0) };
  } finally {
    if (pooled) colPoolBusy = false;
  }
}

/** Reusable key columns (see computeKeys); arrays past SCRATCH_MAX items are not kept. */
const colPool: Float64Array[] = [];
let colPoolBusy = false;

/** A column of n doubles, an exact-length view (reverse() stays within it); items not zeroed. */
function column(c: number, n: number, pooled: boolean): Float64Array {
  if (!pooled || n > SCRATCH_MAX) return new Float64Array(n);
  let a = colPool[c];
  if (a === undefined || a.length < n) colPool[c] = a = new Float64Array(Math.max(n, 1024));
  return a.subarray(0, n);
}

/**
 * Plain JS numbers without a key: equal numbers are the same Python value (integral floats are
 * boxed), so any sort gives CPython's result, and `reverse` is simply descending order.
 * Returns undefined when `a` is not all plain non-NaN numbers.
 */
function sortPlainNumbers(a: any[], reverse: boolean): any[] | undefined {
  if (!scanNumbers(a)) return undefined;
  const n = a.length;
  const lo = scanLo, range = scanHi - scanLo + 1;
  if (scanInts && n >= 64 && range <= 2 * n + 4096) {
    // Counting sort over a dense range. The loops are separate functions so that each is
    // optimised once, whatever element kinds later calls bring.
    const cnt = scratch(S_CNT, range);
    cnt.fill(0, 0, range);
    countInts(a, cnt, lo);
    // A copy of `a` has its (packed) element kind; new Array(n) would be holey.
    const out = a.slice(); // packed like `a` (new Array(n) would be holey)
    if (reverse) emitDescending(out, cnt, lo, range);
    else emitAscending(out, cnt, lo, range);
    return out;
  }
  const out = sortNumbers(a);
  if (reverse) out.reverse();
  return out;
}

/** Results of scanNumbers: the smallest and largest item, and whether all are integral. */
let scanLo = 0, scanHi = 0, scanInts = false;

/** True when `a` holds only plain non-NaN numbers (see scanLo, scanHi, scanInts). */
function scanNumbers(a: any[]): boolean {
  const n = a.length;
  let lo = Infinity, hi = -Infinity, ints = true;
  for (let i = 0; i < n; i++) {
    const x = a[i];
    if (typeof x !== "number" || x !== x) return false;
    if (x < lo) lo = x;
    if (x > hi) hi = x;
    if (ints && !Number.isInteger(x)) ints = false;
  }
  scanLo = lo;
  scanHi = hi;
  scanInts = ints;
  return true;
}

function countInts(a: any[], cnt: Int32Array, lo: number): void {
  for (let i = 0, n = a.length; i < n; i++) cnt[a[i] - lo]++;
}

function emitAscending(out: any[], cnt: Int32Array, lo: number, range: number): void {
  let k = 0;
  for (let v = 0; v < range; v++) {
    const c = cnt[v], x = v + lo;
    if (c > 16) {
      out.fill(x, k, k + c);
      k += c;
    } else for (let e = k + c; k < e; k++) out[k] = x;
  }
}

function emitDescending(out: any[], cnt: Int32Array, lo: number, range: number): void {
  let k = 0;
  for (let v = range - 1; v >= 0; v--) {
    const c = cnt[v], x = v + lo;
    if (c > 16) {
      out.fill(x, k, k + c);
      k += c;
    } else for (let e = k + c; k < e; k++) out[k] = x;
  }
}

/**
 * Returns a new array with the items of `a` sorted (Python semantics). `a` itself is never
 * modified. Unless `owned` (the caller has detached `a`, so user code cannot reach it), it is
 * copied before any user code (key functions, comparisons) runs.
 */
export function sortedArray(a: any[], key: any, reverse: boolean, owned = false): any[] {
  const hasKey = key !== undefined && key !== None;
  if (!hasKey) {
    const r = sortPlainNumbers(a, reverse);
    if (r !== undefined) return r;
  }
  let items = owned ? a : a.slice();
  const n = items.length;
  let keys = items;
  let cols: Float64Array[] | undefined;
  if (hasKey) {
    // Keys are computed in the list's order, as CPython does, before any reversal.
    const k = computeKeys(items, key);
    if (k.cols !== undefined) cols = k.cols;
    else keys = k.keys!;
  }
  if (reverse) {
    // CPython reverses, sorts stably, and reverses again: equal keys keep their original order.
    items = owned ? items.slice().reverse() : items.reverse();
    if (cols !== undefined) for (const c of cols) c.reverse();
    else if (hasKey) keys.reverse();
    else keys = items;
  }
  let out: any[] | undefined;
  let perm: Perm | undefined;
  if (cols !== undefined) {
    perm = columnPerm(cols, n);
  } else if (allStrings(keys)) {
    if (!hasKey) out = items.sort(strCmp);
    else {
      const p = keys.map((_, i) => i);
      p.sort((i, j) => strCmp(keys[i], keys[j]));
      perm = p;
    }
  } else {
    const kinds = n > 1 ? tupleKinds(keys) : undefined;
    if (kinds !== undefined) perm = tuplePerm(keys, kinds);
    else {
      const p = keys.map((_, i) => i);
      sortPerm(keys, p);
      perm = p;
    }
  }
  if (out === undefined) {
    out = new Array(n);
    for (let i = 0; i < n; i++) out[i] = items[perm![i]];
  }
  if (reverse) out.reverse();
  return out;
}

/** Turns bucket counts into bucket start offsets (an exclusive prefix sum), in place. */
function prefixSums(cnt: Int32Array, size: number): void {
  let sum = 0;
  for (let d = 0; d < size; d++) {
    const c = cnt[d];
    cnt[d] = sum;
    sum += c;
  }
}

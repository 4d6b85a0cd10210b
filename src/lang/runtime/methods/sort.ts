/**
 * Stable sorting with Python's rules: only `<` is used (via lessThan), `reverse` keeps stability,
 * small arrays use CPython's count_run + binary insertion (same comparison sequence).
 */
import { lessThan, strCmp } from "../ops.js";
import { call1 } from "../call.js";
import { None } from "../objects.js";

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

/** Returns a new array with the items of `a` sorted (Python semantics). */
export function sortedArray(a: any[], key: any, reverse: boolean): any[] {
  const items = reverse ? a.slice().reverse() : a.slice();
  const hasKey = key !== undefined && key !== None;
  const keys = hasKey ? items.map((x) => call1(key, x)) : items;
  let out: any[];
  if (allNumbers(keys)) {
    // Equal JS numbers are the same Python value here (integral floats are boxed), so stability
    // cannot show: a typed-array sort, which needs no comparator calls, gives the same result.
    if (!hasKey) out = sortNumbers(items);
    else {
      const perm = keys.map((_, i) => i);
      perm.sort((i, j) => keys[i] - keys[j]);
      out = perm.map((i) => items[i]);
    }
  } else if (allStrings(keys)) {
    if (!hasKey) out = items.sort(strCmp);
    else {
      const perm = keys.map((_, i) => i);
      perm.sort((i, j) => strCmp(keys[i], keys[j]));
      out = perm.map((i) => items[i]);
    }
  } else {
    const perm = keys.map((_, i) => i);
    sortPerm(keys, perm);
    out = perm.map((i) => items[i]);
  }
  if (reverse) out.reverse();
  return out;
}

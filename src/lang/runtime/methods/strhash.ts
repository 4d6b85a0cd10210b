/**
 * CPython 3.11's str hash with PYTHONHASHSEED=0 (SipHash-1-3, zero key, over the string's
 * latin-1 / UCS-2 / UCS-4 storage). Used only to reproduce CPython's set iteration order.
 */
const M = (1n << 64n) - 1n;
const rotl = (x: bigint, b: bigint) => ((x << b) | (x >> (64n - b))) & M;

const cache = new Map<string, bigint>();

function storage(s: string): Uint8Array {
  let max = 0;
  const cps: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    cps.push(c);
    if (c > max) max = c;
  }
  const kind = max < 256 ? 1 : max < 65536 ? 2 : 4;
  const out = new Uint8Array(cps.length * kind);
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    for (let k = 0; k < kind; k++) out[i * kind + k] = (c >>> (8 * k)) & 255;
  }
  return out;
}

function siphash13(data: Uint8Array): bigint {
  let v0 = 0x736f6d6570736575n, v1 = 0x646f72616e646f6dn, v2 = 0x6c7967656e657261n, v3 = 0x7465646279746573n;
  const round = () => {
    v0 = (v0 + v1) & M; v1 = rotl(v1, 13n); v1 ^= v0; v0 = rotl(v0, 32n);
    v2 = (v2 + v3) & M; v3 = rotl(v3, 16n); v3 ^= v2;
    v0 = (v0 + v3) & M; v3 = rotl(v3, 21n); v3 ^= v0;
    v2 = (v2 + v1) & M; v1 = rotl(v1, 17n); v1 ^= v2; v2 = rotl(v2, 32n);
  };
  const n = data.length;
  const words = Math.floor(n / 8);
  for (let w = 0; w < words; w++) {
    let m = 0n;
    for (let k = 7; k >= 0; k--) m = (m << 8n) | BigInt(data[w * 8 + k]);
    v3 ^= m;
    round();
    v0 ^= m;
  }
  let t = 0n;
  for (let k = n - 1; k >= words * 8; k--) t = (t << 8n) | BigInt(data[k]);
  const b = ((BigInt(n) & 0xffn) << 56n) | t;
  v3 ^= b;
  round();
  v0 ^= b;
  v2 ^= 0xffn;
  round();
  round();
  round();
  return (v0 ^ v1 ^ v2 ^ v3) & M;
}

/** hash(s) as CPython 3.11 computes it with PYTHONHASHSEED=0 (a signed 64-bit value). */
export function strHashCPython(s: string): bigint {
  if (s.length === 0) return 0n;
  let h = cache.get(s);
  if (h !== undefined) return h;
  h = BigInt.asIntN(64, siphash13(storage(s)));
  if (h === -1n) h = -2n;
  if (cache.size > 10000) cache.clear();
  cache.set(s, h);
  return h;
}

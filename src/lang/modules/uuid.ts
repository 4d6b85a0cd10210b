/**
 * `uuid`: the UUID class (all of CPython's properties, comparisons, hashing, immutability),
 * uuid1/uuid3/uuid4/uuid5, getnode, the NAMESPACE_* constants and SafeUUID.
 */
import { nodeCrypto } from "../../lazyNode.js";
import { defineModule } from "./registry.js";
import {
  T,
  None,
  NotImplemented,
  PyObject,
  PyBytes,
  PyTuple,
  raise,
  typeOf,
  toArray,
  hash as pyHash,
  index as pyIndex,
  normBig,
  repr as pyRepr,
  type PyType,
} from "../runtime/index.js";
import { nativeClass, bytesLike, staticMethod } from "./stdlibUtil.js";

const RESERVED_NCS = "reserved for NCS compatibility";
const RFC_4122 = "specified in RFC 4122";
const RESERVED_MICROSOFT = "reserved for Microsoft compatibility";
const RESERVED_FUTURE = "reserved for future definition";

class UUIDJs extends PyObject {
  i = 0n;
  isSafe: any = None;
}

class SafeJs extends PyObject {
  constructor(public name: string, public value: any) {
    super();
  }
}

let UUIDType: PyType;
let SafeType: PyType;
let safeUnknown: SafeJs;

function mkUUID(i: bigint, isSafe?: any): UUIDJs {
  const u = new UUIDJs();
  u.$cls = UUIDType;
  u.i = i;
  u.isSafe = isSafe ?? safeUnknown;
  return u;
}

function bytesToBig(b: Uint8Array): bigint {
  let x = 0n;
  for (const c of b) x = (x << 8n) | BigInt(c);
  return x;
}

function bigToBytes(x: bigint, n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = n - 1; i >= 0; i--) {
    out[i] = Number(x & 255n);
    x >>= 8n;
  }
  return out;
}

function hexOf(u: UUIDJs): string {
  return u.i.toString(16).padStart(32, "0");
}

function strOf(u: UUIDJs): string {
  const h = hexOf(u);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function fieldsOf(u: UUIDJs): bigint[] {
  const i = u.i;
  return [i >> 96n, (i >> 80n) & 0xffffn, (i >> 64n) & 0xffffn, (i >> 56n) & 0xffn, (i >> 48n) & 0xffn, i & 0xffffffffffffn];
}

function variantOf(u: UUIDJs): string {
  const i = u.i;
  if (!(i & (0x8000n << 48n))) return RESERVED_NCS;
  if (!(i & (0x4000n << 48n))) return RFC_4122;
  if (!(i & (0x2000n << 48n))) return RESERVED_MICROSOFT;
  return RESERVED_FUTURE;
}

function intArg(x: any): bigint {
  return BigInt(pyIndex(x));
}

function construct(hex: any, bytes: any, bytesLe: any, fields: any, int: any, version: any, isSafe: any): UUIDJs {
  const given = [hex, bytes, bytesLe, fields, int].filter((x) => x !== undefined && x !== None).length;
  if (given !== 1) raise(T.TypeError, "one of the hex, bytes, bytes_le, fields, or int arguments must be given");
  let value: bigint;
  if (hex !== undefined && hex !== None) {
    if (typeof hex !== "string") raise(T.AttributeError, `'${typeOf(hex).$name}' object has no attribute 'replace'`);
    let h = hex.replace(/urn:/g, "").replace(/uuid:/g, "");
    h = h.replace(/^[{}]+|[{}]+$/g, "").replace(/-/g, "");
    if (Array.from(h).length !== 32) raise(T.ValueError, "badly formed hexadecimal UUID string");
    if (!/^[0-9a-fA-F]{32}$/.test(h)) raise(T.ValueError, `invalid literal for int() with base 16: ${pyRepr(h)}`);
    value = BigInt("0x" + h);
  } else if (bytesLe !== undefined && bytesLe !== None) {
    const b = bytesLike(bytesLe);
    if (b === undefined || b.length !== 16) raise(T.ValueError, "bytes_le is not a 16-char string");
    const be = Uint8Array.from([b[3], b[2], b[1], b[0], b[5], b[4], b[7], b[6], ...b.subarray(8)]);
    value = bytesToBig(be);
  } else if (bytes !== undefined && bytes !== None) {
    const b = bytesLike(bytes);
    if (b === undefined || b.length !== 16) raise(T.ValueError, "bytes is not a 16-char string");
    value = bytesToBig(b);
  } else if (fields !== undefined && fields !== None) {
    const f = toArray(fields);
    if (f.length !== 6) raise(T.ValueError, "fields is not a 6-tuple");
    const [tl, tm, th, csh, csl, node] = f.map(intArg);
    const check = (v: bigint, bits: bigint, n: number) => {
      if (!(0n <= v && v < 1n << bits)) raise(T.ValueError, `field ${n} out of range (need a ${bits}-bit value)`);
    };
    check(tl, 32n, 1);
    check(tm, 16n, 2);
    check(th, 16n, 3);
    check(csh, 8n, 4);
    check(csl, 8n, 5);
    check(node, 48n, 6);
    const clockSeq = (csh << 8n) | csl;
    value = (tl << 96n) | (tm << 80n) | (th << 64n) | (clockSeq << 48n) | node;
  } else {
    value = intArg(int);
    if (!(0n <= value && value < 1n << 128n)) raise(T.ValueError, "int is out of range (need a 128-bit value)");
  }
  if (version !== undefined && version !== None) {
    const v = intArg(version);
    if (!(1n <= v && v <= 5n)) raise(T.ValueError, "illegal version number");
    value &= ~(0xc000n << 48n);
    value |= 0x8000n << 48n;
    value &= ~(0xf000n << 64n);
    value |= v << 76n;
  }
  return mkUUID(value, isSafe);
}

function isUUID(x: any): x is UUIDJs {
  return x instanceof UUIDJs;
}

function nameHash(algo: string, namespace: any, name: any, version: number): UUIDJs {
  if (!isUUID(namespace)) raise(T.AttributeError, `'${typeOf(namespace).$name}' object has no attribute 'bytes'`);
  let nb: Uint8Array;
  if (typeof name === "string") nb = new Uint8Array(Buffer.from(name, "utf8"));
  else raise(T.TypeError, "encoding without a string argument");
  const h = nodeCrypto().createHash(algo).update(bigToBytes(namespace.i, 16)).update(nb).digest();
  return construct(undefined, new PyBytes(new Uint8Array(h.subarray(0, 16))), undefined, undefined, undefined, version, undefined);
}

let lastTimestamp: bigint | null = null;
let nodeCache: bigint | null = null;

function getnode(): bigint {
  if (nodeCache === null) nodeCache = bytesToBig(nodeCrypto().randomBytes(6)) | (1n << 40n);
  return nodeCache;
}

function uuid1(node: any, clockSeq: any): UUIDJs {
  const ns = BigInt(Date.now()) * 1000000n + (process.hrtime.bigint() % 1000000n);
  let timestamp = ns / 100n + 0x01b21dd213814000n;
  if (lastTimestamp !== null && timestamp <= lastTimestamp) timestamp = lastTimestamp + 1n;
  lastTimestamp = timestamp;
  const cs = clockSeq === undefined || clockSeq === None ? bytesToBig(nodeCrypto().randomBytes(2)) & 0x3fffn : intArg(clockSeq);
  const fields = [timestamp & 0xffffffffn, (timestamp >> 32n) & 0xffffn, (timestamp >> 48n) & 0x0fffn, (cs >> 8n) & 0x3fn, cs & 0xffn, node === undefined || node === None ? getnode() : intArg(node)];
  return construct(undefined, undefined, undefined, new PyTuple(fields.map(normBig)), undefined, 1, undefined);
}

defineModule("uuid", (m) => {
  SafeType = nativeClass("uuid", "SafeUUID", [], SafeJs, {
    __repr__: ["", (o: SafeJs) => `<SafeUUID.${o.name}: ${pyRepr(o.value)}>`],
    __str__: ["", (o: SafeJs) => `SafeUUID.${o.name}`],
    name: { get: (o: SafeJs) => o.name },
    value: { get: (o: SafeJs) => o.value },
  });
  const mkSafe = (n: string, v: any) => {
    const s = new SafeJs(n, v);
    s.$cls = SafeType;
    return s;
  };
  const safe = mkSafe("safe", 0);
  const unsafe = mkSafe("unsafe", -1);
  safeUnknown = mkSafe("unknown", None);
  SafeType.$dict.safe = safe;
  SafeType.$dict.unsafe = unsafe;
  SafeType.$dict.unknown = safeUnknown;
  SafeType.$L.safe = safe;
  SafeType.$L.unsafe = unsafe;
  SafeType.$L.unknown = safeUnknown;

  const U = (o: any): UUIDJs => o;
  const cmp = (f: (a: bigint, b: bigint) => boolean) => (a: UUIDJs, b: any) => (isUUID(b) ? f(a.i, b.i) : NotImplemented);
  UUIDType = nativeClass("uuid", "UUID", [], UUIDJs, {
    __new__: staticMethod("__new__", "cls, hex=, bytes=, bytes_le=, fields=, int=, version=, *, is_safe=", (cls: any, hex: any, bytes: any, bytesLe: any, fields: any, int: any, version: any, isSafe: any) => {
      const u = construct(hex, bytes, bytesLe, fields, int, version, isSafe);
      if (cls !== UUIDType) {
        u.$cls = cls;
        u.$d = Object.create(null);
      }
      return u;
    }),
    __init__: ["*args, **kw", () => None],
    __str__: ["", (o: UUIDJs) => strOf(U(o))],
    __repr__: ["", (o: UUIDJs) => `${typeOf(o).$name}('${strOf(U(o))}')`],
    __hash__: ["", (o: UUIDJs) => pyHash(normBig(o.i))],
    __int__: ["", (o: UUIDJs) => normBig(o.i)],
    __eq__: ["other, /", cmp((a, b) => a === b)],
    __ne__: ["other, /", cmp((a, b) => a !== b)],
    __lt__: ["other, /", cmp((a, b) => a < b)],
    __le__: ["other, /", cmp((a, b) => a <= b)],
    __gt__: ["other, /", cmp((a, b) => a > b)],
    __ge__: ["other, /", cmp((a, b) => a >= b)],
    __setattr__: ["name, value, /", () => raise(T.TypeError, "UUID objects are immutable")],
    int: { get: (o: UUIDJs) => normBig(o.i) },
    is_safe: { get: (o: UUIDJs) => o.isSafe },
    bytes: { get: (o: UUIDJs) => new PyBytes(bigToBytes(o.i, 16)) },
    bytes_le: {
      get: (o: UUIDJs) => {
        const b = bigToBytes(o.i, 16);
        return new PyBytes(Uint8Array.from([b[3], b[2], b[1], b[0], b[5], b[4], b[7], b[6], ...b.subarray(8)]));
      },
    },
    fields: { get: (o: UUIDJs) => new PyTuple(fieldsOf(o).map(normBig)) },
    time_low: { get: (o: UUIDJs) => normBig(fieldsOf(o)[0]) },
    time_mid: { get: (o: UUIDJs) => normBig(fieldsOf(o)[1]) },
    time_hi_version: { get: (o: UUIDJs) => normBig(fieldsOf(o)[2]) },
    clock_seq_hi_variant: { get: (o: UUIDJs) => normBig(fieldsOf(o)[3]) },
    clock_seq_low: { get: (o: UUIDJs) => normBig(fieldsOf(o)[4]) },
    time: {
      get: (o: UUIDJs) => {
        const [tl, tm, th] = fieldsOf(o);
        return normBig(((th & 0x0fffn) << 48n) | (tm << 32n) | tl);
      },
    },
    clock_seq: {
      get: (o: UUIDJs) => {
        const f = fieldsOf(o);
        return normBig(((f[3] & 0x3fn) << 8n) | f[4]);
      },
    },
    node: { get: (o: UUIDJs) => normBig(o.i & 0xffffffffffffn) },
    hex: { get: (o: UUIDJs) => hexOf(o) },
    urn: { get: (o: UUIDJs) => "urn:uuid:" + strOf(o) },
    variant: { get: (o: UUIDJs) => variantOf(o) },
    version: { get: (o: UUIDJs) => (variantOf(o) === RFC_4122 ? Number((o.i >> 76n) & 0xfn) : None) },
  });
  // Route attribute assignment through __setattr__ (the runtime only consults it for classes
  // marked as user-defined), so that `u.x = 1` raises CPython's TypeError.
  UUIDType.$user = true;
  m.set("UUID", UUIDType);
  m.set("SafeUUID", SafeType);
  m.set("RESERVED_NCS", RESERVED_NCS);
  m.set("RFC_4122", RFC_4122);
  m.set("RESERVED_MICROSOFT", RESERVED_MICROSOFT);
  m.set("RESERVED_FUTURE", RESERVED_FUTURE);
  m.fn("uuid4", "", () => construct(undefined, new PyBytes(new Uint8Array(nodeCrypto().randomBytes(16))), undefined, undefined, undefined, 4, undefined));
  m.fn("uuid3", "namespace, name", (ns: any, name: any) => nameHash("md5", ns, name, 3));
  m.fn("uuid5", "namespace, name", (ns: any, name: any) => nameHash("sha1", ns, name, 5));
  m.fn("uuid1", "node=, clock_seq=", (node: any, cs: any) => uuid1(node, cs));
  m.fn("getnode", "", () => normBig(getnode()));
  const ns = (h: string) => construct(h, undefined, undefined, undefined, undefined, undefined, undefined);
  m.set("NAMESPACE_DNS", ns("6ba7b810-9dad-11d1-80b4-00c04fd430c8"));
  m.set("NAMESPACE_URL", ns("6ba7b811-9dad-11d1-80b4-00c04fd430c8"));
  m.set("NAMESPACE_OID", ns("6ba7b812-9dad-11d1-80b4-00c04fd430c8"));
  m.set("NAMESPACE_X500", ns("6ba7b814-9dad-11d1-80b4-00c04fd430c8"));
});

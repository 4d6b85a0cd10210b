/**
 * `hashlib` (md5, sha1, sha2, sha3, shake, blake2 with default parameters, pbkdf2_hmac,
 * file_digest) and `hmac` (HMAC objects with copy(), digest(), compare_digest), on node:crypto.
 */
import type { Hash } from "node:crypto";
import { nodeCrypto } from "../../lazyNode.js";
import { defineModule } from "./registry.js";
import {
  T,
  None,
  PyObject,
  PyBytes,
  PyFrozenSet,
  raise,
  typeOf,
  getattr,
  getattrOpt,
  call0,
  call1,
  callv,
  index as pyIndex,
  identity,
  setAdd,
  type PyType,
} from "../runtime/index.js";
import { nativeClass, bytesLike, staticMethod } from "./stdlibUtil.js";

interface Algo {
  node: string;
  digestSize: number;
  blockSize: number;
  xof?: boolean;
}

const ALGOS: Record<string, Algo> = {
  md5: { node: "md5", digestSize: 16, blockSize: 64 },
  sha1: { node: "sha1", digestSize: 20, blockSize: 64 },
  sha224: { node: "sha224", digestSize: 28, blockSize: 64 },
  sha256: { node: "sha256", digestSize: 32, blockSize: 64 },
  sha384: { node: "sha384", digestSize: 48, blockSize: 128 },
  sha512: { node: "sha512", digestSize: 64, blockSize: 128 },
  sha512_224: { node: "sha512-224", digestSize: 28, blockSize: 128 },
  sha512_256: { node: "sha512-256", digestSize: 32, blockSize: 128 },
  blake2b: { node: "blake2b512", digestSize: 64, blockSize: 128 },
  blake2s: { node: "blake2s256", digestSize: 32, blockSize: 64 },
  sha3_224: { node: "sha3-224", digestSize: 28, blockSize: 144 },
  sha3_256: { node: "sha3-256", digestSize: 32, blockSize: 136 },
  sha3_384: { node: "sha3-384", digestSize: 48, blockSize: 104 },
  sha3_512: { node: "sha3-512", digestSize: 64, blockSize: 72 },
  shake_128: { node: "shake128", digestSize: 0, blockSize: 168, xof: true },
  shake_256: { node: "shake256", digestSize: 0, blockSize: 136, xof: true },
};

const GUARANTEED = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "blake2s", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"];

const ALIASES: Record<string, string> = {
  "sha3-224": "sha3_224",
  "sha3-256": "sha3_256",
  "sha3-384": "sha3_384",
  "sha3-512": "sha3_512",
  "sha512-224": "sha512_224",
  "sha512-256": "sha512_256",
  shake128: "shake_128",
  shake256: "shake_256",
  blake2b512: "blake2b",
  blake2s256: "blake2s",
};

function algoName(name: string): string | undefined {
  const n = name.toLowerCase();
  if (ALGOS[n]) return n;
  return ALIASES[n];
}

class HashJs extends PyObject {
  constructor(public algo: string, public h: Hash) {
    super();
  }
}

let HashType: PyType;

function dataBytes(x: any): Uint8Array {
  if (typeof x === "string") raise(T.TypeError, "Strings must be encoded before hashing");
  const b = bytesLike(x);
  if (b === undefined) raise(T.TypeError, `object supporting the buffer API required`);
  return b;
}

function hex(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.length).toString("hex");
}

function newHash(name: string, data: any): HashJs {
  const a = algoName(name);
  if (a === undefined) raise(T.ValueError, `unsupported hash type ${name}`);
  const h = new HashJs(a, nodeCrypto().createHash(ALGOS[a].node));
  h.$cls = HashType;
  if (data !== undefined && data !== None) h.h.update(dataBytes(data));
  return h;
}

function hashDigest(o: HashJs, length?: any): Uint8Array {
  const al = ALGOS[o.algo];
  if (al.xof) {
    if (length === undefined) raise(T.TypeError, "digest() missing required argument 'length' (pos 1)");
    const n = Number(pyIndex(length));
    if (n < 0) raise(T.ValueError, "length must be non-negative");
    const h = o.h.copy({ outputLength: n } as any);
    return new Uint8Array(n === 0 ? Buffer.alloc(0) : h.digest());
  }
  return new Uint8Array(o.h.copy().digest());
}

const constructors = new Map<any, string>();

/** The algorithm a `digestmod` names: a string, one of hashlib's constructors, or a module with `new`. */
function digestmodName(d: any): string | null {
  if (typeof d === "string") return algoName(d) ?? null;
  const c = constructors.get(d);
  if (c) return c;
  return null;
}

/** A hash object for a digestmod that is a Python callable we don't know (e.g. a user class). */
function foreignHash(d: any): any {
  if (typeof d === "function" || (d instanceof PyObject && typeOf(d).$L.__call__ !== undefined)) return call0(d);
  const nw = getattrOpt(d, "new");
  if (nw !== undefined) return call0(nw);
  raise(T.TypeError, `object of type '${typeOf(d).$name}' is not callable`);
}

// ---- hmac ----

class HmacJs extends PyObject {
  inner!: Hash;
  outer!: Hash;
  algo!: string;
}

let HmacType: PyType;

function hmacNew(key: any, msg: any, digestmod: any): HmacJs {
  const k = bytesLike(key);
  if (k === undefined) raise(T.TypeError, `key: expected bytes or bytearray, but got '${typeOf(key).$name}'`);
  if (digestmod === undefined || digestmod === None) raise(T.TypeError, "Missing required parameter 'digestmod'.");
  let a = digestmodName(digestmod);
  if (a === null) {
    if (typeof digestmod === "string") raise(T.ValueError, `unsupported hash type ${digestmod}`);
    const h = foreignHash(digestmod);
    if (!(h instanceof HashJs)) raise(T.TypeError, "hmac: unsupported digestmod");
    a = h.algo;
  }
  const al = ALGOS[a];
  let keyb = Buffer.from(k);
  if (keyb.length > al.blockSize) keyb = nodeCrypto().createHash(al.node).update(keyb).digest();
  const padded = Buffer.alloc(al.blockSize);
  keyb.copy(padded);
  const ipad = Buffer.alloc(al.blockSize);
  const opad = Buffer.alloc(al.blockSize);
  for (let i = 0; i < al.blockSize; i++) {
    ipad[i] = padded[i] ^ 0x36;
    opad[i] = padded[i] ^ 0x5c;
  }
  const o = new HmacJs();
  o.$cls = HmacType;
  o.$d = Object.create(null);
  o.algo = a;
  o.inner = nodeCrypto().createHash(al.node).update(ipad);
  o.outer = nodeCrypto().createHash(al.node).update(opad);
  if (msg !== undefined && msg !== None) o.inner.update(dataBytes(msg));
  return o;
}

function hmacDigest(o: HmacJs): Uint8Array {
  const inner = o.inner.copy().digest();
  return new Uint8Array(o.outer.copy().update(inner).digest());
}

function compareDigest(a: any, b: any): boolean {
  if (typeof a === "string" && typeof b === "string") {
    if (!/^[\x00-\x7f]*$/.test(a) || !/^[\x00-\x7f]*$/.test(b)) raise(T.TypeError, "comparing strings with non-ASCII characters is not supported");
    const x = Buffer.from(a, "latin1");
    const y = Buffer.from(b, "latin1");
    return x.length === y.length && nodeCrypto().timingSafeEqual(x, y);
  }
  const x = bytesLike(a);
  const y = bytesLike(b);
  if (x === undefined || y === undefined) raise(T.TypeError, `unsupported operand types(s) or combination of types: '${typeOf(a).$name}' and '${typeOf(b).$name}'`);
  return x.length === y.length && nodeCrypto().timingSafeEqual(x, y);
}

function frozenset(items: string[]): PyFrozenSet {
  const s = new PyFrozenSet();
  for (const x of items) setAdd(s, x);
  return s;
}

defineModule("hashlib", (m) => {
  HashType = nativeClass("_hashlib", "HASH", [], HashJs, {
    update: ["data, /", (o: HashJs, data: any) => {
      o.h.update(dataBytes(data));
      return None;
    }],
    digest: ["length=", (o: HashJs, length: any) => new PyBytes(hashDigest(o, length))],
    hexdigest: ["length=", (o: HashJs, length: any) => hex(hashDigest(o, length))],
    copy: ["", (o: HashJs) => {
      const c = new HashJs(o.algo, o.h.copy());
      c.$cls = HashType;
      return c;
    }],
    name: { get: (o: HashJs) => o.algo },
    digest_size: { get: (o: HashJs) => ALGOS[o.algo].digestSize },
    block_size: { get: (o: HashJs) => ALGOS[o.algo].blockSize },
    __repr__: ["", (o: HashJs) => `<${o.algo} _hashlib.HASH object @ 0x${identity(o).toString(16).padStart(12, "0")}>`],
  });
  m.set("new", m.fn("new", "name, data=, *, usedforsecurity=", (name: any, data: any) => {
    if (typeof name !== "string") raise(T.TypeError, `new() argument 'name' must be str, not ${typeOf(name).$name}`);
    return newHash(name, data);
  }));
  for (const a of Object.keys(ALGOS)) {
    if (a === "sha512_224" || a === "sha512_256") continue;
    const spec = a.startsWith("blake2")
      ? "data=, /, *, digest_size=, key=, salt=, person=, fanout=, depth=, leaf_size=, node_offset=, node_depth=, inner_size=, last_node=, usedforsecurity="
      : "string=, *, usedforsecurity=";
    const f = m.fn(a, spec, (data: any, ...rest: any[]) => {
      if (a.startsWith("blake2")) {
        const [digestSize, key, salt, person] = rest;
        const dflt = ALGOS[a].digestSize;
        const emptyOrAbsent = (x: any) => x === undefined || (bytesLike(x)?.length ?? 1) === 0;
        if ((digestSize !== undefined && Number(pyIndex(digestSize)) !== dflt) || !emptyOrAbsent(key) || !emptyOrAbsent(salt) || !emptyOrAbsent(person)) {
          raise(T.NotImplementedError, `${a}: only the default digest_size without key, salt or person is supported`);
        }
      }
      return newHash(a, data);
    });
    constructors.set(f, a);
  }
  m.set("algorithms_guaranteed", frozenset(GUARANTEED));
  m.set("algorithms_available", frozenset([...GUARANTEED, "sha512_224", "sha512_256", "md5-sha1"].filter((x) => x !== "md5-sha1")));
  m.fn("pbkdf2_hmac", "hash_name, password, salt, iterations, dklen=", (name: any, password: any, salt: any, iterations: any, dklen: any) => {
    const a = algoName(String(name));
    if (a === undefined) raise(T.ValueError, `unsupported hash type ${name}`);
    const it = Number(pyIndex(iterations));
    if (it < 1) raise(T.ValueError, "iteration value must be greater than 0.");
    const len = dklen === undefined || dklen === None ? ALGOS[a].digestSize : Number(pyIndex(dklen));
    if (len < 1) raise(T.ValueError, "key length must be greater than 0.");
    return new PyBytes(new Uint8Array(nodeCrypto().pbkdf2Sync(dataBytes(password), dataBytes(salt), it, len, ALGOS[a].node)));
  });
  m.fn("scrypt", "password, *, salt=, n=, r=, p=, maxmem=, dklen=", (password: any, salt: any, n: any, r: any, p: any, maxmem: any, dklen: any) => {
    const len = dklen === undefined ? 64 : Number(pyIndex(dklen));
    const opts: any = { N: Number(pyIndex(n)), r: Number(pyIndex(r)), p: Number(pyIndex(p)) };
    if (maxmem !== undefined && Number(pyIndex(maxmem))) opts.maxmem = Number(pyIndex(maxmem));
    else opts.maxmem = 129 * opts.N * opts.r * opts.p + 64 * 1024 * 1024;
    return new PyBytes(new Uint8Array(nodeCrypto().scryptSync(dataBytes(password), dataBytes(salt), len, opts)));
  });
  m.fn("file_digest", "fileobj, digest, /", (fileobj: any, digest: any) => {
    const h: any = typeof digest === "string" ? newHash(digest, undefined) : (() => {
      const a = digestmodName(digest);
      return a ? newHash(a, undefined) : foreignHash(digest);
    })();
    const read = getattr(fileobj, "read");
    for (;;) {
      const chunk = call1(read, 1 << 18);
      const b = bytesLike(chunk);
      if (b === undefined || b.length === 0) break;
      if (h instanceof HashJs) h.h.update(b);
      else call1(getattr(h, "update"), chunk);
    }
    return h;
  });
});

defineModule("hmac", (m) => {
  HmacType = nativeClass("hmac", "HMAC", [], HmacJs, {
    update: ["msg", (o: HmacJs, msg: any) => {
      o.inner.update(dataBytes(msg));
      return None;
    }],
    digest: ["", (o: HmacJs) => new PyBytes(hmacDigest(o))],
    hexdigest: ["", (o: HmacJs) => hex(hmacDigest(o))],
    copy: ["", (o: HmacJs) => {
      const c = new HmacJs();
      c.$cls = HmacType;
      c.$d = Object.create(null);
      c.algo = o.algo;
      c.inner = o.inner.copy();
      c.outer = o.outer.copy();
      return c;
    }],
    name: { get: (o: HmacJs) => "hmac-" + o.algo },
    __new__: staticMethod("__new__", "cls, key, msg=, digestmod=", (_cls: any, key: any, msg: any, digestmod: any) => hmacNew(key, msg, digestmod)),
    __init__: ["*args, **kw", () => None],
    digest_size: { get: (o: HmacJs) => ALGOS[o.algo].digestSize },
    block_size: { get: (o: HmacJs) => ALGOS[o.algo].blockSize },
  }, { dict: true });
  m.set("HMAC", HmacType);
  m.fn("new", "key, msg=, digestmod=", (key: any, msg: any, digestmod: any) => hmacNew(key, msg, digestmod));
  m.fn("digest", "key, msg, digest", (key: any, msg: any, digest: any) => new PyBytes(hmacDigest(hmacNew(key, msg, digest))));
  m.fn("compare_digest", "a, b, /", compareDigest);
  m.set("digest_size", None);
  m.set("trans_5C", new PyBytes(Uint8Array.from({ length: 256 }, (_, i) => i ^ 0x5c)));
  m.set("trans_36", new PyBytes(Uint8Array.from({ length: 256 }, (_, i) => i ^ 0x36)));
  void callv;
});

/**
 * Helpers shared by the native modules (sys, os, io, json, time, builtinsExtra): native classes
 * outside the builtins registry, struct sequences (`time.struct_time`, `os.stat_result`…),
 * OSError construction from Node errors, argument coercion.
 */
import {
  None,
  PyObject,
  PyType,
  PyTuple,
  PyGetSet,
  PyStaticMethod,
  PyFloat,
  PyBytes,
  PyByteArray,
  newAttrDict,
  type AttrDict,
} from "../runtime/objects.js";
import { T, c3, defineAttrs, isSubtype, typeOf } from "../runtime/types.js";
import { newException, captureTraceback, typeError } from "../runtime/errors.js";
import { nativeFunction, staticNative } from "../runtime/native.js";
import { call1 } from "../runtime/call.js";
import { repr } from "../runtime/ops.js";
import { toArray } from "../runtime/iter.js";
import type { PyFunction } from "../runtime/call.js";

/**
 * A class implemented natively, not registered in the builtins type table. `js` is the JS class
 * of its instances (it receives a `$cls` prototype slot pointing to the new type).
 */
export function nativeClass(
  name: string,
  module: string,
  bases: PyType[],
  js: any,
  attrs: AttrDict,
  opts: { dict?: boolean } = {},
): PyType {
  if (bases.length === 0) bases = [T.object];
  const t = new PyType(name, bases, newAttrDict(), js, T.type);
  t.$module = module;
  t.$qualname = name;
  const mro = c3(t, bases);
  if (!mro) throw new Error("inconsistent MRO for native class " + name);
  t.$mro = mro;
  t.$noDict = !opts.dict;
  for (const b of bases) b.$subclasses.push(t);
  if (js && js.prototype && !Object.prototype.hasOwnProperty.call(js.prototype, "$cls")) {
    Object.defineProperty(js.prototype, "$cls", { value: t, writable: true, configurable: true });
  }
  if (attrs.__doc__ === undefined) attrs.__doc__ = None;
  defineAttrs(t, attrs);
  return t;
}

/** A native method (self first). The spec lists the parameters after self. */
export function method(cls: string, name: string, spec: string, impl: (...a: any[]) => any): PyFunction {
  return nativeFunction(name, spec ? `self, ${spec}` : "self", impl, `${cls}.${name}`);
}

export function staticMethod(name: string, spec: string, impl: (...a: any[]) => any): PyStaticMethod {
  return new PyStaticMethod(staticNative(nativeFunction(name, spec, impl)));
}

export function getset(name: string, get: (o: any) => any, set: ((o: any, v: any) => void) | null = null): PyGetSet {
  return new PyGetSet(name, get, set);
}

// ---- struct sequences ----

export class StructSeq extends PyTuple {
  /** Fields past the visible tuple part (st_atime floats, tm_zone…). */
  x: AttrDict = newAttrDict();
}

export interface StructSeqType {
  type: PyType;
  make(values: any[], extra?: AttrDict): StructSeq;
}

/**
 * A named-tuple-like type (`os.stat_result`, `time.struct_time`, `sys.version_info`): a tuple of
 * the visible fields, with attributes for those and for the extra fields.
 */
export function structseq(qualName: string, module: string, fields: string[], extraFields: string[] = [], reprName?: string): StructSeqType {
  const js = class extends StructSeq {};
  const attrs: AttrDict = newAttrDict();
  fields.forEach((f, i) => {
    attrs[f] = getset(f, (o: StructSeq) => o.a[i]);
  });
  for (const f of extraFields) attrs[f] = getset(f, (o: StructSeq) => (o.x[f] === undefined ? None : o.x[f]));
  attrs.n_sequence_fields = fields.length;
  attrs.n_fields = fields.length + extraFields.length;
  attrs.n_unnamed_fields = 0;
  const rn = reprName ?? `${module}.${qualName}`;
  attrs.__repr__ = method(qualName, "__repr__", "", (o: StructSeq) => {
    const parts: string[] = [];
    fields.forEach((f, i) => parts.push(`${f}=${repr(o.a[i])}`));
    return `${rn}(${parts.join(", ")})`;
  });
  let type: PyType;
  attrs.__new__ = staticMethod("__new__", "cls, sequence, dict=", (cls: PyType, seq: any, d: any) => {
    const a = toArray(seq);
    const n = fields.length;
    if (a.length < n) typeError(`${rn} takes an at least ${n}-sequence (${a.length}-sequence given)`);
    if (a.length > n + extraFields.length) typeError(`${rn} takes an at most ${n + extraFields.length}-sequence (${a.length}-sequence given)`);
    const o = new js(a.slice(0, n));
    if (cls !== type) o.$cls = cls;
    extraFields.forEach((f, i) => {
      if (n + i < a.length) o.x[f] = a[n + i];
    });
    return o;
  });
  attrs.__reduce__ = method(qualName, "__reduce__", "", (o: StructSeq) => new PyTuple([o.$cls, new PyTuple([new PyTuple(o.a.slice())])]));
  type = nativeClass(qualName, module, [T.tuple], js, attrs);
  return {
    type,
    make(values, extra) {
      const o = new js(values);
      if (extra) Object.assign(o.x, extra);
      return o;
    },
  };
}

// ---- OSError ----

const ERRNO: Record<string, [number, string, string]> = {
  EPERM: [1, "Operation not permitted", "PermissionError"],
  ENOENT: [2, "No such file or directory", "FileNotFoundError"],
  ESRCH: [3, "No such process", "ProcessLookupError"],
  EINTR: [4, "Interrupted system call", "InterruptedError"],
  EIO: [5, "Input/output error", "OSError"],
  EBADF: [9, "Bad file descriptor", "OSError"],
  ECHILD: [10, "No child processes", "ChildProcessError"],
  EAGAIN: [11, "Resource temporarily unavailable", "BlockingIOError"],
  ENOMEM: [12, "Cannot allocate memory", "MemoryError"],
  EACCES: [13, "Permission denied", "PermissionError"],
  EBUSY: [16, "Device or resource busy", "OSError"],
  EEXIST: [17, "File exists", "FileExistsError"],
  EXDEV: [18, "Invalid cross-device link", "OSError"],
  ENOTDIR: [20, "Not a directory", "NotADirectoryError"],
  EISDIR: [21, "Is a directory", "IsADirectoryError"],
  EINVAL: [22, "Invalid argument", "OSError"],
  EMFILE: [24, "Too many open files", "OSError"],
  ENOSPC: [28, "No space left on device", "OSError"],
  ESPIPE: [29, "Illegal seek", "OSError"],
  EROFS: [30, "Read-only file system", "OSError"],
  EPIPE: [32, "Broken pipe", "BrokenPipeError"],
  ENAMETOOLONG: [36, "File name too long", "OSError"],
  ENOTTY: [25, "Inappropriate ioctl for device", "OSError"],
  ENOTEMPTY: [39, "Directory not empty", "OSError"],
  ELOOP: [40, "Too many levels of symbolic links", "OSError"],
  ETIMEDOUT: [110, "Connection timed out", "TimeoutError"],
  ECONNREFUSED: [111, "Connection refused", "ConnectionRefusedError"],
};

/** errno → (message, exception type name), for os.strerror and OSError(errno, …). */
export function errnoInfo(code: string): [number, string, string] | undefined {
  return ERRNO[code];
}

export function strerror(n: number): string {
  for (const k in ERRNO) if (ERRNO[k][0] === n) return ERRNO[k][1];
  return `Unknown error ${n}`;
}

/** An OSError subclass instance like CPython's `OSError(errno, strerror, filename)`. */
export function makeOSError(code: string | number, filename?: any, filename2?: any): any {
  let info: [number, string, string] | undefined;
  if (typeof code === "number") {
    for (const k in ERRNO) if (ERRNO[k][0] === code) info = ERRNO[k];
    if (!info) info = [code, strerror(code), "OSError"];
  } else info = ERRNO[code] ?? [5, String(code), "OSError"];
  const [errno, msg, tname] = info;
  const t = T[tname] ?? T.OSError;
  const args: any[] = [errno, msg];
  const e = newException(t, args);
  e.$d!.errno = errno;
  e.$d!.strerror = msg;
  e.$d!.filename = filename === undefined ? None : filename;
  e.$d!.filename2 = filename2 === undefined ? None : filename2;
  captureTraceback(e);
  return e;
}

/** Converts a Node fs error to the Python exception CPython would raise. */
export function osErrorFrom(err: any, filename?: any, filename2?: any): any {
  if (err instanceof PyObject) return err;
  const code = err && typeof err.code === "string" ? err.code : "EIO";
  return makeOSError(code, filename, filename2);
}

// ---- arguments ----

/** A path argument: str, bytes, or an os.PathLike. */
export function fspath(p: any, fname = "path"): string {
  if (typeof p === "string") return p;
  if (p instanceof PyBytes || p instanceof PyByteArray) return Buffer.from(p.b).toString("utf8");
  if (p instanceof PyObject) {
    if (isSubtype(typeOf(p), T.str) && typeof (p as any).$v === "string") return (p as any).$v;
    const f = typeOf(p).$L.__fspath__;
    if (f !== undefined) {
      const r = call1(f, p);
      if (typeof r === "string") return r;
      if (r instanceof PyBytes) return Buffer.from(r.b).toString("utf8");
      typeError(`expected ${typeOf(p).$name}.__fspath__() to return str or bytes, not ${typeOf(r).$name}`);
    }
  }
  typeError(`${fname}: expected str, bytes or os.PathLike object, not ${typeOf(p).$name}`);
}

/** The string value of a str or str-subclass instance; undefined otherwise. */
export function strOf(x: any): string | undefined {
  if (typeof x === "string") return x;
  if (x instanceof PyObject && typeof (x as any).$v === "string" && isSubtype(typeOf(x), T.str)) return (x as any).$v;
  return undefined;
}

export function isNone(x: any): boolean {
  return x === undefined || x === None;
}

export function bytesOf(b: Uint8Array): PyBytes {
  return new PyBytes(b);
}

export { PyFloat };

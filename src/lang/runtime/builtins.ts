/**
 * The `builtins` namespace: every builtin function and type, as a null-prototype object that
 * module globals inherit from. Output goes through a buffered writer flushed at exit.
 */
import { writeSync } from "node:fs";
import { None, NotImplemented, Ellipsis, PyRange, PyTuple, PyList, STOP } from "./objects.js";
import { T, typeOf, isSubtype } from "./types.js";
import { nativeFunction, staticNative } from "./native.js";
import { str, repr, len as pyLen, truthy } from "./ops.js";
import { typeError, raise } from "./errors.js";
import { callv, getattr } from "./call.js";
import { getIter } from "./iter.js";
import { builtinsRef } from "./index.js";

export const builtins: Record<string, any> = Object.create(null);

// ---- output ----

let outBuf = "";
/** Where stdout text goes (the sys module may replace it). */
export const stdoutHooks = {
  write: (s: string): void => {
    outBuf += s;
    if (outBuf.length > 65536) flushStdout();
  },
};
export function writeStdout(s: string): void {
  stdoutHooks.write(s);
}
export function flushStdout(): void {
  if (outBuf.length) {
    const b = outBuf;
    outBuf = "";
    writeAllSync(1, b);
  }
}
export function writeStderr(s: string): void {
  flushStdout();
  writeAllSync(2, s);
}
function writeAllSync(fd: number, s: string): void {
  const buf = Buffer.from(s, "utf8");
  let off = 0;
  while (off < buf.length) {
    try {
      off += writeSync(fd, buf, off, buf.length - off);
    } catch (e: any) {
      if (e.code === "EAGAIN") continue;
      if (e.code === "EPIPE") return;
      throw e;
    }
  }
}

function def(name: string, spec: string, impl: (...a: any[]) => any): void {
  builtins[name] = staticNative(nativeFunction(name, spec, impl));
}

def("print", "*args, sep=, end=, file=, flush=", (args: PyTuple, sep: any, end: any, file: any) => {
  const s = sep === undefined || sep === None ? " " : sep;
  const e = end === undefined || end === None ? "\n" : end;
  if (typeof s !== "string") typeError(`sep must be None or a string, not ${typeOf(s).$name}`);
  if (typeof e !== "string") typeError(`end must be None or a string, not ${typeOf(e).$name}`);
  const a = args.a;
  let out = "";
  for (let i = 0; i < a.length; i++) {
    if (i) out += s;
    out += str(a[i]);
  }
  out += e;
  if (file !== undefined && file !== None) callv(getattr(file, "write"), [out]);
  else writeStdout(out);
  return None;
});

def("len", "obj, /", (o: any) => pyLen(o));
def("repr", "obj, /", (o: any) => repr(o));

import { frameHooks } from "./support.js";
import { AttrDictView } from "./bootstrap.js";
frameHooks.builtins = builtins;
frameHooks.nsView = (g) => new AttrDictView(g);

export { None, NotImplemented, Ellipsis, PyRange, PyList, STOP, T, isSubtype, truthy, raise, getIter, builtinsRef };

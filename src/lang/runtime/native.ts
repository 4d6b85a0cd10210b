/**
 * Functions written in TypeScript that Python code calls like its own.
 *
 * @example
 *   const sqrt = nativeFunction("sqrt", "x, /", (x) => pyFloat(Math.sqrt(toNumber(x))));
 *   const sorted = nativeFunction("sorted", "iterable, /, *, key=, reverse=", (it, key, rev) => …);
 */
import type { PyFunction, PySig } from "./call.js";
import { PyTuple } from "./objects.js";

const sigCache = new Map<string, { sig: Omit<PySig, "name" | "qualname">; simple: boolean; nreq: number; kwOptional: string[] }>();

/** Parses "a, b=, /, *args, c=, **kw" into a signature. A trailing `=` marks an optional parameter. */
function parseSpec(spec: string) {
  let c = sigCache.get(spec);
  if (c) return c;
  const args: string[] = [];
  const kwonly: string[] = [];
  const kwOptional: string[] = [];
  let vararg: string | null = null;
  let kwarg: string | null = null;
  let posonly = 0;
  let inKwOnly = false;
  let nreq = 0;
  let optionalSeen = false;
  for (let p of spec.split(",")) {
    p = p.trim();
    if (p === "") continue;
    if (p === "/") {
      posonly = args.length;
      continue;
    }
    if (p === "*") {
      inKwOnly = true;
      continue;
    }
    if (p.startsWith("**")) {
      kwarg = p.slice(2);
      continue;
    }
    if (p.startsWith("*")) {
      vararg = p.slice(1);
      inKwOnly = true;
      continue;
    }
    const opt = p.endsWith("=");
    const name = opt ? p.slice(0, -1) : p;
    if (inKwOnly) {
      kwonly.push(name);
      if (opt) kwOptional.push(name);
    }
    else {
      args.push(name);
      if (!opt && !optionalSeen) nreq++;
      if (opt) optionalSeen = true;
    }
  }
  const simple = vararg === null && kwarg === null && kwonly.length === 0;
  c = { sig: { args, posonly, vararg, kwonly, kwarg, native: true }, simple, nreq, kwOptional };
  sigCache.set(spec, c);
  return c;
}

const UNDEF_DEFAULTS: any[] = [];

/**
 * Makes a Python-callable function from `impl`. Parameters arrive in spec order: absent
 * optional ones as `undefined`, `*args` as a PyTuple, `**kw` as a PyDict.
 */
export function nativeFunction(name: string, spec: string, impl: (...a: any[]) => any, qualname?: string): PyFunction {
  const { sig, simple, nreq, kwOptional } = parseSpec(spec);
  const f = impl as unknown as PyFunction;
  f.$sig = { ...sig, name, qualname: qualname ?? name };
  // Optional parameters default to `undefined` when bound from keywords: the impl sees them absent.
  const nopt = sig.args.length - nreq;
  f.$df = nopt > 0 ? new Array(nopt).fill(undefined) : UNDEF_DEFAULTS;
  f.$kwdf = null;
  if (sig.kwonly.length) {
    const kd: Record<string, any> = Object.create(null);
    for (const k of kwOptional) kd[k] = undefined;
    f.$kwdf = kd;
  }
  // Direct positional calls (call0..call3) check `$nr`, the required count, at the call site.
  f.$nr = simple ? nreq : 0;
  if (simple) f.$np = sig.args.length;
  if (sig.args.length === 0 && sig.vararg !== null && sig.kwarg === null && kwOptional.length === sig.kwonly.length) {
    // f(*args, opt=…) called positionally (print, min, max…): no binding needed.
    (f as any).$vf = (args: any[]) => impl(new PyTuple(args));
  }
  return f;
}

/** Marks a native function as not binding to instances when stored on a class (like CPython builtins). */
export function staticNative<F extends PyFunction>(f: F): F {
  (f as any).$static = true;
  return f;
}

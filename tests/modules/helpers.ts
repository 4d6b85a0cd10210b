// Helpers for module unit tests: load a native module and call its functions with keywords.
import { loadModule } from "../../src/lang/loader.js";
import { callv, getattr, PyList, PyTuple, PyDict, newDict, dictSet, None, str, repr } from "../../src/lang/runtime/index.js";

export function mod(name: string): Record<string, any> {
  return loadModule(name).$d!;
}

/** f(*args, **kw) */
export function call(f: any, args: any[] = [], kw: Record<string, any> = {}): any {
  const names = Object.keys(kw);
  return callv(f, args, names.length ? names : null, names.length ? names.map((k) => kw[k]) : null);
}

export function meth(o: any, name: string, ...args: any[]): any {
  return callv(getattr(o, name), args);
}

export function list(...a: any[]): PyList {
  return new PyList(a);
}
export function tuple(...a: any[]): PyTuple {
  return new PyTuple(a);
}
export function dict(o: Record<string, any>): PyDict {
  const d = newDict();
  for (const k of Object.keys(o)) dictSet(d, k, o[k]);
  return d;
}

/** The Python exception type name and str() of what `f` throws. */
export function pyError(f: () => any): string {
  try {
    f();
  } catch (e: any) {
    if (e && e.$cls) return `${e.$cls.$name}: ${str(e)}`;
    throw e;
  }
  return "no error";
}

export { None, repr, str };

/**
 * Making and raising Python exceptions from runtime code.
 */
import { newAttrDict, PyBaseException, PyTuple, PyType, None } from "./objects.js";
import { T } from "./types.js";

export { T };

/** Creates an exception instance of a built-in or user exception class (no __init__ call). */
export function newException(t: PyType, args: any[]): PyBaseException {
  const e: PyBaseException = new (t.$js as any)();
  e.$cls = t;
  e.$d = newAttrDict();
  e.args = new PyTuple(args);
  return e;
}

/** Exceptions being handled (in an except or finally block), innermost last; see exceptions.ts. */
export const handlingStack: PyBaseException[] = [];

/**
 * Records where an exception was raised (once: a re-raise keeps the original place). One raised
 * while another is being handled gets that one as its implicit `__context__`, as in CPython.
 */
export function captureTraceback(e: any, from?: Function): void {
  if (e.$tb === undefined) {
    const n = handlingStack.length;
    if (n !== 0 && e.__context__ === None) {
      const top = handlingStack[n - 1];
      let c: any = top;
      while (c instanceof PyBaseException && c !== e) c = c.__context__;
      if (c !== e) e.__context__ = top;
    }
    Error.captureStackTrace(e, from ?? captureTraceback);
    // `stack` is formatted lazily by V8; keep a handle so the accessor stays reachable.
    e.$tb = true;
  }
}

/** Creates an exception with one message argument, with its traceback. */
export function pyErr(t: PyType, msg?: string): PyBaseException {
  const e = newException(t, msg === undefined ? [] : [msg]);
  captureTraceback(e, pyErr);
  return e;
}

/** Raises `t(msg)`. */
export function raise(t: PyType, msg?: string): never {
  throw pyErr(t, msg);
}

export function typeError(msg: string): never {
  throw pyErr(T.TypeError, msg);
}

export function valueError(msg: string): never {
  throw pyErr(T.ValueError, msg);
}

export function attributeError(msg: string, name?: string, obj?: any): never {
  const e = pyErr(T.AttributeError, msg);
  e.$d!.name = name ?? None;
  e.$d!.obj = obj ?? None;
  throw e;
}

export function indexError(msg: string): never {
  throw pyErr(T.IndexError, msg);
}

export function keyError(key: any): never {
  const e = newException(T.KeyError, [key]);
  captureTraceback(e, keyError);
  throw e;
}

export function nameError(name: string): never {
  const e = pyErr(T.NameError, `name '${name}' is not defined`);
  e.$d!.name = name;
  throw e;
}

export function unboundLocal(name: string): never {
  throw pyErr(T.UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
}

export function stopIteration(value: any): PyBaseException {
  const e = newException(T.StopIteration, value === undefined ? [] : [value]);
  return e;
}

export function isExc(e: any): e is PyBaseException {
  return e instanceof PyBaseException;
}

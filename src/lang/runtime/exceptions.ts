/**
 * raise / except support for generated code: normalising what is thrown (JS errors included),
 * matching handlers, the stack of exceptions being handled (for bare `raise` and __context__).
 */
import { None, PyBaseException, PyTuple, PyType, PyObject, PyList } from "./objects.js";
import { T, typeOf, isSubtype } from "./types.js";
import { captureTraceback, handlingStack, newException, pyErr, raise as raiseType, typeError } from "./errors.js";
import { callv, getattr } from "./call.js";

/** Exceptions being handled, innermost last. */
const handling: PyBaseException[] = handlingStack;

export function excPush(e: PyBaseException): void {
  handling.push(e);
}
export function excPop(): void {
  handling.pop();
}
export function excTop(): PyBaseException | null {
  return handling.length ? handling[handling.length - 1] : null;
}

/** Turns anything thrown into a Python exception (JS stack overflow → RecursionError, …). */
export function exc(e: any): PyBaseException {
  if (e instanceof PyBaseException) return e;
  return fromJsError(e);
}

export let debugInternalErrors = !!process.env.TAURARO_DEBUG;

export function fromJsError(e: any): PyBaseException {
  if (e instanceof RangeError && /call stack/.test(e.message)) {
    const r = newException(T.RecursionError, ["maximum recursion depth exceeded"]);
    // The traceback is the overflowing stack's (see traceback.ts), not the catching frame's.
    (r as any).$jsError = e;
    captureTraceback(r);
    return r;
  }
  if (e instanceof RangeError && /Invalid (array|string) length/.test(e.message)) {
    const r = newException(T.MemoryError, []);
    captureTraceback(r);
    return r;
  }
  if (e && e.$interrupt) return e.$interrupt;
  const msg = e instanceof Error ? e.message : String(e);
  const r = newException(T.SystemError, [`internal error: ${msg}`]);
  (r as any).$jsError = e;
  if (debugInternalErrors && e instanceof Error) process.stderr.write(String(e.stack) + "\n");
  captureTraceback(r);
  return r;
}

/** `except T` / `except (A, B)`. */
export function excMatch(e: PyBaseException, t: any): boolean {
  if (t instanceof PyType) {
    if (!isSubtype(t, T.BaseException)) typeError("catching classes that do not inherit from BaseException is not allowed");
    return isSubtype(e.$cls, t);
  }
  if (t instanceof PyTuple) {
    for (const x of t.a) if (excMatch(e, x)) return true;
    return false;
  }
  typeError("catching classes that do not inherit from BaseException is not allowed");
}

/** `raise X [from Y]`: returns the exception to throw. */
export function raise(x: any, cause?: any): PyBaseException {
  let e: any = x;
  if (x instanceof PyType) {
    if (!isSubtype(x, T.BaseException)) typeError("exceptions must derive from BaseException");
    e = callv(x, []);
  }
  if (!(e instanceof PyBaseException)) typeError("exceptions must derive from BaseException");
  if (cause !== undefined) {
    let c = cause;
    if (c instanceof PyType) c = callv(c, []);
    if (c !== None && !(c instanceof PyBaseException)) typeError("exception causes must derive from BaseException");
    e.__cause__ = c;
    e.__suppress_context__ = true;
  }
  const top = excTop();
  if (top !== null && top !== e && e.__context__ === None) {
    // Avoid cycles, as CPython does.
    let c: any = top;
    let cyc = false;
    while (c instanceof PyBaseException) {
      if (c === e) {
        cyc = true;
        break;
      }
      c = c.__context__;
    }
    if (!cyc) e.__context__ = top;
  }
  captureTraceback(e, raise);
  return e;
}

/** Bare `raise`. */
export function reraise(): PyBaseException {
  const top = excTop();
  if (top === null) return pyErr(T.RuntimeError, "No active exception to reraise");
  return top;
}

export function assertFail(msg?: any): PyBaseException {
  const e = msg === undefined ? newException(T.AssertionError, []) : callv(T.AssertionError, [msg]);
  captureTraceback(e, assertFail);
  return e;
}

export function isBaseException(x: any): x is PyBaseException {
  return x instanceof PyBaseException;
}

export { raiseType, PyObject, typeOf };

/** `except*`: the exception as a group (a bare exception is wrapped, as CPython does). */
export function egStart(e: PyBaseException): PyBaseException {
  if (isSubtype(e.$cls, T.BaseExceptionGroup)) return e;
  const g = callv(isSubtype(e.$cls, T.Exception) ? T.ExceptionGroup : T.BaseExceptionGroup, ["", new PyTuple([e])]);
  (g as any).$naked = e;
  return g;
}

/** Splits group `g` by an except* clause's type: [matching part or null, rest or null]. */
export function egSplit(g: any, t: any): [any, any] {
  if (t instanceof PyType && isSubtype(t, T.BaseExceptionGroup)) typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
  if (g.$naked !== undefined) return excMatch(g.$naked, t) ? [g, null] : [null, g];
  const r = callv(getattr(g, "split"), [t]) as PyTuple;
  const [m, rest] = r.a;
  return [m === None ? null : m, rest === None ? null : rest];
}

/** After the except* handlers: re-raise what was not handled together with what handlers raised. */
export function egFinish(orig: PyBaseException, rest: any, raised: PyBaseException[]): void {
  if (raised.length === 0) {
    if (rest === null) return;
    // Nothing matched: the original exception propagates unchanged (unwrapped if it was bare).
    if ((rest as any).$naked !== undefined) throw (rest as any).$naked;
    throw rest;
  }
  const all = [...raised];
  if (rest !== null) all.push(rest);
  if (all.length === 1 && rest === null) throw all[0];
  const g = callv(T.ExceptionGroup, ["", new PyList(all)]);
  captureTraceback(g, egFinish);
  throw g;
}

/**
 * Generators and coroutines on top of JS generator functions. `yield` compiles to JS `yield`,
 * `yield from`/`await` to `yield*` over the delegate's JS generator, so send/throw/close and
 * return values travel natively. Coroutines are generators too: asyncio drives them with send().
 */
import { None, PyIterator, PyObject, STOP, PyType } from "./objects.js";
import { T, makeBuiltinType, defineAttrs, typeOf, isSubtype } from "./types.js";
import { newException, raise, typeError, isExc, pyErr, captureTraceback } from "./errors.js";
import { nativeFunction } from "./native.js";
import { getIter } from "./iter.js";
import { call1, callv, type PyFunction } from "./call.js";

export class PyGenerator extends PyIterator {
  running = false;
  finished = false;
  started = false;
  /** The value of the generator's `return`, once finished. */
  ret: any = None;
  constructor(public g: Generator<any, any, any>, public fn: PyFunction | null) {
    super();
  }

  /** One step: JS-level resume with `value` (or throw `exc`). Returns the yielded value or STOP. */
  resume(value: any, exc?: any): any {
    if (this.finished) {
      if (exc !== undefined) throw exc;
      return STOP;
    }
    if (this.running) raise(T.ValueError, `${this.kind()} already executing`);
    this.running = true;
    this.started = true;
    let r: IteratorResult<any, any>;
    try {
      r = exc === undefined ? this.g.next(value) : this.g.throw(exc);
    } catch (e: any) {
      this.finished = true;
      if (isExc(e) && isSubtype(e.$cls, T.StopIteration)) {
        const re = pyErr(T.RuntimeError, `${this.kind()} raised StopIteration`);
        re.__cause__ = e;
        re.__context__ = e;
        throw re;
      }
      throw e;
    } finally {
      this.running = false;
    }
    if (r.done) {
      this.finished = true;
      this.ret = r.value === undefined ? None : r.value;
      return STOP;
    }
    return r.value;
  }

  kind(): string {
    return "generator";
  }

  $next(): any {
    return this.resume(None);
  }

  send(v: any): any {
    const r = this.resume(v);
    if (r === STOP) throw newException(T.StopIteration, this.ret === None ? [] : [this.ret]);
    return r;
  }

  throwIn(exc: any): any {
    const r = this.resume(None, exc);
    if (r === STOP) throw newException(T.StopIteration, this.ret === None ? [] : [this.ret]);
    return r;
  }

  close(): void {
    if (this.finished) return;
    const ge = newException(T.GeneratorExit, []);
    let r: any;
    try {
      r = this.resume(None, ge);
    } catch (e: any) {
      if (e === ge || (isExc(e) && (isSubtype(e.$cls, T.GeneratorExit) || isSubtype(e.$cls, T.StopIteration)))) return;
      throw e;
    }
    if (r !== STOP) raise(T.RuntimeError, `${this.kind()} ignored GeneratorExit`);
  }
}

export class PyCoroutine extends PyGenerator {
  override kind(): string {
    return "coroutine";
  }
}

makeBuiltinType("generator", [T.object], PyGenerator);
makeBuiltinType("coroutine", [T.object], PyCoroutine);

function genName(g: PyGenerator): string {
  return g.fn?.$sig?.qualname ?? "<genexpr>";
}

defineAttrs(T.generator, {
  __iter__: nativeFunction("__iter__", "self", (g: any) => g),
  __next__: nativeFunction("__next__", "self", (g: PyGenerator) => {
    const r = g.resume(None);
    if (r === STOP) throw newException(T.StopIteration, g.ret === None ? [] : [g.ret]);
    return r;
  }),
  send: nativeFunction("send", "self, value", (g: PyGenerator, v: any) => {
    if (!g.started && !g.finished && v !== None) typeError(`can't send non-None value to a just-started ${g.kind()}`);
    return g.send(v);
  }),
  throw: nativeFunction("throw", "self, typ, val=, tb=", (g: PyGenerator, typ: any, val: any) => {
    let exc = typ;
    if (typ instanceof PyType) exc = val !== undefined && val !== None ? (isExc(val) ? val : callv(typ, [val])) : callv(typ, []);
    if (!isExc(exc)) typeError("exceptions must be classes or instances deriving from BaseException, not " + typeOf(exc).$name);
    // Its traceback starts at the throw() call (the generator's own frame is not on the stack yet).
    captureTraceback(exc);
    return g.throwIn(exc);
  }),
  close: nativeFunction("close", "self", (g: PyGenerator) => {
    g.close();
    return None;
  }),
  __repr__: nativeFunction("__repr__", "self", (g: PyGenerator) => `<${g.kind()} object ${genName(g)} at 0x7f0000000000>`),
  __name__: undefined,
});
delete T.generator.$dict.__name__;
defineAttrs(T.coroutine, {
  send: T.generator.$dict.send,
  throw: T.generator.$dict.throw,
  close: T.generator.$dict.close,
  __repr__: T.generator.$dict.__repr__,
  __await__: nativeFunction("__await__", "self", (c: PyCoroutine) => new AwaitIter(c)),
});

/** `coro.__await__()`: an iterator over the coroutine's steps. */
class AwaitIter extends PyIterator {
  constructor(public c: PyCoroutine) {
    super();
  }
  $next(): any {
    return this.c.resume(None);
  }
}

/** Wraps a started JS generator as a Python generator object. */
export function mkgen(g: Generator<any, any, any>, fn: PyFunction | null): PyGenerator {
  return new PyGenerator(g, fn);
}

export function mkcoro(g: Generator<any, any, any>, fn: PyFunction | null): PyCoroutine {
  return new PyCoroutine(g, fn);
}

/** `yield from x`: a JS iterable whose `yield*` delegation matches Python's. */
export function yieldFrom(x: any): Iterable<any> {
  if (x instanceof PyGenerator && !x.$cls.$user) return delegate(x);
  return iterDelegate(getIter(x));
}

function* delegate(g: PyGenerator): Generator<any, any, any> {
  let sent: any = None;
  let exc: any = undefined;
  for (;;) {
    let r: any;
    r = g.resume(sent, exc);
    exc = undefined;
    if (r === STOP) return g.ret;
    try {
      sent = yield r;
    } catch (e) {
      if (isExc(e) && isSubtype(e.$cls, T.GeneratorExit)) {
        g.close();
        throw e;
      }
      exc = e;
      sent = None;
    }
  }
}

function* iterDelegate(it: PyIterator): Generator<any, any, any> {
  for (let v = it.$next(); v !== STOP; v = it.$next()) yield v;
  return None;
}

/** `await x`: coroutines delegate; objects with `__await__` yield what their iterator yields. */
export function awaitable(x: any): Iterable<any> {
  if (x instanceof PyCoroutine) return delegate(x);
  const f = x instanceof PyObject ? typeOf(x).$L.__await__ : undefined;
  if (f === undefined) typeError(`object ${typeOf(x).$name} can't be used in 'await' expression`);
  const it = call1(f, x);
  if (it instanceof PyGenerator) return delegate(it);
  return iterDelegate(getIter(it));
}

export const genexprSig = null;

/** Async iteration helpers (`async for`). */
export function aiter(x: any): any {
  const f = typeOf(x).$L.__aiter__;
  if (f === undefined) typeError(`'async for' requires an object with __aiter__ method, got ${typeOf(x).$name}`);
  return call1(f, x);
}

export function* anext(it: any): Generator<any, any, any> {
  const f = typeOf(it).$L.__anext__;
  if (f === undefined) typeError(`'async for' received an object from __aiter__ that does not implement __anext__: ${typeOf(it).$name}`);
  try {
    return yield* awaitable(call1(f, it));
  } catch (e: any) {
    if (isExc(e) && isSubtype(e.$cls, T.StopAsyncIteration)) return STOP;
    throw e;
  }
}

// ---- async generators ----

/** Marks a value produced by `yield` inside an async generator (other yields are awaits). */
export class AGValue {
  constructor(public v: any) {}
}

export class PyAsyncGenerator extends PyObject {
  running = false;
  finished = false;
  constructor(public g: Generator<any, any, any>, public fn: PyFunction | null) {
    super();
  }
}

makeBuiltinType("async_generator", [T.object], PyAsyncGenerator);

/**
 * One `__anext__`/`asend`/`athrow` step: runs the generator, passing awaits through to the
 * event loop, until it yields a value (the step's result) or ends (StopAsyncIteration).
 */
function* agStep(ag: PyAsyncGenerator, first: any, firstExc: any): Generator<any, any, any> {
  if (ag.finished) {
    if (firstExc !== undefined) throw firstExc;
    throw newException(T.StopAsyncIteration, []);
  }
  if (ag.running) raise(T.RuntimeError, "anext(): asynchronous generator is already running");
  let send = first;
  let exc = firstExc;
  for (;;) {
    let r: IteratorResult<any, any>;
    ag.running = true;
    try {
      r = exc !== undefined ? ag.g.throw(exc) : ag.g.next(send);
    } catch (e: any) {
      ag.finished = true;
      if (isExc(e) && (isSubtype(e.$cls, T.StopAsyncIteration) || isSubtype(e.$cls, T.StopIteration))) {
        const re = pyErr(T.RuntimeError, isSubtype(e.$cls, T.StopIteration) ? "async generator raised StopIteration" : "async generator raised StopAsyncIteration");
        re.__cause__ = e;
        throw re;
      }
      throw e;
    } finally {
      ag.running = false;
    }
    exc = undefined;
    if (r.done) {
      ag.finished = true;
      throw newException(T.StopAsyncIteration, []);
    }
    if (r.value instanceof AGValue) return r.value.v;
    try {
      send = yield r.value;
    } catch (e) {
      exc = e;
    }
  }
}

export function mkasyncgen(g: Generator<any, any, any>, fn: PyFunction | null): PyAsyncGenerator {
  return new PyAsyncGenerator(g, fn);
}

defineAttrs(T.async_generator, {
  __aiter__: nativeFunction("__aiter__", "self", (ag: any) => ag),
  __anext__: nativeFunction("__anext__", "self", (ag: PyAsyncGenerator) => new PyCoroutine(agStep(ag, None, undefined), null)),
  asend: nativeFunction("asend", "self, value", (ag: PyAsyncGenerator, v: any) => new PyCoroutine(agStep(ag, v, undefined), null)),
  athrow: nativeFunction("athrow", "self, typ, val=, tb=", (ag: PyAsyncGenerator, typ: any, val: any) => {
    let exc = typ;
    if (typ instanceof PyType) exc = val !== undefined && val !== None ? val : callv(typ, []);
    return new PyCoroutine(agStep(ag, None, exc), null);
  }),
  aclose: nativeFunction("aclose", "self", (ag: PyAsyncGenerator) => {
    function* close(): Generator<any, any, any> {
      if (ag.finished) return None;
      try {
        yield* agStep(ag, None, newException(T.GeneratorExit, []));
      } catch (e: any) {
        if (isExc(e) && (isSubtype(e.$cls, T.GeneratorExit) || isSubtype(e.$cls, T.StopAsyncIteration))) return None;
        throw e;
      }
      raise(T.RuntimeError, "async generator ignored GeneratorExit");
    }
    return new PyCoroutine(close(), null);
  }),
  __repr__: nativeFunction("__repr__", "self", (ag: PyAsyncGenerator) => `<async_generator object ${ag.fn?.$sig?.qualname ?? "?"} at 0x7f0000000000>`),
});

/**
 * The Tauraro module `webviewtk`: Window, register_command, mount_and_run, the includes, CDN,
 * EdgeInsets, CustomTitleBar and every widget — the binding of the runtime-independent widget /
 * page layer (`./index.ts`) to Tauraro values, and of Tauraro callables to the bridge's serve loop
 * (`../bridge/vmServe.ts`).
 *
 * Commands (`register_command(window, name, fn)`), decided by `fn`'s signature:
 * - one positional parameter (any name) without a default, and no required keyword-only one →
 *   `fn(args_dict)` (the original convention; also for callables whose signature is unknown);
 * - otherwise the keys of the args object become keyword arguments (`def area(width, height=1)`,
 *   `def greet(*, name)`); a missing required key or an unexpected one is an `InvalidArguments`
 *   error naming the command and the key.
 * A generator handler streams its values when the page asks for a stream (else its result is the
 * list of yielded values). An `async def` handler's coroutine is driven to completion on the spot:
 * there is no event loop yet, so awaiting anything that suspends (rather than another coroutine)
 * raises a RuntimeError that says so (`asyncHooks.run` is where an event loop plugs in).
 *
 * Interrupts are the worker entry's (`../bridge/vmWorker.ts`): a timed-out call raises
 * `TimeoutError` inside the Tauraro handler, so its `finally` blocks run; the bridge itself
 * answers the page (`Timeout`). A handler that raises `SystemExit` (sys.exit) gets its error
 * reply, then serving stops and `mount_and_run` re-raises it, so the program ends with its code.
 *
 * @module
 */

import { dirname } from "node:path";
import {
  None,
  PyBaseException,
  PyDict,
  PyGetSet,
  PyList,
  PyMethod,
  PyObject,
  PyStaticMethod,
  PyTuple,
  PyType,
  PyFloat,
  PyGenerator,
  PyCoroutine,
  STOP,
  T,
  allocate,
  callv,
  captureTraceback,
  dictSet,
  exc as toPyExc,
  getattr,
  getIter,
  isExc,
  isSubtype,
  newDict,
  newException,
  nativeFunction,
  origKey,
  raise,
  repr as pyRepr,
  str as pyStr,
  toNumber,
  typeError,
  typeNew,
  typeOf,
  type PySig,
} from "../lang/runtime/index.js";
import { flushStdout } from "../lang/runtime/builtins.js";
import { defineModule } from "../lang/modules/registry.js";
import { sysModules } from "../lang/loader.js";
import { formatException } from "../lang/traceback.js";
import {
  BridgeError,
  DEFERRED,
  emit as bridgeEmit,
  inBridgeWorker,
  isServing,
  serve,
  stopServing,
  windowControl,
  type CallContext,
} from "../bridge/vmServe.js";
import type { ErrorInfo, PageSpec } from "../bridge/vmProtocol.js";
import {
  BUILTIN_COMMANDS,
  CDN_URLS,
  CDN_KEYS,
  CallbackTable,
  CommandError,
  EdgeInsets as JsEdgeInsets,
  WIDGET_EVENT_COMMAND,
  WIDGET_POSITIONAL,
  WIDGET_TYPES,
  addCustomCss,
  addCustomJs,
  buildPageSpec,
  createWindowSpec,
  eventCarriesValue,
  handleWidgetEvent,
  includeCdn,
  includeCssFile,
  includeHtmlFile,
  includeJsFile,
  isCallbackProp,
  renderWidget,
  type WidgetNode,
  type WindowSpec,
} from "./index.js";
import { dictOf, fromJson, toJson } from "./convert.js";

// ---------------------------------------------------------------------------------------------
// Helpers

function newClass(name: string, ns: Record<string, any>, bases: PyType[] = [T.object]): PyType {
  const d = Object.create(null);
  d.__module__ = "webviewtk";
  for (const k of Object.keys(ns)) d[k] = ns[k];
  const t = typeNew(T.type, name, bases, d);
  t.$module = "webviewtk";
  return t;
}

function method(name: string, spec: string, impl: (...a: any[]) => any): any {
  return nativeFunction(name, spec, impl);
}

function staticMethod(name: string, spec: string, impl: (...a: any[]) => any): PyStaticMethod {
  return new PyStaticMethod(nativeFunction(name, spec, impl));
}

const absent = (v: any): boolean => v === undefined || v === None;

function strArg(fn: string, what: string, v: any): string {
  if (typeof v !== "string") typeError(`${fn}() argument '${what}' must be str, not ${typeOf(v).$name}`);
  return v;
}

/** A Tauraro scalar → a JS value for the CSS helpers (numbers stay numbers). */
function jsScalar(v: any): unknown {
  if (v === undefined || v === None) return undefined;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "bigint") return Number(v);
  if (v instanceof PyFloat) return v.v;
  return pyStr(v);
}

/** A JS error from the widget/page layer → a Tauraro exception. */
function pyError(e: unknown, type: PyType = T.ValueError): never {
  if (isExc(e)) throw e;
  const err = e as NodeJS.ErrnoException;
  if (err && err.code === "ENOENT") raise(T.FileNotFoundError, `[Errno 2] No such file or directory: '${err.path ?? ""}'`);
  if (err && err.code === "EACCES") raise(T.PermissionError, `[Errno 13] Permission denied: '${err.path ?? ""}'`);
  if (err && err.code === "EISDIR") raise(T.IsADirectoryError, `[Errno 21] Is a directory: '${err.path ?? ""}'`);
  raise(type, err instanceof Error ? err.message : String(e));
}

function isCallable(v: any): boolean {
  if (typeof v === "function") return true;
  if (v instanceof PyMethod) return true;
  if (v instanceof PyObject && !(v instanceof PyBaseException)) {
    if ((v as any).$w !== undefined) return false; // widgets
    return typeOf(v).$L.__call__ !== undefined;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Signatures: how a handler wants its arguments

interface Shape {
  /** Positional parameters the caller fills (bound `self` excluded). */
  positional: string[];
  /** How many of them are required. */
  required: number;
  posonly: number;
  vararg: boolean;
  kwonly: string[];
  kwonlyRequired: string[];
  kwarg: boolean;
}

function fnShape(f: any, skip: number): Shape | null {
  const sig: PySig | undefined = f?.$sig;
  if (!sig || !Array.isArray(sig.args)) return null;
  const args = sig.args.slice(skip);
  const ndf = Array.isArray(f.$df) ? f.$df.length : 0;
  const required = Math.max(0, sig.args.length - ndf - skip);
  const kwdf = f.$kwdf;
  const kwonlyRequired = sig.kwonly.filter((k) => !(kwdf && k in kwdf));
  return {
    positional: args,
    required: Math.min(required, args.length),
    posonly: Math.max(0, (sig.posonly ?? 0) - skip),
    vararg: sig.vararg !== null,
    kwonly: sig.kwonly.slice(),
    kwonlyRequired,
    kwarg: sig.kwarg !== null,
  };
}

/** The parameters a callable takes (null when unknown). */
function shapeOf(fn: any): Shape | null {
  if (typeof fn === "function") return fnShape(fn, 0);
  if (fn instanceof PyMethod) {
    const inner = fn.f;
    if (typeof inner === "function") return fnShape(inner, 1);
    return null;
  }
  if (fn instanceof PyType) {
    const init = fn.$L.__init__;
    return typeof init === "function" && !init.$sig?.native ? fnShape(init, 1) : null;
  }
  if (fn instanceof PyObject) {
    const c = typeOf(fn).$L.__call__;
    if (typeof c === "function") return fnShape(c, 1);
  }
  return null;
}

/** True when the handler takes the args dict as its one argument (the original convention). */
function takesArgsDict(s: Shape | null): boolean {
  if (s === null) return true;
  if (s.kwonlyRequired.length > 0) return false;
  // `def h(args)`: one positional parameter without a default. (`def summary(range="30d")`
  // takes its parameter by name: the page may leave it out.)
  if (s.positional.length === 1) return s.required === 1;
  return s.positional.length === 0 && s.vararg && !s.kwarg;
}

function jsTypeName(v: unknown): string {
  if (v === null || v === undefined) return "null";
  if (Array.isArray(v)) return "array";
  if (v instanceof Uint8Array) return "binary data";
  return typeof v;
}

function callHandler(command: string, fn: any, jsArgs: unknown): any {
  const shape = shapeOf(fn);
  if (takesArgsDict(shape)) return callv(fn, [fromJson(jsArgs)]);
  const s = shape!;
  if (jsArgs === null || jsArgs === undefined) jsArgs = {};
  if (typeof jsArgs !== "object" || Array.isArray(jsArgs) || jsArgs instanceof Uint8Array) {
    throw new BridgeError("InvalidArguments", `Command '${command}' takes named arguments: expected an object, got ${jsTypeName(jsArgs)}`);
  }
  const obj = jsArgs as Record<string, unknown>;
  const keys = Object.keys(obj);
  const byKeyword = new Set([...s.positional.slice(s.posonly), ...s.kwonly]);
  for (const k of keys) {
    if (!byKeyword.has(k) && !s.kwarg) {
      throw new BridgeError("InvalidArguments", `Command '${command}': unexpected argument '${k}'`);
    }
  }
  const given = new Set(keys);
  for (let i = 0; i < s.required; i++) {
    const p = s.positional[i]!;
    if (!given.has(p)) throw new BridgeError("InvalidArguments", `Command '${command}': missing required argument '${p}'`);
  }
  for (const p of s.kwonlyRequired) {
    if (!given.has(p)) throw new BridgeError("InvalidArguments", `Command '${command}': missing required argument '${p}'`);
  }
  const vals = keys.map((k) => fromJson(obj[k]));
  return callv(fn, [], keys.length ? keys : null, keys.length ? vals : null);
}

// ---------------------------------------------------------------------------------------------
// Coroutines and generators

/**
 * Where an event loop (asyncio) plugs in: given an `async def` handler's coroutine, return its
 * result, or `DEFERRED` and settle later with `vmServe.settle(call.id, …)`. Null: drive it here.
 */
export const asyncHooks: { run: ((coro: PyCoroutine, call: CallContext | null) => unknown) | null } = { run: null };

/** Run a coroutine to completion without an event loop. */
function driveCoroutine(coro: PyCoroutine, what: string): any {
  for (;;) {
    const r = coro.resume(None);
    if (r === STOP) return coro.ret;
    if (r !== None) {
      try {
        coro.close();
      } catch {
        /* closing is best effort */
      }
      raise(T.RuntimeError, `${what}: an async handler awaited ${typeOf(r).$name === "NoneType" ? "an object" : `a ${typeOf(r).$name}`} that needs an event loop, and asyncio is not available yet`);
    }
  }
}

function isGenerator(v: any): v is PyGenerator {
  return v instanceof PyGenerator && !(v instanceof PyCoroutine);
}

// ---------------------------------------------------------------------------------------------
// Widgets

interface WidgetData {
  type: string;
  props: PyDict;
}

let WidgetType: PyType;

function widgetData(v: any): WidgetData | undefined {
  return v instanceof PyObject ? ((v as any).$w as WidgetData | undefined) : undefined;
}

function makeWidget(type: string, props: PyDict): PyObject {
  const o = allocate(WidgetType);
  (o as any).$w = { type, props } satisfies WidgetData;
  return o;
}

function buildWidget(type: string, args: PyTuple, kw: PyDict | null): PyObject {
  const props = newDict();
  const pos = args.a;
  if (pos.length === 1 && pos[0] instanceof PyDict && !(kw && kw.m.size)) {
    const d = pos[0] as PyDict;
    for (const [n, v] of d.m) {
      const k = origKey(d, n);
      if (typeof k !== "string") typeError(`${type}(): property names must be str, not ${typeOf(k).$name}`);
      dictSet(props, k, v);
    }
    return makeWidget(type, props);
  }
  const names = WIDGET_POSITIONAL[type] ?? [];
  if (pos.length > names.length) {
    typeError(
      names.length === 0
        ? `${type}() takes no positional arguments (${pos.length} given); use keyword arguments`
        : `${type}() takes at most ${names.length} positional argument${names.length === 1 ? "" : "s"} (${pos.length} given): ${names.join(", ")}`,
    );
  }
  for (let i = 0; i < pos.length; i++) dictSet(props, names[i]!, pos[i]);
  if (kw) {
    for (const [n, v] of kw.m) {
      const k = origKey(kw, n) as string;
      if (props.m.has(k)) typeError(`${type}() got multiple values for argument '${k}'`);
      dictSet(props, k, v);
    }
  }
  return makeWidget(type, props);
}

function widgetRepr(o: any): string {
  const w = widgetData(o);
  if (!w) return "<Widget>";
  const parts: string[] = [];
  for (const [n, v] of w.props.m) parts.push(`${String(origKey(w.props, n))}=${pyRepr(v)}`);
  return `${w.type}(${parts.join(", ")})`;
}

/**
 * What a window registers widget callbacks in. The same callable always gets the same id. A
 * callback that re-renders part of the page registers the callables of the new fragment under
 * an owner (the replaced element's id, or the root); the ids only the old fragment used are then
 * dropped, so a long-running app that re-renders on every click does not grow the table forever.
 * Ids registered by other updates (append, set_html of a dict op, …) are kept.
 */
class Callbacks {
  readonly table = new CallbackTable<any>();
  private readonly ids = new Map<any, string>();
  private readonly fns = new Map<string, any>();
  private readonly owners = new Map<string, Set<string>>();
  private readonly byOwner = new Map<string, Set<string>>();
  private collecting: Set<string> | null = null;

  idFor(fn: any): string {
    let id = this.ids.get(fn);
    if (id === undefined) {
      id = this.table.add(fn);
      this.ids.set(fn, id);
      this.fns.set(id, fn);
    }
    this.collecting?.add(id);
    return id;
  }

  /** Convert `v` with `toNode`, recording the ids it uses as owned by `owner` (null: not owned). */
  render(v: any, owner: string | null): unknown {
    if (owner === null) return toNode(v, this);
    const outer = this.collecting;
    const current = new Set<string>();
    this.collecting = current;
    let out: unknown;
    try {
      out = toNode(v, this);
    } finally {
      this.collecting = outer;
      if (outer) for (const id of current) outer.add(id);
    }
    if (owner === ROOT_OWNER) {
      // Everything on the page is replaced: only the new ids stay.
      for (const [id, fn] of this.fns) {
        if (!current.has(id)) this.forget(id, fn);
      }
      this.owners.clear();
      this.byOwner.clear();
    } else {
      for (const id of this.byOwner.get(owner) ?? []) {
        if (current.has(id)) continue;
        const set = this.owners.get(id);
        set?.delete(owner);
        if (set !== undefined && set.size === 0) this.forget(id, this.fns.get(id));
      }
    }
    for (const id of current) {
      let set = this.owners.get(id);
      if (set === undefined) this.owners.set(id, (set = new Set()));
      set.add(owner);
    }
    this.byOwner.set(owner, current);
    return out;
  }

  private forget(id: string, fn: any): void {
    this.table.delete(id);
    this.fns.delete(id);
    this.owners.delete(id);
    if (fn !== undefined) this.ids.delete(fn);
  }
}

const ROOT_OWNER = "\u0000root";

/** Which part of the page a callback's result replaces (for {@link Callbacks.render}). */
function ownerOf(result: any): string | null {
  const w = widgetData(result);
  if (w) {
    const id = dictGetStr(w.props, "id") ?? dictGetStr(w.props, "key");
    return id ?? ROOT_OWNER;
  }
  if (result instanceof PyDict && result.m.size === 1) {
    const [n, arg] = [...result.m][0]!;
    const op = origKey(result, n);
    if ((op === "replace" || op === "set_html") && arg instanceof PyDict) {
      const id = dictGetStr(arg, "id");
      if (id !== undefined && (widgetData(dictGetAny(arg, "widget")) || widgetData(dictGetAny(arg, "html")))) return id;
    }
    if (op === "root" && arg instanceof PyDict && widgetData(dictGetAny(arg, "widget") ?? dictGetAny(arg, "html"))) return ROOT_OWNER;
  }
  return null;
}

function dictGetAny(d: PyDict, key: string): any {
  return d.m.get(key);
}

function dictGetStr(d: PyDict, key: string): string | undefined {
  const v = d.m.get(key);
  return typeof v === "string" && v !== "" ? v : typeof v === "number" ? String(v) : undefined;
}

/**
 * A Tauraro value → the plain JS value the widget layer renders: widgets become `WidgetNode`s
 * (callables in callback props registered in `cbs`), containers recurse, other objects are shown
 * with `str()`.
 */
function toNode(v: any, cbs: Callbacks, seen: Set<any> = new Set()): unknown {
  switch (typeof v) {
    case "string":
    case "boolean":
      return v;
    case "number":
      return v;
    case "bigint":
      return Number(v);
    case "undefined":
      return null;
  }
  if (v === None) return null;
  if (v instanceof PyFloat) return v.v;
  if (seen.has(v)) raise(T.ValueError, "a widget tree cannot contain itself");
  const w = widgetData(v);
  if (w) {
    seen.add(v);
    const props: Record<string, unknown> = {};
    for (const [n, val] of w.props.m) {
      const k = String(origKey(w.props, n));
      if (isCallbackProp(k) && isCallable(val)) props[k] = cbs.idFor(val);
      else if (val === None && isCallbackProp(k)) continue;
      else props[k] = toNode(val, cbs, seen);
    }
    seen.delete(v);
    return { type: w.type, props } satisfies WidgetNode;
  }
  if (v instanceof PyList || v instanceof PyTuple) {
    seen.add(v);
    const out = v.a.map((x) => toNode(x, cbs, seen));
    seen.delete(v);
    return out;
  }
  if (v instanceof PyDict) {
    seen.add(v);
    const out: Record<string, unknown> = {};
    for (const [n, val] of v.m) {
      const k = origKey(v, n);
      out[typeof k === "string" ? k : pyStr(k)] = toNode(val, cbs, seen);
    }
    seen.delete(v);
    return out;
  }
  return pyStr(v);
}

// ---------------------------------------------------------------------------------------------
// Windows

type JsCommand = (args: unknown, call: CallContext) => unknown;

interface WindowState {
  spec: WindowSpec;
  commands: Map<string, any>;
  callbacks: Callbacks;
  listeners: Map<string, any[]>;
}

const windows = new WeakMap<object, WindowState>();
let WindowType: PyType;

function appDir(): string {
  const main = sysModules.get("__main__");
  const f = main?.$d?.__file__;
  return typeof f === "string" ? dirname(f) : process.cwd();
}

function stateOf(fn: string, w: any): WindowState {
  const st = w instanceof PyObject ? windows.get(w) : undefined;
  if (st === undefined) typeError(`${fn}() argument 'window' must be a Window, not ${typeOf(w).$name}`);
  return st;
}

function attr(w: any, name: string): any {
  const d = (w as PyObject).$d;
  return d ? d[name] : undefined;
}

/** The window's settings as they are now (attributes may have been reassigned). */
function syncSpec(w: any, st: WindowState): WindowSpec {
  const spec = st.spec;
  const title = attr(w, "title");
  if (title !== undefined && title !== None) spec.title = pyStr(title);
  const num = (name: string, dflt: number): number => {
    const v = attr(w, name);
    return v === undefined || v === None ? dflt : Math.round(toNumber(v));
  };
  spec.width = num("width", spec.width);
  spec.height = num("height", spec.height);
  const flag = (name: string, dflt: boolean): boolean => {
    const v = attr(w, name);
    return v === undefined || v === None ? dflt : v === true || (v !== false && v !== 0 && v !== "");
  };
  spec.decorations = flag("decorations", spec.decorations);
  spec.resizable = flag("resizable", spec.resizable);
  spec.nativeTitlebar = flag("native_titlebar", spec.nativeTitlebar);
  const html = attr(w, "_custom_html");
  spec.customHtml = html === undefined || html === None ? "" : pyStr(html);
  return spec;
}

let pendingExit: PyBaseException | null = null;

function exitAfterServing(e: PyBaseException): void {
  if (pendingExit === null) pendingExit = e;
  stopServing();
}

/**
 * The traceback lines of the frames that were running when serving began (the program's
 * `mount_and_run(...)` line): a handler's traceback starts at the handler, as it would if the
 * page had called it directly.
 */
let servingFrames = "";

function captureServingFrames(): void {
  try {
    const probe = newException(T.Exception, []);
    captureTraceback(probe, captureServingFrames);
    const text = formatException(probe);
    const lines = text.split("\n");
    // "Traceback (most recent call last):", the frames, "Exception", "".
    servingFrames = lines[0]!.startsWith("Traceback") ? lines.slice(1, -2).join("\n") + "\n" : "";
  } catch {
    servingFrames = "";
  }
}

const TB_HEAD = "Traceback (most recent call last):\n";

function trimTraceback(tb: string): string {
  if (servingFrames === "") return tb;
  // A block left with no frames (an error raised outside the handler's code, e.g. converting
  // its result) loses its header too, as CPython prints it.
  return tb
    .split(TB_HEAD + servingFrames)
    .join(TB_HEAD)
    .replace(/Traceback \(most recent call last\):\n(?! {2})/g, "");
}

function describeError(err: unknown): ErrorInfo {
  const e = toPyExc(err);
  const t = typeOf(e);
  let message: string;
  try {
    message = pyStr(e);
  } catch {
    message = "<exception str() failed>";
  }
  let traceback = "";
  try {
    traceback = trimTraceback(formatException(e));
  } catch {
    traceback = "";
  }
  return { name: t.$name, message, traceback };
}

function runCommand(command: string, fn: any, jsArgs: unknown, call: CallContext): unknown {
  let result = callHandler(command, fn, jsArgs);
  if (result instanceof PyCoroutine) {
    if (asyncHooks.run) {
      const r = asyncHooks.run(result, call);
      if (r === DEFERRED) return r;
      result = r;
    } else result = driveCoroutine(result, `Command '${command}'`);
  }
  const opts = { onBytes: () => (call.hasBytes = true) };
  if (isGenerator(result)) {
    const items: unknown[] = [];
    for (let v = result.resume(None); v !== STOP; v = result.resume(None)) {
      const j = toJson(v, opts);
      if (call.stream) call.chunk(j);
      else items.push(j);
    }
    return call.stream ? toJson(result.ret, opts) : items;
  }
  return toJson(result, opts);
}

function widgetEventCommand(st: WindowState): JsCommand {
  return (args) =>
    handleWidgetEvent(st.callbacks.table, args, (fn, ev) => {
      const s = shapeOf(fn);
      const maxPos = s === null ? 1 : s.vararg ? Infinity : s.positional.length;
      const minPos = s === null ? 0 : s.required;
      let r: any;
      if (eventCarriesValue(ev.event)) r = maxPos >= 1 ? callv(fn, [fromJson(ev.value)]) : callv(fn, []);
      else r = minPos >= 1 ? callv(fn, [dictOf({ id: ev.id, event: ev.event, value: ev.value, target: ev.target })]) : callv(fn, []);
      if (r instanceof PyCoroutine) r = driveCoroutine(r, `Widget callback '${ev.id}'`);
      return st.callbacks.render(r, ownerOf(r));
    });
}

function mountAndRun(w: any, ui: any): any {
  const st = stateOf("mount_and_run", w);
  const spec = syncSpec(w, st);
  const root = ui === undefined || ui === None ? null : (st.callbacks.render(ui, ROOT_OWNER) as WidgetNode | null);
  let page: PageSpec;
  try {
    page = buildPageSpec(spec, root);
  } catch (e) {
    pyError(e);
  }

  // Built-ins first, then the widget dispatcher, then the app's commands (an app command of the
  // same name replaces a built-in).
  const jsCommands = new Map<string, JsCommand>();
  for (const [name, f] of Object.entries(BUILTIN_COMMANDS)) jsCommands.set(name, f);
  jsCommands.set(WIDGET_EVENT_COMMAND, widgetEventCommand(st));
  for (const name of st.commands.keys()) jsCommands.delete(name);
  const names = [...new Set([...jsCommands.keys(), ...st.commands.keys()])];

  if (!inBridgeWorker()) {
    flushStdout();
    process.stderr.write(
      `webviewtk: mount_and_run(): "${spec.title}" is a WebViewTK app; it runs under the app runner.\n` +
        `  Open it in a window:   tauraro run ${relativeMain()}\n` +
        `  Or serve it:           tauraro run --serve ${relativeMain()}\n` +
        `(the page was built: ${page.html.length} bytes, ${names.length} commands)\n`,
    );
    return None;
  }

  flushStdout();
  captureServingFrames();
  serve(
    { page, commands: names },
    {
      dispatch(command, args, call) {
        const py = st.commands.get(command);
        try {
          if (py !== undefined) return runCommand(command, py, args, call);
          const js = jsCommands.get(command);
          if (js === undefined) throw new BridgeError("CommandNotFound", `Command '${command}' not found`);
          try {
            return js(args, call);
          } catch (e) {
            if (e instanceof CommandError) throw new BridgeError(e.name, e.message);
            throw e;
          }
        } catch (e) {
          if (isExc(e) && isSubtype(e.$cls, T.SystemExit)) exitAfterServing(e);
          throw e;
        } finally {
          flushStdout();
        }
      },
      describeError,
      onEvent(event, payload) {
        const fns = st.listeners.get(event);
        if (!fns) return;
        for (const fn of fns) {
          try {
            const s = shapeOf(fn);
            const r = s !== null && s.positional.length === 0 && !s.vararg ? callv(fn, []) : callv(fn, [fromJson(payload)]);
            if (r instanceof PyCoroutine) driveCoroutine(r, `Listener for '${event}'`);
          } catch (e) {
            if (isExc(e) && isSubtype(e.$cls, T.SystemExit)) {
              exitAfterServing(e);
              return;
            }
            flushStdout();
            process.stderr.write(`Exception in listener for event '${event}':\n${describeError(e).traceback}`);
          } finally {
            flushStdout();
          }
        }
      },
      idle() {
        flushStdout();
        return -1;
      },
    },
  );
  flushStdout();
  if (pendingExit !== null) {
    const e = pendingExit;
    pendingExit = null;
    throw e;
  }
  return None;
}

function relativeMain(): string {
  const main = sysModules.get("__main__");
  const f = main?.$d?.__file__;
  if (typeof f !== "string") return "app.tr";
  const rel = f.startsWith(process.cwd() + "/") ? f.slice(process.cwd().length + 1) : f;
  return /\s/.test(rel) ? JSON.stringify(rel) : rel;
}

// ---------------------------------------------------------------------------------------------
// The module

defineModule("webviewtk", (m) => {
  // -- Window --
  const windowAction = (name: string, action: "minimize" | "maximize" | "toggle_maximize" | "restore" | "close") =>
    method(name, "self", (self: any) => {
      stateOf(name, self);
      if (isServing()) windowControl(action);
      return None;
    });
  WindowType = newClass("Window", {
    __doc__: "A WebViewTK app window. Assign window._custom_html to place raw HTML before the widget root.",
    __init__: method(
      "__init__",
      "self, title=, width=, height=, decorations=, resizable=, native_titlebar=, **kwargs",
      (self: any, title: any, width: any, height: any, decorations: any, resizable: any, nativeTitlebar: any, kw: PyDict | null) => {
        const d = self.$d as Record<string, any>;
        d.title = absent(title) ? "WebViewTK App" : title;
        d.width = absent(width) ? 800 : width;
        d.height = absent(height) ? 600 : height;
        d.decorations = absent(decorations) ? true : decorations;
        d.resizable = absent(resizable) ? true : resizable;
        d.native_titlebar = absent(nativeTitlebar) ? true : nativeTitlebar;
        if (kw) for (const [n, v] of kw.m) d[String(origKey(kw, n))] = v;
        const st: WindowState = {
          spec: createWindowSpec({ baseDir: appDir() }),
          commands: new Map(),
          callbacks: new Callbacks(),
          listeners: new Map(),
        };
        windows.set(self, st);
        syncSpec(self, st);
        return None;
      },
    ),
    __repr__: method("__repr__", "self", (self: any) => {
      const st = windows.get(self);
      const spec = st ? syncSpec(self, st) : createWindowSpec();
      return `<webviewtk.Window ${pyRepr(spec.title)} ${spec.width}x${spec.height}>`;
    }),
    minimize: windowAction("minimize", "minimize"),
    maximize: windowAction("maximize", "maximize"),
    toggle_maximize: windowAction("toggle_maximize", "toggle_maximize"),
    restore: windowAction("restore", "restore"),
    close: windowAction("close", "close"),
    set_title: method("set_title", "self, title", (self: any, title: any) => {
      stateOf("set_title", self);
      (self.$d as Record<string, any>).title = title;
      if (isServing()) windowControl("set_title", pyStr(title));
      return None;
    }),
    emit: method("emit", "self, event, payload=", (self: any, event: any, payload: any) => {
      stateOf("emit", self);
      if (isServing()) bridgeEmit(strArg("emit", "event", event), toJson(payload === undefined ? None : payload));
      return None;
    }),
    listen: method("listen", "self, event, fn", (self: any, event: any, fn: any) => {
      const st = stateOf("listen", self);
      const name = strArg("listen", "event", event);
      if (!isCallable(fn)) typeError(`listen() argument 'fn' must be callable, not ${typeOf(fn).$name}`);
      const list = st.listeners.get(name) ?? [];
      list.push(fn);
      st.listeners.set(name, list);
      return None;
    }),
    register_command: method("register_command", "self, name, fn", (self: any, name: any, fn: any) => registerCommand(self, name, fn)),
    mount_and_run: method("mount_and_run", "self, ui=", (self: any, ui: any) => mountAndRun(self, ui ?? None)),
  });
  m.set("Window", WindowType);

  function registerCommand(w: any, name: any, fn: any): any {
    const st = stateOf("register_command", w);
    const n = strArg("register_command", "name", name);
    if (n === "") raise(T.ValueError, "register_command(): the command name must not be empty");
    if (!isCallable(fn)) typeError(`register_command() argument 'fn' must be callable, not ${typeOf(fn).$name}`);
    st.commands.set(n, fn);
    return None;
  }
  m.fn("register_command", "window, name, fn", registerCommand);
  m.fn("mount_and_run", "window, ui=", (w: any, ui: any) => mountAndRun(w, ui ?? None));
  m.fn("emit", "window, event, payload=", (w: any, event: any, payload: any) => {
    stateOf("emit", w);
    if (isServing()) bridgeEmit(strArg("emit", "event", event), toJson(payload === undefined ? None : payload));
    return None;
  });
  m.fn("listen", "window, event, fn", (w: any, event: any, fn: any) => callv(getattr(w, "listen"), [event, fn]));

  // -- includes --
  const include = (fname: string, f: (spec: WindowSpec, s: string) => void) =>
    m.fn(fname, "window, value", (w: any, v: any) => {
      const st = stateOf(fname, w);
      try {
        f(st.spec, strArg(fname, "value", v));
      } catch (e) {
        pyError(e);
      }
      return None;
    });
  m.fn("include_cdn", "window, url_or_list", (w: any, v: any) => {
    const st = stateOf("include_cdn", w);
    const refs = v instanceof PyList || v instanceof PyTuple ? v.a : [v];
    for (const r of refs) {
      try {
        includeCdn(st.spec, strArg("include_cdn", "url_or_list", r));
      } catch (e) {
        pyError(e);
      }
    }
    return None;
  });
  include("include_css_file", includeCssFile);
  include("include_js_file", includeJsFile);
  include("include_html_file", includeHtmlFile);
  include("add_custom_css", addCustomCss);
  include("add_custom_js", addCustomJs);

  // -- CDN: CDN.KEY and CDN["KEY"] give the public URL (include_cdn serves it locally) --
  const cdnNs: Record<string, any> = {
    __doc__: "The CDN libraries WebViewTK serves offline: CDN.KEY or CDN['KEY'] (the library's public URL).",
    __getitem__: method("__getitem__", "self, key", (_self: any, key: any) => {
      const url = typeof key === "string" ? CDN_URLS[key] : undefined;
      if (url === undefined) {
        const e = newException(T.KeyError, [key]);
        captureTraceback(e);
        throw e;
      }
      return url;
    }),
    __contains__: method("__contains__", "self, key", (_self: any, key: any) => typeof key === "string" && CDN_URLS[key] !== undefined),
    __iter__: method("__iter__", "self", () => getIter(new PyList([...CDN_KEYS]))),
    __len__: method("__len__", "self", () => CDN_KEYS.length),
    keys: method("keys", "self", () => new PyList([...CDN_KEYS])),
    items: method("items", "self", () => new PyList(CDN_KEYS.map((k) => new PyTuple([k, CDN_URLS[k]])))),
    __repr__: method("__repr__", "self", () => `<webviewtk.CDN: ${CDN_KEYS.length} libraries>`),
  };
  for (const k of CDN_KEYS) cdnNs[k] = CDN_URLS[k];
  const CdnType = newClass("CDNLibraries", cdnNs);
  m.set("CDN", allocate(CdnType));

  // -- EdgeInsets: each constructor gives a CSS box string "top right bottom left" --
  const EdgeInsetsType = newClass("EdgeInsets", {
    __doc__: "CSS box values: EdgeInsets.all(8) == '8px 8px 8px 8px'; EdgeInsets(v, h) is symmetric.",
    __new__: nativeFunction("__new__", "cls, *args, **kwargs", (_cls: any, args: PyTuple, kw: PyDict | null) => {
      const a = args.a.map(jsScalar);
      const k: Record<string, unknown> = {};
      if (kw) for (const [n, v] of kw.m) k[String(origKey(kw, n))] = jsScalar(v);
      if (Object.keys(k).length > 0) {
        if (a.length) typeError("EdgeInsets() takes either positional or keyword arguments");
        if ("vertical" in k || "horizontal" in k) return JsEdgeInsets.symmetric(k.vertical ?? 0, k.horizontal ?? 0);
        if ("all" in k) return JsEdgeInsets.all(k.all);
        return JsEdgeInsets.only(k as { top?: unknown; right?: unknown; bottom?: unknown; left?: unknown });
      }
      switch (a.length) {
        case 0:
          return JsEdgeInsets.zero();
        case 1:
          return JsEdgeInsets.all(a[0]);
        case 2:
          return JsEdgeInsets.symmetric(a[0], a[1]);
        case 4:
          return JsEdgeInsets.only({ top: a[0], right: a[1], bottom: a[2], left: a[3] });
        default:
          return typeError(`EdgeInsets() takes 0, 1, 2 or 4 positional arguments (${a.length} given)`);
      }
    }),
    all: staticMethod("all", "value", (v: any) => JsEdgeInsets.all(jsScalar(v))),
    symmetric: staticMethod("symmetric", "vertical=, horizontal=", (v: any, h: any) => JsEdgeInsets.symmetric(jsScalar(v) ?? 0, jsScalar(h) ?? 0)),
    only: staticMethod("only", "top=, right=, bottom=, left=", (t: any, r: any, b: any, l: any) =>
      JsEdgeInsets.only({ top: jsScalar(t), right: jsScalar(r), bottom: jsScalar(b), left: jsScalar(l) }),
    ),
    zero: staticMethod("zero", "", () => JsEdgeInsets.zero()),
    fromLTRB: staticMethod("fromLTRB", "left, top, right, bottom", (l: any, t: any, r: any, b: any) =>
      JsEdgeInsets.fromLTRB(jsScalar(l), jsScalar(t), jsScalar(r), jsScalar(b)),
    ),
  });
  m.set("EdgeInsets", EdgeInsetsType);

  // -- alignment names (strings the widget layer understands) --
  m.set(
    "MainAxisAlignment",
    allocate(
      newClass("MainAxisAlignment", {
        start: "start",
        center: "center",
        end: "end",
        spaceBetween: "space_between",
        spaceAround: "space_around",
        spaceEvenly: "space_evenly",
        space_between: "space_between",
        space_around: "space_around",
        space_evenly: "space_evenly",
      }),
    ),
  );
  m.set(
    "CrossAxisAlignment",
    allocate(newClass("CrossAxisAlignment", { start: "start", center: "center", end: "end", stretch: "stretch", baseline: "baseline" })),
  );

  // -- widgets --
  WidgetType = newClass("Widget", {
    __doc__: "A WebViewTK widget: its type name and its props (a dict you may change before mount_and_run).",
    type: new PyGetSet("type", (o: any) => widgetData(o)?.type ?? None),
    props: new PyGetSet("props", (o: any) => widgetData(o)?.props ?? None),
    __repr__: method("__repr__", "self", widgetRepr),
    __getitem__: method("__getitem__", "self, key", (self: any, key: any) => callv(getattr(widgetData(self)!.props, "__getitem__"), [key])),
    __setitem__: method("__setitem__", "self, key, value", (self: any, key: any, value: any) => {
      dictSet(widgetData(self)!.props, key, value);
      return None;
    }),
    html: method("html", "self", (self: any) => renderWidget(toNode(self, new Callbacks()))),
  });
  m.set("Widget", WidgetType);
  for (const type of WIDGET_TYPES) {
    m.fn(type, "*args, **kwargs", (args: PyTuple, kw: PyDict | null) => buildWidget(type, args, kw));
  }
  m.set("WIDGET_TYPES", new PyList([...WIDGET_TYPES]));
  m.set("WIDGET_EVENT_COMMAND", WIDGET_EVENT_COMMAND);
  m.set("__all__", new PyList([...Object.keys(m.d).filter((k) => !k.startsWith("_") && k !== "WIDGET_EVENT_COMMAND")]));
});

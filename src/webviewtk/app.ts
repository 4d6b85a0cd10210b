/**
 * Runtime-independent pieces of a WebViewTK app that the language binding (`module.ts`) wires to
 * Tauraro values: the seven built-in commands (on plain JSON values), the per-window widget
 * callback table, and the `__widget_event__` dispatcher.
 */

import { CALLBACK_PROPS, WIDGET_EVENT_COMMAND, isWidgetNode, type WidgetNode } from "./widgets.js";
import { toPageUpdate, type PageUpdate } from "./updates.js";

export { WIDGET_EVENT_COMMAND };

/** An error a built-in command reports (the bridge shows `name: message`). */
export class CommandError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function arg(args: unknown, key: string, dflt: unknown): unknown {
  return isObject(args) && args[key] !== undefined ? args[key] : dflt;
}

function num(command: string, key: string, v: unknown): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  throw new CommandError("TypeError", `Command '${command}': argument '${key}' must be a number, not ${v === null ? "None" : typeof v === "string" ? "str" : Array.isArray(v) ? "list" : "dict"}`);
}

/** `{os, arch, family}` with the original's (Rust std::env::consts) names. */
export function systemInfo(): { os: string; arch: string; family: string } {
  const os = ({ darwin: "macos", win32: "windows", sunos: "solaris" } as Record<string, string>)[process.platform] ?? process.platform;
  const arch = ({ x64: "x86_64", arm64: "aarch64", ia32: "x86", arm: "arm", ppc64: "powerpc64", s390x: "s390x", riscv64: "riscv64", loong64: "loongarch64" } as Record<string, string>)[process.arch] ?? process.arch;
  return { os, arch, family: process.platform === "win32" ? "windows" : "unix" };
}

/**
 * The built-in commands, registered before the app's own (an app command of the same name
 * replaces one). They take and return plain JSON values. Note: integer-ness of JSON numbers is
 * the binding's concern; these work on JS numbers.
 */
export const BUILTIN_COMMANDS: Readonly<Record<string, (args: unknown) => unknown>> = Object.freeze({
  add: (args: unknown) => num("add", "a", arg(args, "a", 0)) + num("add", "b", arg(args, "b", 0)),
  multiply: (args: unknown) => num("multiply", "a", arg(args, "a", 1)) * num("multiply", "b", arg(args, "b", 1)),
  toUpperCase: (args: unknown) => String(arg(args, "text", "")).toUpperCase(),
  toLowerCase: (args: unknown) => String(arg(args, "text", "")).toLowerCase(),
  reverseArray: (args: unknown) => {
    const a = isObject(args) ? args.array : undefined;
    if (!Array.isArray(a)) throw new CommandError("ValueError", "Missing or invalid array parameter");
    return [...a].reverse();
  },
  getSystemInfo: () => systemInfo(),
  echo: (args: unknown) => args,
});

/**
 * A window's widget callbacks: the binding swaps each callable prop for `table.add(fn)` (an id
 * such as "cb_3") before the widget becomes a WidgetNode.
 */
export class CallbackTable<F = unknown> {
  private readonly fns = new Map<string, F>();
  private n = 0;

  add(fn: F): string {
    const id = `cb_${++this.n}`;
    this.fns.set(id, fn);
    return id;
  }

  get(id: string): F | undefined {
    return this.fns.get(id);
  }

  delete(id: string): boolean {
    return this.fns.delete(id);
  }

  get size(): number {
    return this.fns.size;
  }

  /** Keep only the callbacks with these ids (e.g. the ids present after a full re-render). */
  retainOnly(ids: Iterable<string>): void {
    const keep = new Set(ids);
    for (const id of [...this.fns.keys()]) if (!keep.has(id)) this.fns.delete(id);
  }
}

/** True for the widget props that hold callbacks (`on_click`, `on_change`, …). */
export function isCallbackProp(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(CALLBACK_PROPS, name);
}

/** What the page sends with `__widget_event__`. */
export interface WidgetEvent {
  id: string;
  /** click | dblclick | longpress | change | submit */
  event: string;
  value: unknown;
  target: string | null;
}

export function parseWidgetEvent(args: unknown): WidgetEvent {
  if (!isObject(args) || typeof args.id !== "string" || typeof args.event !== "string") {
    throw new CommandError("InvalidArguments", `Command '${WIDGET_EVENT_COMMAND}': expected {id, event, value}`);
  }
  return { id: args.id, event: args.event, value: args.value ?? null, target: typeof args.target === "string" ? args.target : null };
}

/**
 * Handle a `__widget_event__` call: find the callback and run it with `call(fn, event)` (the
 * binding converts arguments and the result to/from Tauraro values; widgets in the result must
 * come back as WidgetNode values), then turn its result into the page update.
 * `call` decides what the callable receives; see README.md ("Widget callbacks → UI updates").
 */
export function handleWidgetEvent<F>(table: CallbackTable<F>, args: unknown, call: (fn: F, event: WidgetEvent) => unknown): PageUpdate {
  const ev = parseWidgetEvent(args);
  const fn = table.get(ev.id);
  if (fn === undefined) throw new CommandError("CommandNotFound", `Command '${WIDGET_EVENT_COMMAND}': no widget callback '${ev.id}'`);
  return toPageUpdate(call(fn, ev));
}

/** Whether an event passes the value to the callable (change/submit) rather than nothing (taps). */
export function eventCarriesValue(event: string): boolean {
  return event === "change" || event === "submit";
}

export type { WidgetNode };
export { isWidgetNode };

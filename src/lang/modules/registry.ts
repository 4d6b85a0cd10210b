/**
 * Built-in modules. A native module is one file that calls `defineModule`; the loader asks
 * the registry when an import is not satisfied by a .py/.tr file on sys.path.
 *
 * @example
 *   defineModule("greeting", (m) => {
 *     m.set("default_name", "World");
 *     m.fn("hello", "name=", (name) => `Hello, ${name ?? "World"}!`);
 *   });
 */
import { newAttrDict, PyModule, type AttrDict } from "../runtime/objects.js";
import { nativeFunction, staticNative } from "../runtime/native.js";
import type { PyFunction } from "../runtime/call.js";

export interface ModuleBuilder {
  readonly name: string;
  readonly module: PyModule;
  /** The module's namespace (its globals). */
  readonly d: AttrDict;
  set(name: string, value: any): void;
  /** Defines a function; see nativeFunction for the spec syntax. */
  fn(name: string, spec: string, impl: (...a: any[]) => any): PyFunction;
}

type Init = (m: ModuleBuilder) => void;

const inits = new Map<string, Init>();
/** Modules CPython builds into the interpreter: they win over same-named files on sys.path. */
const builtinNames = new Set<string>();

/** Registers a native module. `builtin: true` for modules CPython compiles in (sys, math, time…). */
export function defineModule(name: string, init: Init, opts: { builtin?: boolean } = {}): void {
  inits.set(name, init);
  if (opts.builtin) builtinNames.add(name);
}

export function isBuiltinModuleName(name: string): boolean {
  return builtinNames.has(name);
}

export function hasNativeModule(name: string): boolean {
  return inits.has(name);
}

export function nativeModuleNames(): string[] {
  return [...inits.keys()];
}

/** Creates and initialises a native module (the caller records it in sys.modules first). */
export function instantiateNative(name: string, moduleFactory: (name: string) => PyModule): PyModule | null {
  const init = inits.get(name);
  if (!init) return null;
  const module = moduleFactory(name);
  const d = module.$d!;
  const b: ModuleBuilder = {
    name,
    module,
    d,
    set(k, v) {
      d[k] = v;
    },
    fn(k, spec, impl) {
      const f = staticNative(nativeFunction(k, spec, impl));
      (f.$sig as any).module = name;
      d[k] = f;
      return f;
    },
  };
  init(b);
  return module;
}

export { newAttrDict };

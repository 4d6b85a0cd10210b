/**
 * Compiling and running .tr/.py modules, and the import system.
 */
import "./modules/index.js";
import { readFileSync, existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { parse } from "./parser/index.js";
import type { Diagnostic } from "./parser/index.js";
import { CodeGen, type CompiledModule } from "./compiler/codegen.js";
import { R, newAttrDict, newObjectWithProto, PyModule, T, newException, captureTraceback, getattr, None, PyList, PyTuple, PyDict, isExc, isSubtype, type AttrDict } from "./runtime/index.js";
import { instantiateNative, isBuiltinModuleName, hasNativeModule } from "./modules/registry.js";
import { registerCompiled } from "./traceback.js";
import { cachedCompile } from "./compileCache.js";
import { builtins } from "./runtime/builtins.js";

/** sys.modules */
export const sysModules = new Map<string, PyModule>();
/** sys.path (strings); index 0 is the main script's directory. */
export const sysPath: string[] = [];

const pkgRoot = (() => {
  let d = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(d, "package.json"))) {
    const p = dirname(d);
    if (p === d) break;
    d = p;
  }
  return d;
})();

/** Where the standard library written in Python lives. */
export const stdlibDir = join(pkgRoot, "lib");

export function newModule(name: string, file: string | null): PyModule {
  const g: AttrDict = newObjectWithProto(builtins);
  g.__name__ = name;
  g.__doc__ = None;
  g.__package__ = None;
  g.__spec__ = None;
  g.__loader__ = None;
  if (file !== null) g.__file__ = file;
  g.__builtins__ = builtinsModule();
  const m = new PyModule(name, g);
  return m;
}

let builtinsMod: PyModule | null = null;
function builtinsModule(): PyModule {
  if (!builtinsMod) {
    const d = newAttrDict();
    builtinsMod = new PyModule("builtins", d);
    Object.setPrototypeOf(d, builtins);
  }
  return builtinsMod;
}

/** A SyntaxError exception for a parse diagnostic (with filename, lineno, offset, text). */
export function syntaxErrorFor(source: string, filename: string, d: Diagnostic): any {
  const before = source.slice(0, d.start);
  const lineno = before.split("\n").length;
  const ls = before.lastIndexOf("\n") + 1;
  let le = source.indexOf("\n", d.start);
  if (le < 0) le = source.length;
  const text = source.slice(ls, le);
  const t = T[d.kind] ?? T.SyntaxError;
  const e = newException(t, [d.message]);
  e.$d!.msg = d.message;
  e.$d!.filename = filename;
  e.$d!.lineno = lineno;
  e.$d!.offset = d.start - ls + 1;
  e.$d!.text = text;
  (e as any).$diag = { source, filename, diag: d };
  captureTraceback(e);
  return e;
}

/** Compiles source text; throws a Python SyntaxError for the first diagnostic. */
export function compileSource(source: string, filename: string, moduleName: string): CompiledModule {
  return cachedCompile(source, filename, moduleName, () => {
    const { module, diagnostics } = parse(source, filename);
    if (diagnostics.length) throw syntaxErrorFor(source, filename, diagnostics[0]);
    return new CodeGen(source, moduleName).compileModule(module);
  });
}

let evalCounter = 0;

/** Runs compiled code as the body of module m. */
export function runCompiled(c: CompiledModule, m: PyModule, filename: string, source: string): any {
  const jsFile = registerCompiled(filename, c, source);
  const factory = vm.runInThisContext(c.code, { filename: jsFile });
  const body = factory(R, m, m.$d);
  return body();
}

export function execModuleSource(source: string, filename: string, m: PyModule): void {
  const c = compileSource(source, filename, m.$d!.__name__);
  runCompiled(c, m, filename, source);
}

/** exec()/eval() of a string in a namespace. */
export function execString(source: string, g: AttrDict, mode: "exec" | "eval", filename = "<string>"): any {
  const name = `<string>#${++evalCounter}`;
  if (mode === "eval") {
    const src = `__tauraro_eval_result__ = (${source.trim()}\n)`;
    const m = new PyModule(g.__name__ ?? "__main__", g);
    const c = compileSource(src, filename, g.__name__ ?? "__main__");
    const jsFile = registerCompiled(filename + name, c, src);
    const factory = vm.runInThisContext(c.code, { filename: jsFile });
    factory(R, m, g)();
    const r = g.__tauraro_eval_result__;
    delete g.__tauraro_eval_result__;
    return r;
  }
  const m = new PyModule(g.__name__ ?? "__main__", g);
  const c = compileSource(source, filename, g.__name__ ?? "__main__");
  const jsFile = registerCompiled(filename + name, c, source);
  const factory = vm.runInThisContext(c.code, { filename: jsFile });
  factory(R, m, g)();
  return None;
}

// ---- finding modules ----

interface Found {
  file: string;
  isPackage: boolean;
}

function findInDir(dir: string, last: string): Found | null {
  for (const ext of [".tr", ".py"]) {
    const f = join(dir, last + ext);
    if (existsSync(f) && statSync(f).isFile()) return { file: f, isPackage: false };
  }
  for (const ext of [".tr", ".py"]) {
    const f = join(dir, last, "__init__" + ext);
    if (existsSync(f)) return { file: f, isPackage: true };
  }
  return null;
}

function moduleNotFound(name: string): never {
  const e = newException(T.ModuleNotFoundError, [`No module named '${name}'`]);
  e.$d!.name = name;
  captureTraceback(e);
  throw e;
}

/** Imports one fully-qualified module name (parents first). */
export function loadModule(name: string): PyModule {
  const have = sysModules.get(name);
  if (have) return have;
  const dot = name.lastIndexOf(".");
  let searchDirs: string[];
  let parent: PyModule | null = null;
  if (dot >= 0) {
    parent = loadModule(name.slice(0, dot));
    const p = parent.$d!.__path__;
    if (!(p instanceof PyList)) moduleNotFound(name);
    searchDirs = p.a.map(String);
    const again = sysModules.get(name);
    if (again) return again;
  } else {
    if (isBuiltinModuleName(name)) return loadNative(name);
    searchDirs = [...sysPath];
  }
  const last = dot >= 0 ? name.slice(dot + 1) : name;
  let found: Found | null = null;
  for (const d of searchDirs) {
    found = findInDir(d, last);
    if (found) break;
  }
  if (!found && hasNativeModule(name)) return loadNative(name);
  if (!found && dot < 0) found = findInDir(stdlibDir, last);
  if (!found) moduleNotFound(name);
  const m = newModule(name, found.file);
  const g = m.$d!;
  if (found.isPackage) {
    g.__path__ = new PyList([dirname(found.file)]);
    g.__package__ = name;
  } else {
    g.__package__ = dot >= 0 ? name.slice(0, dot) : "";
  }
  sysModules.set(name, m);
  try {
    const src = readFileSync(found.file, "utf8");
    execModuleSource(src, found.file, m);
  } catch (e) {
    sysModules.delete(name);
    throw e;
  }
  if (parent) parent.$d![last] = m;
  return m;
}

function loadNative(name: string): PyModule {
  const m = instantiateNative(name, (n) => {
    const mod = newModule(n, null);
    delete mod.$d!.__file__;
    sysModules.set(n, mod);
    return mod;
  });
  if (!m) moduleNotFound(name);
  return m;
}

function resolveRelative(name: string, from: PyModule, level: number): string {
  if (level === 0) return name;
  const g = from.$d!;
  let pkg: string = typeof g.__package__ === "string" ? g.__package__ : "";
  if (!pkg && g.__path__ instanceof PyList) pkg = g.__name__;
  if (!pkg) {
    const e = newException(T.ImportError, ["attempted relative import with no known parent package"]);
    captureTraceback(e);
    throw e;
  }
  const parts = pkg.split(".");
  if (level - 1 > parts.length - 1 && level > 1 && parts.length < level) {
    const e = newException(T.ImportError, ["attempted relative import beyond top-level package"]);
    captureTraceback(e);
    throw e;
  }
  const base = parts.slice(0, parts.length - (level - 1)).join(".");
  return name ? `${base}.${name}` : base;
}

/** `import a.b.c` (binds a) or `import a.b.c as x` (binds the leaf). */
export function importModule(name: string, from: PyModule, level: number, leaf: boolean): PyModule {
  const full = resolveRelative(name, from, level);
  const m = loadModule(full);
  if (leaf) return m;
  return sysModules.get(full.split(".")[0])!;
}

/** `from X import a, b`: loads X and any submodules named. */
export function importFrom(name: string, from: PyModule, level: number, names: string[]): PyModule {
  const full = resolveRelative(name, from, level);
  const m = loadModule(full);
  if (m.$d!.__path__ instanceof PyList) {
    for (const n of names) {
      if (n === "*" || m.$d![n] !== undefined) continue;
      try {
        loadModule(`${full}.${n}`);
      } catch (e: any) {
        if (!(isExc(e) && isSubtype(e.$cls, T.ModuleNotFoundError))) throw e;
      }
    }
  }
  return m;
}

export function importAttr(m: PyModule, name: string): any {
  const v = Object.prototype.hasOwnProperty.call(m.$d!, name) ? m.$d![name] : undefined;
  if (v !== undefined) return v;
  try {
    return getattr(m, name);
  } catch {
    const modName = m.$d!.__name__;
    const file = m.$d!.__file__;
    const where = typeof file === "string" ? ` (${file})` : " (unknown location)";
    const e = newException(T.ImportError, [`cannot import name '${name}' from '${modName}'${where}`]);
    e.$d!.name = modName;
    captureTraceback(e);
    throw e;
  }
}

export function importStar(m: PyModule, g: AttrDict): void {
  const d = m.$d!;
  const all = d.__all__;
  if (all instanceof PyList || all instanceof PyTuple) {
    for (const n of all.a) g[n] = importAttr(m, n);
    return;
  }
  for (const k of Object.keys(d)) if (!k.startsWith("_")) g[k] = d[k];
}

R.importModule = importModule;
R.importFrom = importFrom;
R.importAttr = importAttr;
R.importStar = importStar;

export function resetPath(mainDir: string): void {
  sysPath.length = 0;
  sysPath.push(mainDir);
  const extra = process.env.TAURAROPATH ?? process.env.PYTHONPATH;
  if (extra) for (const p of extra.split(":")) if (p) sysPath.push(resolve(p));
}

export { PyDict };

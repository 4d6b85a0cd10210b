/**
 * Compiled modules kept between runs, as CPython keeps `.pyc` files: the JavaScript generated
 * for a .tr/.py file, stored under node_modules/.cache/tauraro/modules and keyed by the module's
 * exact source text and the build of the compiler (any rebuild invalidates every entry). A
 * program that did not change starts without parsing or generating code again. (V8's code cache
 * for the generated code is not kept: measured, it made hot loops slower.)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CompiledModule } from "./compiler/codegen.js";

interface Entry {
  /** The compiler identity the code was made by. */
  v: string;
  name: string;
  source: string;
  code: string;
  lineMap: number[];
  funcNames: string[];
}

const MAX_FILES = 2000;

/** Two 32-bit FNV-style hashes of a string (a cache key, not a security measure). */
function hash(s: string): string {
  let h1 = 0x811c9dc5, h2 = 0x1000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return ((h1 >>> 0).toString(36) + (h2 >>> 0).toString(36)).padStart(8, "0");
}

let dirCache: string | null | undefined;
function cacheDir(): string | null {
  if (dirCache !== undefined) return dirCache;
  let d = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(d, "package.json"))) {
    const p = dirname(d);
    if (p === d) return (dirCache = null);
    d = p;
  }
  return (dirCache = join(d, "node_modules", ".cache", "tauraro", "modules"));
}

let versionCache: string | undefined;
/** The compiler's build: when this file (the bundle, or tsc's output) was written. */
function version(): string {
  if (versionCache === undefined) {
    versionCache = Math.floor(statSync(fileURLToPath(import.meta.url)).mtimeMs).toString(36) + ":" + process.version;
  }
  return versionCache;
}

/**
 * The compiled form of `source` as module `name`: from the cache when it holds this very
 * source, else from `compile()` (then stored). Pseudo-files ("<string>", "<stdin>") are not cached.
 */
export function cachedCompile(source: string, filename: string, name: string, compile: () => CompiledModule): CompiledModule {
  const dir = filename.startsWith("<") ? null : cacheDir();
  if (dir === null) return compile();
  const key = join(dir, hash(name + "\0" + source));
  try {
    if (existsSync(key + ".json")) {
      const e = JSON.parse(readFileSync(key + ".json", "utf8")) as Entry;
      if (e.v === version() && e.name === name && e.source === source) {
        return { code: e.code, lineMap: e.lineMap, funcNames: e.funcNames };
      }
    }
  } catch {
    // an unreadable or half-written entry is compiled afresh
  }
  const c = compile();
  try {
    mkdirSync(dir, { recursive: true });
    prune(dir);
    const e: Entry = { v: version(), name, source, ...c };
    writeAtomic(key + ".json", JSON.stringify(e));
  } catch {
    // a read-only install runs without the cache
  }
  return c;
}

function writeAtomic(file: string, data: string | Buffer): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

/** Keeps the directory small: past MAX_FILES files, the older half goes (checked now and then). */
function prune(dir: string): void {
  if (Math.random() > 0.05) return;
  const names = readdirSync(dir);
  if (names.length <= MAX_FILES) return;
  const aged = names.map((n) => {
    try {
      return { n, t: statSync(join(dir, n)).mtimeMs };
    } catch {
      return { n, t: 0 };
    }
  });
  aged.sort((a, b) => a.t - b.t);
  for (const { n } of aged.slice(0, aged.length >> 1)) {
    try {
      unlinkSync(join(dir, n));
    } catch {
      // already gone
    }
  }
}

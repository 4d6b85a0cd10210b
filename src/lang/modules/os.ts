/**
 * The `os` module and `posixpath` (also `os.path`): files and directories, the environment,
 * process information — with CPython's exceptions (`FileNotFoundError: [Errno 2] …`).
 * posixpath functions are ports of CPython's Lib/posixpath.py and genericpath.py.
 */
import {
  statSync,
  lstatSync,
  readdirSync,
  mkdirSync,
  rmdirSync,
  unlinkSync,
  renameSync,
  realpathSync,
  readlinkSync,
  symlinkSync,
  linkSync,
  chmodSync,
  accessSync,
  utimesSync,
  openSync,
  closeSync,
  readSync,
  writeSync,
  fstatSync,
  constants as fsConstants,
  type Dirent,
} from "node:fs";
import { cpus, userInfo, homedir, hostname, release, machine, type as osType } from "node:os";
import { nodeChildProcess, nodeCrypto } from "../../lazyNode.js";
import { defineModule } from "./registry.js";
import {
  None,
  PyObject,
  PyIterator,
  PyList,
  PyTuple,
  PyDict,
  PyBytes,
  PyType,
  STOP,
  T,
  typeOf,
  isSubtype,
  typeError,
  valueError,
  raise,
  callv,
  toArray,
  pyFloat,
  normBig,
  isInt,
  lessThan,
  repr,
  keyError,
} from "../runtime/index.js";
import { flushStdout } from "../runtime/builtins.js";
import { loadModule, sysModules } from "../loader.js";
import { nativeClass, method, getset, structseq, osErrorFrom, makeOSError, fspath, strOf, isNone, strerror, type StructSeqType } from "./util.js";

// ---- posixpath ----

function pathArg(p: any, fname: string): string {
  if (typeof p === "string") return p;
  const s = strOf(p);
  if (s !== undefined) return s;
  if (p instanceof PyBytes) return Buffer.from(p.b).toString("utf8");
  if (p instanceof PyObject && typeOf(p).$L.__fspath__ !== undefined) return fspath(p);
  typeError(`${fname}() argument must be str, bytes, or os.PathLike object, not '${typeOf(p).$name}'`);
}

export function pjoin(a: string, ...p: string[]): string {
  let path = a;
  for (const b of p) {
    if (b.startsWith("/")) path = b;
    else if (!path || path.endsWith("/")) path += b;
    else path += "/" + b;
  }
  return path;
}

function rstripSlash(s: string): string {
  let e = s.length;
  while (e > 0 && s.charCodeAt(e - 1) === 47) e--;
  return s.slice(0, e);
}

function allSlashes(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) !== 47) return false;
  return true;
}

export function psplit(p: string): [string, string] {
  const i = p.lastIndexOf("/") + 1;
  let head = p.slice(0, i);
  const tail = p.slice(i);
  if (head && !allSlashes(head)) head = rstripSlash(head);
  return [head, tail];
}

export function psplitext(p: string): [string, string] {
  const sepIndex = p.lastIndexOf("/");
  const dotIndex = p.lastIndexOf(".");
  if (dotIndex > sepIndex) {
    let fi = sepIndex + 1;
    while (fi < dotIndex) {
      if (p[fi] !== ".") return [p.slice(0, dotIndex), p.slice(dotIndex)];
      fi++;
    }
  }
  return [p, ""];
}

export function pbasename(p: string): string {
  return p.slice(p.lastIndexOf("/") + 1);
}

export function pdirname(p: string): string {
  const i = p.lastIndexOf("/") + 1;
  let head = p.slice(0, i);
  if (head && !allSlashes(head)) head = rstripSlash(head);
  return head;
}

export function pnormpath(path: string): string {
  if (!path) return ".";
  let initial = path.startsWith("/") ? 1 : 0;
  if (initial && path.startsWith("//") && !path.startsWith("///")) initial = 2;
  const out: string[] = [];
  for (const comp of path.split("/")) {
    if (comp === "" || comp === ".") continue;
    if (comp !== ".." || (!initial && out.length === 0) || (out.length && out[out.length - 1] === "..")) out.push(comp);
    else if (out.length) out.pop();
  }
  const r = "/".repeat(initial) + out.join("/");
  return r || ".";
}

export function pabspath(p: string): string {
  if (!p.startsWith("/")) p = pjoin(process.cwd(), p);
  return pnormpath(p);
}

function pexpanduser(path: string): string {
  if (!path.startsWith("~")) return path;
  let i = path.indexOf("/", 1);
  if (i < 0) i = path.length;
  let home: string;
  if (i === 1) {
    home = process.env.HOME ?? homedir();
  } else {
    const name = path.slice(1, i);
    try {
      if (userInfo().username !== name) return path;
      home = homedir();
    } catch {
      return path;
    }
  }
  home = rstripSlash(home);
  return home + path.slice(i) || "/";
}

function pexpandvars(path: string): string {
  if (!path.includes("$")) return path;
  return path.replace(/\$(\w+|\{[^}]*\})/g, (m, name: string) => {
    const n = name.startsWith("{") ? name.slice(1, -1) : name;
    const v = process.env[n];
    return v === undefined ? m : v;
  });
}

function commonprefixStr(m: string[]): string {
  if (!m.length) return "";
  let s1 = m[0], s2 = m[0];
  for (const s of m) {
    if (s < s1) s1 = s;
    if (s > s2) s2 = s;
  }
  for (let i = 0; i < s1.length; i++) if (s1[i] !== s2[i]) return s1.slice(0, i);
  return s1;
}

function prelpath(path: string, start?: string): string {
  if (!path) valueError("no path specified");
  const st = start === undefined ? "." : start;
  const sl = pabspath(st).split("/").filter((x) => x);
  const pl = pabspath(path).split("/").filter((x) => x);
  let i = 0;
  while (i < sl.length && i < pl.length && sl[i] === pl[i]) i++;
  const rel = [...Array(sl.length - i).fill(".."), ...pl.slice(i)];
  if (!rel.length) return ".";
  return pjoin(rel[0], ...rel.slice(1));
}

function prealpath(p: string): string {
  const abs = pabspath(p);
  try {
    return realpathSync.native(abs);
  } catch {
    // Resolve the longest existing prefix, keep the rest as given (strict=False).
    const parts = abs.split("/").filter((x) => x);
    for (let k = parts.length - 1; k > 0; k--) {
      try {
        const head = realpathSync.native("/" + parts.slice(0, k).join("/"));
        return pnormpath(pjoin(head, ...parts.slice(k)));
      } catch {
        /* shorter */
      }
    }
    return abs;
  }
}

function safeStat(p: any, follow = true): import("node:fs").Stats | null {
  try {
    const s = pathArg(p, "stat");
    if (s.includes("\0")) return null;
    return (follow ? statSync(s, { throwIfNoEntry: false }) : lstatSync(s, { throwIfNoEntry: false })) ?? null;
  } catch (e) {
    if (e instanceof PyObject) throw e;
    return null;
  }
}

function statOrRaise(p: any, follow = true): any {
  const s = pathArg(p, "stat");
  try {
    return follow ? statSync(s, { bigint: true }) : lstatSync(s, { bigint: true });
  } catch (e) {
    throw osErrorFrom(e, p);
  }
}

let statResult: StructSeqType | null = null;
function statResultType(): StructSeqType {
  if (!statResult) {
    statResult = structseq(
      "stat_result",
      "os",
      ["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime"],
      ["st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"],
    );
  }
  return statResult;
}

function makeStat(s: any): any {
  const n = (x: bigint) => normBig(x);
  const sec = (ns: bigint) => pyFloat(Number(ns) / 1e9);
  return statResultType().make(
    [n(s.mode), n(s.ino), n(s.dev), n(s.nlink), n(s.uid), n(s.gid), n(s.size), n(s.atimeNs / 1000000000n), n(s.mtimeNs / 1000000000n), n(s.ctimeNs / 1000000000n)],
    {
      st_atime: sec(s.atimeNs),
      st_mtime: sec(s.mtimeNs),
      st_ctime: sec(s.ctimeNs),
      st_atime_ns: n(s.atimeNs),
      st_mtime_ns: n(s.mtimeNs),
      st_ctime_ns: n(s.ctimeNs),
      st_blksize: n(s.blksize),
      st_blocks: n(s.blocks),
      st_rdev: n(s.rdev),
    },
  );
}

function fillPosixpath(d: Record<string, any>, fn: (name: string, spec: string, impl: (...a: any[]) => any) => any): void {
  d.sep = "/";
  d.curdir = ".";
  d.pardir = "..";
  d.extsep = ".";
  d.altsep = None;
  d.pathsep = ":";
  d.defpath = "/bin:/usr/bin";
  d.devnull = "/dev/null";
  d.supports_unicode_filenames = false;
  fn("join", "a, *p", (a: any, p: PyTuple) => {
    const parts = p.a.map((x: any) => pathArg(x, "join"));
    return pjoin(pathArg(a, "join"), ...parts);
  });
  fn("split", "p", (p: any) => new PyTuple(psplit(pathArg(p, "split"))));
  fn("splitext", "p", (p: any) => new PyTuple(psplitext(pathArg(p, "splitext"))));
  fn("splitdrive", "p", (p: any) => new PyTuple(["", pathArg(p, "splitdrive")]));
  fn("basename", "p", (p: any) => pbasename(pathArg(p, "basename")));
  fn("dirname", "p", (p: any) => pdirname(pathArg(p, "dirname")));
  fn("isabs", "s", (s: any) => pathArg(s, "isabs").startsWith("/"));
  fn("normcase", "s", (s: any) => pathArg(s, "normcase"));
  fn("normpath", "path", (p: any) => pnormpath(pathArg(p, "normpath")));
  fn("abspath", "path", (p: any) => pabspath(pathArg(p, "abspath")));
  fn("realpath", "filename, *, strict=", (p: any) => prealpath(pathArg(p, "realpath")));
  fn("relpath", "path, start=", (p: any, s: any) => prelpath(pathArg(p, "relpath"), isNone(s) ? undefined : pathArg(s, "relpath")));
  fn("expanduser", "path", (p: any) => pexpanduser(pathArg(p, "expanduser")));
  fn("expandvars", "path", (p: any) => pexpandvars(pathArg(p, "expandvars")));
  fn("exists", "path", (p: any) => safeStat(p) !== null);
  fn("lexists", "path", (p: any) => safeStat(p, false) !== null);
  fn("isfile", "path", (p: any) => safeStat(p)?.isFile() ?? false);
  fn("isdir", "s", (p: any) => safeStat(p)?.isDirectory() ?? false);
  fn("islink", "path", (p: any) => safeStat(p, false)?.isSymbolicLink() ?? false);
  fn("ismount", "path", (p: any) => {
    const s = pathArg(p, "ismount");
    return pabspath(s) === "/" || (safeStat(s) !== null && safeStat(pjoin(s, ".."))?.dev !== safeStat(s)?.dev);
  });
  fn("getsize", "filename", (p: any) => normBig(statOrRaise(p).size));
  fn("getmtime", "filename", (p: any) => pyFloat(Number(statOrRaise(p).mtimeNs) / 1e9));
  fn("getatime", "filename", (p: any) => pyFloat(Number(statOrRaise(p).atimeNs) / 1e9));
  fn("getctime", "filename", (p: any) => pyFloat(Number(statOrRaise(p).ctimeNs) / 1e9));
  fn("samefile", "f1, f2", (a: any, b: any) => {
    const x = statOrRaise(a), y = statOrRaise(b);
    return x.ino === y.ino && x.dev === y.dev;
  });
  fn("commonprefix", "m", (m: any) => {
    const a = toArray(m);
    if (!a.length) return "";
    if (a.every((x: any) => typeof x === "string")) return commonprefixStr(a);
    // lists/tuples of components (as relpath uses it)
    let s1 = a[0], s2 = a[0];
    for (const x of a) {
      if (lessThan(x, s1)) s1 = x;
      if (lessThan(s2, x)) s2 = x;
    }
    const l1 = toArray(s1), l2 = toArray(s2);
    let i = 0;
    while (i < l1.length && i < l2.length && l1[i] === l2[i]) i++;
    if (i === l1.length) return s1;
    return s1 instanceof PyTuple ? new PyTuple(l1.slice(0, i)) : new PyList(l1.slice(0, i));
  });
  fn("commonpath", "paths", (paths: any) => {
    const ps = toArray(paths).map((p: any) => pathArg(p, "commonpath"));
    if (!ps.length) valueError("commonpath() arg is an empty sequence");
    const abs = new Set(ps.map((p) => p.startsWith("/")));
    if (abs.size > 1) valueError("Can't mix absolute and relative paths");
    const split = ps.map((p) => p.split("/").filter((c) => c && c !== "."));
    const cmp = (x: string[], y: string[]) => {
      for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
      return x.length - y.length;
    };
    let s1 = split[0], s2 = split[0];
    for (const s of split) {
      if (cmp(s, s1) < 0) s1 = s;
      if (cmp(s, s2) > 0) s2 = s;
    }
    let common = s1;
    for (let i = 0; i < s1.length; i++)
      if (s1[i] !== s2[i]) {
        common = s1.slice(0, i);
        break;
      }
    return (abs.has(true) ? "/" : "") + common.join("/");
  });
}

defineModule("posixpath", (m) => {
  fillPosixpath(m.d, (n, s, f) => m.fn(n, s, f));
});

// ---- environ ----

function envStr(x: any, what: string): string {
  const s = strOf(x);
  if (s === undefined) typeError(`str expected, not ${typeOf(x).$name}`);
  void what;
  return s;
}

class EnvMap extends Map<any, any> {
  override get(k: any): any {
    return typeof k === "string" ? process.env[k] : undefined;
  }
  override has(k: any): boolean {
    return typeof k === "string" && process.env[k] !== undefined;
  }
  override set(k: any, v: any): this {
    const key = envStr(k, "key");
    const val = envStr(v, "value");
    if (key.includes("=") || key === "") valueError(`illegal environment variable name`);
    process.env[key] = val;
    return this;
  }
  override delete(k: any): boolean {
    if (typeof k !== "string" || process.env[k] === undefined) return false;
    delete process.env[k];
    return true;
  }
  override clear(): void {
    for (const k of Object.keys(process.env)) delete process.env[k];
  }
  override get size(): number {
    return Object.keys(process.env).length;
  }
  override *entries(): MapIterator<[any, any]> {
    for (const k of Object.keys(process.env)) yield [k, process.env[k]];
  }
  override *keys(): MapIterator<any> {
    yield* Object.keys(process.env);
  }
  override *values(): MapIterator<any> {
    for (const k of Object.keys(process.env)) yield process.env[k];
  }
  override [Symbol.iterator](): MapIterator<[any, any]> {
    return this.entries();
  }
  override forEach(cb: (v: any, k: any, m: Map<any, any>) => void): void {
    for (const [k, v] of this.entries()) cb(v, k, this);
  }
}

class EnvJs extends PyDict {
  constructor() {
    super();
    this.m = new EnvMap();
  }
}

let environType: PyType | null = null;
function makeEnviron(): any {
  if (!environType) {
    environType = nativeClass("_Environ", "os", [T.dict], EnvJs, {
      __repr__: method("_Environ", "__repr__", "", () => {
        const parts = Object.keys(process.env).map((k) => `${repr(k)}: ${repr(process.env[k])}`);
        return `environ({${parts.join(", ")}})`;
      }),
      __getitem__: method("_Environ", "__getitem__", "key, /", (_o: any, k: any) => {
        const v = typeof k === "string" ? process.env[k] : undefined;
        if (v === undefined) keyError(k);
        return v;
      }),
      __setitem__: method("_Environ", "__setitem__", "key, value, /", (o: EnvJs, k: any, v: any) => {
        o.m.set(k, v);
        return None;
      }),
      copy: method("_Environ", "copy", "", () => {
        const d = new PyDict();
        for (const k of Object.keys(process.env)) d.m.set(k, process.env[k]);
        return d;
      }),
    });
  }
  return new EnvJs();
}

// ---- walk / scandir ----

class WalkJs extends PyIterator {
  constructor(public g: Generator<any>) {
    super();
  }
  $next(): any {
    const r = this.g.next();
    return r.done ? STOP : r.value;
  }
}

let walkType: PyType | null = null;
function walkIter(g: Generator<any>): WalkJs {
  if (!walkType) {
    walkType = nativeClass("generator", "builtins", [T.object], WalkJs, {
      __iter__: method("generator", "__iter__", "", (o: any) => o),
      __next__: method("generator", "__next__", "", (o: WalkJs) => {
        const v = o.$next();
        if (v === STOP) raise(T.StopIteration);
        return v;
      }),
      close: method("generator", "close", "", (o: WalkJs) => {
        o.g.return(undefined);
        return None;
      }),
    });
  }
  return new WalkJs(g);
}

function entryIsDir(top: string, ent: Dirent): boolean {
  if (ent.isDirectory()) return true;
  if (ent.isSymbolicLink()) {
    try {
      return statSync(pjoin(top, ent.name)).isDirectory();
    } catch {
      return false;
    }
  }
  return false;
}

function* walkGen(top: string, topdown: boolean, onerror: any, followlinks: boolean): Generator<any> {
  let entries: Dirent[];
  try {
    entries = readdirSync(top, { withFileTypes: true });
  } catch (e) {
    if (onerror !== null) callv(onerror, [osErrorFrom(e, top)]);
    return;
  }
  const dirs: string[] = [];
  const nondirs: string[] = [];
  const walkDirs: string[] = [];
  for (const ent of entries) {
    const isDir = entryIsDir(top, ent);
    if (isDir) dirs.push(ent.name);
    else nondirs.push(ent.name);
    if (!topdown && isDir && (followlinks || !ent.isSymbolicLink())) walkDirs.push(pjoin(top, ent.name));
  }
  if (topdown) {
    const dl = new PyList(dirs);
    yield new PyTuple([top, dl, new PyList(nondirs)]);
    for (let i = 0; i < dl.a.length; i++) {
      const name = dl.a[i];
      const np = pjoin(top, typeof name === "string" ? name : String(name));
      let link = false;
      try {
        link = lstatSync(np).isSymbolicLink();
      } catch {
        link = false;
      }
      if (followlinks || !link) yield* walkGen(np, topdown, onerror, followlinks);
    }
  } else {
    for (const np of walkDirs) yield* walkGen(np, topdown, onerror, followlinks);
    yield new PyTuple([top, new PyList(dirs), new PyList(nondirs)]);
  }
}

class DirEntryJs extends PyObject {
  constructor(public name: string, public path: string, public ent: Dirent) {
    super();
  }
}
class ScandirJs extends PyIterator {
  i = 0;
  closed = false;
  constructor(public items: DirEntryJs[]) {
    super();
  }
  $next(): any {
    if (this.closed || this.i >= this.items.length) return STOP;
    return this.items[this.i++];
  }
}
let dirEntryType: PyType | null = null;
let scandirType: PyType | null = null;
function scandirTypes(): void {
  if (dirEntryType) return;
  dirEntryType = nativeClass("DirEntry", "posix", [T.object], DirEntryJs, {
    name: getset("name", (o: DirEntryJs) => o.name),
    path: getset("path", (o: DirEntryJs) => o.path),
    is_dir: method("DirEntry", "is_dir", "*, follow_symlinks=", (o: DirEntryJs, f: any) => (f === false ? o.ent.isDirectory() : entryIsDir(pdirname(o.path) || ".", o.ent))),
    is_file: method("DirEntry", "is_file", "*, follow_symlinks=", (o: DirEntryJs, f: any) => {
      if (o.ent.isFile()) return true;
      if (f !== false && o.ent.isSymbolicLink()) return safeStat(o.path)?.isFile() ?? false;
      return false;
    }),
    is_symlink: method("DirEntry", "is_symlink", "", (o: DirEntryJs) => o.ent.isSymbolicLink()),
    stat: method("DirEntry", "stat", "*, follow_symlinks=", (o: DirEntryJs, f: any) => makeStat(statOrRaise(o.path, f !== false))),
    inode: method("DirEntry", "inode", "", (o: DirEntryJs) => normBig(statOrRaise(o.path, false).ino)),
    __fspath__: method("DirEntry", "__fspath__", "", (o: DirEntryJs) => o.path),
    __repr__: method("DirEntry", "__repr__", "", (o: DirEntryJs) => `<DirEntry ${repr(o.name)}>`),
  });
  scandirType = nativeClass("ScandirIterator", "posix", [T.object], ScandirJs, {
    __iter__: method("ScandirIterator", "__iter__", "", (o: any) => o),
    __next__: method("ScandirIterator", "__next__", "", (o: ScandirJs) => {
      const v = o.$next();
      if (v === STOP) raise(T.StopIteration);
      return v;
    }),
    __enter__: method("ScandirIterator", "__enter__", "", (o: any) => o),
    __exit__: method("ScandirIterator", "__exit__", "*args", (o: ScandirJs) => {
      o.closed = true;
      return None;
    }),
    close: method("ScandirIterator", "close", "", (o: ScandirJs) => {
      o.closed = true;
      return None;
    }),
  });
}

// ---- os ----

function fsCall<R>(f: () => R, a?: any, b?: any): R {
  try {
    return f();
  } catch (e) {
    throw osErrorFrom(e, a, b);
  }
}

function intArg(x: any, name: string): number {
  if (!isInt(x) && typeof x !== "boolean") typeError(`'${typeOf(x).$name}' object cannot be interpreted as an integer`);
  void name;
  return Number(x);
}

defineModule("os", (m) => {
  const d = m.d;
  const pp = loadModule("posixpath");
  d.path = pp;
  d.__path__ = new PyList([]);
  sysModules.set("os.path", pp);
  d.name = "posix";
  d.sep = "/";
  d.altsep = None;
  d.extsep = ".";
  d.pathsep = ":";
  d.linesep = "\n";
  d.curdir = ".";
  d.pardir = "..";
  d.devnull = "/dev/null";
  d.defpath = "/bin:/usr/bin";
  d.environ = makeEnviron();
  d.error = T.OSError;
  d.F_OK = 0;
  d.R_OK = 4;
  d.W_OK = 2;
  d.X_OK = 1;
  d.SEEK_SET = 0;
  d.SEEK_CUR = 1;
  d.SEEK_END = 2;
  d.O_RDONLY = fsConstants.O_RDONLY;
  d.O_WRONLY = fsConstants.O_WRONLY;
  d.O_RDWR = fsConstants.O_RDWR;
  d.O_CREAT = fsConstants.O_CREAT;
  d.O_EXCL = fsConstants.O_EXCL;
  d.O_TRUNC = fsConstants.O_TRUNC;
  d.O_APPEND = fsConstants.O_APPEND;
  d.stat_result = statResultType().type;
  scandirTypes();
  d.DirEntry = dirEntryType;
  const tsize = structseq("terminal_size", "os", ["columns", "lines"]);
  d.terminal_size = tsize.type;

  m.fn("getcwd", "", () => process.cwd());
  m.fn("getcwdb", "", () => new PyBytes(Buffer.from(process.cwd())));
  m.fn("chdir", "path", (p: any) => {
    const s = fspath(p);
    fsCall(() => process.chdir(s), p);
    return None;
  });
  m.fn("listdir", "path=", (p: any) => {
    const s = isNone(p) ? "." : fspath(p);
    return new PyList(fsCall(() => readdirSync(s), isNone(p) ? "." : p));
  });
  m.fn("scandir", "path=", (p: any) => {
    const s = isNone(p) ? "." : fspath(p);
    const ents = fsCall(() => readdirSync(s, { withFileTypes: true }), isNone(p) ? "." : p);
    const o = new ScandirJs(ents.map((e) => new DirEntryJs(e.name, isNone(p) ? "./" + e.name : pjoin(s, e.name), e)));
    return o;
  });
  m.fn("mkdir", "path, mode=, *, dir_fd=", (p: any, mode: any) => {
    const s = fspath(p);
    fsCall(() => mkdirSync(s, { mode: mode === undefined ? 0o777 : intArg(mode, "mode") }), p);
    return None;
  });
  m.fn("makedirs", "name, mode=, exist_ok=", (p: any, mode: any, existOk: any) => {
    const s = fspath(p);
    const ok = existOk === true || (existOk !== undefined && existOk !== false && existOk !== None && existOk !== 0);
    const st = safeStat(s);
    if (st !== null) {
      if (ok && st.isDirectory()) return None;
      throw makeOSError("EEXIST", p);
    }
    const [head, tail] = psplit(s);
    let h = head, t = tail;
    if (!t) [h, t] = psplit(h);
    if (h && t && safeStat(h) === null) {
      try {
        callv(m.d.makedirs, [h], ["exist_ok"], [ok]);
      } catch (e: any) {
        if (!(e instanceof PyObject && isSubtype(e.$cls, T.FileExistsError))) throw e;
      }
      if (t === ".") return None;
    }
    try {
      mkdirSync(s, { mode: mode === undefined ? 0o777 : intArg(mode, "mode") });
    } catch (e: any) {
      if (!ok || e.code !== "EEXIST" || !safeStat(s)?.isDirectory()) throw osErrorFrom(e, p);
    }
    return None;
  });
  const remove = (p: any) => {
    const s = fspath(p);
    fsCall(() => {
      const st = lstatSync(s);
      if (st.isDirectory()) throw Object.assign(new Error("EISDIR"), { code: "EISDIR" });
      unlinkSync(s);
    }, p);
    return None;
  };
  m.fn("remove", "path, *, dir_fd=", remove);
  m.fn("unlink", "path, *, dir_fd=", remove);
  m.fn("rmdir", "path, *, dir_fd=", (p: any) => {
    const s = fspath(p);
    fsCall(() => rmdirSync(s), p);
    return None;
  });
  m.fn("removedirs", "name", (p: any) => {
    let s = fspath(p);
    fsCall(() => rmdirSync(s), p);
    let [head, tail] = psplit(s);
    if (!tail) [head, tail] = psplit(head);
    while (head && tail) {
      try {
        rmdirSync(head);
      } catch {
        break;
      }
      [head, tail] = psplit(head);
    }
    return None;
  });
  const rename = (a: any, b: any) => {
    const sa = fspath(a), sb = fspath(b);
    fsCall(() => renameSync(sa, sb), a, b);
    return None;
  };
  m.fn("rename", "src, dst, *, src_dir_fd=, dst_dir_fd=", rename);
  m.fn("replace", "src, dst, *, src_dir_fd=, dst_dir_fd=", rename);
  m.fn("renames", "old, new", rename);
  m.fn("stat", "path, *, dir_fd=, follow_symlinks=", (p: any, _fd: any, follow: any) => {
    if (isInt(p)) return makeStat(fsCall(() => fstatSync(Number(p), { bigint: true })));
    return makeStat(statOrRaise(p, follow !== false));
  });
  m.fn("lstat", "path, *, dir_fd=", (p: any) => makeStat(statOrRaise(p, false)));
  m.fn("fstat", "fd", (fd: any) => makeStat(fsCall(() => fstatSync(intArg(fd, "fd"), { bigint: true }))));
  m.fn("walk", "top, topdown=, onerror=, followlinks=", (top: any, topdown: any, onerror: any, follow: any) =>
    walkIter(walkGen(fspath(top), topdown === undefined ? true : !!(topdown && topdown !== None), isNone(onerror) ? null : onerror, !!(follow && follow !== None))),
  );
  m.fn("access", "path, mode, *, dir_fd=, effective_ids=, follow_symlinks=", (p: any, mode: any) => {
    try {
      accessSync(fspath(p), intArg(mode, "mode"));
      return true;
    } catch {
      return false;
    }
  });
  m.fn("chmod", "path, mode, *, dir_fd=, follow_symlinks=", (p: any, mode: any) => {
    const s = fspath(p);
    fsCall(() => chmodSync(s, intArg(mode, "mode")), p);
    return None;
  });
  m.fn("utime", "path, times=, *, ns=, dir_fd=, follow_symlinks=", (p: any, times: any) => {
    const s = fspath(p);
    const now = Date.now() / 1000;
    const t = isNone(times) ? [now, now] : toArray(times).map((x: any) => Number(x?.v ?? x));
    fsCall(() => utimesSync(s, t[0], t[1]), p);
    return None;
  });
  m.fn("symlink", "src, dst, target_is_directory=, *, dir_fd=", (a: any, b: any) => {
    fsCall(() => symlinkSync(fspath(a), fspath(b)), a, b);
    return None;
  });
  m.fn("link", "src, dst, *, src_dir_fd=, dst_dir_fd=, follow_symlinks=", (a: any, b: any) => {
    fsCall(() => linkSync(fspath(a), fspath(b)), a, b);
    return None;
  });
  m.fn("readlink", "path, *, dir_fd=", (p: any) => fsCall(() => readlinkSync(fspath(p)), p));
  m.fn("getenv", "key, default=", (k: any, dflt: any) => {
    const key = strOf(k);
    if (key === undefined) typeError(`str expected, not ${typeOf(k).$name}`);
    const v = process.env[key];
    return v === undefined ? (dflt === undefined ? None : dflt) : v;
  });
  m.fn("putenv", "name, value, /", (k: any, v: any) => {
    process.env[envStr(k, "name")] = envStr(v, "value");
    return None;
  });
  m.fn("unsetenv", "name, /", (k: any) => {
    delete process.env[envStr(k, "name")];
    return None;
  });
  m.fn("getpid", "", () => process.pid);
  m.fn("getppid", "", () => process.ppid);
  m.fn("getuid", "", () => (process.getuid ? process.getuid() : 0));
  m.fn("geteuid", "", () => (process.geteuid ? process.geteuid() : 0));
  m.fn("getgid", "", () => (process.getgid ? process.getgid() : 0));
  m.fn("getegid", "", () => (process.getegid ? process.getegid() : 0));
  m.fn("getlogin", "", () => userInfo().username);
  m.fn("cpu_count", "", () => cpus().length || None);
  m.fn("umask", "mask, /", (mask: any) => process.umask(intArg(mask, "mask")));
  m.fn("urandom", "size, /", (n: any) => {
    const k = intArg(n, "size");
    if (k < 0) valueError("negative argument not allowed");
    return new PyBytes(new Uint8Array(nodeCrypto().randomBytes(k)));
  });
  m.fn("strerror", "code, /", (c: any) => strerror(intArg(c, "code")));
  m.fn("fspath", "path", (p: any) => {
    if (typeof p === "string" || p instanceof PyBytes) return p;
    const f = typeOf(p).$L.__fspath__;
    if (f === undefined) typeError(`expected str, bytes or os.PathLike object, not ${typeOf(p).$name}`);
    return callv(f, [p]);
  });
  m.fn("fsencode", "filename", (p: any) => new PyBytes(Buffer.from(fspath(p))));
  m.fn("fsdecode", "filename", (p: any) => fspath(p));
  m.fn("system", "command", (cmd: any) => {
    flushStdout();
    const r = nodeChildProcess().spawnSync("/bin/sh", ["-c", String(strOf(cmd) ?? typeError("command must be str"))], { stdio: "inherit" });
    if (r.status === null) return r.signal ? 128 : 1;
    return r.status << 8;
  });
  m.fn("get_terminal_size", "fd=, /", (fd: any) => {
    const f = fd === undefined ? 1 : intArg(fd, "fd");
    const s = f === 2 ? process.stderr : process.stdout;
    if (!s.isTTY) throw makeOSError(25);
    return tsize.make([s.columns, s.rows]);
  });
  m.fn("uname", "", () => {
    const u = structseq("uname_result", "posix", ["sysname", "nodename", "release", "version", "machine"]);
    return u.make([osType(), hostname(), release(), "", machine()]);
  });
  m.fn("kill", "pid, signal, /", (pid: any, sig: any) => {
    try {
      process.kill(intArg(pid, "pid"), intArg(sig, "signal"));
    } catch (e) {
      throw osErrorFrom(e);
    }
    return None;
  });
  m.fn("_exit", "status", (s: any) => {
    flushStdout();
    process.exit(intArg(s, "status"));
  });
  // Low-level file descriptors.
  m.fn("open", "path, flags, mode=, *, dir_fd=", (p: any, flags: any, mode: any) =>
    fsCall(() => openSync(fspath(p), intArg(flags, "flags"), mode === undefined ? 0o777 : intArg(mode, "mode")), p),
  );
  m.fn("close", "fd", (fd: any) => {
    fsCall(() => closeSync(intArg(fd, "fd")));
    return None;
  });
  m.fn("read", "fd, length, /", (fd: any, n: any) => {
    const b = Buffer.alloc(intArg(n, "length"));
    const k = fsCall(() => readSync(intArg(fd, "fd"), b, 0, b.length, null));
    return new PyBytes(new Uint8Array(b.subarray(0, k)));
  });
  m.fn("write", "fd, data, /", (fd: any, data: any) => {
    if (!(data instanceof PyBytes)) typeError(`a bytes-like object is required, not '${typeOf(data).$name}'`);
    const f = intArg(fd, "fd");
    if (f === 1) flushStdout();
    return fsCall(() => writeSync(f, data.b));
  });
  m.fn("isatty", "fd, /", (fd: any) => {
    const f = intArg(fd, "fd");
    return f === 0 ? !!process.stdin.isTTY : f === 1 ? !!process.stdout.isTTY : f === 2 ? !!process.stderr.isTTY : false;
  });
  class PathLikeJs extends PyObject {}
  d.PathLike = nativeClass("PathLike", "os", [T.object], PathLikeJs, {}, { dict: true });
  void lessThan;
  void scandirType;
});

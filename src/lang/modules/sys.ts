/**
 * The `sys` module: argv, exit, the standard streams (reassigning sys.stdout redirects print()),
 * path (the loader's own array), modules (a live view of the loader's map), version info, limits.
 */
import {
  None,
  PyList,
  PyTuple,
  PyDict,
  PyFloat,
  PyObject,
  PyBytes,
  PyByteArray,
  PySet,
  PyType,
  T,
  typeOf,
  newException,
  captureTraceback,
  callv,
  getattr,
  toNumber,
  isInt,
  pyFloat,
  typeError,
  valueError,
  raise,
} from "../runtime/index.js";
import { defineModule } from "./registry.js";
import { sysState } from "./sysState.js";
import { sysModules, sysPath } from "../loader.js";
import { stdoutHooks, writeStdout, flushStdout } from "../runtime/builtins.js";
import { excTop } from "../runtime/exceptions.js";
import { cpLen } from "../runtime/strings/index.js";
import { stdStreams, stdoutBase } from "./io.js";
import { structseq, strOf, nativeClass, method } from "./util.js";

const VERSION = "3.11.7 (main, Tauraro 0.1.0) [TypeScript on Node.js " + process.versions.node + "]";

let versionInfo: any = null;
let floatInfo: any = null;
let intInfo: any = null;
let flags: any = null;
let hashInfo: any = null;
let implementation: any = null;

function infos(): void {
  if (versionInfo) return;
  const vi = structseq("version_info", "sys", ["major", "minor", "micro", "releaselevel", "serial"], [], "sys.version_info");
  versionInfo = vi.make([3, 11, 7, "final", 0]);
  const fi = structseq("float_info", "sys", ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"], [], "sys.float_info");
  floatInfo = fi.make([Number.MAX_VALUE, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53, Number.EPSILON, 2, 1]);
  const ii = structseq("int_info", "sys", ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"], [], "sys.int_info");
  intInfo = ii.make([30, 4, 4300, 640]);
  const fl = structseq(
    "flags",
    "sys",
    ["debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"],
    [],
    "sys.flags",
  );
  flags = fl.make([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, false, 0, 0, false, -1]);
  const hi = structseq("hash_info", "sys", ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"], [], "sys.hash_info");
  hashInfo = hi.make([64, 2305843009213693951, 314159, 0, 1000003, "siphash13", 64, 128, 0]);
  class NsJs extends PyObject {}
  const nsType = nativeClass("SimpleNamespace", "types", [T.object], NsJs, {
    __repr__: method("SimpleNamespace", "__repr__", "", (o: any) => `namespace(${Object.keys(o.$d).filter((k) => k.charCodeAt(0) !== 36).map((k) => `${k}=${reprOf(o.$d[k])}`).join(", ")})`),
  }, { dict: true });
  implementation = new NsJs();
  implementation.$cls = nsType;
  implementation.$d = Object.create(null);
  implementation.$d.name = "tauraro";
  implementation.$d.cache_tag = None;
  implementation.$d.version = versionInfo;
  implementation.$d.hexversion = 0x030b07f0;
  implementation.$d._multiarch = "x86_64-linux-gnu";
}

import { repr as reprOf } from "../runtime/ops.js";

/** sys.getsizeof approximations matching CPython 3.11 on 64-bit for common values. */
function sizeOf(x: any): number {
  switch (typeof x) {
    case "boolean":
      return x ? 28 : 24;
    case "number":
      if (!Number.isInteger(x)) return 24;
      if (x === 0) return 28;
      return 24 + 4 * Math.ceil(Math.log2(Math.abs(x) + 1) / 30);
    case "bigint": {
      const bits = (x < 0n ? -x : x).toString(2).length;
      return 24 + 4 * Math.ceil(bits / 30);
    }
    case "string": {
      let max = 0;
      for (let i = 0; i < x.length; i++) max = Math.max(max, x.charCodeAt(i));
      const n = cpLen(x);
      if (max < 128) return 49 + n;
      if (max < 256) return 73 + n;
      if (max < 0xd800 || max >= 0xe000) return 74 + 2 * n;
      return 76 + 4 * n;
    }
    case "function":
      return 136;
  }
  if (x === None) return 16;
  if (x instanceof PyFloat) return 24;
  if (x instanceof PyList) return 56 + 8 * x.a.length;
  if (x instanceof PyTuple) return 40 + 8 * x.a.length;
  if (x instanceof PyDict) {
    const n = x.m.size;
    if (n === 0) return 64;
    let cap = 8;
    while ((cap * 2) / 3 < n) cap *= 2;
    return cap <= 8 ? 184 : 64 + cap * 9 + (cap * 2 / 3) * 24 - 8 * 0 + 8;
  }
  if (x instanceof PySet) {
    const n = x.m.size;
    let cap = 8;
    while (cap * 3 / 5 < n) cap *= 2;
    return 216 + (cap > 8 ? cap * 16 - 128 : 0);
  }
  if (x instanceof PyBytes) return 33 + x.b.length;
  if (x instanceof PyByteArray) return 57 + x.n;
  const f = typeOf(x).$L.__sizeof__;
  if (f !== undefined) {
    const r = callv(f, [x]);
    if (isInt(r)) return Number(r) + (x instanceof PyObject && x.$d ? 16 : 0);
  }
  return 48;
}

let defaultStdout: any = null;
let defaultStderr: any = null;
let defaultStdin: any = null;

defineModule(
  "sys",
  (m) => {
    infos();
    const d = m.d;
    const streams = stdStreams();
    defaultStdout = streams.stdout;
    defaultStderr = streams.stderr;
    defaultStdin = streams.stdin;
    let curStdout: any = defaultStdout;
    let curStderr: any = defaultStderr;
    let curStdin: any = defaultStdin;
    // Reassigning sys.stdout redirects print(): the module attribute is an accessor.
    Object.defineProperty(d, "stdout", {
      enumerable: true,
      configurable: true,
      get: () => curStdout,
      set: (v: any) => {
        const was = curStdout;
        curStdout = v;
        if (v === was) return;
        if (v === defaultStdout) {
          if (stdoutBase.write) stdoutHooks.write = stdoutBase.write;
          stdoutBase.write = null;
        } else {
          if (was === defaultStdout) stdoutBase.write = stdoutHooks.write;
          let w: any = null;
          stdoutHooks.write = (s: string) => {
            if (w === null || curStdout !== v) w = getattr(v, "write");
            callv(w, [s]);
          };
        }
      },
    });
    Object.defineProperty(d, "stderr", { enumerable: true, configurable: true, get: () => curStderr, set: (v: any) => (curStderr = v) });
    Object.defineProperty(d, "stdin", { enumerable: true, configurable: true, get: () => curStdin, set: (v: any) => (curStdin = v) });
    m.set("__stdout__", defaultStdout);
    m.set("__stderr__", defaultStderr);
    m.set("__stdin__", defaultStdin);

    const argv = new PyList(sysState.argv.slice());
    m.set("argv", argv);
    m.set("orig_argv", new PyList(["tauraro", ...sysState.argv]));
    m.set("path", new PyList(sysPath));
    const mods = new PyDict();
    (mods as any).m = sysModules;
    m.set("modules", mods);
    m.set("builtin_module_names", new PyTuple(["builtins", "sys", "math", "time", "_io", "_json", "posix"]));
    m.set("stdlib_module_names", new PyTuple(["os", "json", "io", "math", "sys", "time"]));
    m.set("version", VERSION);
    m.set("version_info", versionInfo);
    m.set("hexversion", 0x030b07f0);
    m.set("api_version", 1013);
    m.set("implementation", implementation);
    m.set("platform", process.platform === "win32" ? "win32" : process.platform === "darwin" ? "darwin" : "linux");
    m.set("byteorder", "little");
    m.set("maxsize", 9223372036854775807n);
    m.set("maxunicode", 1114111);
    m.set("float_info", floatInfo);
    m.set("int_info", intInfo);
    m.set("hash_info", hashInfo);
    m.set("flags", flags);
    m.set("float_repr_style", "short");
    m.set("executable", process.execPath);
    m.set("_base_executable", process.execPath);
    m.set("prefix", "/usr");
    m.set("base_prefix", "/usr");
    m.set("exec_prefix", "/usr");
    m.set("base_exec_prefix", "/usr");
    m.set("platlibdir", "lib");
    m.set("pycache_prefix", None);
    m.set("dont_write_bytecode", true);
    m.set("copyright", "Copyright (c) Tauraro authors.");
    m.set("warnoptions", new PyList([]));
    m.set("meta_path", new PyList([]));
    m.set("path_hooks", new PyList([]));
    m.set("path_importer_cache", new PyDict());
    m.set("ps1", ">>> ");
    m.set("ps2", "... ");

    m.fn("exit", "status=, /", (status: any) => {
      const e = newException(T.SystemExit, status === undefined ? [] : [status]);
      e.$d!.code = status === undefined ? None : status;
      captureTraceback(e);
      throw e;
    });
    m.fn("getrecursionlimit", "", () => sysState.recursionLimit);
    m.fn("setrecursionlimit", "limit, /", (n: any) => {
      if (!isInt(n)) typeError(`'${typeOf(n).$name}' object cannot be interpreted as an integer`);
      if (n < 1) valueError("recursion limit must be greater or equal than 1");
      sysState.recursionLimit = Number(n);
      return None;
    });
    m.fn("getsizeof", "object, default=", (o: any) => sizeOf(o));
    m.fn("exc_info", "", () => {
      const e = excTop();
      if (!e) return new PyTuple([None, None, None]);
      return new PyTuple([e.$cls, e, (e as any).__traceback__ ?? None]);
    });
    m.fn("exception", "", () => excTop() ?? None);
    m.fn("intern", "string, /", (s: any) => {
      if (typeof s !== "string") typeError(`intern() argument must be str, not ${typeOf(s).$name}`);
      return s;
    });
    m.fn("getdefaultencoding", "", () => "utf-8");
    m.fn("getfilesystemencoding", "", () => "utf-8");
    m.fn("getfilesystemencodeerrors", "", () => "surrogateescape");
    m.fn("getrefcount", "object, /", () => 2);
    m.fn("getswitchinterval", "", () => 0.005);
    m.fn("setswitchinterval", "interval, /", () => None);
    m.fn("get_int_max_str_digits", "", () => 4300);
    m.fn("set_int_max_str_digits", "maxdigits", () => None);
    m.fn("is_finalizing", "", () => false);
    m.fn("audit", "event, *args", () => None);
    m.fn("addaudithook", "hook", () => None);
    m.fn("settrace", "function, /", () => None);
    m.fn("setprofile", "function, /", () => None);
    m.fn("gettrace", "", () => None);
    m.fn("getprofile", "", () => None);
    m.fn("call_tracing", "func, args, /", (f: any, a: any) => callv(f, (a as PyTuple).a));
    m.fn("_getframe", "depth=, /", () => raise(T.ValueError, "call stack is not deep enough"));
    const hook = m.fn("excepthook", "exctype, value, traceback, /", (_t: any, v: any) => {
      // Printing goes through the CLI's reporter when the exception escapes; here, a plain form.
      flushStdout();
      const name = typeOf(v).$name;
      const msg = strOf(callv(getattr(v, "__str__"), []));
      defaultStderr.wr(msg ? `${name}: ${msg}\n` : `${name}\n`);
      return None;
    });
    m.set("__excepthook__", hook);
    const dh = m.fn("displayhook", "object, /", (o: any) => {
      if (o === None) return None;
      writeStdout(reprOf(o) + "\n");
      return None;
    });
    m.set("__displayhook__", dh);
    m.fn("unraisablehook", "unraisable, /", () => None);
  },
  { builtin: true },
);

export function currentRecursionLimit(): number {
  return sysState.recursionLimit;
}

export { toNumber, pyFloat };

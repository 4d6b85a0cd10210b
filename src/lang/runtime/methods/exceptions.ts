/**
 * BaseException and the attributes / str / repr of the built-in exception classes.
 * Extra fields (SyntaxError.lineno, NameError.name, OSError.errno, …) live in the instance `$d`
 * (the loader and errors.ts write them there too), with class-level defaults of None.
 */
import { None, PyBaseException, PyDict, PyList, PyTuple, PyType, newAttrDict } from "../objects.js";
import { T, isSubtype, typeOf } from "../types.js";
import { typeError } from "../errors.js";
import { repr, str } from "../ops.js";
import { toArray } from "../iter.js";
import { origKey } from "../keys.js";
import { defMethods, staticMethod, getset, strOf, intOf, tname } from "./common.js";

function excNew(cls: any, args: PyTuple, _kw: PyDict | null): any {
  if (!(cls instanceof PyType) || !isSubtype(cls, T.BaseException)) typeError(`BaseException.__new__(X): X is not a subtype of BaseException`);
  const e: PyBaseException = new (cls.$js as any)();
  e.$cls = cls;
  e.$d = newAttrDict();
  e.args = new PyTuple(args.a.slice());
  return e;
}

function noKw(self: any, kw: PyDict | null): void {
  if (kw && kw.m.size) typeError(`${typeOf(self).$name}() takes no keyword arguments`);
}

function excInit(self: PyBaseException, args: PyTuple, kw: PyDict | null): any {
  noKw(self, kw);
  self.args = new PyTuple(args.a.slice());
  return None;
}

export function excStr(self: PyBaseException): string {
  const a = self.args.a;
  if (a.length === 0) return "";
  if (a.length === 1) return str(a[0]);
  return str(self.args);
}

export function excRepr(self: PyBaseException): string {
  const name = typeOf(self).$name;
  const a = self.args.a;
  if (a.length === 1) return `${name}(${repr(a[0])})`;
  if (a.length === 0) return `${name}()`;
  return name + repr(self.args);
}

function kwGet(kw: PyDict | null, name: string): any {
  if (!kw) return undefined;
  for (const [k, v] of kw.m) if (origKey(kw, k) === name) return v;
  return undefined;
}

function onlyKw(self: any, kw: PyDict | null, allowed: string[]): void {
  if (!kw) return;
  for (const [k] of kw.m) {
    const n = origKey(kw, k);
    if (!allowed.includes(n)) typeError(`${typeOf(self).$name}() got an unexpected keyword argument '${n}'`);
  }
}

defMethods(T.BaseException, {
  __new__: staticMethod(T.BaseException, "__new__", "cls, /, *args, **kwargs", excNew),
  __init__: ["self, /, *args, **kwargs", excInit],
  __str__: ["self, /", excStr],
  __repr__: ["self, /", excRepr],
  args: getset("args", (e: PyBaseException) => e.args, (e: PyBaseException, v: any) => {
    e.args = v instanceof PyTuple && v.$cls === T.tuple ? v : new PyTuple(toArray(v));
  }),
  __cause__: getset("__cause__", (e: any) => e.__cause__ ?? None, (e: any, v: any) => {
    if (v !== None && !(v instanceof PyBaseException)) typeError("exception cause must be None or derive from BaseException");
    e.__cause__ = v;
    e.__suppress_context__ = true;
  }),
  __context__: getset("__context__", (e: any) => e.__context__ ?? None, (e: any, v: any) => {
    if (v !== None && !(v instanceof PyBaseException)) typeError("exception context must be None or derive from BaseException");
    e.__context__ = v;
  }),
  __suppress_context__: getset("__suppress_context__", (e: any) => !!e.__suppress_context__, (e: any, v: any) => {
    e.__suppress_context__ = v === true || (v !== false && v !== 0 && v !== None);
  }),
  __traceback__: getset("__traceback__", (e: any) => e.$traceback ?? None, (e: any, v: any) => {
    e.$traceback = v;
  }),
  with_traceback: ["self, tb, /", (e: any, tb: any) => {
    e.$traceback = tb;
    return e;
  }],
  add_note: ["self, note, /", (e: PyBaseException, note: any) => {
    if (strOf(note) === undefined) typeError(`note must be a str, not '${tname(note)}'`);
    const d = e.$d!;
    let notes = d.__notes__;
    if (notes === undefined) notes = d.__notes__ = new PyList([]);
    else if (!(notes instanceof PyList)) typeError("Cannot add note: __notes__ is not a list");
    notes.a.push(note);
    return None;
  }],
  __reduce__: ["self, /", (e: PyBaseException) => new PyTuple([typeOf(e), e.args])],
  __setstate__: ["self, state, /", () => None],
});

// ---- specific classes ----

defMethods(T.KeyError, {
  __str__: ["self, /", (e: PyBaseException) => (e.args.a.length === 1 ? repr(e.args.a[0]) : excStr(e))],
});

defMethods(T.StopIteration, {
  __init__: ["self, /, *args, **kwargs", (e: PyBaseException, args: PyTuple, kw: PyDict | null) => {
    excInit(e, args, kw);
    return None;
  }],
  value: getset("value", (e: any) => (e.$value !== undefined ? e.$value : e.args.a.length ? e.args.a[0] : None), (e: any, v: any) => {
    e.$value = v;
  }),
});

defMethods(T.StopAsyncIteration, {
  value: getset("value", (e: any) => (e.$value !== undefined ? e.$value : e.args.a.length ? e.args.a[0] : None), (e: any, v: any) => {
    e.$value = v;
  }),
});

defMethods(T.SystemExit, {
  code: getset("code", (e: any) => {
    if (e.$code !== undefined) return e.$code;
    const a = e.args.a;
    return a.length === 0 ? None : a.length === 1 ? a[0] : e.args;
  }, (e: any, v: any) => {
    e.$code = v;
  }),
});

defMethods(T.NameError, {
  __init__: ["self, /, *args, name=None", (e: PyBaseException, args: PyTuple, name: any) => {
    e.args = new PyTuple(args.a.slice());
    e.$d!.name = name === undefined ? None : name;
    return None;
  }],
  name: None,
});

defMethods(T.AttributeError, {
  __init__: ["self, /, *args, name=None, obj=None", (e: PyBaseException, args: PyTuple, name: any, obj: any) => {
    e.args = new PyTuple(args.a.slice());
    e.$d!.name = name === undefined ? None : name;
    e.$d!.obj = obj === undefined ? None : obj;
    return None;
  }],
  name: None,
  obj: None,
});

defMethods(T.ImportError, {
  __init__: ["self, /, *args, **kwargs", (e: PyBaseException, args: PyTuple, kw: PyDict | null) => {
    onlyKw(e, kw, ["name", "path"]);
    e.args = new PyTuple(args.a.slice());
    const d = e.$d!;
    d.msg = args.a.length === 1 ? args.a[0] : None;
    d.name = kwGet(kw, "name") ?? None;
    d.path = kwGet(kw, "path") ?? None;
    return None;
  }],
  __str__: ["self, /", (e: PyBaseException) => {
    const m = e.$d!.msg;
    return m !== undefined && m !== None ? str(m) : excStr(e);
  }],
  msg: None,
  name: None,
  path: None,
});

// OSError(errno, strerror[, filename[, winerror[, filename2]]])
const ERRNO_CLASS: Record<number, string> = {
  1: "PermissionError", 2: "FileNotFoundError", 3: "ProcessLookupError", 4: "InterruptedError", 10: "ChildProcessError",
  11: "BlockingIOError", 13: "PermissionError", 17: "FileExistsError", 20: "NotADirectoryError", 21: "IsADirectoryError",
  32: "BrokenPipeError", 103: "ConnectionAbortedError", 104: "ConnectionResetError", 110: "TimeoutError",
  111: "ConnectionRefusedError", 114: "BlockingIOError", 115: "BlockingIOError",
};

function osInitFields(e: PyBaseException, a: any[]): void {
  const d = e.$d!;
  if (a.length >= 2 && a.length <= 5) {
    d.errno = a[0];
    d.strerror = a[1];
    d.filename = a.length >= 3 ? a[2] : None;
    d.filename2 = a.length >= 5 ? a[4] : None;
    if (a.length >= 3) e.args = new PyTuple([a[0], a[1]]);
  }
}

defMethods(T.OSError, {
  __new__: staticMethod(T.OSError, "__new__", "cls, /, *args, **kwargs", (cls: PyType, args: PyTuple, kw: PyDict | null) => {
    let t = cls;
    const a = args.a;
    if (cls === T.OSError && a.length >= 2) {
      const n = intOf(a[0]);
      if (n !== undefined && ERRNO_CLASS[Number(n)]) t = T[ERRNO_CLASS[Number(n)]];
    }
    const e = excNew(t, args, kw);
    osInitFields(e, a);
    return e;
  }),
  __init__: ["self, /, *args, **kwargs", (e: PyBaseException, args: PyTuple, kw: PyDict | null) => {
    noKw(e, kw);
    e.args = new PyTuple(args.a.slice());
    osInitFields(e, args.a);
    return None;
  }],
  __str__: ["self, /", (e: PyBaseException) => {
    const d = e.$d!;
    const errno = d.errno, strerror = d.strerror, fname = d.filename, fname2 = d.filename2;
    if (fname !== undefined && fname !== None) {
      if (fname2 !== undefined && fname2 !== None) return `[Errno ${str(errno)}] ${str(strerror)}: ${repr(fname)} -> ${repr(fname2)}`;
      return `[Errno ${str(errno)}] ${str(strerror)}: ${repr(fname)}`;
    }
    if (errno !== undefined && errno !== None && strerror !== undefined && strerror !== None) return `[Errno ${str(errno)}] ${str(strerror)}`;
    return excStr(e);
  }],
  errno: None,
  strerror: None,
  filename: None,
  filename2: None,
  characters_written: None,
});

defMethods(T.SyntaxError, {
  __init__: ["self, /, *args", (e: PyBaseException, args: PyTuple) => {
    e.args = new PyTuple(args.a.slice());
    const d = e.$d!;
    const a = args.a;
    if (a.length >= 1) d.msg = a[0];
    if (a.length === 2) {
      const info = toArray(a[1]);
      if (info.length < 4 || info.length > 6) typeError("function takes exactly 4 arguments");
      [d.filename, d.lineno, d.offset, d.text] = info;
      d.end_lineno = info.length > 4 ? info[4] : None;
      d.end_offset = info.length > 5 ? info[5] : None;
    }
    return None;
  }],
  __str__: ["self, /", (e: PyBaseException) => {
    const d = e.$d!;
    const msg = d.msg !== undefined && d.msg !== None ? str(d.msg) : excStr(e);
    const fn = d.filename, ln = d.lineno;
    const hasFile = typeof fn === "string";
    const hasLine = intOf(ln) !== undefined && typeof ln !== "boolean";
    const base = hasFile ? fn.split(/[\\/]/).pop() : "";
    if (hasFile && hasLine) return `${msg} (${base}, line ${str(ln)})`;
    if (hasFile) return `${msg} (${base})`;
    if (hasLine) return `${msg} (line ${str(ln)})`;
    return msg;
  }],
  msg: None,
  filename: None,
  lineno: None,
  offset: None,
  text: None,
  end_lineno: None,
  end_offset: None,
  print_file_and_line: None,
});

function unicodeFields(kind: "decode" | "encode" | "translate") {
  return ["self, /, *args", (e: PyBaseException, args: PyTuple) => {
    e.args = new PyTuple(args.a.slice());
    const d = e.$d!;
    const a = args.a;
    if (kind === "translate") {
      if (a.length === 4) [d.object, d.start, d.end, d.reason] = a;
    } else if (a.length === 5) [d.encoding, d.object, d.start, d.end, d.reason] = a;
    return None;
  }] as [string, any];
}

function unicodeStr(kind: "decode" | "encode") {
  return ["self, /", (e: PyBaseException) => {
    const d = e.$d!;
    if (d.object === undefined) return excStr(e);
    const start = Number(d.start), end = Number(d.end);
    const obj = d.object;
    if (kind === "decode") {
      const b: Uint8Array = obj.b;
      if (end === start + 1) return `'${str(d.encoding)}' codec can't decode byte 0x${b[start].toString(16).padStart(2, "0")} in position ${start}: ${str(d.reason)}`;
      return `'${str(d.encoding)}' codec can't decode bytes in position ${start}-${end - 1}: ${str(d.reason)}`;
    }
    const cps = Array.from(String(obj));
    if (end === start + 1) {
      const c = cps[start].codePointAt(0)!;
      const esc = c < 0x100 ? "\\x" + c.toString(16).padStart(2, "0") : c < 0x10000 ? "\\u" + c.toString(16).padStart(4, "0") : "\\U" + c.toString(16).padStart(8, "0");
      return `'${str(d.encoding)}' codec can't encode character '${esc}' in position ${start}: ${str(d.reason)}`;
    }
    return `'${str(d.encoding)}' codec can't encode characters in position ${start}-${end - 1}: ${str(d.reason)}`;
  }] as [string, any];
}

defMethods(T.UnicodeDecodeError, { __init__: unicodeFields("decode"), __str__: unicodeStr("decode") });
defMethods(T.UnicodeEncodeError, { __init__: unicodeFields("encode"), __str__: unicodeStr("encode") });
defMethods(T.UnicodeTranslateError, { __init__: unicodeFields("translate") });
for (const k of ["encoding", "object", "start", "end", "reason"]) T.UnicodeError.$dict[k] = None;
defMethods(T.UnicodeError, {});

export { excNew };

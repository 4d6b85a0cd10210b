/**
 * BaseException and the attributes / str / repr of the built-in exception classes.
 * Extra fields (SyntaxError.lineno, NameError.name, OSError.errno, …) live in the instance `$d`
 * (the loader and errors.ts write them there too), with class-level defaults of None.
 */
import { None, PyBaseException, PyDict, PyList, PyTuple, PyType, newAttrDict } from "../objects.js";
import { T, isSubtype, typeOf, makeBuiltinType } from "../types.js";
import { typeError, valueError } from "../errors.js";
import { repr, str, truthy } from "../ops.js";
import { call1, callv, getattr } from "../call.js";
import { PyObject } from "../objects.js";
import { toArray } from "../iter.js";
import { origKey } from "../keys.js";
import { defMethods, staticMethod, classMethod, getset, strOf, intOf, tname } from "./common.js";

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

// ---- exception groups (3.11) ----

makeBuiltinType("BaseExceptionGroup", [T.BaseException], PyBaseException, { noDict: false });
makeBuiltinType("ExceptionGroup", [T.BaseExceptionGroup, T.Exception], PyBaseException, { noDict: false });

function egNew(cls: PyType, args: PyTuple, kw: PyDict | null): any {
  noKw(cls, kw);
  const a = args.a;
  if (a.length !== 2) typeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${a.length} given)`);
  const [msg, excs] = a;
  if (strOf(msg) === undefined) typeError(`argument 1 must be str, not ${tname(msg)}`);
  const t = typeOf(excs);
  if (typeof excs === "string" || excs instanceof PyDict || t.$L.__getitem__ === undefined || t.$L.__len__ === undefined) {
    typeError("second argument (exceptions) must be a sequence");
  }
  const items = toArray(excs);
  if (items.length === 0) valueError("second argument (exceptions) must be a non-empty sequence");
  let allExc = true;
  items.forEach((e, i) => {
    if (!(e instanceof PyBaseException)) valueError(`Item ${i} of second argument (exceptions) is not an exception`);
    if (!isSubtype(e.$cls, T.Exception)) allExc = false;
  });
  let k = cls;
  if (cls === T.BaseExceptionGroup) {
    if (allExc) k = T.ExceptionGroup;
  } else if (isSubtype(cls, T.Exception) && !allExc) {
    typeError(cls === T.ExceptionGroup ? "Cannot nest BaseExceptions in an ExceptionGroup" : `Cannot nest BaseExceptions in '${cls.$name}'`);
  }
  const e = excNew(k, args, null);
  (e as any).$eg = { message: msg, exceptions: new PyTuple(items) };
  return e;
}

function egOf(e: any): { message: any; exceptions: PyTuple } {
  return e.$eg ?? { message: "", exceptions: new PyTuple([]) };
}

/** A predicate from split()/subgroup()'s argument: a type, a tuple of types, or a callable. */
function matcher(cond: any): (e: any) => boolean {
  if (cond instanceof PyType) {
    if (!isSubtype(cond, T.BaseException)) typeError("expected a function, exception type or tuple of exception types");
    return (e) => isSubtype(typeOf(e), cond);
  }
  if (cond instanceof PyTuple) {
    for (const c of cond.a) if (!(c instanceof PyType) || !isSubtype(c, T.BaseException)) typeError("expected a function, exception type or tuple of exception types");
    return (e) => cond.a.some((c: PyType) => isSubtype(typeOf(e), c));
  }
  if (typeof cond === "function" || cond instanceof PyObject) return (e) => truthy(call1(cond, e));
  typeError("expected a function, exception type or tuple of exception types");
}

function derive(eg: any, items: any[]): any {
  const r = callv(getattr(eg, "derive"), [new PyList(items)]);
  r.__cause__ = eg.__cause__;
  r.__context__ = eg.__context__;
  r.__suppress_context__ = eg.__suppress_context__;
  (r as any).$traceback = eg.$traceback;
  const notes = eg.$d?.__notes__;
  if (notes !== undefined) r.$d.__notes__ = notes;
  return r;
}

/** Splits a group into [matching, rest] (either may be None), keeping the nesting. */
export function egSplit(eg: any, match: (e: any) => boolean): [any, any] {
  if (match(eg)) return [eg, None];
  const yes: any[] = [], no: any[] = [];
  for (const e of egOf(eg).exceptions.a) {
    if (isSubtype(typeOf(e), T.BaseExceptionGroup)) {
      const [a, b] = egSplit(e, match);
      if (a !== None) yes.push(a);
      if (b !== None) no.push(b);
    } else if (match(e)) yes.push(e);
    else no.push(e);
  }
  return [yes.length ? derive(eg, yes) : None, no.length ? derive(eg, no) : None];
}

defMethods(T.BaseExceptionGroup, {
  __new__: staticMethod(T.BaseExceptionGroup, "__new__", "cls, /, *args, **kwargs", egNew),
  __init__: ["self, /, *args, **kwargs", () => None],
  __str__: ["self, /", (e: any) => {
    const { message, exceptions } = egOf(e);
    const n = exceptions.a.length;
    return `${str(message)} (${n} sub-exception${n === 1 ? "" : "s"})`;
  }],
  message: getset("message", (e: any) => egOf(e).message),
  exceptions: getset("exceptions", (e: any) => egOf(e).exceptions),
  derive: ["self, excs, /", (e: any, excs: any) => callv(T.BaseExceptionGroup, [egOf(e).message, excs])],
  split: ["self, matcher_value, /", (e: any, cond: any) => new PyTuple(egSplit(e, matcher(cond)))],
  subgroup: ["self, matcher_value, /", (e: any, cond: any) => egSplit(e, matcher(cond))[0]],
  __class_getitem__: classMethod(T.BaseExceptionGroup, "__class_getitem__", "cls, item, /", (c: any) => c),
});

export { excNew };

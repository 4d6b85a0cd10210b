/**
 * The `re` module: Python regular expressions on top of JS RegExp.
 *
 * re/parser.ts is a port of CPython's sre parser (same syntax, same error messages and
 * positions); re/emit.ts writes an equivalent JS pattern (`v` flag). Matching runs the JS
 * RegExp; positions are reported in code points. Empty-match rules for finditer/sub/split
 * follow CPython ≥ 3.7 (an empty match may not directly follow the previous match's end
 * when that match was empty at the same place).
 */
import { defineModule } from "./registry.js";
import {
  T,
  None,
  PyObject,
  PyTuple,
  PyList,
  PyBytes,
  PyIterator,
  STOP,
  newDict,
  dictSet,
  newException,
  captureTraceback,
  raise,
  repr as pyRepr,
  str as pyStr,
  call1,
  typeOf,
  isSubtype,
  NotImplemented,
  hash as pyHash,
  index as pyIndex,
  type PyType,
} from "../runtime/index.js";
import { intOf } from "../runtime/methods/common.js";
import { parse, parseTemplate, ReError, F, type Template } from "./re/parser.js";
import { emit, type Emitted } from "./re/emit.js";
import { nativeClass, nativeException, bytesLike, latin1, fromLatin1, staticMethod } from "./stdlibUtil.js";

// ---- flags ----

const FLAG_ORDER: [string, number][] = [
  ["ASCII", F.ASCII],
  ["IGNORECASE", F.IGNORECASE],
  ["LOCALE", F.LOCALE],
  ["UNICODE", F.UNICODE],
  ["MULTILINE", F.MULTILINE],
  ["DOTALL", F.DOTALL],
  ["VERBOSE", F.VERBOSE],
  ["TEMPLATE", F.TEMPLATE],
  ["DEBUG", F.DEBUG],
];
const ALL_FLAGS = FLAG_ORDER.reduce((a, [, v]) => a | v, 0);

class FlagJs extends PyObject {
  $v = 0;
}

let RegexFlag: PyType;

function mkFlag(v: number): any {
  const o = new FlagJs();
  o.$cls = RegexFlag;
  o.$v = v;
  return o;
}

function flagName(v: number): string {
  if (v === 0) return "re.NOFLAG";
  const parts: string[] = [];
  let rest = v;
  for (const [n, b] of FLAG_ORDER) {
    if (v & b) {
      parts.push("re." + n);
      rest &= ~b;
    }
  }
  if (rest) parts.push("0x" + rest.toString(16));
  return parts.join("|");
}

function flagsArg(x: any): number {
  if (x === undefined) return 0;
  const v = intOf(x);
  if (v === undefined) {
    const i = pyIndex(x);
    return Number(i);
  }
  return Number(v);
}

// ---- errors ----

let ReErrorType: PyType;

function makeError(msg: string, pattern: any, pos: number | null): any {
  const e = newException(ReErrorType, []);
  initError(e, msg, pattern, pos);
  captureTraceback(e, makeError);
  return e;
}

function initError(e: any, msg: any, pattern: any, pos: any): void {
  const d = e.$d;
  d.msg = msg;
  d.pattern = pattern ?? None;
  d.pos = pos ?? None;
  let full = msg;
  if (pattern !== None && pattern !== undefined && pos !== None && pos !== undefined && pos !== null) {
    const p = Number(pos);
    full = `${pyStr(msg)} at position ${p}`;
    const text = typeof pattern === "string" ? Array.from(pattern) : pattern instanceof PyBytes ? latin1(pattern.b).split("") : [];
    let lineno = 1;
    let lastNl = -1;
    for (let i = 0; i < Math.min(p, text.length); i++) {
      if (text[i] === "\n") {
        lineno++;
        lastNl = i;
      }
    }
    d.lineno = lineno;
    d.colno = p - lastNl;
    if (text.includes("\n")) full = `${full} (line ${lineno}, column ${p - lastNl})`;
  } else {
    d.lineno = None;
    d.colno = None;
  }
  e.args = new PyTuple([full]);
}

function throwParse(err: ReError, pattern: any): never {
  if (err.kind === "OverflowError") raise(T.OverflowError, err.msg);
  if (err.kind === "ValueError") raise(T.ValueError, err.msg);
  if (err.kind === "IndexError") raise(T.IndexError, err.msg);
  throw makeError(err.msg, pattern, err.pos);
}

// ---- subjects: positions in code points ----

const SURR = /[\uD800-\uDFFF]/;

/** A string being searched: JS text plus code-point ↔ UTF-16 conversion when needed. */
class Subject {
  /** UTF-16 index → code-point index (only when the text has surrogates). */
  private u2cTab: Int32Array | null = null;
  private c2uTab: Int32Array | null = null;
  readonly astral: boolean;
  readonly lenCp: number;
  constructor(public orig: any, public text: string, public bytes: boolean) {
    this.astral = !bytes && SURR.test(text);
    if (this.astral) {
      const n = text.length;
      const u2c = new Int32Array(n + 1);
      const c2u: number[] = [];
      let c = 0;
      for (let i = 0; i < n; i++) {
        u2c[i] = c;
        c2u.push(i);
        const ch = text.charCodeAt(i);
        if (ch >= 0xd800 && ch <= 0xdbff && i + 1 < n) {
          const d = text.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) {
            u2c[i + 1] = c;
            i++;
          }
        }
        c++;
      }
      u2c[n] = c;
      c2u.push(n);
      this.u2cTab = u2c;
      this.c2uTab = Int32Array.from(c2u);
      this.lenCp = c;
    } else this.lenCp = text.length;
  }
  u2c(i: number): number {
    return this.u2cTab ? this.u2cTab[i] : i;
  }
  c2u(i: number): number {
    return this.c2uTab ? this.c2uTab[i] : i;
  }
  /** The substring [a, b) in UTF-16 units, as a Python value (str or bytes). */
  slice(a: number, b: number): any {
    const s = this.text.slice(a, b);
    return this.bytes ? new PyBytes(fromLatin1(s)) : s;
  }
  wrap(s: string): any {
    return this.bytes ? new PyBytes(fromLatin1(s)) : s;
  }
  /** One code point forward from UTF-16 index i. */
  step(i: number): number {
    const c = this.text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < this.text.length) {
      const d = this.text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) return i + 2;
    }
    return i + 1;
  }
}

// ---- Pattern ----

class PatternJs extends PyObject {
  pattern: any;
  bytes = false;
  flags = 0;
  groups = 0;
  groupindex = new Map<string, number>();
  groupNames: (string | null)[] = [];
  em!: Emitted;
  parent: number[] = [];
  /** The pattern has lazy repeats or alternatives: an empty match may hide a non-empty one at the same place. */
  emptyFirst = false;
  private rxS?: RegExp;
  private rxY?: RegExp;
  private rxF?: RegExp;
  private rxD?: RegExp;
  private templates?: Map<string, Template>;
  get search(): RegExp {
    return (this.rxS ??= new RegExp(this.em.source, this.em.flags + "g"));
  }
  get sticky(): RegExp {
    return (this.rxY ??= new RegExp(this.em.source, this.em.flags + "y"));
  }
  get full(): RegExp {
    return (this.rxF ??= new RegExp("(?:" + this.em.source + ")$", this.em.flags + "y"));
  }
  get indices(): RegExp {
    return (this.rxD ??= new RegExp(this.em.source, this.em.flags + "yd"));
  }
  template(text: string): Template {
    this.templates ??= new Map();
    let t = this.templates.get(text);
    if (!t) {
      try {
        t = parseTemplate(text, !this.bytes, this.groups, this.groupindex);
      } catch (e) {
        if (e instanceof ReError) throwParse(e, this.bytes ? new PyBytes(fromLatin1(text)) : text);
        throw e;
      }
      this.templates.set(text, t);
    }
    return t;
  }
}

let PatternType: PyType;
let MatchType: PyType;

const cache = new Map<string, PatternJs>();
const MAXCACHE = 512;

function compilePattern(pattern: any, flagsIn: any): PatternJs {
  if (pattern instanceof PatternJs) {
    if (flagsArg(flagsIn)) raise(T.ValueError, "cannot process flags argument with a compiled pattern");
    return pattern;
  }
  const flags = flagsArg(flagsIn);
  let text: string;
  let bytes: boolean;
  if (typeof pattern === "string") {
    text = pattern;
    bytes = false;
  } else {
    const b = bytesLike(pattern);
    if (b === undefined) raise(T.TypeError, "first argument must be string or compiled pattern");
    text = latin1(b);
    bytes = true;
  }
  const key = (bytes ? "b" : "s") + flags + ":" + text;
  const hit = cache.get(key);
  if (hit) return hit;
  const p = new PatternJs();
  p.pattern = bytes ? new PyBytes(fromLatin1(text)) : text;
  p.bytes = bytes;
  let parsed;
  try {
    parsed = parse(text, !bytes, flags);
    p.em = emit(parsed, bytes);
  } catch (e) {
    if (e instanceof ReError) throwParse(e, p.pattern);
    throw e;
  }
  p.flags = parsed.flags;
  p.groups = parsed.state.groups - 1;
  p.groupindex = parsed.state.groupdict;
  p.groupNames = new Array(p.groups + 1).fill(null);
  for (const [k, v] of p.groupindex) p.groupNames[v] = k;
  p.parent = groupParents(parsed.p, p.groups);
  p.emptyFirst = /"op":"(BRANCH|REFX)"|"kind":"min"/.test(JSON.stringify(parsed.p));
  try {
    // Surface JS-side failures early (they would be bugs in the translation).
    void p.search;
  } catch (e: any) {
    throw makeError(`unsupported pattern (${e?.message ?? e})`, p.pattern, null);
  }
  if (cache.size >= MAXCACHE) cache.delete(cache.keys().next().value!);
  cache.set(key, p);
  return p;
}

/** For each group, the group that directly encloses it (0 at top level). */
function groupParents(p: any[], groups: number): number[] {
  const parent = new Array(groups + 1).fill(0);
  const walk = (nodes: any[], cur: number) => {
    for (const n of nodes) {
      switch (n.op) {
        case "SUB":
          if (n.group !== null) {
            parent[n.group] = cur;
            walk(n.p, n.group);
          } else walk(n.p, cur);
          break;
        case "ATOMIC":
        case "ASSERT":
          walk(n.p, cur);
          break;
        case "BRANCH":
          for (const a of n.alts) walk(a, cur);
          break;
        case "REP":
          walk(n.item, cur);
          break;
        case "REFX":
          walk(n.yes, cur);
          if (n.no) walk(n.no, cur);
          break;
      }
    }
  };
  walk(p, 0);
  return parent;
}

function subjectOf(p: PatternJs, s: any): Subject {
  if (typeof s === "string") {
    if (p.bytes) raise(T.TypeError, "cannot use a bytes pattern on a string-like object");
    return new Subject(s, s, false);
  }
  const b = bytesLike(s);
  if (b !== undefined) {
    if (!p.bytes) raise(T.TypeError, "cannot use a string pattern on a bytes-like object");
    return new Subject(s, latin1(b), true);
  }
  if (s instanceof PyObject && isSubtype(typeOf(s), T.str) && typeof (s as any).$v === "string") return new Subject(s, (s as any).$v, false);
  raise(T.TypeError, `expected string or bytes-like object, got '${typeOf(s).$name}'`);
}

function posArg(x: any, dflt: number, len: number): number {
  if (x === undefined || x === None) return dflt;
  let v = Number(pyIndex(x));
  if (v < 0) v = 0;
  if (v > len) v = len;
  return v;
}

/** A search window: the text cut at endpos (UTF-16) and the start position. */
interface Window {
  subj: Subject;
  text: string;
  posCp: number;
  endCp: number;
  posU: number;
}

function windowOf(p: PatternJs, string: any, pos: any, endpos: any): Window {
  const subj = subjectOf(p, string);
  const n = subj.lenCp;
  const posCp = posArg(pos, 0, n);
  const endCp = posArg(endpos, n, n);
  const endU = subj.c2u(endCp);
  const text = endU === subj.text.length ? subj.text : subj.text.slice(0, endU);
  return { subj, text, posCp, endCp, posU: subj.c2u(posCp) };
}

type Mode = "search" | "match" | "full";

function exec(p: PatternJs, w: Window, at: number, mode: Mode): RegExpExecArray | null {
  if (w.endCp < w.posCp || at > w.text.length) return null;
  const rx = mode === "search" ? p.search : mode === "match" ? p.sticky : p.full;
  rx.lastIndex = at;
  return rx.exec(w.text);
}

/** Next match at or after `at`, where an empty match exactly at `at` is refused when mustAdvance. */
function nextMatch(p: PatternJs, w: Window, at: number, mustAdvance: boolean): RegExpExecArray | null {
  const m = exec(p, w, at, "search");
  if (m === null || !mustAdvance || m.index !== at || m[0].length !== 0) return m;
  if (p.emptyFirst) {
    // sre backtracks into a non-empty match at the same position: ask for one that ends elsewhere
    const rx = new RegExp("(?:" + p.em.source + ")(?<!^[\\s\\S]{" + w.subj.u2c(at) + "})", p.em.flags + "y");
    rx.lastIndex = at;
    const r = rx.exec(w.text);
    if (r !== null) return r;
  }
  if (at >= w.text.length) return null;
  return exec(p, w, w.subj.step(at), "search");
}

// ---- Match ----

class MatchJs extends PyObject {
  private idx: ([number, number] | undefined)[] | null = null;
  constructor(
    public re: PatternJs,
    public w: Window,
    public m: RegExpExecArray,
  ) {
    super();
  }
  get startU(): number {
    return this.m.index;
  }
  get endU(): number {
    return this.m.index + this.m[0].length;
  }
  /** JS capture of Python group g (undefined when it did not participate). */
  cap(g: number): string | undefined {
    return g === 0 ? this.m[0] : this.m[this.re.em.jsGroup[g]];
  }
  value(g: number, dflt: any = None): any {
    const s = this.cap(g);
    return s === undefined ? dflt : this.w.subj.wrap(s);
  }
  /** UTF-16 span of group g, or undefined. */
  spanU(g: number): [number, number] | undefined {
    if (g === 0) return [this.startU, this.endU];
    if (this.cap(g) === undefined) return undefined;
    if (this.idx === null) {
      const rx = this.re.indices;
      rx.lastIndex = this.startU;
      const r = rx.exec(this.w.text) as any;
      this.idx = r && r.indices ? r.indices : [];
    }
    const jg = this.re.em.jsGroup[g];
    return this.idx![jg] as any;
  }
  span(g: number): [number, number] {
    const s = this.spanU(g);
    if (!s) return [-1, -1];
    const subj = this.w.subj;
    return [subj.u2c(s[0]), subj.u2c(s[1])];
  }
  lastindex(): number | null {
    const matched: number[] = [];
    for (let g = 1; g <= this.re.groups; g++) if (this.cap(g) !== undefined) matched.push(g);
    if (matched.length === 0) return null;
    if (matched.length === 1) return matched[0];
    let bestEnd = -1;
    let cands: number[] = [];
    for (const g of matched) {
      const e = this.spanU(g)![1];
      if (e > bestEnd) {
        bestEnd = e;
        cands = [g];
      } else if (e === bestEnd) cands.push(g);
    }
    const parent = this.re.parent;
    const isAncestor = (a: number, b: number) => {
      for (let x = parent[b]; x !== 0; x = parent[x]) if (x === a) return true;
      return false;
    };
    const outer = cands.filter((c) => !cands.some((o) => o !== c && isAncestor(o, c)));
    return Math.max(...outer);
  }
}

function groupIndex(m: MatchJs, g: any): number {
  let i: number | undefined;
  if (typeof g === "number" && Number.isInteger(g)) i = g;
  else if (typeof g === "boolean") i = g ? 1 : 0;
  else if (typeof g === "string") i = m.re.groupindex.get(g);
  else if (typeof g === "bigint") i = -1;
  else if (g instanceof PyObject && typeOf(g).$L.__index__ !== undefined && !(typeof g === "string")) i = Number(pyIndex(g));
  if (i === undefined || i < 0 || i > m.re.groups) raise(T.IndexError, "no such group");
  return i;
}

function matchRepr(m: MatchJs): string {
  const [a, b] = m.span(0);
  let r = pyRepr(m.value(0));
  if (r.length > 50) r = Array.from(r).slice(0, 50).join("");
  return `<re.Match object; span=(${a}, ${b}), match=${r}>`;
}

function newMatch(p: PatternJs, w: Window, r: RegExpExecArray | null): any {
  return r === null ? None : new MatchJs(p, w, r);
}

function expandTemplate(p: PatternJs, t: Template, m: MatchJs): string {
  let out = "";
  for (const part of t.parts) {
    if (typeof part === "string") out += part;
    else {
      const s = m.cap(part);
      if (s !== undefined) out += s;
    }
  }
  return out;
}

function templateText(p: PatternJs, repl: any): string {
  if (p.bytes) {
    const b = bytesLike(repl);
    if (b === undefined) raise(T.TypeError, `expected a bytes-like object, ${typeOf(repl).$name} found`);
    return latin1(b);
  }
  if (typeof repl !== "string") raise(T.TypeError, `expected str instance, ${typeOf(repl).$name} found`);
  return repl;
}

// ---- operations ----

function doSearch(p: PatternJs, string: any, pos: any, endpos: any, mode: Mode): any {
  const w = windowOf(p, string, pos, endpos);
  return newMatch(p, w, exec(p, w, w.posU, mode));
}

function doFindall(p: PatternJs, string: any, pos: any, endpos: any): PyList {
  const w = windowOf(p, string, pos, endpos);
  const out: any[] = [];
  if (w.endCp < w.posCp) return new PyList(out);
  let at = w.posU;
  let mustAdvance = false;
  const ng = p.groups;
  const empty = w.subj.wrap("");
  for (;;) {
    const r = nextMatch(p, w, at, mustAdvance);
    if (r === null) break;
    if (ng === 0) out.push(w.subj.wrap(r[0]));
    else if (ng === 1) {
      const s = r[p.em.jsGroup[1]];
      out.push(s === undefined ? empty : w.subj.wrap(s));
    } else {
      const t: any[] = [];
      for (let g = 1; g <= ng; g++) {
        const s = r[p.em.jsGroup[g]];
        t.push(s === undefined ? empty : w.subj.wrap(s));
      }
      out.push(new PyTuple(t));
    }
    const end = r.index + r[0].length;
    mustAdvance = end === r.index;
    at = end;
  }
  return new PyList(out);
}

class FindIter extends PyIterator {
  at: number;
  mustAdvance = false;
  done = false;
  constructor(public p: PatternJs, public w: Window) {
    super();
    this.at = w.posU;
    if (w.endCp < w.posCp) this.done = true;
  }
  $next(): any {
    if (this.done) return STOP;
    const r = nextMatch(this.p, this.w, this.at, this.mustAdvance);
    if (r === null) {
      this.done = true;
      return STOP;
    }
    const end = r.index + r[0].length;
    this.mustAdvance = end === r.index;
    this.at = end;
    return new MatchJs(this.p, this.w, r);
  }
}

function isCallable(x: any): boolean {
  if (typeof x === "function") return true;
  if (x instanceof PyObject) return typeOf(x).$L.__call__ !== undefined;
  return false;
}

function joinTypeError(p: PatternJs, idx: number, v: any): never {
  raise(T.TypeError, `sequence item ${idx}: expected ${p.bytes ? "a bytes-like object" : "str instance"}, ${typeOf(v).$name} found`);
}

function doSub(p: PatternJs, repl: any, string: any, countIn: any): [any, number] {
  const w = windowOf(p, string, undefined, undefined);
  const count = countIn === undefined ? 0 : Number(pyIndex(countIn));
  // The replacement for a match: a string, null for "append nothing" (a function returned None),
  // or a throw for a wrong type (CPython reports it when joining the pieces).
  let fn: ((m: MatchJs, idx: number) => string | null) | null = null;
  let literal: string | null = null;
  if (isCallable(repl)) {
    fn = (m, idx) => {
      const r = call1(repl, m);
      if (r === None) return null;
      if (p.bytes) {
        const b = bytesLike(r);
        if (b === undefined) joinTypeError(p, idx, r);
        return latin1(b);
      }
      if (typeof r !== "string") joinTypeError(p, idx, r);
      return r;
    };
  } else {
    const okType = p.bytes ? bytesLike(repl) !== undefined : typeof repl === "string";
    if (!okType) {
      if (typeof repl !== "string" && bytesLike(repl) === undefined) {
        raise(T.TypeError, p.bytes ? `expected a bytes-like object, ${typeOf(repl).$name} found` : `decoding to str: need a bytes-like object, ${typeOf(repl).$name} found`);
      }
      fn = (_m, idx) => joinTypeError(p, idx, repl);
    } else {
      const text = templateText(p, repl);
      if (!text.includes("\\")) literal = text;
      else {
        const t = p.template(text);
        if (t.parts.every((x) => typeof x === "string")) literal = t.parts.join("");
        else fn = (m) => expandTemplate(p, t, m);
      }
    }
  }
  const s = w.subj.text;
  let out = "";
  let last = 0;
  let at = 0;
  let n = 0;
  let pieces = 0;
  let mustAdvance = false;
  while (count <= 0 || n < count) {
    const r = nextMatch(p, w, at, mustAdvance);
    if (r === null) break;
    const b = r.index;
    const e = b + r[0].length;
    if (last < b) {
      out += s.slice(last, b);
      pieces++;
    }
    if (literal !== null) {
      out += literal;
      pieces++;
    } else {
      const x = fn!(new MatchJs(p, w, r), pieces);
      if (x !== null) {
        out += x;
        pieces++;
      }
    }
    last = e;
    n++;
    mustAdvance = e === b;
    at = e;
  }
  out += s.slice(last);
  if (n === 0 && !w.subj.bytes && typeof string === "string") return [string, 0];
  return [w.subj.wrap(out), n];
}

function doSplit(p: PatternJs, string: any, maxsplitIn: any): PyList {
  const w = windowOf(p, string, undefined, undefined);
  const maxsplit = maxsplitIn === undefined ? 0 : Number(pyIndex(maxsplitIn));
  const out: any[] = [];
  if (maxsplit < 0) {
    out.push(w.subj.wrap(w.subj.text));
    return new PyList(out);
  }
  const s = w.subj.text;
  let last = 0;
  let at = 0;
  let n = 0;
  let mustAdvance = false;
  while (maxsplit === 0 || n < maxsplit) {
    const r = nextMatch(p, w, at, mustAdvance);
    if (r === null) break;
    const b = r.index;
    const e = b + r[0].length;
    out.push(w.subj.wrap(s.slice(last, b)));
    for (let g = 1; g <= p.groups; g++) {
      const c = r[p.em.jsGroup[g]];
      out.push(c === undefined ? None : w.subj.wrap(c));
    }
    n++;
    mustAdvance = e === b;
    last = at = e;
  }
  out.push(w.subj.wrap(s.slice(last)));
  return new PyList(out);
}

// re.escape: CPython 3.11's set
const SPECIAL = new Set(Array.from("()[]{}?*+-|^$\\.&~# \t\n\r\v\f"));

function escape(pattern: any): any {
  if (typeof pattern === "string") {
    let out = "";
    for (const ch of pattern) out += SPECIAL.has(ch) ? "\\" + ch : ch;
    return out;
  }
  const b = bytesLike(pattern);
  if (b === undefined) raise(T.TypeError, `expected str or bytes, got '${typeOf(pattern).$name}'`);
  const out: number[] = [];
  for (const c of b) {
    if (SPECIAL.has(String.fromCharCode(c))) out.push(92);
    out.push(c);
  }
  return new PyBytes(Uint8Array.from(out));
}

function patternRepr(p: PatternJs): string {
  let r = pyRepr(p.pattern);
  if (r.length > 200) r = Array.from(r).slice(0, 200).join("");
  let flags = p.flags;
  if (!p.bytes && (flags & (F.LOCALE | F.UNICODE | F.ASCII)) === F.UNICODE) flags &= ~F.UNICODE;
  if (flags === 0) return `re.compile(${r})`;
  return `re.compile(${r}, ${flagName(flags)})`;
}

// ---- the module ----

defineModule("re", (m) => {
  RegexFlag = nativeClass("re", "RegexFlag", [T.int], FlagJs, {
    __repr__: ["", (o: FlagJs) => flagName(o.$v)],
    __str__: ["", (o: FlagJs) => flagName(o.$v)],
    __format__: ["spec, /", (o: FlagJs, spec: any) => (spec === "" ? flagName(o.$v) : String(o.$v))],
    __or__: ["other, /", (a: FlagJs, b: any) => binFlag(a, b, (x, y) => x | y)],
    __ror__: ["other, /", (a: FlagJs, b: any) => binFlag(a, b, (x, y) => x | y)],
    __and__: ["other, /", (a: FlagJs, b: any) => binFlag(a, b, (x, y) => x & y)],
    __rand__: ["other, /", (a: FlagJs, b: any) => binFlag(a, b, (x, y) => x & y)],
    __xor__: ["other, /", (a: FlagJs, b: any) => binFlag(a, b, (x, y) => x ^ y)],
    __rxor__: ["other, /", (a: FlagJs, b: any) => binFlag(a, b, (x, y) => x ^ y)],
    __invert__: ["", (a: FlagJs) => mkFlag(~a.$v & ALL_FLAGS)],
    value: { get: (o: FlagJs) => o.$v },
    name: {
      get: (o: FlagJs) => {
        if (o.$v === 0) return "NOFLAG";
        return flagName(o.$v).replace(/re\./g, "");
      },
    },
    __new__: staticMethod("__new__", "cls, value=0", (cls: any, v: any) => mkFlag(flagsArg(v))),
  });
  function binFlag(a: FlagJs, b: any, f: (x: number, y: number) => number): any {
    const v = intOf(b);
    if (v === undefined) return NotImplemented;
    return mkFlag(f(a.$v, Number(v)));
  }
  m.set("RegexFlag", RegexFlag);
  m.set("NOFLAG", mkFlag(0));
  for (const [n, v] of FLAG_ORDER) m.set(n, mkFlag(v));
  for (const [a, n] of [["A", "ASCII"], ["I", "IGNORECASE"], ["L", "LOCALE"], ["U", "UNICODE"], ["M", "MULTILINE"], ["S", "DOTALL"], ["X", "VERBOSE"], ["T", "TEMPLATE"]]) {
    m.set(a, m.d[n]);
  }

  ReErrorType = nativeException("re", "error", T.Exception, {
    __init__: ["msg, pattern=, pos=", (self: any, msg: any, pattern: any, pos: any) => {
      initError(self, msg, pattern, pos);
      return None;
    }],
  });
  m.set("error", ReErrorType);

  const pat = (o: any): PatternJs => {
    if (!(o instanceof PatternJs)) raise(T.TypeError, `descriptor requires a 're.Pattern' object but received a '${typeOf(o).$name}'`);
    return o;
  };

  PatternType = nativeClass("re", "Pattern", [], PatternJs, {
    match: ["string, pos=, endpos=", (p: any, s: any, pos: any, endpos: any) => doSearch(pat(p), s, pos, endpos, "match")],
    search: ["string, pos=, endpos=", (p: any, s: any, pos: any, endpos: any) => doSearch(pat(p), s, pos, endpos, "search")],
    fullmatch: ["string, pos=, endpos=", (p: any, s: any, pos: any, endpos: any) => doSearch(pat(p), s, pos, endpos, "full")],
    findall: ["string, pos=, endpos=", (p: any, s: any, pos: any, endpos: any) => doFindall(pat(p), s, pos, endpos)],
    finditer: ["string, pos=, endpos=", (p: any, s: any, pos: any, endpos: any) => new FindIter(pat(p), windowOf(pat(p), s, pos, endpos))],
    sub: ["repl, string, count=", (p: any, repl: any, s: any, count: any) => doSub(pat(p), repl, s, count)[0]],
    subn: ["repl, string, count=", (p: any, repl: any, s: any, count: any) => new PyTuple(doSub(pat(p), repl, s, count))],
    split: ["string, maxsplit=", (p: any, s: any, maxsplit: any) => doSplit(pat(p), s, maxsplit)],
    pattern: { get: (p: PatternJs) => p.pattern },
    flags: { get: (p: PatternJs) => p.flags },
    groups: { get: (p: PatternJs) => p.groups },
    groupindex: {
      get: (p: PatternJs) => {
        const d = newDict();
        for (const [k, v] of p.groupindex) dictSet(d, k, v);
        return d;
      },
    },
    __repr__: ["", (p: PatternJs) => patternRepr(p)],
    __eq__: ["other, /", (a: PatternJs, b: any) => b instanceof PatternJs && a.flags === b.flags && a.bytes === b.bytes && (a.bytes ? latin1(bytesLike(a.pattern)!) === latin1(bytesLike(b.pattern)!) : a.pattern === b.pattern)],
    __hash__: ["", (p: PatternJs) => (pyHash(p.bytes ? latin1(bytesLike(p.pattern)!) : p.pattern) ^ p.flags) | 0],
    __copy__: ["", (p: PatternJs) => p],
    __deepcopy__: ["memo, /", (p: PatternJs) => p],
  }, { final: true });
  m.set("Pattern", PatternType);

  const mt = (o: any): MatchJs => o as MatchJs;
  const groupOne = (o: MatchJs, g: any) => o.value(groupIndex(o, g));
  MatchType = nativeClass("re", "Match", [], MatchJs, {
    group: ["*groups", (o: MatchJs, args: any) => {
      const a: any[] = args.a ?? args;
      if (a.length === 0) return o.value(0);
      if (a.length === 1) return groupOne(o, a[0]);
      return new PyTuple(a.map((g) => groupOne(o, g)));
    }],
    __getitem__: ["g, /", (o: MatchJs, g: any) => groupOne(o, g)],
    groups: ["default=", (o: MatchJs, d: any) => {
      const out: any[] = [];
      for (let g = 1; g <= o.re.groups; g++) out.push(o.value(g, d === undefined ? None : d));
      return new PyTuple(out);
    }],
    groupdict: ["default=", (o: MatchJs, d: any) => {
      const r = newDict();
      for (const [k, g] of o.re.groupindex) dictSet(r, k, o.value(g, d === undefined ? None : d));
      return r;
    }],
    start: ["group=", (o: MatchJs, g: any) => mt(o).span(g === undefined ? 0 : groupIndex(o, g))[0]],
    end: ["group=", (o: MatchJs, g: any) => mt(o).span(g === undefined ? 0 : groupIndex(o, g))[1]],
    span: ["group=", (o: MatchJs, g: any) => new PyTuple(mt(o).span(g === undefined ? 0 : groupIndex(o, g)))],
    expand: ["template", (o: MatchJs, t: any) => o.w.subj.wrap(expandTemplate(o.re, o.re.template(templateText(o.re, t)), o))],
    regs: {
      get: (o: MatchJs) => {
        const out: any[] = [];
        for (let g = 0; g <= o.re.groups; g++) out.push(new PyTuple(o.span(g)));
        return new PyTuple(out);
      },
    },
    lastindex: { get: (o: MatchJs) => o.lastindex() ?? None },
    lastgroup: {
      get: (o: MatchJs) => {
        const i = o.lastindex();
        return i === null ? None : o.re.groupNames[i] ?? None;
      },
    },
    re: { get: (o: MatchJs) => o.re },
    string: { get: (o: MatchJs) => o.w.subj.orig },
    pos: { get: (o: MatchJs) => o.w.posCp },
    endpos: { get: (o: MatchJs) => o.w.endCp },
    __repr__: ["", matchRepr],
    __bool__: ["", () => true],
    __copy__: ["", (o: MatchJs) => o],
    __deepcopy__: ["memo, /", (o: MatchJs) => o],
  }, { final: true });
  m.set("Match", MatchType);

  m.fn("compile", "pattern, flags=", (p: any, f: any) => compilePattern(p, f));
  m.fn("search", "pattern, string, flags=", (p: any, s: any, f: any) => doSearch(compilePattern(p, f), s, undefined, undefined, "search"));
  m.fn("match", "pattern, string, flags=", (p: any, s: any, f: any) => doSearch(compilePattern(p, f), s, undefined, undefined, "match"));
  m.fn("fullmatch", "pattern, string, flags=", (p: any, s: any, f: any) => doSearch(compilePattern(p, f), s, undefined, undefined, "full"));
  m.fn("findall", "pattern, string, flags=", (p: any, s: any, f: any) => doFindall(compilePattern(p, f), s, undefined, undefined));
  m.fn("finditer", "pattern, string, flags=", (p: any, s: any, f: any) => {
    const c = compilePattern(p, f);
    return new FindIter(c, windowOf(c, s, undefined, undefined));
  });
  m.fn("sub", "pattern, repl, string, count=, flags=", (p: any, r: any, s: any, c: any, f: any) => doSub(compilePattern(p, f), r, s, c)[0]);
  m.fn("subn", "pattern, repl, string, count=, flags=", (p: any, r: any, s: any, c: any, f: any) => new PyTuple(doSub(compilePattern(p, f), r, s, c)));
  m.fn("split", "pattern, string, maxsplit=, flags=", (p: any, s: any, n: any, f: any) => doSplit(compilePattern(p, f), s, n));
  m.fn("escape", "pattern", escape);
  m.fn("purge", "", () => {
    cache.clear();
    return None;
  });
  m.fn("template", "pattern, flags=", (p: any, f: any) => compilePattern(p, flagsArg(f) | F.TEMPLATE));
  m.set("__all__", new PyList(["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile", "purge", "template", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag"]));
  m.set("__version__", "2.2.1");
});


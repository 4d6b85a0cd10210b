/**
 * AST → JavaScript. Each Python statement becomes one or more JS lines; `lineMap[i]` gives the
 * .tr line of JS line i+1 so tracebacks can name .tr lines. Runtime helpers are referenced as
 * `$name` and bound once per module from the runtime object (see runtime/index.ts `R`).
 */
import type * as A from "../parser/ast.js";
import { analyze, Scope, ScopeKind } from "./scope.js";
import { arithJs, bitJs, callJs, compareJs, divModJs, getitemJs, methodCallJs, powJs, setitemJs, type DunderSite, type Operand, type SeqTypes } from "./inline.js";

export interface CompiledModule {
  /** `(function ($R, $M, $g) { … })` source. */
  code: string;
  /** JS line (1-based index − 1) → .tr line. */
  lineMap: number[];
  /** Function display names by index (JS functions are named `$f<i>` / `$g<i>`). */
  funcNames: string[];
}

const JS_RESERVED = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for function if " +
    "implements import in instanceof interface let new null package private protected public return static super switch this " +
    "throw true try typeof var void while with yield await arguments eval undefined NaN Infinity Object Array Symbol Math"
  ).split(" "),
);

function jsName(id: string): string {
  return JS_RESERVED.has(id) ? id + "$" : id;
}

const BINOP: Record<A.Operator, [string, number]> = {
  Add: ["add", 0],
  Sub: ["sub", 1],
  Mult: ["mul", 2],
  Div: ["truediv", 3],
  FloorDiv: ["floordiv", 4],
  Mod: ["mod", 5],
  Pow: ["pow", 6],
  LShift: ["lshift", 7],
  RShift: ["rshift", 8],
  BitAnd: ["bitand", 9],
  BitOr: ["bitor", 10],
  BitXor: ["bitxor", 11],
  MatMult: ["matmul", 12],
};

const BINOP_NAMES = ["add", "sub", "mul", "truediv"];

/** Builtins that need the caller's namespace: they are called through `$callFrame`. */
const FRAME_FUNCS = new Set(["globals", "locals", "vars", "dir", "exec", "eval"]);

const CMP_OPS = { Eq: "eq", NotEq: "ne", Lt: "lt", LtE: "le", Gt: "gt", GtE: "ge" } as const;
const CMP: Record<string, string> = CMP_OPS;

interface Loop {
  label: string | null;
}

class Ctx {
  temps = 0;
  loops: Loop[] = [];
  /** JS variable holding the enclosing class (for super() and __class__). */
  classCell: string | null = null;
  firstParam: string | null = null;
  constructor(
    public scope: Scope,
    public parent: Ctx | null,
    public qualPrefix: string,
    public isGen: boolean,
  ) {}
  /** Variables of enclosing functions this function reads or writes (its `__closure__`). */
  freeUsed = new Set<string>();
  /** Extra variables to declare at the top of this function (class cells). */
  extra: string[] = [];
  /**
   * Locals certainly bound at the statement being compiled (assigned earlier on every path
   * to it): their loads skip the unbound check. Compound statements restore it when they end.
   */
  bound = new Set<string>();
  private free: string[] = [];
  tmp(): string {
    return this.free.pop() ?? "$t" + ++this.temps;
  }
  /** Temps used only inside one expression can be reused once its code is built. */
  release(...ts: string[]): void {
    this.free.push(...ts);
  }
  tempDecl(): string {
    if (this.temps === 0 && this.extra.length === 0) return "";
    const names: string[] = [...this.extra];
    for (let i = 1; i <= this.temps; i++) names.push("$t" + i);
    return "let " + names.join(", ") + ";";
  }
}

export class CodeGen {
  private lines: string[] = [];
  private lineNos: number[] = [];
  private curLine = 1;
  private hoisted: string[] = [];
  private usedHelpers = new Set<string>();
  private funcNames: string[] = [];
  private scopeOf!: Map<A.Node, Scope>;
  private ctx!: Ctx;
  private lineStarts: number[];
  private labelCount = 0;
  private constCount = 0;
  private floatConsts = new Map<string, string>();
  /** `from __future__ import annotations`: annotations are kept as source strings. */
  private futureAnnotations = false;

  constructor(private source: string, private moduleName: string) {
    this.lineStarts = [0];
    for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  private lineOf(offset: number): number {
    let lo = 0, hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  private h(name: string): string {
    this.usedHelpers.add(name);
    return "$" + name;
  }

  private emit(js: string): void {
    this.lines.push(js);
    this.lineNos.push(this.curLine);
  }

  private hoist(js: string): string {
    const n = "$k" + this.constCount++;
    this.hoisted.push(`const ${n} = ${js};`);
    return n;
  }

  compileModule(mod: A.Module): CompiledModule {
    const { root, scopeOf } = analyze(mod);
    this.futureAnnotations = mod.body.some(
      (st) => st.kind === "ImportFrom" && st.module === "__future__" && st.names.some((a) => a.name === "annotations"),
    );
    this.scopeOf = scopeOf;
    this.ctx = new Ctx(root, null, "", false);
    this.funcNames.push("<module>");
    this.curLine = 1;
    const headerIdx = this.lines.length;
    this.emit("/*@T*/");
    const doc = docstring(mod.body);
    this.emit(`$g.__doc__ = ${doc !== null ? JSON.stringify(doc) : this.h("None")};`);
    this.stmts(mod.body);
    this.lines[headerIdx] = this.ctx.tempDecl();
    const helpers = [...this.usedHelpers].map((n) => `${n}: $${n}`).join(", ");
    const prelude =
      `(function ($R, $M, $g) { "use strict"; const {${helpers}} = $R; ` +
      this.hoisted.join(" ") +
      ` return function $f0() {`;
    const code = prelude + "\n" + this.lines.join("\n") + "\n}; })";
    const lineMap = [this.lineNos[0] ?? 1, ...this.lineNos, this.curLine];
    return { code, lineMap, funcNames: this.funcNames };
  }

  // ---- statements ----

  private stmts(body: A.Stmt[]): void {
    // a block's bindings are not certain in the blocks after it (else branches, handlers, …)
    const saved = new Set(this.ctx.bound);
    for (const s of body) this.stmt(s);
    this.ctx.bound = saved;
  }

  private stmt(s: A.Stmt): void {
    this.curLine = this.lineOf(s.start);
    const compound = COMPOUND.has(s.kind);
    const saved = compound ? new Set(this.ctx.bound) : null;
    this.stmtInner(s);
    if (saved !== null) this.ctx.bound = saved;
    else if (s.kind === "Assign" || s.kind === "AugAssign" || s.kind === "AnnAssign") {
      // a simple statement that completed bound its Name targets
      const targets = s.kind === "Assign" ? s.targets : [s.target];
      if (s.kind !== "AnnAssign" || s.value) for (const t of targets) this.noteBound(t);
    }
  }

  /** Records Name targets (also inside tuple/list targets) of a completed assignment as bound. */
  private noteBound(t: A.Expr): void {
    if (t.kind === "Name") {
      const sc = this.ctx.scope;
      if (sc.kind === ScopeKind.Function && sc.locals.has(t.id) && !sc.unstable.has(t.id) && this.resolve(t.id).kind === "local") this.ctx.bound.add(t.id);
    } else if (t.kind === "Tuple" || t.kind === "List") for (const e of t.elts) this.noteBound(e.kind === "Starred" ? e.value : e);
  }

  private stmtInner(s: A.Stmt): void {
    switch (s.kind) {
      case "Expr":
        this.emit(this.expr(s.value) + ";");
        break;
      case "Assign":
        this.assign(s.targets, s.value);
        break;
      case "AugAssign":
        this.augAssign(s);
        break;
      case "AnnAssign":
        if (s.value) this.assign([s.target], s.value);
        if (s.simple && s.target.kind === "Name" && this.ctx.scope.kind !== ScopeKind.Function) {
          // Class and module annotations are recorded in __annotations__ (dataclasses read them).
          const ns = this.ctx.scope.kind === ScopeKind.Class ? "$ns" : "$g";
          const ann = this.futureAnnotations
            ? JSON.stringify(this.source.slice(s.annotation.start, s.annotation.start + s.annotation.length))
            : this.expr(s.annotation);
          this.emit(`${this.h("annotate")}(${ns}, ${JSON.stringify(s.target.id)}, ${ann});`);
        }
        break;
      case "If":
        this.ifStmt(s);
        break;
      case "While":
        this.whileStmt(s);
        break;
      case "For":
        this.forStmt(s);
        break;
      case "AsyncFor":
        this.asyncFor(s);
        break;
      case "Break": {
        const l = this.ctx.loops[this.ctx.loops.length - 1];
        this.emit(l && l.label ? `break ${l.label};` : "break;");
        break;
      }
      case "Continue":
        this.emit("continue;");
        break;
      case "Pass":
        break;
      case "Return":
        this.emit(`return ${s.value ? this.expr(s.value) : this.h("None")};`);
        break;
      case "FunctionDef":
      case "AsyncFunctionDef":
        this.funcDef(s);
        break;
      case "ClassDef":
        this.classDef(s);
        break;
      case "Raise":
        this.emit(
          s.exc
            ? `throw ${this.h("raise")}(${this.expr(s.exc)}${s.cause ? ", " + this.expr(s.cause) : ""});`
            : `throw ${this.h("reraise")}();`,
        );
        break;
      case "Try":
      case "TryStar":
        this.tryStmt(s);
        break;
      case "Assert":
        this.emit(`if (!${this.test(s.test)}) throw ${this.h("assertFail")}(${s.msg ? this.expr(s.msg) : ""});`);
        break;
      case "Delete":
        for (const t of s.targets) this.del(t);
        break;
      case "Global":
      case "Nonlocal":
        break;
      case "Import":
        for (const a of s.names) {
          if (a.asname) this.emit(this.store(a.asname, `${this.h("importModule")}(${JSON.stringify(a.name)}, $M, 0, true)`) + ";");
          else this.emit(this.store(a.name.split(".")[0], `${this.h("importModule")}(${JSON.stringify(a.name)}, $M, 0, false)`) + ";");
        }
        break;
      case "ImportFrom": {
        const m = this.ctx.tmp();
        const names = s.names.map((a) => a.name);
        this.emit(`${m} = ${this.h("importFrom")}(${JSON.stringify(s.module ?? "")}, $M, ${s.level}, ${JSON.stringify(names)});`);
        for (const a of s.names) {
          if (a.name === "*") this.emit(`${this.h("importStar")}(${m}, $g);`);
          else this.emit(this.store(a.asname ?? a.name, `${this.h("importAttr")}(${m}, ${JSON.stringify(a.name)})`) + ";");
        }
        break;
      }
      case "With":
        this.withStmt(s.items, 0, s.body, false);
        break;
      case "AsyncWith":
        this.withStmt(s.items, 0, s.body, true);
        break;
      case "Match":
        this.matchStmt(s);
        break;
      default:
        assertNever(s);
    }
  }

  private interruptCheck(): string {
    return `if (${this.h("SIG")}[1] !== 0) ${this.h("interrupted")}();`;
  }

  private ifStmt(s: A.If): void {
    this.emit(`if (${this.test(s.test)}) {`);
    this.stmts(s.body);
    let orelse = s.orelse;
    while (orelse.length === 1 && orelse[0].kind === "If") {
      const e = orelse[0] as A.If;
      this.curLine = this.lineOf(e.start);
      this.emit(`} else if (${this.test(e.test)}) {`);
      this.stmts(e.body);
      orelse = e.orelse;
    }
    if (orelse.length) {
      this.emit("} else {");
      this.stmts(orelse);
    }
    this.emit("}");
  }

  private loopBody(body: A.Stmt[], orelse: A.Stmt[], open: string): void {
    const label = orelse.length ? "$L" + ++this.labelCount : null;
    if (label) this.emit(`${label}: {`);
    this.emit(open);
    this.emit(this.interruptCheck());
    return this.loopRest(body, orelse, label);
  }

  private loopRest(body: A.Stmt[], orelse: A.Stmt[], label: string | null, pre?: () => void): void {
    this.ctx.loops.push({ label });
    const saved = new Set(this.ctx.bound);
    if (pre) pre();
    this.stmts(body);
    this.ctx.bound = saved;
    this.ctx.loops.pop();
    this.emit("}");
    if (label) {
      this.stmts(orelse);
      this.emit("}");
    }
  }

  private whileStmt(s: A.While): void {
    this.loopBody(s.body, s.orelse, `while (${this.test(s.test)}) {`);
  }

  private forStmt(s: A.For): void {
    const it = this.ctx.tmp();
    const v = this.ctx.tmp();
    const label = s.orelse.length ? "$L" + ++this.labelCount : null;
    if (label) this.emit(`${label}: {`);
    this.emit(`for (${this.loopHead(it, v, this.iterOf(s.iter), isRangeCall(s.iter))}) {`);
    this.emit(this.interruptCheck());
    this.loopRest(s.body, s.orelse, label, () => {
      this.assignTo(s.target, v);
      this.noteBound(s.target);
    });
  }

  /**
   * The inside of `for (…)` that takes each value of iterator expression `src` into `v`. Over
   * `range(…)` of JS numbers it counts in locals (`it` is then null); anything else (big ints,
   * a rebound `range`) iterates as usual. Temps it takes stay reserved: they live through the loop.
   */
  private loopHead(it: string, v: string, src: string, range: boolean, temps?: string[]): string {
    const stop = this.h("STOP");
    if (!range) return `${it} = ${src}; (${v} = ${it}.$next()) !== ${stop};`;
    const [c, e, st] = temps ?? [this.ctx.tmp(), this.ctx.tmp(), this.ctx.tmp()];
    const init = `${it} = ${src}, ${it} instanceof ${this.h("RangeIter")} && (${c} = ${it}.cur, ${e} = ${it}.stop, ${st} = ${it}.step, ${it} = null)`;
    const more = `${it} === null ? (${st} > 0 ? ${c} < ${e} : ${c} > ${e}) && (${v} = ${c}, ${c} += ${st}, true) : (${v} = ${it}.$next()) !== ${stop}`;
    return `${init}; ${more};`;
  }

  /** iter(x), with `range(...)` loops skipping the range object when `range` is the builtin. */
  private iterOf(e: A.Expr): string {
    if (isRangeCall(e) && this.resolve("range").kind === "global") {
      return `${this.h("rangeIter")}(${this.expr(e.func)}, ${e.args.map((a) => this.expr(a)).join(", ")})`;
    }
    return `${this.h("iter")}(${this.expr(e)})`;
  }

  private asyncFor(s: A.AsyncFor): void {
    const it = this.ctx.tmp();
    const v = this.ctx.tmp();
    const label = s.orelse.length ? "$L" + ++this.labelCount : null;
    if (label) this.emit(`${label}: {`);
    this.emit(`for (${it} = ${this.h("aiter")}(${this.expr(s.iter)});;) {`);
    this.emit(`${v} = (yield* ${this.h("anext")}(${it})); if (${v} === ${this.h("STOP")}) break;`);
    this.loopRest(s.body, s.orelse, label, () => {
      this.assignTo(s.target, v);
      this.noteBound(s.target);
    });
  }

  /** `try … except* …`: each handler takes the matching part of the exception group. */
  private tryStarHandlers(s: A.TryStar, e: string): void {
    const rest = this.ctx.tmp(), raised = this.ctx.tmp(), m = this.ctx.tmp();
    this.emit(`${rest} = ${this.h("egStart")}(${e}); ${raised} = [];`);
    for (const hd of s.handlers) {
      this.curLine = this.lineOf(hd.start);
      this.emit(`if (${rest} !== null && (${m} = ${this.h("egSplit")}(${rest}, ${hd.type ? this.expr(hd.type) : "null"}))[0] !== null) {`);
      this.emit(`${rest} = ${m}[1];`);
      if (hd.name) this.emit(this.store(hd.name, `${m}[0]`) + ";");
      const he = "$e" + ++this.labelCount;
      this.emit(`${this.h("excPush")}(${m}[0]); try {`);
      this.stmts(hd.body);
      this.emit(`} catch (${he}) { ${raised}.push(${this.h("exc")}(${he})); } finally { ${this.h("excPop")}();${hd.name ? " " + this.delName(hd.name) : ""} }`);
      this.emit("}");
    }
    this.emit(`${this.h("egFinish")}(${e}, ${rest}, ${raised});`);
  }

  private tryStmt(s: A.Try | A.TryStar): void {
    const hasFinally = s.finalbody.length > 0;
    const fe = hasFinally ? this.ctx.tmp() : null;
    if (hasFinally) this.emit(`${fe} = null; try {`);
    if (s.handlers.length === 0) {
      this.stmts(s.body);
    } else {
      const ok = s.orelse.length ? this.ctx.tmp() : null;
      if (ok) this.emit(`${ok} = false;`);
      this.emit("try {");
      this.stmts(s.body);
      if (ok) this.emit(`${ok} = true;`);
      const e = "$e" + ++this.labelCount;
      this.emit(`} catch (${e}) {`);
      this.emit(`${e} = ${this.h("exc")}(${e});`);
      if (s.kind === "TryStar") this.tryStarHandlers(s, e);
      else this.exceptHandlers(s, e);
      this.emit("}");
      if (ok) {
        this.emit(`if (${ok}) {`);
        this.stmts(s.orelse);
        this.emit("}");
      }
    }
    if (hasFinally) {
      // While finally runs for a propagating exception, that exception is the context of new ones.
      const e = "$e" + ++this.labelCount;
      this.emit(`} catch (${e}) { ${fe} = ${this.h("exc")}(${e}); throw ${fe}; } finally { if (${fe} !== null) ${this.h("excPush")}(${fe}); try {`);
      this.stmts(s.finalbody);
      this.emit(`} finally { if (${fe} !== null) ${this.h("excPop")}(); } }`);
    }
  }

  /** The `except` clauses: the first whose type matches runs, else the exception propagates. */
  private exceptHandlers(s: A.Try, e: string): void {
    let first = true;
    let caughtAll = false;
    for (const hd of s.handlers) {
      this.curLine = this.lineOf(hd.start);
      const cond = hd.type ? `${this.h("excMatch")}(${e}, ${this.expr(hd.type)})` : "true";
      this.emit(`${first ? "" : "} else "}if (${cond}) {`);
      first = false;
      if (hd.name) this.emit(this.store(hd.name, e) + ";");
      this.emit(`${this.h("excPush")}(${e}); try {`);
      this.stmts(hd.body);
      this.emit(`} finally { ${this.h("excPop")}();${hd.name ? " " + this.delName(hd.name) : ""} }`);
      if (!hd.type) caughtAll = true;
    }
    if (!caughtAll) this.emit(`} else { throw ${e}; }`);
    else this.emit("}");
  }

  private withStmt(items: A.WithItem[], i: number, body: A.Stmt[], isAsync: boolean): void {
    if (i === items.length) {
      this.stmts(body);
      return;
    }
    const item = items[i];
    const m = this.ctx.tmp(), exit = this.ctx.tmp(), ok = this.ctx.tmp();
    const aw = (x: string) => (isAsync ? `(yield* ${this.h("await")}(${x}))` : x);
    this.emit(`${m} = ${this.expr(item.context_expr)}; ${exit} = ${this.h(isAsync ? "aexitOf" : "exitOf")}(${m});`);
    const enter = aw(`${this.h(isAsync ? "aenter" : "enter")}(${m})`);
    if (item.optional_vars) {
      const v = this.ctx.tmp();
      this.emit(`${v} = ${enter};`);
      this.assignTo(item.optional_vars, v);
    } else this.emit(`${enter};`);
    this.emit(`${ok} = true; try {`);
    const withLine = this.curLine;
    this.withStmt(items, i + 1, body, isAsync);
    // __exit__ runs "on" the with line, as CPython reports it.
    this.curLine = withLine;
    const e = "$e" + ++this.labelCount;
    this.emit(`} catch (${e}) { ${e} = ${this.h("exc")}(${e}); ${ok} = false; if (!${this.h("truthy")}(${aw(`${this.h("callExit")}(${exit}, ${m}, ${e})`)})) throw ${e}; }`);
    this.emit(`finally { if (${ok}) ${aw(`${this.h("callExit")}(${exit}, ${m}, null)`)}; }`);
  }

  private del(t: A.Expr): void {
    switch (t.kind) {
      case "Name":
        this.emit(this.delName(t.id, true) + ";");
        break;
      case "Attribute":
        this.emit(`${this.h("delattr")}(${this.expr(t.value)}, ${JSON.stringify(t.attr)});`);
        break;
      case "Subscript":
        this.emit(`${this.h("delitem")}(${this.expr(t.value)}, ${this.expr(t.slice)});`);
        break;
      case "Tuple":
      case "List":
        for (const e of t.elts) this.del(e);
        break;
      default:
        this.emit(`throw ${this.h("syntaxError")}("cannot delete ${t.kind}");`);
    }
  }

  private delName(id: string, check = false): string {
    const r = this.resolve(id);
    switch (r.kind) {
      case "global":
        return `${this.h("delGlobal")}($g, ${JSON.stringify(id)})`;
      case "class":
        return `${this.h("delClassName")}($ns, ${JSON.stringify(id)})`;
      default:
        return check ? `(${r.js} === undefined && ${this.h("unbound")}(${JSON.stringify(id)}), ${r.js} = undefined)` : `${r.js} = undefined;`;
    }
  }

  // ---- assignment ----

  private assign(targets: A.Expr[], value: A.Expr): void {
    if (targets.length === 1) {
      const t = targets[0];
      if (t.kind === "Name") {
        this.emit(this.store(t.id, this.expr(value)) + ";");
        return;
      }
      if ((t.kind === "Tuple" || t.kind === "List") && (value.kind === "Tuple" || value.kind === "List") &&
        t.elts.length === value.elts.length && !t.elts.some((e) => e.kind === "Starred") && !value.elts.some((e) => e.kind === "Starred")) {
        const tmps = value.elts.map((v) => {
          const x = this.ctx.tmp();
          this.emit(`${x} = ${this.expr(v)};`);
          return x;
        });
        t.elts.forEach((e, i) => this.assignTo(e, tmps[i]));
        return;
      }
    }
    const v = this.ctx.tmp();
    this.emit(`${v} = ${this.expr(value)};`);
    for (const t of targets) this.assignTo(t, v);
  }

  /** Emits the store of JS expression `v` (a temp or simple name) into target t. */
  private assignTo(t: A.Expr, v: string): void {
    switch (t.kind) {
      case "Name":
        this.emit(this.store(t.id, v) + ";");
        break;
      case "Attribute":
        this.emit(this.attrStore(t.value, t.attr, v));
        break;
      case "Subscript":
        if (t.slice.kind === "Slice") {
          this.emit(`${this.h("setitem")}(${this.expr(t.value)}, ${this.expr(t.slice)}, ${v});`);
          break;
        }
        this.emit(
          this.withTemps((temp) => {
            const o = this.operand(t.value, temp);
            const k = this.operand(t.slice, temp);
            return setitemJs(o, k, { js: v, ref: v, kind: "?" }, temp(), this.seqTypes(), this.h("setitem"));
          }),
        );
        break;
      case "Tuple":
      case "List": {
        const star = t.elts.findIndex((e) => e.kind === "Starred");
        const arr = this.ctx.tmp();
        if (star < 0) this.emit(`${arr} = ${this.h("unpack")}(${v}, ${t.elts.length});`);
        else this.emit(`${arr} = ${this.h("unpackEx")}(${v}, ${star}, ${t.elts.length - star - 1});`);
        t.elts.forEach((e, i) => this.assignTo(e.kind === "Starred" ? e.value : e, `${arr}[${i}]`));
        break;
      }
      case "Starred":
        this.assignTo(t.value, v);
        break;
      default:
        this.emit(`throw ${this.h("syntaxError")}("cannot assign to expression");`);
    }
  }

  private augAssign(s: A.AugAssign): void {
    const [fname, opi] = BINOP[s.op];
    const special: Partial<Record<A.Operator, string>> = { Add: "iadd", Sub: "isub", Mult: "imul", Div: "itruediv", FloorDiv: "ifloordiv", Mod: "imod" };
    // numbers and strs are immutable, so for them `a op= b` is `a op b`: the same inline paths
    const apply = (cur: string, val: A.Expr) => {
      const helper = special[s.op];
      if (helper === undefined) return `${this.h("inplace")}(${cur}, ${this.expr(val)}, ${opi})`;
      return this.withTemps((temp) => {
        const a = this.rawOperand(cur, temp);
        const b = this.operand(val, temp);
        const res = temp();
        return this.binJs(s.op, a, b, () => res, helper)!;
      });
    };
    void fname;
    const t = s.target;
    if (t.kind === "Name") {
      this.emit(this.store(t.id, apply(this.load(t.id), s.value)) + ";");
    } else if (t.kind === "Attribute") {
      const o = this.ctx.tmp(), v = this.ctx.tmp();
      this.emit(`${o} = ${this.expr(t.value)};`);
      this.emit(`${v} = ${apply(this.attrLoadJs(o, t.attr), s.value)};`);
      this.emit(this.attrStoreJs(o, t.attr, v));
      this.ctx.release(o, v);
    } else if (t.kind === "Subscript") {
      const o = this.ctx.tmp(), k = this.ctx.tmp();
      this.emit(`${o} = ${this.expr(t.value)}; ${k} = ${this.expr(t.slice)};`);
      if (t.slice.kind === "Slice") {
        this.emit(`${this.h("setitem")}(${o}, ${k}, ${apply(`${this.h("getitem")}(${o}, ${k})`, s.value)});`);
      } else {
        const ov: Operand = { js: o, ref: o, kind: "?" };
        const kv: Operand = { js: k, ref: k, kind: "?" };
        const cur = this.withTemps((temp) => getitemJs(ov, kv, temp(), temp(), this.seqTypes(), this.h("getitem")));
        const x = this.ctx.tmp();
        this.emit(`${x} = ${apply(cur, s.value)};`);
        this.emit(this.withTemps((temp) => setitemJs(ov, kv, { js: x, ref: x, kind: "?" }, temp(), this.seqTypes(), this.h("setitem"))));
        this.ctx.release(x);
      }
      this.ctx.release(o, k);
    } else {
      this.emit(`throw ${this.h("syntaxError")}("illegal expression for augmented assignment");`);
    }
  }

  // ---- names ----

  private resolve(id: string): { kind: "local" | "free" | "global" | "class"; js: string; scope?: Scope } {
    let s: Scope | null = this.ctx.scope;
    const first = s;
    while (s) {
      if (s.kind === ScopeKind.Module) return { kind: "global", js: "" };
      if (s.globals.has(id)) return { kind: "global", js: "" };
      if (s.kind === ScopeKind.Class) {
        if (s === first && s.locals.has(id)) return { kind: "class", js: "" };
        if (s === first && s.nonlocals.has(id)) {
          s = s.parent;
          continue;
        }
        s = s.parent;
        continue;
      }
      if (s.locals.has(id)) return { kind: s === first ? "local" : "free", js: jsName(id), scope: s };
      s = s.parent;
    }
    return { kind: "global", js: "" };
  }

  /** Resolution for a class-body load that falls through `$ns`. */
  private resolveOuter(id: string): string {
    const saved = this.ctx.scope;
    const parent = saved.parent!;
    const fake = new Scope(ScopeKind.Function, parent, null);
    parent.children.pop();
    this.ctx.scope = fake;
    const r = this.load(id);
    this.ctx.scope = saved;
    return r;
  }

  private load(id: string): string {
    if (id === "__class__" && this.ctx.classCell) return this.ctx.classCell;
    const r = this.resolve(id);
    switch (r.kind) {
      case "global":
        return `($g.${safeProp(id)} ?? ${this.h("nameError")}(${JSON.stringify(id)}))`;
      case "class":
        return `($ns.${safeProp(id)} ?? ${this.resolveOuter(id)})`;
      case "local":
        if (this.ctx.bound.has(id)) return r.js;
        if (this.ctx.scope.params.has(id) && !this.ctx.scope.unstable.has(id)) return r.js;
        return `(${r.js} ?? ${this.h("unbound")}(${JSON.stringify(id)}))`;
      case "free":
        this.ctx.freeUsed.add(id);
        return `(${r.js} ?? ${this.h("unboundFree")}(${JSON.stringify(id)}))`;
    }
  }

  private store(id: string, v: string): string {
    const r = this.resolve(id);
    switch (r.kind) {
      case "global":
        return `$g.${safeProp(id)} = ${v}`;
      case "class":
        return `$ns.${safeProp(id)} = ${v}`;
      default:
        if (r.kind === "free") this.ctx.freeUsed.add(id);
        return `${r.js} = ${v}`;
    }
  }

  // ---- functions and classes ----

  private sigOf(name: string, qualname: string, a: A.Arguments, flags: number, doc: string | null, freevars: string[] = []): string {
    const sig = {
      freevars,
      name,
      qualname,
      module: this.moduleName,
      args: [...a.posonlyargs, ...a.args].map((x) => x.arg),
      posonly: a.posonlyargs.length,
      vararg: a.vararg ? a.vararg.arg : null,
      kwonly: a.kwonlyargs.map((x) => x.arg),
      kwarg: a.kwarg ? a.kwarg.arg : null,
      flags,
    };
    const docJs = doc !== null ? `, doc: ${JSON.stringify(doc)}` : "";
    return this.hoist(JSON.stringify(sig).slice(0, -1) + docJs + "}");
  }

  private paramList(a: A.Arguments): string[] {
    const ps = [...a.posonlyargs, ...a.args].map((x) => jsName(x.arg));
    if (a.vararg) ps.push(jsName(a.vararg.arg));
    for (const k of a.kwonlyargs) ps.push(jsName(k.arg));
    if (a.kwarg) ps.push(jsName(a.kwarg.arg));
    return ps;
  }

  private isSimple(a: A.Arguments): boolean {
    return !a.vararg && !a.kwarg && a.kwonlyargs.length === 0;
  }

  /** Defaults and kw-defaults as JS expressions (evaluated where the def runs). */
  private defaultsJs(a: A.Arguments): [string, string] {
    const df = `[${a.defaults.map((d) => this.expr(d)).join(", ")}]`;
    let kw = "null";
    if (a.kw_defaults.some((d) => d !== null)) {
      const parts: string[] = [];
      a.kwonlyargs.forEach((k, i) => {
        const d = a.kw_defaults[i];
        if (d) parts.push(`${JSON.stringify(k.arg)}: ${this.expr(d)}`);
      });
      kw = `{${parts.join(", ")}}`;
    }
    return [df, kw];
  }

  /** `[name, value, …]` of a def's annotations (evaluated at def time), or null. */
  private annotationsJs(a: A.Arguments, returns: A.Expr | null): string | null {
    const all = [...a.posonlyargs, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])];
    const parts: string[] = [];
    const val = (x: A.Expr) =>
      this.futureAnnotations ? JSON.stringify(this.source.slice(x.start, x.start + x.length)) : this.expr(x);
    for (const p of all) if (p.annotation) parts.push(`${JSON.stringify(p.arg)}, ${val(p.annotation)}`);
    if (returns) parts.push(`"return", ${val(returns)}`);
    return parts.length ? `[${parts.join(", ")}]` : null;
  }

  private prologue(a: A.Arguments, fname: string): string {
    if (!this.isSimple(a)) return "";
    const ps = [...a.posonlyargs, ...a.args];
    const nreq = ps.length - a.defaults.length;
    let out = "";
    if (nreq > 0) {
      const last = jsName(ps[nreq - 1].arg);
      out += `if (${last} === undefined) ${this.h("argMissing")}(${fname}, [${ps.map((p) => jsName(p.arg)).join(", ")}]); `;
    }
    for (let i = nreq; i < ps.length; i++) {
      const p = jsName(ps[i].arg);
      out += `if (${p} === undefined) ${p} = ${fname}.$df[${i - nreq}]; `;
    }
    return out;
  }

  private localDecl(scope: Scope): string {
    const names = [...scope.locals].filter((n) => !scope.params.has(n)).map(jsName);
    return names.length ? `let ${names.join(", ")};` : "";
  }

  /** Free variables a nested function uses that this function does not bind are its free variables too. */
  private passFreeVars(inner: Ctx, scope: Scope): void {
    for (const n of inner.freeUsed) {
      if (!this.ctx.scope.locals.has(n) && this.ctx.scope.kind !== ScopeKind.Module) this.ctx.freeUsed.add(n);
    }
    void scope;
  }

  private childQual(name: string): string {
    const s = this.ctx.scope;
    if (s.kind === ScopeKind.Function) return `${this.ctx.qualPrefix}${this.ctx.qualPrefix ? "" : ""}` + name;
    return this.ctx.qualPrefix + name;
  }

  private prefixFor(qualname: string, scope: Scope): string {
    return scope.kind === ScopeKind.Function ? qualname + ".<locals>." : qualname + ".";
  }

  private funcDef(s: A.FunctionDef | A.AsyncFunctionDef): void {
    const scope = this.scopeOf.get(s)!;
    const qual = this.ctx.qualPrefix + s.name;
    const idx = this.funcNames.length;
    this.funcNames.push(s.name);
    const fname = `$f${idx}`;
    const doc = docstring(s.body);
    const isGen = scope.isGenerator;
    const isAsync = s.kind === "AsyncFunctionDef";
    const flags = (isGen ? 1 : 0) | (isAsync ? 2 : 0);
    const sigPlaceholder = `/*@SIG${idx}*/`;
    const sig = sigPlaceholder;
    const [df, kwdf] = this.defaultsJs(s.args);
    const decos = s.decorator_list.map((d) => this.expr(d));
    const params = this.paramList(s.args);
    const anns = this.annotationsJs(s.args, s.returns);
    let open = `${this.h("mkfn")}(function ${fname}(${params.join(", ")}) { ${this.prologue(s.args, fname)}`;
    let close = `}, ${sig}, ${df}, ${kwdf}, ${anns ?? "null"}, $g)`;
    if (isGen || isAsync) {
      const wrap = isAsync ? (isGen ? "mkasyncgen" : "mkcoro") : "mkgen";
      open += `return ${this.h(wrap)}((function* $g${idx}() { `;
      close = `})(), ${fname}); ` + close;
    }
    let value = open;
    for (const d of decos.reverse()) value = `${this.h("call1")}(${d}, ${value}`;
    let closeAll = close + ")".repeat(decos.length);
    const outer = this.ctx;
    const inner = new Ctx(scope, outer, this.prefixFor(qual, scope), isGen || isAsync);
    inner.classCell = outer.scope.kind === ScopeKind.Class ? outer.classCell : outer.classCell;
    const ps = [...s.args.posonlyargs, ...s.args.args];
    inner.firstParam = ps.length ? jsName(ps[0].arg) : s.args.vararg ? `${jsName(s.args.vararg.arg)}.a[0]` : null;
    const line = this.curLine;
    const assignPrefix = this.store(s.name, "");
    this.emit(assignPrefix + value + "/*@T*/");
    const headerIdx = this.lines.length - 1;
    this.ctx = inner;
    this.stmts(s.body);
    if (!isGen && !isAsync) this.emit(`return ${this.h("None")};`);
    this.ctx = outer;
    this.passFreeVars(inner, scope);
    const realSig = this.sigOf(s.name, qual, s.args, flags, doc, [...inner.freeUsed].sort());
    closeAll = closeAll.replace(sigPlaceholder, realSig);
    this.lines[headerIdx] = this.lines[headerIdx].replace("/*@T*/", this.localDecl(scope) + inner.tempDecl());
    this.curLine = line;
    this.emit(closeAll + ";");
  }

  private classDef(s: A.ClassDef): void {
    const scope = this.scopeOf.get(s)!;
    const qual = this.ctx.qualPrefix + s.name;
    const needsCell = scope.children.some((c) => subtreeUsesClassCell(c));
    let cell: string | null = null;
    if (needsCell) {
      cell = "$c" + ++this.labelCount;
      this.ctx.extra.push(cell);
    }
    const bases = s.bases.map((b) => (b.kind === "Starred" ? `...${this.h("toArray")}(${this.expr(b.value)})` : this.expr(b)));
    const kw = s.keywords.filter((k) => k.arg !== null);
    const kwn = kw.length ? JSON.stringify(kw.map((k) => k.arg)) : "null";
    const kwv = kw.length ? `[${kw.map((k) => this.expr(k.value)).join(", ")}]` : "null";
    const decos = s.decorator_list.map((d) => this.expr(d));
    const idx = this.funcNames.length;
    this.funcNames.push(s.name);
    let value = `${this.h("buildClass")}(function $f${idx}($ns) { /*@T*/`;
    for (const d of decos.reverse()) value = `${this.h("call1")}(${d}, ${value}`;
    if (cell) value = value.replace(`${this.h("buildClass")}(`, `${cell} = ${this.h("buildClass")}(`);
    const line = this.curLine;
    this.emit(this.store(s.name, "") + (cell ? `(${value}` : value));
    const headerIdx = this.lines.length - 1;
    const outer = this.ctx;
    const inner = new Ctx(scope, outer, qual + ".", false);
    inner.classCell = cell;
    this.ctx = inner;
    const doc = docstring(s.body);
    if (doc !== null) this.emit(`$ns.__doc__ = ${JSON.stringify(doc)};`);
    this.stmts(s.body);
    this.ctx = outer;
    this.lines[headerIdx] = this.lines[headerIdx].replace("/*@T*/", inner.tempDecl());
    this.curLine = line;
    const tail = `}, ${JSON.stringify(s.name)}, [${bases.join(", ")}], ${kwn}, ${kwv}, ${JSON.stringify(qual)}, $g.__name__)`;
    this.emit(tail + (cell ? ")" : "") + ")".repeat(decos.length) + ";");
  }

  // ---- match ----

  private matchStmt(s: A.Match): void {
    const subj = this.ctx.tmp();
    this.emit(`${subj} = ${this.expr(s.subject)};`);
    let first = true;
    for (const c of s.cases) {
      this.curLine = this.lineOf(c.start);
      let cond = this.pattern(c.pattern, subj);
      if (c.guard) cond = `(${cond}) && ${this.test(c.guard)}`;
      this.emit(`${first ? "" : "} else "}if (${cond}) {`);
      first = false;
      this.stmts(c.body);
    }
    if (!first) this.emit("}");
  }

  /** A JS boolean expression testing (and binding) pattern p against JS expression subj. */
  private pattern(p: A.Pattern, subj: string): string {
    switch (p.kind) {
      case "MatchValue":
        return `${this.h("eqB")}(${subj}, ${this.expr(p.value)})`;
      case "MatchSingleton": {
        const v = p.value;
        const js = v.type === "None" ? this.h("None") : v.type === "bool" ? String(v.value) : "undefined";
        return `(${subj} === ${js})`;
      }
      case "MatchAs": {
        const bind = p.name ? `(${this.store(p.name, subj)}, true)` : "true";
        if (!p.pattern) return bind;
        return `(${this.pattern(p.pattern, subj)} && ${bind})`;
      }
      case "MatchOr":
        return "(" + p.patterns.map((q) => this.pattern(q, subj)).join(" || ") + ")";
      case "MatchSequence": {
        const star = p.patterns.findIndex((q) => q.kind === "MatchStar");
        const arr = this.ctx.tmp();
        const n = p.patterns.length;
        const parts = [`(${arr} = ${this.h("matchSeq")}(${subj}, ${star < 0 ? n : n - 1}, ${star >= 0})) !== null`];
        p.patterns.forEach((q, i) => {
          if (q.kind === "MatchStar") {
            if (q.name) parts.push(`(${this.store(q.name, `new ${this.h("List")}(${arr}.slice(${i}, ${arr}.length - ${n - i - 1}))`)}, true)`);
            return;
          }
          const idx = star >= 0 && i > star ? `${arr}[${arr}.length - ${n - i}]` : `${arr}[${i}]`;
          parts.push(this.pattern(q, idx));
        });
        return "(" + parts.join(" && ") + ")";
      }
      case "MatchMapping": {
        const parts = [`${this.h("matchMap")}(${subj})`];
        const keys = p.keys.map((k) => this.expr(k));
        p.patterns.forEach((q, i) => {
          const v = this.ctx.tmp();
          parts.push(`(${v} = ${this.h("matchMapGet")}(${subj}, ${keys[i]})) !== undefined`);
          parts.push(this.pattern(q, v));
        });
        if (p.rest) parts.push(`(${this.store(p.rest, `${this.h("matchMapRest")}(${subj}, [${keys.join(", ")}])`)}, true)`);
        return "(" + parts.join(" && ") + ")";
      }
      case "MatchClass": {
        const cls = this.expr(p.cls);
        const parts = [`${this.h("isinstance")}(${subj}, ${cls})`];
        if (p.patterns.length) {
          const arr = this.ctx.tmp();
          parts.push(`(${arr} = ${this.h("matchClassArgs")}(${cls}, ${subj}, ${p.patterns.length})) !== null`);
          p.patterns.forEach((q, i) => parts.push(this.pattern(q, `${arr}[${i}]`)));
        }
        p.kwd_attrs.forEach((a, i) => {
          const v = this.ctx.tmp();
          parts.push(`(${v} = ${this.h("getattrOpt")}(${subj}, ${JSON.stringify(a)})) !== undefined`);
          parts.push(this.pattern(p.kwd_patterns[i], v));
        });
        return "(" + parts.join(" && ") + ")";
      }
      case "MatchStar":
        return "true";
    }
  }

  // ---- expressions ----

  /** An expression in a boolean context: a JS boolean. */
  private test(e: A.Expr): string {
    switch (e.kind) {
      case "Compare":
        return this.compare(e, true);
      case "UnaryOp":
        if (e.op === "Not") return `!${this.test(e.operand)}`;
        break;
      case "BoolOp":
        return "(" + e.values.map((v) => this.test(v)).join(e.op === "And" ? " && " : " || ") + ")";
      case "Constant":
        if (e.value.type === "bool") return String(e.value.value);
        break;
    }
    // booleans (what comparisons and predicates return) are decided here
    const t = this.ctx.tmp();
    const js = this.expr(e);
    this.ctx.release(t);
    return `((${t} = ${js}) === true || ${t} !== false && ${t} !== "" && (typeof ${t} === "string" || ${this.h("truthy")}(${t})))`;
  }

  /**
   * An operand for an inline fast path: evaluated once into a temp unless it is a literal or a
   * parameter (see inline.ts).
   */
  private operand(x: A.Expr, temp: () => string): Operand {
    if (x.kind === "Constant" && (x.value.type === "int" || x.value.type === "float" || x.value.type === "str")) {
      const v = x.value;
      if (v.type === "int" && v.value <= 9007199254740991n && v.value >= -9007199254740991n) {
        const js = this.intConst(v.value);
        return { js, ref: js, kind: "int", value: Number(v.value) };
      }
      if (v.type === "float" && !Number.isInteger(v.value)) {
        const js = jsNum(v.value);
        return { js, ref: js, kind: "float" };
      }
      if (v.type === "str") {
        const js = JSON.stringify(v.value);
        return { js, ref: js, kind: "str" };
      }
    }
    if (x.kind === "UnaryOp" && x.op === "USub" && x.operand.kind === "Constant") {
      const c = x.operand.value;
      if (c.type === "int" && c.value <= 9007199254740991n) {
        const js = this.intConst(-c.value);
        return { js, ref: js, kind: "int", value: -Number(c.value) };
      }
      if (c.type === "float" && !Number.isInteger(c.value)) return { js: jsNum(-c.value), ref: jsNum(-c.value), kind: "float" };
    }
    if (x.kind === "Name" && this.ctx.scope.params.has(x.id) && this.resolve(x.id).kind === "local") {
      const js = jsName(x.id);
      return { js, ref: js, kind: "?" };
    }
    return this.rawOperand(this.expr(x), temp);
  }

  private seqTypes(): SeqTypes {
    return { list: this.h("listT"), tuple: this.h("tupleT"), dict: this.h("dictT") };
  }

  /**
   * A comparison operand: an integral float literal (`1000.0`, boxed elsewhere) compares exactly
   * as the number it holds, so it is one here.
   */
  private cmpOperand(x: A.Expr, temp: () => string): Operand {
    const neg = x.kind === "UnaryOp" && x.op === "USub";
    const c = x.kind === "Constant" ? x : neg && x.operand.kind === "Constant" ? x.operand : null;
    if (c !== null && c.value.type === "float" && Number.isInteger(c.value.value) && Math.abs(c.value.value) <= 2 ** 53) {
      const v = neg ? -c.value.value : c.value.value;
      if (!Object.is(v, -0)) {
        const js = this.floatConst(v);
        return { js, ref: js, kind: "float", fast: v < 0 ? `(${v})` : String(v) };
      }
    }
    return this.operand(x, temp);
  }

  /** A call argument: literals as they are, anything else into a temp (evaluated in order). */
  private argOperand(x: A.Expr, temp: () => string): Operand {
    const op = this.operand(x, temp);
    return op.kind === "?" && op.js === op.ref ? this.rawOperand(op.js, temp) : op;
  }

  /** An operand already compiled to JS. */
  private rawOperand(js: string, temp: () => string): Operand {
    const t = temp();
    return { js: `(${t} = ${js})`, ref: t, kind: "?" };
  }

  /** Runs `build` with a temp allocator whose temps are released afterwards. */
  private withTemps<R>(build: (temp: () => string) => R): R {
    const taken: string[] = [];
    const r = build(() => {
      const t = this.ctx.tmp();
      taken.push(t);
      return t;
    });
    this.ctx.release(...taken);
    return r;
  }

  /**
   * The inline form of binary operator `op` on two operands, falling back to helper `slow`
   * (`add`, or `iadd` for `+=`), or null when the operator has no inline form.
   */
  private binJs(op: A.Operator, a: Operand, b: Operand, temp: () => string, slow: string): string | null {
    if (a.kind === "str" || b.kind === "str") {
      // `s + "x"`, `word += ","`: str concatenation is JS's when the other operand is a str
      const other = a.kind === "str" ? b : a;
      if (op === "Add" && other.kind === "?") {
        const pre = [a, b].filter((x) => x.js !== x.ref).map((x) => x.js);
        const body = `typeof ${other.ref} === "string" ? ${a.ref} + ${b.ref} : ${this.h(slow)}(${a.ref}, ${b.ref})`;
        return pre.length ? `(${pre.join(", ")}, ${body})` : `(${body})`;
      }
      return `${this.h(slow)}(${a.js}, ${b.js})`;
    }
    switch (op) {
      case "Add":
        return arithJs("+", a, b, temp(), this.h(slow), this.dunderSite(slow, "addC", 0));
      case "Sub":
        return arithJs("-", a, b, temp(), this.h(slow), this.dunderSite(slow, "subC", 1));
      case "Mult":
        return arithJs("*", a, b, temp(), this.h(slow), this.dunderSite(slow, "mulC", 2));
      case "Div":
        return arithJs("/", a, b, temp(), this.h(slow), this.dunderSite(slow, "truedivC", 3));
      case "Mod":
        return divModJs("%", a, b, temp(), this.h(slow));
      case "FloorDiv":
        return divModJs("//", a, b, temp(), this.h(slow));
      case "BitAnd":
        return bitJs("&", a, b, this.h(slow));
      case "BitOr":
        return bitJs("|", a, b, this.h(slow));
      case "BitXor":
        return bitJs("^", a, b, this.h(slow));
      case "RShift":
        return bitJs(">>", a, b, this.h(slow));
      case "Pow":
        if (b.kind === "int" && b.value === 2) return powJs(a, 2, temp(), this.h(slow));
        if (b.kind === "float" && b.ref === "0.5") return powJs(a, 0.5, temp(), this.h(slow));
        return null;
      default:
        return null;
    }
  }

  /** The same-class dunder cache of a plain (not in-place) `+ - * /` site. */
  private dunderSite(slow: string, cached: string, op: number): DunderSite | undefined {
    if (slow !== BINOP_NAMES[op]) return undefined;
    return { ic: this.hoist(`${this.h("newMethodCache")}()`), epoch: this.h("EPH"), done: this.h("binDone"), cached: this.h(cached), op };
  }

  private binOp(e: A.BinOp): string {
    const folded = foldInt(e);
    if (folded !== null) return this.intConst(folded);
    const [f] = BINOP[e.op];
    if (e.op === "BitAnd") {
      const m = this.maskedArith(e);
      if (m !== null) return m;
    }
    const r = e.right;
    const inlinable =
      e.op !== "LShift" && e.op !== "MatMult" &&
      (e.op !== "Pow" || (r.kind === "Constant" && ((r.value.type === "int" && r.value.value === 2n) || (r.value.type === "float" && r.value.value === 0.5))));
    if (!inlinable) return `${this.h(f)}(${this.expr(e.left)}, ${this.expr(e.right)})`;
    const js = this.withTemps((temp) => {
      const res = temp();
      const a = this.operand(e.left, temp);
      const b = this.operand(e.right, temp);
      // the result temp goes first: it is written last, after both operands were read
      return this.binJs(e.op, a, b, () => res, f);
    });
    return js!;
  }

  /**
   * `(x * C + D) & M` and the like: `+`, `-`, `*` over int constants and other operands, masked
   * by an int constant 0 <= M < 2^32. When every operand is an int held in a JS number, the result
   * only depends on the value modulo 2^32, so it is computed with 32-bit operations (Math.imul)
   * and no BigInt ever appears; otherwise the usual helpers run. Operands are evaluated in order,
   * each tested as it arrives: the operations skipped before a later operand is evaluated are
   * int-only, so they cannot raise or have effects. Several operands must all be plain names
   * (their code is repeated in the fallback branches). Returns null when the pattern does not apply.
   */
  private maskedArith(e: A.BinOp): string | null {
    const r = e.right;
    if (r.kind !== "Constant" || r.value.type !== "int" || r.value.value < 0n || r.value.value > 0xffffffffn) return null;
    const left = e.left;
    if (left.kind !== "BinOp" || (left.op !== "Add" && left.op !== "Sub" && left.op !== "Mult")) return null;
    const M = r.value.value;
    const intOf = (x: A.Expr): bigint | null => {
      if (x.kind === "Constant" && x.value.type === "int") return x.value.value;
      if (x.kind === "UnaryOp" && x.op === "USub" && x.operand.kind === "Constant" && x.operand.value.type === "int") return -x.operand.value.value;
      return null;
    };
    const leaves: A.Expr[] = [];
    let ok = true;
    const walk = (x: A.Expr): void => {
      if (x.kind === "BinOp" && (x.op === "Add" || x.op === "Sub" || x.op === "Mult")) {
        walk(x.left);
        walk(x.right);
      } else if (intOf(x) === null) {
        if (x.kind === "Constant") ok = false;
        else leaves.push(x);
      }
    };
    walk(left);
    if (!ok || leaves.length === 0 || leaves.length > 3) return null;
    if (leaves.length > 1 && leaves.some((x) => x.kind !== "Name")) return null;
    const temps = leaves.map(() => this.ctx.tmp());
    const fast = (x: A.Expr): string => {
      const c = intOf(x);
      if (c !== null) return String(BigInt.asIntN(32, c));
      if (x.kind === "BinOp" && (x.op === "Add" || x.op === "Sub" || x.op === "Mult")) {
        const a = fast(x.left), b = fast(x.right);
        if (x.op === "Mult") return `Math.imul(${a}, ${b})`;
        return `(${a} ${x.op === "Add" ? "+" : "-"} ${b} | 0)`;
      }
      return `(${temps[leaves.indexOf(x)]} | 0)`;
    };
    const mask = M >= 0x80000000n ? `(${fast(left)} & ${M}) >>> 0` : `${fast(left)} & ${M}`;
    // The generic expression with the first `known` operands already in temps.
    const slow = (known: number): string => {
      const gen = (x: A.Expr): string => {
        const c = intOf(x);
        if (c !== null) return this.intConst(c);
        if (x.kind === "BinOp" && (x.op === "Add" || x.op === "Sub" || x.op === "Mult")) {
          return `${this.h(BINOP[x.op][0])}(${gen(x.left)}, ${gen(x.right)})`;
        }
        const i = leaves.indexOf(x);
        return i < known ? temps[i] : this.expr(x);
      };
      return `${this.h("bitand")}(${gen(left)}, ${this.intConst(M)})`;
    };
    let out = `(${mask})`;
    for (let i = leaves.length - 1; i >= 0; i--) {
      const t = temps[i];
      out = `((${t} = ${this.expr(leaves[i])}), typeof ${t} === "number" && Number.isInteger(${t}) ? ${out} : ${slow(i + 1)})`;
    }
    this.ctx.release(...temps);
    return out;
  }

  private compare(e: A.Compare, asBool: boolean): string {
    const one = (op: A.CmpOperator, a: string, b: string): string => {
      switch (op) {
        case "Is":
          return `(${a} === ${b})`;
        case "IsNot":
          return `(${a} !== ${b})`;
        case "In":
          return `${this.h("contains")}(${b}, ${a})`;
        case "NotIn":
          return `!${this.h("contains")}(${b}, ${a})`;
        default:
          return asBool ? `${this.h(CMP[op] + "B")}(${a}, ${b})` : `${this.h(CMP[op])}(${a}, ${b})`;
      }
    };
    if (e.ops.length === 1) {
      const op = e.ops[0];
      if (op in CMP) {
        return this.withTemps((temp) => {
          const a = this.cmpOperand(e.left, temp);
          const b = this.cmpOperand(e.comparators[0], temp);
          return compareJs(op as keyof typeof CMP_OPS, a, b, this.h(CMP[op] + (asBool ? "B" : "")));
        });
      }
      return one(op, this.expr(e.left), this.expr(e.comparators[0]));
    }
    // a < b < c: each operand evaluated once, stop at the first false comparison
    const parts: string[] = [];
    let left = this.ctx.tmp();
    parts.push(`(${left} = ${this.expr(e.left)}, true)`);
    const res = asBool ? null : this.ctx.tmp();
    e.ops.forEach((op, i) => {
      const right = this.ctx.tmp();
      const rjs = this.expr(e.comparators[i]);
      const c = op in CMP
        ? compareJs(op as keyof typeof CMP_OPS, { js: left, ref: left, kind: "?" }, { js: `(${right} = ${rjs})`, ref: right, kind: "?" }, this.h(CMP[op] + (asBool ? "B" : "")))
        : one(op, left, `(${right} = ${rjs})`);
      parts.push(asBool ? c : `${this.h("truthy")}(${res} = ${c})`);
      left = right;
    });
    if (asBool) return "(" + parts.join(" && ") + ")";
    return `((${parts.join(" && ")}), ${res})`;
  }

  expr(e: A.Expr): string {
    switch (e.kind) {
      case "Constant":
        return this.constant(e.value);
      case "Name":
        if (e.id === "super" && false) return "";
        return this.load(e.id);
      case "BinOp":
        return this.binOp(e);
      case "UnaryOp":
        switch (e.op) {
          case "Not":
            return `!${this.test(e.operand)}`;
          case "USub":
            if (e.operand.kind === "Constant" && (e.operand.value.type === "int" || e.operand.value.type === "float")) {
              const v = e.operand.value;
              return v.type === "int" ? this.intConst(-v.value) : this.floatConst(-v.value);
            }
            // a nonzero JS number negates in place (int 0 must not become -0)
            return this.withTemps((temp) => {
              const x = this.operand(e.operand, temp);
              const pre = x.js === x.ref ? "" : `${x.js}, `;
              return `(${pre}typeof ${x.ref} === "number" && ${x.ref} !== 0 ? -${x.ref} : ${this.h("neg")}(${x.ref}))`;
            });
          case "UAdd":
            return `${this.h("pos")}(${this.expr(e.operand)})`;
          case "Invert":
            return `${this.h("invert")}(${this.expr(e.operand)})`;
        }
        break;
      case "BoolOp": {
        const t = this.ctx.tmp();
        const vals = e.values.map((v) => this.expr(v));
        let out = vals[vals.length - 1];
        for (let i = vals.length - 2; i >= 0; i--) {
          out =
            e.op === "And"
              ? `(${this.h("truthy")}(${t} = ${vals[i]}) ? ${out} : ${t})`
              : `(${this.h("truthy")}(${t} = ${vals[i]}) ? ${t} : ${out})`;
        }
        return out;
      }
      case "Compare":
        return this.compare(e, false);
      case "IfExp":
        return `(${this.test(e.test)} ? ${this.expr(e.body)} : ${this.expr(e.orelse)})`;
      case "Call":
        return this.call(e);
      case "Attribute":
        return this.attrLoad(e);
      case "Subscript":
        if (e.slice.kind === "Slice") {
          const s = e.slice;
          const n = this.h("None");
          return `${this.h("getslice")}(${this.expr(e.value)}, ${s.lower ? this.expr(s.lower) : n}, ${s.upper ? this.expr(s.upper) : n}, ${s.step ? this.expr(s.step) : n})`;
        }
        return this.withTemps((temp) => {
          const o = this.operand(e.value, temp);
          const k = this.operand(e.slice, temp);
          return getitemJs(o, k, temp(), temp(), this.seqTypes(), this.h("getitem"));
        });
      case "Slice": {
        const n = this.h("None");
        return `new ${this.h("Slice")}(${e.lower ? this.expr(e.lower) : n}, ${e.upper ? this.expr(e.upper) : n}, ${e.step ? this.expr(e.step) : n})`;
      }
      case "List":
        return `new ${this.h("List")}(${this.elts(e.elts)})`;
      case "Tuple":
        return `new ${this.h("Tuple")}(${this.elts(e.elts)})`;
      case "Set":
        return `${this.h("setFrom")}(${this.elts(e.elts)})`;
      case "Dict":
        return this.dict(e);
      case "JoinedStr":
        return this.joined(e);
      case "FormattedValue":
        return this.formatted(e);
      case "Lambda":
        return this.lambda(e);
      case "ListComp":
      case "SetComp":
      case "DictComp":
      case "GeneratorExp":
        return this.comprehension(e);
      case "NamedExpr":
        return `(${this.store((e.target as A.Name).id, this.expr(e.value))})`;
      case "Yield": {
        const v = e.value ? this.expr(e.value) : this.h("None");
        // In an async generator, values are marked: its other yields are awaits for the event loop.
        return this.ctx.scope.isAsync && this.ctx.scope.isGenerator ? `(yield new ${this.h("AGValue")}(${v}))` : `(yield ${v})`;
      }
      case "YieldFrom":
        return `(yield* ${this.h("yieldFrom")}(${this.expr(e.value)}))`;
      case "Await":
        return `(yield* ${this.h("await")}(${this.expr(e.value)}))`;
      case "Starred":
        return `${this.h("syntaxError")}("can't use starred expression here")`;
      default:
        assertNever(e);
    }
    return "";
  }

  /**
   * `o.name`: instance attributes are read straight from `o.$d` unless the class marks the name
   * as needing the full lookup (`$DL`: data descriptors, overridden __getattribute__).
   */
  private attrLoad(e: A.Attribute): string {
    const name = e.attr;
    if (!isIdent(name)) return `${this.h("getattr")}(${this.expr(e.value)}, ${JSON.stringify(name)})`;
    const ic = this.hoist(`${this.h("newMethodCache")}()`);
    // a property getter cached for this site is called here, where its call can be inlined
    const slow = (o: string) =>
      `(${ic}.t === ${o}.$cls && ${ic}.e === ${this.h("EPH")}.v ? ${ic}.m(${o}) : ${this.h("getattrC")}(${o}, ${JSON.stringify(name)}, ${ic}))`;
    const d = this.ctx.tmp(), v = this.ctx.tmp();
    let out: string;
    const obj = e.value;
    if (obj.kind === "Name" && this.isPlainLocal(obj.id)) {
      const js = jsName(obj.id);
      const checked = this.load(obj.id);
      const q = checked === js ? "" : "?";
      out = `((${d} = ${js}${q}.$d) !== undefined && (${v} = ${d}.${name}) !== undefined && ${js}.$cls.$DL.${name} === undefined ? ${v} : ${slow(checked)})`;
    } else {
      const o = this.ctx.tmp();
      out = `((${d} = (${o} = ${this.expr(obj)}).$d) !== undefined && (${v} = ${d}.${name}) !== undefined && ${o}.$cls.$DL.${name} === undefined ? ${v} : ${slow(o)})`;
      this.ctx.release(o);
    }
    this.ctx.release(d, v);
    return out;
  }

  /** `o.name = v` (v a temp or simple JS expression evaluated once). */
  private attrStore(obj: A.Expr, name: string, v: string): string {
    const slowIc = isIdent(name) ? ", " + this.hoist(`${this.h("newMethodCache")}()`) : "";
    const slow = (o: string) => `${this.h("setattrL")}(${o}, ${JSON.stringify(name)}, ${v}${slowIc})`;
    if (!isIdent(name)) return slow(this.expr(obj)) + ";";
    const d = this.ctx.tmp();
    let out: string;
    if (obj.kind === "Name" && this.isPlainLocal(obj.id)) {
      const js = jsName(obj.id);
      const checked = this.load(obj.id);
      const q = checked === js ? "" : "?";
      out = `if ((${d} = ${js}${q}.$d) !== undefined && ${js}.$cls.$DS.${name} === true) ${d}.${name} = ${v}; else ${slow(checked)};`;
    } else {
      const o = this.ctx.tmp();
      out = `if ((${d} = (${o} = ${this.expr(obj)}).$d) !== undefined && ${o}.$cls.$DS.${name} === true) ${d}.${name} = ${v}; else ${slow(o)};`;
      this.ctx.release(o);
    }
    this.ctx.release(d);
    return out;
  }

  /** `o.name` where `o` is a temp holding the object. */
  private attrLoadJs(o: string, name: string): string {
    if (!isIdent(name)) return `${this.h("getattr")}(${o}, ${JSON.stringify(name)})`;
    const d = this.ctx.tmp(), v = this.ctx.tmp();
    this.ctx.release(d, v);
    const ic = this.hoist(`${this.h("newMethodCache")}()`);
    return `((${d} = ${o}.$d) !== undefined && (${v} = ${d}.${name}) !== undefined && ${o}.$cls.$DL.${name} === undefined ? ${v} : ${this.h("getattrC")}(${o}, ${JSON.stringify(name)}, ${ic}))`;
  }

  /** `o.name = v` where `o` is a temp holding the object. */
  private attrStoreJs(o: string, name: string, v: string): string {
    if (!isIdent(name)) return `${this.h("setattr")}(${o}, ${JSON.stringify(name)}, ${v});`;
    const d = this.ctx.tmp();
    this.ctx.release(d);
    const ic = this.hoist(`${this.h("newMethodCache")}()`);
    return `if ((${d} = ${o}.$d) !== undefined && ${o}.$cls.$DS.${name} === true) ${d}.${name} = ${v}; else ${this.h("setattrL")}(${o}, ${JSON.stringify(name)}, ${v}, ${ic});`;
  }

  /** A local variable of the current function (a plain JS identifier; maybe unbound). */
  private isPlainLocal(id: string): boolean {
    const r = this.resolve(id);
    return r.kind === "local" || r.kind === "free";
  }

  private elts(elts: A.Expr[]): string {
    if (!elts.some((x) => x.kind === "Starred")) return `[${elts.map((x) => this.expr(x)).join(", ")}]`;
    return `[${elts.map((x) => (x.kind === "Starred" ? `...${this.h("toArray")}(${this.expr(x.value)})` : this.expr(x))).join(", ")}]`;
  }

  private dict(e: A.Dict): string {
    if (e.keys.every((k) => k !== null)) {
      if (e.keys.length === 0) return `${this.h("dictFrom")}([], [])`;
      const kv = e.keys.map((k, i) => `${this.expr(k!)}, ${this.expr(e.values[i])}`);
      return `${this.h("dictPairs")}([${kv.join(", ")}])`;
    }
    const d = this.ctx.tmp();
    const parts = [`${d} = ${this.h("dictFrom")}([], [])`];
    e.keys.forEach((k, i) => {
      if (k === null) parts.push(`${this.h("dictMerge")}(${d}, ${this.expr(e.values[i])})`);
      else parts.push(`${this.h("setitem")}(${d}, ${this.expr(k)}, ${this.expr(e.values[i])})`);
    });
    parts.push(d);
    return `(${parts.join(", ")})`;
  }

  private joined(e: A.JoinedStr): string {
    if (e.values.length === 0) return '""';
    const parts = e.values.map((v) => (v.kind === "Constant" ? this.constant(v.value) : this.formatted(v)));
    return "(" + (e.values[0].kind === "Constant" ? "" : '"" + ') + parts.join(" + ") + ")";
  }

  private formatted(v: A.FormattedValue): string {
    const val = this.expr(v.value);
    if (v.conversion === -1 && !v.format_spec) return `${this.h("str")}(${val})`;
    const spec = v.format_spec ? this.expr(v.format_spec) : '""';
    return `${this.h("fmtValue")}(${val}, ${v.conversion}, ${spec})`;
  }

  private call(e: A.Call): string {
    const f = e.func;
    if (f.kind === "Name" && f.id === "super" && e.args.length === 0 && e.keywords.length === 0 && this.resolve("super").kind === "global") {
      const cell = this.ctx.classCell;
      const first = this.ctx.firstParam;
      return `${this.h("superNew")}(${cell ?? "undefined"}, ${first ?? "undefined"})`;
    }
    if (f.kind === "Name" && FRAME_FUNCS.has(f.id) && this.resolve(f.id).kind === "global" && e.keywords.length === 0 &&
      !e.args.some((a) => a.kind === "Starred")) {
      return `${this.h("callFrame")}(${this.expr(f)}, $g, ${this.localsThunk()}, [${e.args.map((a) => this.expr(a)).join(", ")}])`;
    }
    const fused = this.fusedSum(e);
    if (fused !== null) return fused;
    const hasStar = e.args.some((a) => a.kind === "Starred") || e.keywords.some((k) => k.arg === null);
    const kws = e.keywords;
    if (!hasStar) {
      const isSuper = f.kind === "Attribute" && kws.length === 0 && f.value.kind === "Call" && f.value.func.kind === "Name" &&
        f.value.func.id === "super" && f.value.args.length === 0 && f.value.keywords.length === 0 &&
        this.resolve("super").kind === "global" && this.ctx.classCell && this.ctx.firstParam;
      if (isSuper) {
        const args = e.args.map((a) => this.expr(a));
        const ic = this.hoist(`${this.h("newMethodCache")}()`);
        return `${this.h("superCall")}(${this.ctx.classCell}, ${this.ctx.firstParam}, ${JSON.stringify(f.attr)}, [${args.join(", ")}], ${ic})`;
      }
      const target = f.kind === "Attribute" ? this.expr(f.value) : this.expr(f);
      if (kws.length === 0 && e.args.length <= (f.kind === "Attribute" ? 2 : 3)) {
        const ic = f.kind === "Attribute" ? this.hoist(`${this.h("newMethodCache")}()`) : "";
        return this.withTemps((temp) => {
          const t = temp();
          const ops = e.args.map((a) => this.argOperand(a, temp));
          return f.kind === "Attribute"
            ? methodCallJs(target, t, f.attr, ops, ic, this.h("EPH"), this.h("cm" + ops.length))
            : callJs(target, t, ops, this.h("call" + ops.length));
        });
      }
      const args = e.args.map((a) => this.expr(a));
      const kwn = kws.length ? this.hoist(JSON.stringify(kws.map((k) => k.arg))) : null;
      const kwv = kws.length ? `[${kws.map((k) => this.expr(k.value)).join(", ")}]` : null;
      if (f.kind === "Attribute") {
        const name = JSON.stringify(f.attr);
        if (kwn) return `${this.h("cmv")}(${target}, ${name}, [${args.join(", ")}], ${kwn}, ${kwv})`;
        return `${this.h("cmv")}(${target}, ${name}, [${args.join(", ")}])`;
      }
      if (kwn) return `${this.h("callv")}(${target}, [${args.join(", ")}], ${kwn}, ${kwv})`;
      return `${this.h("callv")}(${target}, [${args.join(", ")}])`;
    }
    // f(*a, **k): the callee is evaluated first (into a temp) so unpacking errors can name it.
    const fn = this.ctx.tmp();
    const fjs = this.expr(f);
    const args = `[${e.args.map((x) => (x.kind === "Starred" ? `...${this.h("starArg")}(${this.expr(x.value)}, ${fn})` : this.expr(x))).join(", ")}]`;
    const order = kws.map((k) => (k.arg === null ? `[null, ${this.expr(k.value)}]` : `[${JSON.stringify(k.arg)}, ${this.expr(k.value)}]`));
    return `(${fn} = ${fjs}, ${this.h("callEx")}(${fn}, ${args}, [${order.join(", ")}]))`;
  }

  /** `() => ({...})` of the current scope's bound locals, for locals()/vars()/dir()/eval(). */
  private localsThunk(): string {
    const s = this.ctx.scope;
    if (s.kind === ScopeKind.Module) return "null";
    if (s.kind === ScopeKind.Class) return "() => $ns";
    const names = [...s.locals].filter((n) => !s.globals.has(n));
    return `() => ({${names.map((n) => `${JSON.stringify(n)}: ${jsName(n)}`).join(", ")}})`;
  }

  private lambda(e: A.Lambda): string {
    const scope = this.scopeOf.get(e)!;
    const idx = this.funcNames.length;
    this.funcNames.push("<lambda>");
    const fname = `$f${idx}`;
    const qual = this.ctx.qualPrefix + "<lambda>";
    const sig = this.sigOf("<lambda>", qual, e.args, scope.isGenerator ? 1 : 0, null);
    const [df, kwdf] = this.defaultsJs(e.args);
    const outer = this.ctx;
    const inner = new Ctx(scope, outer, qual + ".<locals>.", scope.isGenerator);
    inner.classCell = outer.classCell;
    this.ctx = inner;
    const body = this.expr(e.body);
    this.ctx = outer;
    this.passFreeVars(inner, scope);
    const decl = this.localDecl(scope) + inner.tempDecl();
    const params = this.paramList(e.args).join(", ");
    if (scope.isGenerator) {
      return `${this.h("mkfn")}(function ${fname}(${params}) { ${this.prologue(e.args, fname)}return ${this.h("mkgen")}((function* $g${idx}() { ${decl} return ${body}; })(), ${fname}); }, ${sig}, ${df}, ${kwdf}, null, $g)`;
    }
    return `${this.h("mkfn")}(function ${fname}(${params}) { ${this.prologue(e.args, fname)}${decl} return ${body}; }, ${sig}, ${df}, ${kwdf}, null, $g)`;
  }

  /**
   * `sum(x for …)` when `sum` is the builtin: the generator expression runs as a plain loop that
   * adds as it goes (no generator object, no resumption per element).
   */
  private fusedSum(e: A.Call): string | null {
    const f = e.func;
    const g = e.args[0];
    if (!(f.kind === "Name" && f.id === "sum" && e.args.length === 1 && e.keywords.length === 0 && g.kind === "GeneratorExp")) return null;
    if (g.generators.some((c) => c.is_async) || this.scopeOf.get(g)!.usesAwait || this.resolve("sum").kind !== "global") return null;
    const ft = this.ctx.tmp();
    const fjs = this.expr(f);
    const generic = `${this.h("call1")}(${ft}, ${this.comprehension(g)})`;
    const fused = this.comprehension(g, true);
    this.ctx.release(ft);
    return `((${ft} = ${fjs}) === ${this.h("BI")}.sum ? ${fused} : ${generic})`;
  }

  private comprehension(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, fuseSum = false): string {
    const scope = this.scopeOf.get(e)!;
    const idx = this.funcNames.length;
    const kindName = { ListComp: "<listcomp>", SetComp: "<setcomp>", DictComp: "<dictcomp>", GeneratorExp: "<genexpr>" }[e.kind];
    this.funcNames.push(kindName);
    const firstIter = e.generators[0].is_async ? `${this.h("aiter")}(${this.expr(e.generators[0].iter)})` : this.iterOf(e.generators[0].iter);
    const outer = this.ctx;
    const inner = new Ctx(scope, outer, outer.qualPrefix + kindName + ".<locals>.", e.kind === "GeneratorExp" && !fuseSum);
    inner.classCell = outer.classCell;
    inner.firstParam = outer.firstParam;
    this.ctx = inner;
    // Loop temps stay live across the body: take them before compiling anything else.
    const loopTemps = e.generators.map(() => [this.ctx.tmp(), this.ctx.tmp()]);
    const isRange = e.generators.map((g) => !g.is_async && isRangeCall(g.iter) && this.resolve("range").kind === "global");
    const rangeTemps = isRange.map((r) => (r ? [this.ctx.tmp(), this.ctx.tmp(), this.ctx.tmp()] : undefined));
    // Targets of the first k generators are bound wherever code of generator k or later runs.
    const targetNames = e.generators.map((g) => {
      const names: string[] = [];
      const walk = (t: A.Expr): void => {
        if (t.kind === "Name") names.push(t.id);
        else if (t.kind === "Tuple" || t.kind === "List") t.elts.forEach((x) => walk(x.kind === "Starred" ? x.value : x));
      };
      walk(g.target);
      return names;
    });
    const boundUpTo = (k: number): void => {
      inner.bound = new Set(targetNames.slice(0, k).flat().filter((n) => scope.locals.has(n) && !scope.unstable.has(n)));
    };
    boundUpTo(e.generators.length);
    let body: string;
    const r = "$r";
    // (not when each element is a new tuple, list, dict…: measured, filling a presized array
    // with fresh objects is slower than pushing them)
    const presized = e.kind === "ListComp" && e.generators.length === 1 && !e.generators[0].is_async && !scope.usesAwait &&
      !NEW_OBJECT_EXPRS.has(e.elt.kind);
    switch (e.kind) {
      case "ListComp":
        // one plain generator: the result array is sized from the iterator up front (see preArr)
        body = presized ? `${r}[$n++] = ${this.expr(e.elt)};` : `${r}.push(${this.expr(e.elt)});`;
        break;
      case "SetComp":
        body = `${this.h("setAdd")}(${r}, ${this.expr(e.elt)});`;
        break;
      case "DictComp": {
        const k = this.ctx.tmp();
        body = `${k} = ${this.expr(e.key)}; ${this.h("setitem")}(${r}, ${k}, ${this.expr(e.value)});`;
        break;
      }
      default:
        if (fuseSum) {
          // the slow path is `sumAdd`, which tracebacks know to report from sum()'s caller
          body = this.withTemps((temp) => {
            const res = temp();
            const x = this.rawOperand(this.expr(e.elt), temp);
            return `${r} = ${arithJs("+", { js: r, ref: r, kind: "?" }, x, res, this.h("sumAdd"))};`;
          });
        } else body = `yield ${this.expr(e.elt)};`;
    }
    for (let i = e.generators.length - 1; i >= 0; i--) {
      const g = e.generators[i];
      const [it, v] = loopTemps[i];
      boundUpTo(i + 1);
      const conds = g.ifs.map((c) => `if (!${this.test(c)}) continue;`).join(" ");
      boundUpTo(i);
      const assign = this.assignInline(g.target, v);
      if (g.is_async) {
        const src = i === 0 ? "$it0" : `${this.h("aiter")}(${this.expr(g.iter)})`;
        body = `for (${it} = ${src}; (${v} = (yield* ${this.h("anext")}(${it}))) !== ${this.h("STOP")};) { ${assign} ${conds} ${body} }`;
      } else {
        const src = i === 0 ? "$it0" : this.iterOf(g.iter);
        body = `for (${this.loopHead(it, v, src, isRange[i], rangeTemps[i])}) { ${assign} ${conds} ${body} }`;
      }
    }
    this.ctx = outer;
    this.passFreeVars(inner, scope);
    const decl = this.localDecl(scope) + inner.tempDecl();
    if (scope.usesAwait && e.kind !== "GeneratorExp") {
      // A comprehension that awaits runs inside the coroutine: a delegated generator.
      const make =
        e.kind === "ListComp" ? `const ${r} = [];` : e.kind === "SetComp" ? `const ${r} = ${this.h("setFrom")}([]);` : `const ${r} = ${this.h("dictFrom")}([], []);`;
      const ret = e.kind === "ListComp" ? `new ${this.h("List")}(${r})` : r;
      return `(yield* (function* $g${idx}($it0) { ${decl} ${make} ${body} return ${ret}; })(${firstIter}))`;
    }
    // Named functions (not arrows) so tracebacks can say <listcomp> and friends.
    const fn = `function $f${idx}($it0)`;
    switch (e.kind) {
      case "ListComp":
        if (presized) {
          return `(${fn} { ${decl} const ${r} = ${this.h("preArr")}($it0); let $n = 0; ${body} if (${r}.length !== $n) ${r}.length = $n; return new ${this.h("List")}(${r}); })(${firstIter})`;
        }
        return `(${fn} { ${decl} const ${r} = []; ${body} return new ${this.h("List")}(${r}); })(${firstIter})`;
      case "SetComp":
        return `(${fn} { ${decl} const ${r} = ${this.h("setFrom")}([]); ${body} return ${r}; })(${firstIter})`;
      case "DictComp":
        return `(${fn} { ${decl} const ${r} = ${this.h("dictFrom")}([], []); ${body} return ${r}; })(${firstIter})`;
      default:
        if (fuseSum) return `(${fn} { ${decl} let ${r} = 0; ${body} return ${r}; })(${firstIter})`;
        return `(($it0) => ${this.h("mkgen")}((function* $g${idx}() { ${decl} ${body} })(), ${this.h("genexprSig")}))(${firstIter})`;
    }
  }

  /** Target assignment as inline JS (for comprehensions). */
  private assignInline(t: A.Expr, v: string): string {
    const saveLines = this.lines.length;
    this.assignTo(t, v);
    const out = this.lines.splice(saveLines).join(" ");
    this.lineNos.splice(saveLines);
    return out;
  }

  // ---- constants ----

  private constant(v: A.ConstValue): string {
    switch (v.type) {
      case "int":
        return this.intConst(v.value);
      case "float":
        return this.floatConst(v.value);
      case "str":
        return JSON.stringify(v.value);
      case "bool":
        return String(v.value);
      case "None":
        return this.h("None");
      case "Ellipsis":
        return this.h("Ellipsis");
      case "bytes":
        return this.hoist(`${this.h("bytesConst")}([${Array.from(v.value).join(",")}])`);
      case "complex":
        return this.hoist(`${this.h("complexConst")}(${jsNum(v.imag)})`);
    }
  }

  private intConst(b: bigint): string {
    if (b <= 9007199254740991n && b >= -9007199254740991n) {
      const s = b.toString();
      return b < 0n ? `(${s})` : s;
    }
    return `(${b.toString()}n)`;
  }

  private floatConst(x: number): string {
    if (!Number.isInteger(x)) return jsNum(x);
    const key = Object.is(x, -0) ? "-0" : String(x);
    let c = this.floatConsts.get(key);
    if (!c) {
      c = this.hoist(`${this.h("pyFloat")}(${key})`);
      this.floatConsts.set(key, c);
    }
    return c;
  }
}

/**
 * The value of an int-only constant expression (`1 << 64`, `2**31 - 1`), as CPython's compiler
 * folds them: null when it is not one, would raise, or would be over 256 bits.
 */
function foldInt(e: A.Expr): bigint | null {
  if (e.kind === "Constant") return e.value.type === "int" ? e.value.value : null;
  if (e.kind === "UnaryOp") {
    const v = foldInt(e.operand);
    if (v === null) return null;
    return e.op === "USub" ? -v : e.op === "UAdd" ? v : e.op === "Invert" ? -v - 1n : null;
  }
  if (e.kind !== "BinOp") return null;
  const a = foldInt(e.left);
  if (a === null) return null;
  const b = foldInt(e.right);
  if (b === null) return null;
  const LIMIT = 256n;
  const bits = (x: bigint) => BigInt((x < 0n ? -x : x).toString(2).length);
  let r: bigint;
  switch (e.op) {
    case "Add":
      r = a + b;
      break;
    case "Sub":
      r = a - b;
      break;
    case "Mult":
      if (bits(a) + bits(b) > LIMIT) return null;
      r = a * b;
      break;
    case "LShift":
      if (b < 0n || bits(a) + b > LIMIT) return null;
      r = a << b;
      break;
    case "RShift":
      if (b < 0n) return null;
      r = a >> b;
      break;
    case "Pow":
      if (b < 0n || bits(a) * b > LIMIT) return null;
      r = a ** b;
      break;
    case "FloorDiv":
    case "Mod": {
      if (b === 0n) return null;
      let q = a / b;
      if (a % b !== 0n && a < 0n !== b < 0n) q -= 1n;
      r = e.op === "FloorDiv" ? q : a - q * b;
      break;
    }
    case "BitAnd":
      r = a & b;
      break;
    case "BitOr":
      r = a | b;
      break;
    case "BitXor":
      r = a ^ b;
      break;
    default:
      return null;
  }
  return bits(r) > LIMIT ? null : r;
}

/** `range(a[, b[, c]])` with positional arguments only. */
function isRangeCall(e: A.Expr): e is A.Call {
  return e.kind === "Call" && e.func.kind === "Name" && e.func.id === "range" && e.keywords.length === 0 &&
    e.args.length >= 1 && e.args.length <= 3 && !e.args.some((a) => a.kind === "Starred");
}

/** Expressions that always make a new container object. */
const NEW_OBJECT_EXPRS = new Set<string>(["Tuple", "List", "Dict", "Set", "ListComp", "SetComp", "DictComp", "GeneratorExp", "Lambda"]);

/** Statements whose parts run conditionally or repeatedly: what they bind is not certain after. */
const COMPOUND = new Set<string>(["If", "While", "For", "AsyncFor", "Try", "TryStar", "With", "AsyncWith", "Match"]);

function isIdent(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !JS_RESERVED.has(name);
}

function jsNum(x: number): string {
  if (Number.isNaN(x)) return "NaN";
  if (x === Infinity) return "(1/0)";
  if (x === -Infinity) return "(-1/0)";
  return x < 0 || Object.is(x, -0) ? `(${x})` : String(x);
}

function safeProp(id: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(id) ? id : `[${JSON.stringify(id)}]`.replace(/^\[/, "[");
}

function docstring(body: A.Stmt[]): string | null {
  const f = body[0];
  if (f && f.kind === "Expr" && f.value.kind === "Constant" && f.value.value.type === "str") return f.value.value.value;
  return null;
}

function subtreeUsesClassCell(s: Scope): boolean {
  if (s.kind === ScopeKind.Class) return false;
  if (s.usesClassCell) return true;
  return s.children.some(subtreeUsesClassCell);
}

function assertNever(x: never): never {
  throw new Error("unexpected node: " + (x as any)?.kind);
}

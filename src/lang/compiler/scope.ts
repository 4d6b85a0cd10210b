/**
 * Scope analysis: which names each function, class, comprehension or module binds, declares
 * global/nonlocal, and whether a function is a generator. Python decides a name's scope from
 * the whole function body, so this runs before code generation.
 */
import type * as A from "../parser/ast.js";

export const enum ScopeKind {
  Module,
  Function,
  Class,
  Comprehension,
}

export class Scope {
  /** Names bound in this scope (assigned, parameters, imports, defs…), minus global/nonlocal. */
  locals = new Set<string>();
  params = new Set<string>();
  globals = new Set<string>();
  nonlocals = new Set<string>();
  children: Scope[] = [];
  isGenerator = false;
  isAsync = false;
  /** Contains `await` (directly, not in nested functions). */
  usesAwait = false;
  /** Uses `super` or `__class__`: its class needs a `__class__` cell. */
  usesClassCell = false;
  /**
   * Names that can become unbound again after being bound: `del` targets, `except … as` names
   * (deleted when the handler ends), and names an inner function declares nonlocal.
   */
  unstable = new Set<string>();
  constructor(public kind: ScopeKind, public parent: Scope | null, public node: A.Node | null) {
    if (parent) parent.children.push(this);
  }

  /** Nearest scope that is not a class (where comprehension walrus targets bind, etc.). */
  functionParent(): Scope | null {
    let s = this.parent;
    while (s && s.kind === ScopeKind.Class) s = s.parent;
    return s;
  }
}

/** Builds the scope tree; `scopeOf` maps function/class/lambda/comprehension nodes to scopes. */
export function analyze(mod: A.Module): { root: Scope; scopeOf: Map<A.Node, Scope> } {
  const scopeOf = new Map<A.Node, Scope>();
  const root = new Scope(ScopeKind.Module, null, mod);
  scopeOf.set(mod, root);
  const v = new Visitor(scopeOf);
  v.stmts(mod.body, root);
  finish(root);
  return { root, scopeOf };
}

function finish(s: Scope): void {
  for (const g of s.globals) s.locals.delete(g);
  for (const n of s.nonlocals) {
    s.locals.delete(n);
    // the function that owns the variable cannot assume it stays bound
    for (let o = s.parent; o !== null; o = o.parent) o.unstable.add(n);
  }
  for (const c of s.children) finish(c);
}

class Visitor {
  constructor(private scopeOf: Map<A.Node, Scope>) {}

  bind(name: string, s: Scope): void {
    if (!s.globals.has(name) && !s.nonlocals.has(name)) s.locals.add(name);
  }

  stmts(body: A.Stmt[], s: Scope): void {
    for (const st of body) this.stmt(st, s);
  }

  target(t: A.Expr, s: Scope): void {
    switch (t.kind) {
      case "Name":
        this.bind(t.id, s);
        break;
      case "Tuple":
      case "List":
        for (const e of t.elts) this.target(e, s);
        break;
      case "Starred":
        this.target(t.value, s);
        break;
      default:
        this.expr(t, s);
    }
  }

  args(a: A.Arguments, s: Scope, fs: Scope): void {
    for (const d of a.defaults) this.expr(d, s);
    for (const d of a.kw_defaults) if (d) this.expr(d, s);
    const all = [...a.posonlyargs, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])];
    for (const p of all) {
      fs.params.add(p.arg);
      fs.locals.add(p.arg);
      if (p.annotation) this.expr(p.annotation, s);
    }
  }

  stmt(st: A.Stmt, s: Scope): void {
    switch (st.kind) {
      case "FunctionDef":
      case "AsyncFunctionDef": {
        for (const d of st.decorator_list) this.expr(d, s);
        if (st.returns) this.expr(st.returns, s);
        this.bind(st.name, s);
        const fs = new Scope(ScopeKind.Function, s, st);
        fs.isAsync = st.kind === "AsyncFunctionDef";
        this.scopeOf.set(st, fs);
        this.args(st.args, s, fs);
        this.stmts(st.body, fs);
        break;
      }
      case "ClassDef": {
        for (const d of st.decorator_list) this.expr(d, s);
        for (const b of st.bases) this.expr(b, s);
        for (const k of st.keywords) this.expr(k.value, s);
        this.bind(st.name, s);
        const cs = new Scope(ScopeKind.Class, s, st);
        this.scopeOf.set(st, cs);
        this.stmts(st.body, cs);
        break;
      }
      case "Return":
        if (st.value) this.expr(st.value, s);
        break;
      case "Delete":
        for (const t of st.targets) {
          if (t.kind === "Name") s.unstable.add(t.id);
          this.target(t, s);
        }
        break;
      case "Assign":
        this.expr(st.value, s);
        for (const t of st.targets) this.target(t, s);
        break;
      case "AugAssign":
        this.expr(st.value, s);
        this.target(st.target, s);
        break;
      case "AnnAssign":
        if (st.value) this.expr(st.value, s);
        this.expr(st.annotation, s);
        if (st.target.kind === "Name") {
          if (st.value || s.kind !== ScopeKind.Module) this.bind(st.target.id, s);
        } else this.expr(st.target, s);
        break;
      case "For":
      case "AsyncFor":
        this.expr(st.iter, s);
        this.target(st.target, s);
        this.stmts(st.body, s);
        this.stmts(st.orelse, s);
        break;
      case "While":
        this.expr(st.test, s);
        this.stmts(st.body, s);
        this.stmts(st.orelse, s);
        break;
      case "If":
        this.expr(st.test, s);
        this.stmts(st.body, s);
        this.stmts(st.orelse, s);
        break;
      case "With":
      case "AsyncWith":
        for (const it of st.items) {
          this.expr(it.context_expr, s);
          if (it.optional_vars) this.target(it.optional_vars, s);
        }
        this.stmts(st.body, s);
        break;
      case "Match":
        this.expr(st.subject, s);
        for (const c of st.cases) {
          this.pattern(c.pattern, s);
          if (c.guard) this.expr(c.guard, s);
          this.stmts(c.body, s);
        }
        break;
      case "Raise":
        if (st.exc) this.expr(st.exc, s);
        if (st.cause) this.expr(st.cause, s);
        break;
      case "Try":
      case "TryStar":
        this.stmts(st.body, s);
        for (const h of st.handlers) {
          if (h.type) this.expr(h.type, s);
          if (h.name) {
            this.bind(h.name, s);
            s.unstable.add(h.name);
          }
          this.stmts(h.body, s);
        }
        this.stmts(st.orelse, s);
        this.stmts(st.finalbody, s);
        break;
      case "Assert":
        this.expr(st.test, s);
        if (st.msg) this.expr(st.msg, s);
        break;
      case "Import":
        for (const a of st.names) this.bind(a.asname ?? a.name.split(".")[0], s);
        break;
      case "ImportFrom":
        for (const a of st.names) if (a.name !== "*") this.bind(a.asname ?? a.name, s);
        break;
      case "Global":
        for (const n of st.names) s.globals.add(n);
        break;
      case "Nonlocal":
        for (const n of st.names) s.nonlocals.add(n);
        break;
      case "Expr":
        this.expr(st.value, s);
        break;
      case "Pass":
      case "Break":
      case "Continue":
        break;
    }
  }

  pattern(p: A.Pattern, s: Scope): void {
    switch (p.kind) {
      case "MatchValue":
        this.expr(p.value, s);
        break;
      case "MatchSingleton":
        break;
      case "MatchSequence":
        for (const q of p.patterns) this.pattern(q, s);
        break;
      case "MatchMapping":
        for (const k of p.keys) this.expr(k, s);
        for (const q of p.patterns) this.pattern(q, s);
        if (p.rest) this.bind(p.rest, s);
        break;
      case "MatchClass":
        this.expr(p.cls, s);
        for (const q of p.patterns) this.pattern(q, s);
        for (const q of p.kwd_patterns) this.pattern(q, s);
        break;
      case "MatchStar":
        if (p.name) this.bind(p.name, s);
        break;
      case "MatchAs":
        if (p.pattern) this.pattern(p.pattern, s);
        if (p.name) this.bind(p.name, s);
        break;
      case "MatchOr":
        for (const q of p.patterns) this.pattern(q, s);
        break;
    }
  }

  comprehension(node: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, s: Scope): void {
    // The first iterable is evaluated in the enclosing scope.
    this.expr(node.generators[0].iter, s);
    const cs = new Scope(ScopeKind.Comprehension, s, node);
    this.scopeOf.set(node, cs);
    node.generators.forEach((g, i) => {
      if (g.is_async) cs.usesAwait = true;
      if (i > 0) this.expr(g.iter, cs);
      this.target(g.target, cs);
      for (const c of g.ifs) this.expr(c, cs);
    });
    if (node.kind === "DictComp") {
      this.expr(node.key, cs);
      this.expr(node.value, cs);
    } else this.expr(node.elt, cs);
    if (node.kind === "GeneratorExp") cs.isGenerator = true;
  }

  expr(e: A.Expr, s: Scope): void {
    switch (e.kind) {
      case "BoolOp":
        for (const v of e.values) this.expr(v, s);
        break;
      case "NamedExpr": {
        this.expr(e.value, s);
        // Walrus inside a comprehension binds in the enclosing function scope.
        let t = s;
        while (t.kind === ScopeKind.Comprehension && t.parent) t = t.parent;
        if (e.target.kind === "Name") {
          this.bind(e.target.id, t);
          if (t !== s) {
            let c: Scope | null = s;
            while (c && c !== t) {
              c.nonlocals.add(e.target.id);
              c = c.parent;
            }
          }
        }
        break;
      }
      case "BinOp":
        this.expr(e.left, s);
        this.expr(e.right, s);
        break;
      case "UnaryOp":
        this.expr(e.operand, s);
        break;
      case "Lambda": {
        const fs = new Scope(ScopeKind.Function, s, e);
        this.scopeOf.set(e, fs);
        this.args(e.args, s, fs);
        this.expr(e.body, fs);
        break;
      }
      case "IfExp":
        this.expr(e.test, s);
        this.expr(e.body, s);
        this.expr(e.orelse, s);
        break;
      case "Dict":
        for (const k of e.keys) if (k) this.expr(k, s);
        for (const v of e.values) this.expr(v, s);
        break;
      case "Set":
      case "List":
      case "Tuple":
        for (const x of e.elts) this.expr(x, s);
        break;
      case "ListComp":
      case "SetComp":
      case "DictComp":
      case "GeneratorExp":
        this.comprehension(e, s);
        break;
      case "Await":
        if (s.kind === ScopeKind.Function || s.kind === ScopeKind.Comprehension) s.usesAwait = true;
        this.expr(e.value, s);
        break;
      case "Yield":
        markGenerator(s);
        if (e.value) this.expr(e.value, s);
        break;
      case "YieldFrom":
        markGenerator(s);
        this.expr(e.value, s);
        break;
      case "Compare":
        this.expr(e.left, s);
        for (const c of e.comparators) this.expr(c, s);
        break;
      case "Call":
        this.expr(e.func, s);
        for (const a of e.args) this.expr(a, s);
        for (const k of e.keywords) this.expr(k.value, s);
        break;
      case "FormattedValue":
        this.expr(e.value, s);
        if (e.format_spec) this.expr(e.format_spec, s);
        break;
      case "JoinedStr":
        for (const v of e.values) this.expr(v, s);
        break;
      case "Constant":
        break;
      case "Attribute":
        this.expr(e.value, s);
        break;
      case "Subscript":
        this.expr(e.value, s);
        this.expr(e.slice, s);
        break;
      case "Starred":
        this.expr(e.value, s);
        break;
      case "Name":
        if (e.id === "super" || e.id === "__class__") {
          let f: Scope | null = s;
          while (f && f.kind !== ScopeKind.Function) f = f.parent;
          if (f) f.usesClassCell = true;
        }
        if (e.ctx !== "Load") this.bind(e.id, s);
        break;
      case "Slice":
        if (e.lower) this.expr(e.lower, s);
        if (e.upper) this.expr(e.upper, s);
        if (e.step) this.expr(e.step, s);
        break;
    }
  }
}

function markGenerator(s: Scope): void {
  if (s.kind === ScopeKind.Function || s.kind === ScopeKind.Comprehension) s.isGenerator = true;
}

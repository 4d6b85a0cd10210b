// Parser: tokens -> CPython-3.11-shaped AST (see ast.ts), collecting diagnostics.
//
// Recursive descent over the token array from tokenizer.ts. On a syntax error the
// parser records a diagnostic and throws the private ABORT sentinel, which unwinds to
// the enclosing statement loop; that loop skips to the next logical line, so one
// bad statement costs one message and the rest of the file is still checked.
// Exceptions are therefore only used on the error path, never for normal control flow.
//
// Messages and caret positions follow CPython 3.11 where practical because the CLI
// prints them in CPython's layout.

import type * as A from "./ast.js";
import { computeLineStarts, lineColFromStarts, type Diagnostic, type DiagnosticKind } from "./diagnostics.js";
import { decodeBytesBody, decodeStringBody, tokenize, type PendingDiagnostic } from "./tokenizer.js";
import { StringFlags, TokenType, type Token } from "./tokenizerTypes.js";

export interface ParseResult {
  module: A.Module;
  diagnostics: Diagnostic[];
}

/** Parses a whole module. Never throws; problems are returned as diagnostics. */
export function parse(source: string, filename: string): ParseResult {
  void filename;
  const tk = tokenize(source);
  const p = new Parser(source, tk.tokens, tk.lineStarts);
  const module = p.parseModule();
  // An unclosed bracket is only CPython's error when the parser reaches the end of the file
  // inside it; a parser error after the bracket (`def f(:`) is reported first.
  const tokDiags = tk.diagnostics.map((d) => {
    if (!/was never closed$/.test(d.message)) return d;
    const later = p.diags.some((q) => q.start > d.start && q.at < SEMANTIC);
    return later ? { ...d, at: SEMANTIC / 2 + d.at } : d;
  });
  const all = tokDiags.concat(p.diags);
  // Syntax errors (tokenizer and parser) come first in source order, then the
  // "compile-time" ones CPython only reports once parsing succeeded.
  all.sort((a, b) => a.at - b.at);
  return {
    module,
    diagnostics: all.map((d) => ({ message: d.message, start: d.start, length: d.length, kind: d.kind })),
  };
}

const ABORT = { abort: true };
const SEMANTIC = 1e15;

type FnKind = "module" | "function" | "async" | "class" | "lambda";

const AUG_OPS: Record<string, A.Operator> = {
  "+=": "Add", "-=": "Sub", "*=": "Mult", "@=": "MatMult", "/=": "Div", "%=": "Mod", "**=": "Pow",
  "<<=": "LShift", ">>=": "RShift", "|=": "BitOr", "^=": "BitXor", "&=": "BitAnd", "//=": "FloorDiv",
};

// Binary operator precedence (higher binds tighter), from bitwise_or down to term.
const BIN_PREC: Record<string, number> = {
  "|": 1, "^": 2, "&": 3, "<<": 4, ">>": 4, "+": 5, "-": 5, "*": 6, "/": 6, "//": 6, "%": 6, "@": 6,
};
const BIN_OP: Record<string, A.Operator> = {
  "|": "BitOr", "^": "BitXor", "&": "BitAnd", "<<": "LShift", ">>": "RShift", "+": "Add", "-": "Sub",
  "*": "Mult", "/": "Div", "//": "FloorDiv", "%": "Mod", "@": "MatMult",
};
const CMP_OP: Record<string, A.CmpOperator> = {
  "==": "Eq", "!=": "NotEq", "<": "Lt", "<=": "LtE", ">": "Gt", ">=": "GtE",
};

function describeExpr(e: A.Expr): string | null {
  switch (e.kind) {
    case "Attribute": case "Subscript": case "Starred": case "Name": case "List": case "Tuple":
      return null;
    case "Lambda": return "lambda";
    case "Call": return "function call";
    case "BoolOp": case "BinOp": case "UnaryOp": return "expression";
    case "GeneratorExp": return "generator expression";
    case "Yield": case "YieldFrom": return "yield expression";
    case "Await": return "await expression";
    case "ListComp": return "list comprehension";
    case "SetComp": return "set comprehension";
    case "DictComp": return "dict comprehension";
    case "Dict": return "dict literal";
    case "Set": return "set display";
    case "JoinedStr": case "FormattedValue": return "f-string expression";
    case "Compare": return "comparison";
    case "IfExp": return "conditional expression";
    case "NamedExpr": return "named expression";
    case "Slice": return "slice";
    case "Constant": {
      const v = e.value;
      if (v.type === "None") return "None";
      if (v.type === "bool") return v.value ? "True" : "False";
      if (v.type === "Ellipsis") return "ellipsis";
      return "literal";
    }
  }
}

function emptyArguments(at: number): A.Arguments {
  return {
    kind: "arguments", start: at, length: 0, posonlyargs: [], args: [], vararg: null, kwonlyargs: [],
    kw_defaults: [], kwarg: null, defaults: [],
  };
}

class Parser {
  readonly diags: PendingDiagnostic[] = [];
  private p = 0;
  private stmtStartTok = 0;
  private fnKind: FnKind = "module";
  private loopDepth = 0;
  /** Expressions written inside their own parentheses (affects AnnAssign.simple and some errors). */
  private readonly parenthesized = new Set<A.Expr>();

  constructor(
    private readonly src: string,
    private readonly toks: Token[],
    private readonly lineStarts: number[],
  ) {}

  // -------------------------------------------------------------------------
  // Token helpers

  private get tok(): Token {
    return this.toks[this.p];
  }
  private tt(): TokenType {
    return this.toks[this.p].type;
  }
  private peekTok(k: number): Token {
    return this.toks[Math.min(this.p + k, this.toks.length - 1)];
  }
  private next(): Token {
    const t = this.toks[this.p];
    if (this.p < this.toks.length - 1) this.p++;
    return t;
  }
  /** End offset of the most recently consumed token. */
  private get prevEnd(): number {
    // Block-closing NEWLINE/DEDENT tokens are not part of a node's extent.
    let k = this.p - 1;
    while (k > 0) {
      const ty = this.toks[k].type;
      if (ty !== TokenType.NewLine && ty !== TokenType.Dedent && ty !== TokenType.Indent) break;
      k--;
    }
    const t = this.toks[k];
    return t ? t.start + t.length : 0;
  }
  private isOp(v: string): boolean {
    const t = this.toks[this.p];
    return t.type === TokenType.Op && t.value === v;
  }
  private isKw(v: string): boolean {
    const t = this.toks[this.p];
    return t.type === TokenType.Keyword && t.value === v;
  }
  private eatOp(v: string): boolean {
    if (this.isOp(v)) {
      this.p++;
      return true;
    }
    return false;
  }
  private eatKw(v: string): boolean {
    if (this.isKw(v)) {
      this.p++;
      return true;
    }
    return false;
  }
  private expectOp(v: string, message = "invalid syntax"): Token {
    if (!this.isOp(v)) this.failAtToken(message);
    return this.next();
  }
  private expectName(): Token {
    if (this.tt() !== TokenType.Name) this.failAtToken();
    return this.next();
  }
  private line(offset: number): number {
    return lineColFromStarts(this.lineStarts, offset).line;
  }

  // -------------------------------------------------------------------------
  // Errors

  /** Records a syntax error unless the tokenizer already reported one on this line, then aborts the statement. */
  private fail(message: string, start: number, length: number, kind: DiagnosticKind = "SyntaxError"): never {
    if (!this.lineHasTokenError()) this.diags.push({ message, start, length, kind, at: start });
    throw ABORT;
  }
  private failAtToken(message = "invalid syntax", kind: DiagnosticKind = "SyntaxError"): never {
    const t = this.tok;
    if (message === "invalid syntax" && t.type === TokenType.Indent) {
      this.fail("unexpected indent", this.lineStarts[this.line(t.start) - 1], 0, "IndentationError");
    }
    let len = t.length;
    if (t.type === TokenType.NewLine || t.type === TokenType.EndOfStream || t.type === TokenType.Dedent) len = 1;
    this.fail(message, t.start, len, kind);
  }
  private failNode(message: string, n: A.Span): never {
    this.fail(message, n.start, n.length);
  }
  /** Errors CPython reports from its compiler rather than the parser: recorded, parsing continues. */
  private semanticError(message: string, start: number, length: number): void {
    this.diags.push({ message, start, length, kind: "SyntaxError", at: SEMANTIC + start });
  }

  private lineHasTokenError(): boolean {
    for (let k = this.stmtStartTok; k < this.toks.length; k++) {
      const t = this.toks[k];
      if (t.type === TokenType.Error) return true;
      if (k >= this.p && (t.type === TokenType.NewLine || t.type === TokenType.EndOfStream)) return false;
    }
    return false;
  }

  // Skips the rest of the failed logical line, plus any block it introduced.
  private recover(): void {
    let depth = 0;
    for (;;) {
      const t = this.tok;
      if (t.type === TokenType.EndOfStream) return;
      if (t.type === TokenType.Dedent) {
        if (depth === 0) return;
        depth--;
        this.next();
        if (depth === 0 && this.tt() !== TokenType.Indent) return;
        continue;
      }
      if (t.type === TokenType.Indent) depth++;
      this.next();
      if (t.type === TokenType.NewLine && depth === 0 && this.tt() !== TokenType.Indent) return;
    }
  }

  // -------------------------------------------------------------------------
  // Statements

  // file: [statements] ENDMARKER
  parseModule(): A.Module {
    const body: A.Stmt[] = [];
    while (this.tt() !== TokenType.EndOfStream) {
      if (this.tt() === TokenType.Dedent || this.tt() === TokenType.NewLine) {
        this.next();
        continue;
      }
      this.parseStatementInto(body);
    }
    return { kind: "Module", start: 0, length: this.src.length, body, type_ignores: [] };
  }

  private parseStatementInto(out: A.Stmt[]): void {
    const save = this.p;
    this.stmtStartTok = save;
    try {
      this.parseStatement(out);
    } catch (e) {
      if (e !== ABORT) throw e;
      this.recover();
      if (this.p === save) this.next();
    }
  }

  // statement: compound_stmt | simple_stmts
  private parseStatement(out: A.Stmt[]): void {
    const t = this.tok;
    if (t.type === TokenType.Keyword) {
      switch (t.value) {
        case "if": out.push(this.parseIf()); return;
        case "while": out.push(this.parseWhile()); return;
        case "for": out.push(this.parseFor(t.start, false)); return;
        case "try": out.push(this.parseTry()); return;
        case "with": out.push(this.parseWith(t.start, false)); return;
        case "def": out.push(this.parseFunctionDef([], t.start, false)); return;
        case "class": out.push(this.parseClassDef([], t.start)); return;
        case "async": {
          const n = this.peekTok(1);
          if (n.type === TokenType.Keyword) {
            this.next();
            if (n.value === "def") { out.push(this.parseFunctionDef([], t.start, true)); return; }
            if (n.value === "for") { out.push(this.parseFor(t.start, true)); return; }
            if (n.value === "with") { out.push(this.parseWith(t.start, true)); return; }
            this.p--;
          }
          this.failAtToken();
        }
      }
    } else if (t.type === TokenType.Op && t.value === "@") {
      out.push(this.parseDecorated());
      return;
    } else if (t.type === TokenType.Name && t.value === "match") {
      const m = this.tryParseMatch();
      if (m) {
        out.push(m);
        return;
      }
    } else if (t.type === TokenType.Indent) {
      this.failAtToken();
    }
    this.parseSimpleStatements(out);
  }

  // simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
  private parseSimpleStatements(out: A.Stmt[]): void {
    for (;;) {
      out.push(this.parseSimpleStatement());
      if (this.eatOp(";")) {
        if (this.tt() === TokenType.NewLine) break;
        continue;
      }
      break;
    }
    if (this.tt() !== TokenType.NewLine && this.tt() !== TokenType.EndOfStream) this.failAtToken();
    if (this.tt() === TokenType.NewLine) this.next();
  }

  private parseSimpleStatement(): A.Stmt {
    const t = this.tok;
    const start = t.start;
    if (t.type === TokenType.Keyword) {
      switch (t.value) {
        case "pass": this.next(); return { kind: "Pass", start, length: t.length };
        case "break":
          this.next();
          if (this.loopDepth === 0) this.semanticError("'break' outside loop", start, t.length);
          return { kind: "Break", start, length: t.length };
        case "continue":
          this.next();
          if (this.loopDepth === 0) this.semanticError("'continue' not properly in loop", start, t.length);
          return { kind: "Continue", start, length: t.length };
        case "return": return this.parseReturn();
        case "raise": return this.parseRaise();
        case "global": case "nonlocal": return this.parseGlobal();
        case "del": return this.parseDel();
        case "assert": return this.parseAssert();
        case "import": return this.parseImport();
        case "from": return this.parseFromImport();
      }
    }
    return this.parseExpressionStatement();
  }

  // return_stmt: 'return' [star_expressions]
  private parseReturn(): A.Return {
    const start = this.next().start;
    const value = this.atExpressionEnd() ? null : this.parseStarExpressions();
    const node: A.Return = { kind: "Return", start, length: this.prevEnd - start, value };
    if (this.fnKind === "module" || this.fnKind === "class") this.semanticError("'return' outside function", start, node.length);
    return node;
  }

  private atExpressionEnd(): boolean {
    const t = this.tok;
    return t.type === TokenType.NewLine || t.type === TokenType.EndOfStream || (t.type === TokenType.Op && t.value === ";");
  }

  // raise_stmt: 'raise' expression ['from' expression] | 'raise'
  private parseRaise(): A.Raise {
    const start = this.next().start;
    let exc: A.Expr | null = null;
    let cause: A.Expr | null = null;
    if (!this.atExpressionEnd()) {
      exc = this.parseExpression();
      if (this.eatKw("from")) cause = this.parseExpression();
    }
    return { kind: "Raise", start, length: this.prevEnd - start, exc, cause };
  }

  // global_stmt: 'global' ','.NAME+ ; nonlocal_stmt: 'nonlocal' ','.NAME+
  private parseGlobal(): A.Global | A.Nonlocal {
    const kw = this.next();
    const names: string[] = [];
    do names.push(this.expectName().value);
    while (this.eatOp(","));
    const length = this.prevEnd - kw.start;
    if (kw.value === "nonlocal") {
      if (this.fnKind === "module") this.semanticError("nonlocal declaration not allowed at module level", kw.start, length);
      return { kind: "Nonlocal", start: kw.start, length, names };
    }
    return { kind: "Global", start: kw.start, length, names };
  }

  // del_stmt: 'del' del_targets
  private parseDel(): A.Delete {
    const start = this.next().start;
    const targets: A.Expr[] = [];
    do {
      if (this.atExpressionEnd()) break;
      const e = this.parseBitOr();
      this.setContext(e, "Del");
      targets.push(e);
    } while (this.eatOp(","));
    if (targets.length === 0) this.failAtToken();
    return { kind: "Delete", start, length: this.prevEnd - start, targets };
  }

  // assert_stmt: 'assert' expression [',' expression]
  private parseAssert(): A.Assert {
    const start = this.next().start;
    const test = this.parseExpression();
    const msg = this.eatOp(",") ? this.parseExpression() : null;
    return { kind: "Assert", start, length: this.prevEnd - start, test, msg };
  }

  // import_name: 'import' ','.(dotted_name ['as' NAME])+
  private parseImport(): A.Import {
    const start = this.next().start;
    const names: A.Alias[] = [];
    do {
      const aStart = this.tok.start;
      const name = this.parseDottedName();
      let asname: string | null = null;
      if (this.eatKw("as")) asname = this.expectName().value;
      names.push({ kind: "alias", start: aStart, length: this.prevEnd - aStart, name, asname });
    } while (this.eatOp(","));
    return { kind: "Import", start, length: this.prevEnd - start, names };
  }

  private parseDottedName(): string {
    let name = this.expectName().value;
    while (this.isOp(".")) {
      this.next();
      name += "." + this.expectName().value;
    }
    return name;
  }

  // import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
  //            | 'from' ('.' | '...')+ 'import' import_from_targets
  private parseFromImport(): A.ImportFrom {
    const start = this.next().start;
    let level = 0;
    for (;;) {
      if (this.eatOp(".")) level++;
      else if (this.eatOp("...")) level += 3;
      else break;
    }
    let module: string | null = null;
    if (!this.isKw("import")) module = this.parseDottedName();
    if (!this.eatKw("import")) this.failAtToken();
    const names: A.Alias[] = [];
    if (this.isOp("*")) {
      const t = this.next();
      names.push({ kind: "alias", start: t.start, length: 1, name: "*", asname: null });
    } else {
      const paren = this.eatOp("(");
      for (;;) {
        const aStart = this.tok.start;
        const name = this.expectName().value;
        let asname: string | null = null;
        if (this.eatKw("as")) asname = this.expectName().value;
        names.push({ kind: "alias", start: aStart, length: this.prevEnd - aStart, name, asname });
        if (!this.eatOp(",")) break;
        if (paren && this.isOp(")")) break;
        if (!paren && this.atExpressionEnd()) {
          this.failAtToken("trailing comma not allowed without surrounding parentheses");
        }
      }
      if (paren) this.expectOp(")");
    }
    return { kind: "ImportFrom", start, length: this.prevEnd - start, module, names, level };
  }

  // expression statements, assignments, augmented and annotated assignments
  private parseExpressionStatement(): A.Stmt {
    const start = this.tok.start;
    const first = this.isKw("yield") ? this.parseYield() : this.parseStarExpressions(true);
    const t = this.tok;
    if (t.type === TokenType.Op) {
      if (t.value === "=") return this.parseAssignment(first, start);
      if (t.value === ":") {
        this.next();
        this.checkAnnTarget(first);
        const annotation = this.parseExpression();
        let value: A.Expr | null = null;
        if (this.eatOp("=")) value = this.isKw("yield") ? this.parseYield() : this.parseStarExpressions();
        const simple = first.kind === "Name" && !this.parenthesized.has(first) ? 1 : 0;
        return { kind: "AnnAssign", start, length: this.prevEnd - start, target: first, annotation, value, simple };
      }
      const aug = AUG_OPS[t.value];
      if (aug !== undefined) {
        if (first.kind !== "Name" && first.kind !== "Attribute" && first.kind !== "Subscript") {
          const what = first.kind === "Tuple" ? "tuple" : first.kind === "List" ? "list" : describeExpr(first) ?? "expression";
          this.failNode(`'${what}' is an illegal expression for augmented assignment`, first);
        }
        this.setContext(first, "Store");
        this.next();
        const value = this.isKw("yield") ? this.parseYield() : this.parseStarExpressions();
        return { kind: "AugAssign", start, length: this.prevEnd - start, target: first, op: aug, value };
      }
    }
    if (first.kind === "Starred") this.failNode("can't use starred expression here", first);
    if (first.kind === "Name" && (first.id === "print" || first.id === "exec") && !this.parenthesized.has(first)) {
      this.checkMissingPrintParens(first);
    }
    return { kind: "Expr", start, length: this.prevEnd - start, value: first };
  }

  private checkMissingPrintParens(name: A.Name): void {
    const t = this.tok;
    const startsExpr =
      t.type === TokenType.Name || t.type === TokenType.Number || t.type === TokenType.String ||
      (t.type === TokenType.Keyword && (t.value === "None" || t.value === "True" || t.value === "False" || t.value === "not" || t.value === "lambda"));
    if (!startsExpr) return;
    let end = t.start + t.length;
    const save = this.p;
    try {
      this.parseStarExpressions();
      end = this.prevEnd;
    } catch (e) {
      if (e !== ABORT) throw e;
    }
    this.p = save;
    this.fail(`Missing parentheses in call to '${name.id}'. Did you mean ${name.id}(...)?`, name.start, end - name.start);
  }

  private checkAnnTarget(target: A.Expr): void {
    if (target.kind === "Name" || target.kind === "Attribute" || target.kind === "Subscript") {
      this.setContext(target, "Store");
      return;
    }
    if (target.kind === "Tuple") this.failNode("only single target (not tuple) can be annotated", target);
    if (target.kind === "List") this.failNode("only single target (not list) can be annotated", target);
    this.failNode("illegal target for annotation", target);
  }

  // assignment: (star_targets '=')+ (yield_expr | star_expressions)
  private parseAssignment(first: A.Expr, start: number): A.Assign {
    const exprs: A.Expr[] = [first];
    while (this.eatOp("=")) {
      exprs.push(this.isKw("yield") ? this.parseYield() : this.parseStarExpressions(true));
    }
    const value = exprs.pop()!;
    for (const target of exprs) this.setAssignTarget(target);
    if (value.kind === "Starred") this.failNode("can't use starred expression here", value);
    return { kind: "Assign", start, length: this.prevEnd - start, targets: exprs, value };
  }

  private setAssignTarget(target: A.Expr): void {
    if (target.kind === "Yield" || target.kind === "YieldFrom") this.failNode("assignment to yield expression not possible", target);
    if (target.kind === "Starred") this.failNode("starred assignment target must be in a list or tuple", target);
    const bad = this.findInvalidTarget(target);
    if (bad) {
      if (bad.kind === "Constant" && (bad.value.type === "None" || bad.value.type === "bool")) {
        this.failNode(`cannot assign to ${describeExpr(bad)}`, bad);
      }
      this.failNode(`cannot assign to ${describeExpr(bad)} here. Maybe you meant '==' instead of '='?`, bad);
    }
    this.setContext(target, "Store");
    this.checkStarredCount(target);
  }

  private checkStarredCount(target: A.Expr): void {
    if (target.kind !== "Tuple" && target.kind !== "List") return;
    let n = 0;
    for (const e of target.elts) {
      if (e.kind === "Starred") n++;
      else this.checkStarredCount(e);
    }
    if (n > 1) this.semanticError("multiple starred expressions in assignment", target.start, target.length);
  }

  private findInvalidTarget(e: A.Expr): A.Expr | null {
    switch (e.kind) {
      case "Name": case "Attribute": case "Subscript": return null;
      case "Starred": return this.findInvalidTarget(e.value);
      case "Tuple": case "List":
        for (const x of e.elts) {
          const bad = this.findInvalidTarget(x);
          if (bad) return bad;
        }
        return null;
      default: return e;
    }
  }

  /** Converts a Load expression into an assignment/deletion target, reporting CPython's message if it can't be one. */
  private setContext(e: A.Expr, ctx: A.ExprContext): void {
    switch (e.kind) {
      case "Name":
        if (ctx !== "Load" && e.id === "__debug__") this.failNode(ctx === "Del" ? "cannot delete __debug__" : "cannot assign to __debug__", e);
        e.ctx = ctx;
        return;
      case "Attribute": case "Subscript":
        e.ctx = ctx;
        return;
      case "Starred":
        if (ctx === "Del") this.failNode("cannot delete starred", e);
        e.ctx = ctx;
        this.setContext(e.value, ctx);
        return;
      case "Tuple": case "List":
        e.ctx = ctx;
        for (const x of e.elts) this.setContext(x, ctx);
        return;
      default: {
        const what = describeExpr(e);
        if (ctx === "Del") this.failNode(`cannot delete ${what}`, e);
        this.failNode(`cannot assign to ${what}`, e);
      }
    }
  }

  // block: NEWLINE INDENT statements DEDENT | simple_stmts
  private parseBlock(what: string, headerStart: number): A.Stmt[] {
    const body: A.Stmt[] = [];
    if (this.tt() !== TokenType.NewLine) {
      this.parseSimpleStatements(body);
      return body;
    }
    this.next();
    if (this.tt() !== TokenType.Indent) {
      const t = this.tok;
      this.fail(`expected an indented block after ${what} on line ${this.line(headerStart)}`, t.start, 1, "IndentationError");
    }
    this.next();
    while (this.tt() !== TokenType.Dedent && this.tt() !== TokenType.EndOfStream) {
      this.parseStatementInto(body);
    }
    if (this.tt() === TokenType.Dedent) this.next();
    return body;
  }

  private expectColon(): void {
    if (!this.isOp(":")) this.failAtToken("expected ':'");
    this.next();
  }

  // if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
  private parseIf(): A.If {
    const kw = this.next();
    const test = this.parseCondition();
    this.expectColon();
    const body = this.parseBlock(`'${kw.value}' statement`, kw.start);
    let orelse: A.Stmt[] = [];
    if (this.isKw("elif")) {
      orelse = [this.parseIf()];
    } else if (this.isKw("else")) {
      const e = this.next();
      this.expectColon();
      orelse = this.parseBlock("'else' statement", e.start);
    }
    return { kind: "If", start: kw.start, length: this.prevEnd - kw.start, test, body, orelse };
  }

  // Conditions are named_expressions; `x = 1` here gets CPython's "Maybe you meant '=='" hint.
  private parseCondition(): A.Expr {
    const e = this.parseNamedExpression();
    if (this.isOp("=")) {
      this.next();
      let end = this.prevEnd;
      try {
        end = this.parseBitOr().start;
        end = this.prevEnd;
      } catch (err) {
        if (err !== ABORT) throw err;
      }
      this.fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e.start, end - e.start);
    }
    return e;
  }

  // while_stmt: 'while' named_expression ':' block [else_block]
  private parseWhile(): A.While {
    const kw = this.next();
    const test = this.parseCondition();
    this.expectColon();
    this.loopDepth++;
    const body = this.parseBlock("'while' statement", kw.start);
    this.loopDepth--;
    const orelse = this.parseElse();
    return { kind: "While", start: kw.start, length: this.prevEnd - kw.start, test, body, orelse };
  }

  private parseElse(): A.Stmt[] {
    if (!this.isKw("else")) return [];
    const e = this.next();
    this.expectColon();
    return this.parseBlock("'else' statement", e.start);
  }

  // for_stmt: ['async'] 'for' star_targets 'in' ~ star_expressions ':' block [else_block]
  private parseFor(start: number, isAsync: boolean): A.For | A.AsyncFor {
    const kw = this.next();
    const target = this.parseStarTargets();
    if (!this.eatKw("in")) this.failAtToken();
    const iter = this.parseStarExpressions();
    this.expectColon();
    this.loopDepth++;
    const body = this.parseBlock("'for' statement", kw.start);
    this.loopDepth--;
    const orelse = this.parseElse();
    if (isAsync && this.fnKind !== "async") this.semanticError("'async for' outside async function", start, this.prevEnd - start);
    return { kind: isAsync ? "AsyncFor" : "For", start, length: this.prevEnd - start, target, iter, body, orelse };
  }

  // star_targets: star_target (',' star_target)* [','], parsed at bitwise_or level so `in` stays unconsumed.
  private parseStarTargets(): A.Expr {
    const start = this.tok.start;
    const first = this.parseStarTarget();
    let target: A.Expr = first;
    if (this.isOp(",")) {
      const elts = [first];
      while (this.eatOp(",")) {
        if (this.isKw("in") || this.isOp("=") || this.isOp(")")) break;
        elts.push(this.parseStarTarget());
      }
      target = { kind: "Tuple", start, length: this.prevEnd - start, elts, ctx: "Store" };
    }
    if (target.kind === "Starred") this.failNode("starred assignment target must be in a list or tuple", target);
    this.setContext(target, "Store");
    return target;
  }

  private parseStarTarget(): A.Expr {
    if (this.isOp("*")) {
      const s = this.next().start;
      const value = this.parseBitOr();
      return { kind: "Starred", start: s, length: this.prevEnd - s, value, ctx: "Store" };
    }
    return this.parseBitOr();
  }

  // try_stmt: 'try' ':' block finally_block | 'try' ':' block except_block+ [else_block] [finally_block]
  private parseTry(): A.Try | A.TryStar {
    const kw = this.next();
    this.expectColon();
    const body = this.parseBlock("'try' statement", kw.start);
    const handlers: A.ExceptHandler[] = [];
    let star = false;
    while (this.isKw("except")) {
      const ex = this.next();
      let isStar = false;
      if (this.isOp("*")) {
        this.next();
        isStar = true;
      }
      if (handlers.length > 0 && isStar !== star) {
        this.fail("cannot have both 'except' and 'except*' on the same 'try'", ex.start, this.prevEnd - ex.start);
      }
      star = isStar;
      let type: A.Expr | null = null;
      let name: string | null = null;
      if (!this.isOp(":")) {
        type = this.parseExpression();
        if (this.isOp(",")) {
          const s = type.start;
          while (this.eatOp(",")) this.parseExpression();
          this.fail("multiple exception types must be parenthesized", s, this.prevEnd - s);
        }
        if (this.eatKw("as")) name = this.expectName().value;
      } else if (isStar) this.failAtToken("expected one or more exception types");
      this.expectColon();
      const hbody = this.parseBlock(isStar ? "'except*' statement" : "'except' statement", ex.start);
      handlers.push({ kind: "ExceptHandler", start: ex.start, length: this.prevEnd - ex.start, type, name, body: hbody });
    }
    const orelse = handlers.length > 0 ? this.parseElse() : [];
    let finalbody: A.Stmt[] = [];
    if (this.isKw("finally")) {
      const f = this.next();
      this.expectColon();
      finalbody = this.parseBlock("'finally' statement", f.start);
    } else if (handlers.length === 0) {
      this.failAtToken("expected 'except' or 'finally' block");
    }
    return { kind: star ? "TryStar" : "Try", start: kw.start, length: this.prevEnd - kw.start, body, handlers, orelse, finalbody };
  }

  // with_stmt: ['async'] 'with' '(' ','.with_item+ ','? ')' ':' block
  //          | ['async'] 'with' ','.with_item+ ':' block
  private parseWith(start: number, isAsync: boolean): A.With | A.AsyncWith {
    const kw = this.next();
    let items: A.WithItem[] | null = null;
    if (this.isOp("(")) {
      // The parenthesized form is only chosen if `)` is directly followed by `:`;
      // otherwise `(a, b) as c` etc. is an ordinary expression.
      const save = this.p;
      const nd = this.diags.length;
      try {
        this.next();
        const list: A.WithItem[] = [];
        for (;;) {
          list.push(this.parseWithItem());
          if (!this.eatOp(",")) break;
          if (this.isOp(")")) break;
        }
        this.expectOp(")");
        if (this.isOp(":")) items = list;
      } catch (e) {
        if (e !== ABORT) throw e;
      }
      if (!items) {
        this.p = save;
        this.diags.length = nd;
      }
    }
    if (!items) {
      items = [];
      do items.push(this.parseWithItem());
      while (this.eatOp(","));
    }
    this.expectColon();
    const body = this.parseBlock("'with' statement", kw.start);
    if (isAsync && this.fnKind !== "async") this.semanticError("'async with' outside async function", start, this.prevEnd - start);
    return { kind: isAsync ? "AsyncWith" : "With", start, length: this.prevEnd - start, items, body };
  }

  // with_item: expression 'as' star_target | expression
  private parseWithItem(): A.WithItem {
    const start = this.tok.start;
    const context_expr = this.parseExpression();
    let optional_vars: A.Expr | null = null;
    if (this.eatKw("as")) {
      optional_vars = this.parseStarTarget();
      this.setContext(optional_vars, "Store");
    }
    return { kind: "withitem", start, length: this.prevEnd - start, context_expr, optional_vars };
  }

  // decorators: ('@' named_expression NEWLINE)+ (function_def | class_def)
  private parseDecorated(): A.Stmt {
    const decorators: A.Expr[] = [];
    while (this.isOp("@")) {
      this.next();
      decorators.push(this.parseNamedExpression());
      if (this.tt() !== TokenType.NewLine) this.failAtToken();
      this.next();
    }
    const t = this.tok;
    if (this.isKw("def")) return this.parseFunctionDef(decorators, t.start, false);
    if (this.isKw("class")) return this.parseClassDef(decorators, t.start);
    if (this.isKw("async") && this.peekTok(1).type === TokenType.Keyword && this.peekTok(1).value === "def") {
      this.next();
      return this.parseFunctionDef(decorators, t.start, true);
    }
    this.failAtToken();
  }

  // function_def_raw: ['async'] 'def' NAME '(' [params] ')' ['->' expression] ':' block
  private parseFunctionDef(decorator_list: A.Expr[], start: number, isAsync: boolean): A.FunctionDef | A.AsyncFunctionDef {
    const kw = this.next();
    const name = this.expectName().value;
    const open = this.expectOp("(");
    const args = this.parseParameters(")", true, open.start + 1);
    this.expectOp(")");
    let returns: A.Expr | null = null;
    if (this.eatOp("->")) returns = this.parseExpression();
    this.expectColon();
    const savedFn = this.fnKind;
    const savedLoop = this.loopDepth;
    this.fnKind = isAsync ? "async" : "function";
    this.loopDepth = 0;
    let body: A.Stmt[];
    try {
      body = this.parseBlock("function definition", kw.start);
    } finally {
      this.fnKind = savedFn;
      this.loopDepth = savedLoop;
    }
    return {
      kind: isAsync ? "AsyncFunctionDef" : "FunctionDef", start, length: this.prevEnd - start,
      name, args, body, decorator_list, returns,
    };
  }

  // class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block
  private parseClassDef(decorator_list: A.Expr[], start: number): A.ClassDef {
    const kw = this.next();
    const name = this.expectName().value;
    let bases: A.Expr[] = [];
    let keywords: A.Keyword[] = [];
    if (this.isOp("(")) {
      this.next();
      const r = this.parseCallArguments(false);
      bases = r.args;
      keywords = r.keywords;
      this.expectOp(")");
    }
    this.expectColon();
    const savedFn = this.fnKind;
    const savedLoop = this.loopDepth;
    this.fnKind = "class";
    this.loopDepth = 0;
    let body: A.Stmt[];
    try {
      body = this.parseBlock("class definition", kw.start);
    } finally {
      this.fnKind = savedFn;
      this.loopDepth = savedLoop;
    }
    return { kind: "ClassDef", start, length: this.prevEnd - start, name, bases, keywords, body, decorator_list };
  }

  // parameters: slash_no_default | slash_with_default | param_no_default | star_etc ...
  // (flattened: a comma-separated list of NAME[:ann][=default], '/', '*'[NAME], '**'NAME)
  private parseParameters(closer: string, annotations: boolean, at: number): A.Arguments {
    const a = emptyArguments(at);
    const seen = new Set<string>();
    let sawDefault = false;
    let sawStar = false;
    let sawSlash = false;
    let starTok: Token | null = null;
    const start = this.tok.start;
    while (!this.isOp(closer)) {
      const t = this.tok;
      if (this.isOp("/")) {
        if (sawSlash) this.failAtToken("/ may appear only once");
        if (sawStar) this.failAtToken("/ must be ahead of *");
        if (a.args.length === 0) this.failAtToken("at least one argument must precede /");
        this.next();
        sawSlash = true;
        a.posonlyargs = a.args;
        a.args = [];
      } else if (this.isOp("*")) {
        if (sawStar) this.failAtToken("* argument may appear only once");
        this.next();
        sawStar = true;
        starTok = t;
        if (this.tt() === TokenType.Name) a.vararg = this.parseParam(annotations, seen, true);
      } else if (this.isOp("**")) {
        this.next();
        a.kwarg = this.parseParam(annotations, seen, false);
        if (this.isOp(",")) this.next();
        if (!this.isOp(closer)) this.failAtToken("arguments cannot follow var-keyword argument");
        break;
      } else if (t.type === TokenType.Name) {
        const param = this.parseParam(annotations, seen, false);
        let def: A.Expr | null = null;
        if (this.eatOp("=")) def = this.parseExpression();
        if (sawStar) {
          a.kwonlyargs.push(param);
          a.kw_defaults.push(def);
        } else {
          if (def) {
            sawDefault = true;
            a.defaults.push(def);
          } else if (sawDefault) this.fail("non-default argument follows default argument", param.start, 1);
          a.args.push(param);
        }
      } else this.failAtToken();
      if (!this.eatOp(",")) break;
    }
    if (sawStar && !a.vararg && a.kwonlyargs.length === 0 && starTok) {
      this.fail("named arguments must follow bare *", starTok.start, 1);
    }
    a.start = start;
    a.length = Math.max(0, this.prevEnd - start);
    return a;
  }

  private parseParam(annotations: boolean, seen: Set<string>, isVararg: boolean): A.Arg {
    const t = this.expectName();
    let annotation: A.Expr | null = null;
    if (annotations && this.eatOp(":")) {
      annotation = isVararg && this.isOp("*") ? this.parseStarExpression() : this.parseExpression();
    }
    if (seen.has(t.value)) this.semanticError(`duplicate argument '${t.value}' in function definition`, t.start, t.length);
    seen.add(t.value);
    return { kind: "arg", start: t.start, length: this.prevEnd - t.start, arg: t.value, annotation };
  }

  // -------------------------------------------------------------------------
  // match statement (soft keywords: `match` and `case` are identifiers elsewhere)

  // match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
  private tryParseMatch(): A.Match | null {
    const n = this.peekTok(1);
    // Cheap rejections: `match = ...`, `match.x`, `match(...)` at line end etc. are ordinary statements.
    if (n.type === TokenType.NewLine || n.type === TokenType.EndOfStream) return null;
    if (n.type === TokenType.Op && n.value !== "(" && n.value !== "[" && n.value !== "{" && n.value !== "-" && n.value !== "*" && n.value !== "~" && n.value !== "...") return null;
    const save = this.p;
    const nd = this.diags.length;
    const kw = this.next();
    let subject: A.Expr;
    try {
      subject = this.parseSubject();
      if (!this.isOp(":") || this.peekTok(1).type !== TokenType.NewLine) throw ABORT;
    } catch (e) {
      if (e !== ABORT) throw e;
      this.p = save;
      this.diags.length = nd;
      return null;
    }
    this.next();
    this.next();
    if (this.tt() !== TokenType.Indent) {
      this.fail(`expected an indented block after 'match' statement on line ${this.line(kw.start)}`, this.tok.start, 1, "IndentationError");
    }
    this.next();
    const cases: A.MatchCase[] = [];
    while (this.tt() === TokenType.Name && this.tok.value === "case") {
      const save2 = this.p;
      try {
        cases.push(this.parseCase());
      } catch (e) {
        if (e !== ABORT) throw e;
        this.recover();
        if (this.p === save2) this.next();
      }
    }
    if (cases.length === 0) this.failAtToken();
    if (this.tt() !== TokenType.Dedent && this.tt() !== TokenType.EndOfStream) this.failAtToken();
    if (this.tt() === TokenType.Dedent) this.next();
    return { kind: "Match", start: kw.start, length: this.prevEnd - kw.start, subject, cases };
  }

  // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
  private parseSubject(): A.Expr {
    const start = this.tok.start;
    const first = this.isOp("*") ? this.parseStarExpression() : this.parseNamedExpression();
    if (!this.isOp(",")) {
      if (first.kind === "Starred") this.failNode("can't use starred expression here", first);
      return first;
    }
    const elts = [first];
    while (this.eatOp(",")) {
      if (this.isOp(":")) break;
      elts.push(this.isOp("*") ? this.parseStarExpression() : this.parseNamedExpression());
    }
    return { kind: "Tuple", start, length: this.prevEnd - start, elts, ctx: "Load" };
  }

  // case_block: "case" patterns guard? ':' block
  private parseCase(): A.MatchCase {
    const kw = this.next();
    this.stmtStartTok = this.p;
    const pattern = this.parsePatterns();
    const guard = this.eatKw("if") ? this.parseNamedExpression() : null;
    this.expectColon();
    const body = this.parseBlock("'case' statement", kw.start);
    return { kind: "match_case", start: kw.start, length: this.prevEnd - kw.start, pattern, guard, body };
  }

  // patterns: open_sequence_pattern | pattern
  private parsePatterns(): A.Pattern {
    const start = this.tok.start;
    const first = this.parseMaybeStarPattern();
    if (!this.isOp(",")) {
      if (first.kind === "MatchStar") return { kind: "MatchSequence", start, length: this.prevEnd - start, patterns: [first] };
      return first;
    }
    const patterns = [first];
    while (this.eatOp(",")) {
      if (this.isOp(":") || this.isKw("if")) break;
      patterns.push(this.parseMaybeStarPattern());
    }
    return { kind: "MatchSequence", start, length: this.prevEnd - start, patterns };
  }

  private parseMaybeStarPattern(): A.Pattern {
    if (this.isOp("*")) {
      const s = this.next().start;
      const t = this.expectName();
      return { kind: "MatchStar", start: s, length: this.prevEnd - s, name: t.value === "_" ? null : t.value };
    }
    return this.parsePattern();
  }

  // pattern: or_pattern 'as' pattern_capture_target | or_pattern
  private parsePattern(): A.Pattern {
    const start = this.tok.start;
    let pat = this.parseOrPattern();
    if (this.eatKw("as")) {
      const t = this.expectName();
      if (t.value === "_") this.fail("cannot use '_' as a target", t.start, t.length);
      pat = { kind: "MatchAs", start, length: this.prevEnd - start, pattern: pat, name: t.value };
    }
    return pat;
  }

  // or_pattern: '|'.closed_pattern+
  private parseOrPattern(): A.Pattern {
    const start = this.tok.start;
    const first = this.parseClosedPattern();
    if (!this.isOp("|")) return first;
    const patterns = [first];
    while (this.eatOp("|")) patterns.push(this.parseClosedPattern());
    return { kind: "MatchOr", start, length: this.prevEnd - start, patterns };
  }

  // closed_pattern: literal | capture | wildcard | value | group | sequence | mapping | class
  private parseClosedPattern(): A.Pattern {
    const t = this.tok;
    const start = t.start;
    if (t.type === TokenType.Keyword && (t.value === "None" || t.value === "True" || t.value === "False")) {
      this.next();
      const value: A.ConstValue = t.value === "None" ? { type: "None" } : { type: "bool", value: t.value === "True" };
      return { kind: "MatchSingleton", start, length: t.length, value };
    }
    if (t.type === TokenType.Number || (t.type === TokenType.Op && t.value === "-")) {
      const value = this.parseSignedNumberPattern();
      return { kind: "MatchValue", start, length: this.prevEnd - start, value };
    }
    if (t.type === TokenType.String) {
      const value = this.parseStrings();
      if (value.kind === "JoinedStr") this.failNode("patterns may only match literals and attribute lookups", value);
      return { kind: "MatchValue", start, length: this.prevEnd - start, value };
    }
    if (t.type === TokenType.Name) {
      this.next();
      let expr: A.Expr = { kind: "Name", start, length: t.length, id: t.value, ctx: "Load" };
      if (!this.isOp(".") && !this.isOp("(")) {
        if (t.value === "_") return { kind: "MatchAs", start, length: t.length, pattern: null, name: null };
        return { kind: "MatchAs", start, length: t.length, pattern: null, name: t.value };
      }
      while (this.eatOp(".")) {
        const a = this.expectName();
        expr = { kind: "Attribute", start, length: this.prevEnd - start, value: expr, attr: a.value, ctx: "Load" };
      }
      if (this.isOp("(")) return this.parseClassPattern(expr);
      return { kind: "MatchValue", start, length: this.prevEnd - start, value: expr };
    }
    if (t.type === TokenType.Op) {
      if (t.value === "(" || t.value === "[") {
        const close = t.value === "(" ? ")" : "]";
        this.next();
        if (this.eatOp(close)) return { kind: "MatchSequence", start, length: this.prevEnd - start, patterns: [] };
        const first = this.parseMaybeStarPattern();
        if (close === ")" && this.eatOp(")") && first.kind !== "MatchStar") {
          // A parenthesized single pattern is just grouping.
          return first;
        }
        if (close === ")" && this.toks[this.p - 1].value === ")") {
          return { kind: "MatchSequence", start, length: this.prevEnd - start, patterns: [first] };
        }
        const patterns = [first];
        while (this.eatOp(",")) {
          if (this.isOp(close)) break;
          patterns.push(this.parseMaybeStarPattern());
        }
        this.expectOp(close);
        return { kind: "MatchSequence", start, length: this.prevEnd - start, patterns };
      }
      if (t.value === "{") return this.parseMappingPattern();
    }
    this.failAtToken();
  }

  // signed_number ['+' | '-' NUMBER(imaginary)]
  private parseSignedNumberPattern(): A.Expr {
    const start = this.tok.start;
    let e: A.Expr;
    if (this.isOp("-")) {
      this.next();
      const operand = this.parseNumberAtom();
      e = { kind: "UnaryOp", start, length: this.prevEnd - start, op: "USub", operand };
    } else e = this.parseNumberAtom();
    if (this.isOp("+") || this.isOp("-")) {
      const op = this.next().value === "+" ? "Add" : "Sub";
      const right = this.parseNumberAtom();
      if (right.kind !== "Constant" || right.value.type !== "complex") this.failNode("imaginary number required in complex literal", right);
      if (e.kind === "Constant" && e.value.type === "complex") this.failNode("real number required in complex literal", e);
      e = { kind: "BinOp", start, length: this.prevEnd - start, left: e, op, right };
    }
    return e;
  }

  private parseNumberAtom(): A.Constant {
    if (this.tt() !== TokenType.Number) this.failAtToken();
    return this.parseNumber(this.next());
  }

  // class_pattern: name_or_attr '(' [pattern_arguments ','?] ')'
  private parseClassPattern(cls: A.Expr): A.MatchClass {
    this.next();
    const patterns: A.Pattern[] = [];
    const kwd_attrs: string[] = [];
    const kwd_patterns: A.Pattern[] = [];
    while (!this.isOp(")")) {
      if (this.tt() === TokenType.Name && this.peekTok(1).type === TokenType.Op && this.peekTok(1).value === "=") {
        kwd_attrs.push(this.next().value);
        this.next();
        kwd_patterns.push(this.parsePattern());
      } else {
        const pStart = this.tok.start;
        const pat = this.parsePattern();
        if (kwd_attrs.length > 0) this.fail("positional patterns follow keyword patterns", pStart, this.prevEnd - pStart);
        patterns.push(pat);
      }
      if (!this.eatOp(",")) break;
    }
    this.expectOp(")");
    return { kind: "MatchClass", start: cls.start, length: this.prevEnd - cls.start, cls, patterns, kwd_attrs, kwd_patterns };
  }

  // mapping_pattern: '{' [items] ['**' NAME] '}'
  private parseMappingPattern(): A.MatchMapping {
    const start = this.next().start;
    const keys: A.Expr[] = [];
    const patterns: A.Pattern[] = [];
    let rest: string | null = null;
    while (!this.isOp("}")) {
      if (this.eatOp("**")) {
        rest = this.expectName().value;
        this.eatOp(",");
        break;
      }
      const kt = this.tok;
      let key: A.Expr;
      if (kt.type === TokenType.Keyword && (kt.value === "None" || kt.value === "True" || kt.value === "False")) {
        key = this.parseAtom();
      } else if (kt.type === TokenType.String) {
        key = this.parseStrings();
      } else if (kt.type === TokenType.Number || (kt.type === TokenType.Op && kt.value === "-")) {
        key = this.parseSignedNumberPattern();
      } else if (kt.type === TokenType.Name) {
        this.next();
        key = { kind: "Name", start: kt.start, length: kt.length, id: kt.value, ctx: "Load" };
        if (!this.isOp(".")) this.failAtToken();
        while (this.eatOp(".")) {
          const a = this.expectName();
          key = { kind: "Attribute", start: kt.start, length: this.prevEnd - kt.start, value: key, attr: a.value, ctx: "Load" };
        }
      } else this.failAtToken();
      this.expectOp(":");
      keys.push(key);
      patterns.push(this.parsePattern());
      if (!this.eatOp(",")) break;
    }
    this.expectOp("}");
    return { kind: "MatchMapping", start, length: this.prevEnd - start, keys, patterns, rest };
  }

  // -------------------------------------------------------------------------
  // Expressions

  // star_expressions: star_expression (',' star_expression)* [',']
  private parseStarExpressions(allowStarredAlone = false): A.Expr {
    const start = this.tok.start;
    const first = this.parseStarExpression();
    if (!this.isOp(",")) {
      if (first.kind === "Starred" && !allowStarredAlone) this.failNode("can't use starred expression here", first);
      return first;
    }
    const elts = [first];
    while (this.eatOp(",")) {
      if (!this.startsExpression()) break;
      elts.push(this.parseStarExpression());
    }
    return { kind: "Tuple", start, length: this.prevEnd - start, elts, ctx: "Load" };
  }

  private startsExpression(): boolean {
    const t = this.tok;
    switch (t.type) {
      case TokenType.Name: case TokenType.Number: case TokenType.String: return true;
      case TokenType.Keyword:
        return t.value === "None" || t.value === "True" || t.value === "False" || t.value === "not" ||
          t.value === "lambda" || t.value === "await" || t.value === "yield";
      case TokenType.Op:
        return t.value === "(" || t.value === "[" || t.value === "{" || t.value === "-" || t.value === "+" ||
          t.value === "~" || t.value === "*" || t.value === "..." || t.value === "**";
      default: return false;
    }
  }

  // star_expression: '*' bitwise_or | expression
  private parseStarExpression(): A.Expr {
    if (this.isOp("*")) {
      const s = this.next().start;
      const value = this.parseBitOr();
      return { kind: "Starred", start: s, length: this.prevEnd - s, value, ctx: "Load" };
    }
    return this.parseExpression();
  }

  // star_named_expression: '*' bitwise_or | named_expression
  private parseStarNamedExpression(): A.Expr {
    if (this.isOp("*")) return this.parseStarExpression();
    return this.parseNamedExpression();
  }

  // named_expression: NAME ':=' expression | expression !':='
  private parseNamedExpression(): A.Expr {
    const e = this.parseExpression();
    if (this.isOp(":=")) {
      if (e.kind !== "Name") {
        const what = e.kind === "Attribute" ? "attribute" : e.kind === "Subscript" ? "subscript" : e.kind === "Tuple" ? "tuple" : e.kind === "List" ? "list" : describeExpr(e) ?? "expression";
        this.failNode(`cannot use assignment expressions with ${what}`, e);
      }
      this.next();
      const value = this.parseExpression();
      e.ctx = "Store";
      return { kind: "NamedExpr", start: e.start, length: this.prevEnd - e.start, target: e, value };
    }
    return e;
  }

  // expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
  private parseExpression(): A.Expr {
    if (this.isKw("lambda")) return this.parseLambda();
    const start = this.tok.start;
    const body = this.parseOr();
    if (!this.isKw("if")) return body;
    this.next();
    const test = this.parseOr();
    if (!this.eatKw("else")) {
      if (this.tt() === TokenType.Op || this.tt() === TokenType.NewLine) {
        this.fail("expected 'else' after 'if' expression", body.start, this.prevEnd - body.start);
      }
      this.failAtToken();
    }
    const orelse = this.parseExpression();
    return { kind: "IfExp", start, length: this.prevEnd - start, test, body, orelse };
  }

  // lambdef: 'lambda' [lambda_params] ':' expression
  private parseLambda(): A.Lambda {
    const kw = this.next();
    const args = this.parseParameters(":", false, this.tok.start);
    if (args.length === 0) args.start = kw.start + kw.length;
    this.expectOp(":");
    const savedFn = this.fnKind;
    const savedLoop = this.loopDepth;
    this.fnKind = "lambda";
    let body: A.Expr;
    try {
      body = this.parseExpression();
    } finally {
      this.fnKind = savedFn;
      this.loopDepth = savedLoop;
    }
    return { kind: "Lambda", start: kw.start, length: this.prevEnd - kw.start, args, body };
  }

  // disjunction: conjunction ('or' conjunction)+ | conjunction
  private parseOr(): A.Expr {
    const start = this.tok.start;
    const first = this.parseAnd();
    if (!this.isKw("or")) return first;
    const values = [first];
    while (this.eatKw("or")) values.push(this.parseAnd());
    return { kind: "BoolOp", start, length: this.prevEnd - start, op: "Or", values };
  }

  // conjunction: inversion ('and' inversion)+ | inversion
  private parseAnd(): A.Expr {
    const start = this.tok.start;
    const first = this.parseNot();
    if (!this.isKw("and")) return first;
    const values = [first];
    while (this.eatKw("and")) values.push(this.parseNot());
    return { kind: "BoolOp", start, length: this.prevEnd - start, op: "And", values };
  }

  // inversion: 'not' inversion | comparison
  private parseNot(): A.Expr {
    if (this.isKw("not")) {
      const s = this.next().start;
      const operand = this.parseNot();
      return { kind: "UnaryOp", start: s, length: this.prevEnd - s, op: "Not", operand };
    }
    return this.parseComparison();
  }

  // comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
  private parseComparison(): A.Expr {
    const start = this.tok.start;
    const left = this.parseBitOr();
    let ops: A.CmpOperator[] | null = null;
    let comparators: A.Expr[] | null = null;
    for (;;) {
      const t = this.tok;
      let op: A.CmpOperator | undefined;
      if (t.type === TokenType.Op) {
        op = CMP_OP[t.value];
        if (op === undefined) break;
        this.next();
      } else if (t.type === TokenType.Keyword) {
        if (t.value === "in") {
          op = "In";
          this.next();
        } else if (t.value === "not" && this.peekTok(1).type === TokenType.Keyword && this.peekTok(1).value === "in") {
          op = "NotIn";
          this.p += 2;
        } else if (t.value === "is") {
          this.next();
          op = this.eatKw("not") ? "IsNot" : "Is";
        } else break;
      } else break;
      (ops ??= []).push(op);
      (comparators ??= []).push(this.parseBitOr());
    }
    if (!ops) return left;
    return { kind: "Compare", start, length: this.prevEnd - start, left, ops, comparators: comparators! };
  }

  // bitwise_or .. term, by precedence climbing over BIN_PREC.
  private parseBitOr(): A.Expr {
    return this.parseBinary(1);
  }

  private parseBinary(minPrec: number): A.Expr {
    const start = this.tok.start;
    let left = this.parseFactor();
    for (;;) {
      const t = this.tok;
      if (t.type !== TokenType.Op) return left;
      const prec = BIN_PREC[t.value];
      if (prec === undefined || prec < minPrec) return left;
      this.next();
      const right = this.parseBinary(prec + 1);
      left = { kind: "BinOp", start, length: this.prevEnd - start, left, op: BIN_OP[t.value], right };
    }
  }

  // factor: '+' factor | '-' factor | '~' factor | power
  private parseFactor(): A.Expr {
    const t = this.tok;
    if (t.type === TokenType.Op && (t.value === "-" || t.value === "+" || t.value === "~")) {
      this.next();
      const operand = this.parseFactor();
      const op: A.UnaryOperator = t.value === "-" ? "USub" : t.value === "+" ? "UAdd" : "Invert";
      return { kind: "UnaryOp", start: t.start, length: this.prevEnd - t.start, op, operand };
    }
    return this.parsePower();
  }

  // power: await_primary '**' factor | await_primary
  private parsePower(): A.Expr {
    const start = this.tok.start;
    const left = this.parseAwaitPrimary();
    if (this.isOp("**")) {
      this.next();
      const right = this.parseFactor();
      return { kind: "BinOp", start, length: this.prevEnd - start, left, op: "Pow", right };
    }
    return left;
  }

  // await_primary: AWAIT primary | primary
  private parseAwaitPrimary(): A.Expr {
    if (this.isKw("await")) {
      const s = this.next().start;
      const value = this.parsePrimary();
      const node: A.Await = { kind: "Await", start: s, length: this.prevEnd - s, value };
      if (this.fnKind === "module" || this.fnKind === "class") this.semanticError("'await' outside function", s, node.length);
      else if (this.fnKind === "function") this.semanticError("'await' outside async function", s, node.length);
      return node;
    }
    return this.parsePrimary();
  }

  // primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom
  private parsePrimary(): A.Expr {
    const start = this.tok.start;
    let e = this.parseAtom();
    for (;;) {
      const t = this.tok;
      if (t.type !== TokenType.Op) return e;
      if (t.value === ".") {
        this.next();
        const name = this.expectName();
        e = { kind: "Attribute", start, length: this.prevEnd - start, value: e, attr: name.value, ctx: "Load" };
      } else if (t.value === "(") {
        this.next();
        const { args, keywords } = this.parseCallArguments(true, t.start);
        this.expectOp(")");
        e = { kind: "Call", start, length: this.prevEnd - start, func: e, args, keywords };
      } else if (t.value === "[") {
        this.next();
        const slice = this.parseSlices();
        this.expectOp("]");
        e = { kind: "Subscript", start, length: this.prevEnd - start, value: e, slice, ctx: "Load" };
      } else return e;
    }
  }

  // slices: slice !',' | ','.(slice | starred_expression)+ [',']
  private parseSlices(): A.Expr {
    const start = this.tok.start;
    const first = this.parseSlice();
    if (!this.isOp(",")) {
      if (first.kind === "Starred") return { kind: "Tuple", start, length: this.prevEnd - start, elts: [first], ctx: "Load" };
      return first;
    }
    const elts = [first];
    while (this.eatOp(",")) {
      if (this.isOp("]")) break;
      elts.push(this.parseSlice());
    }
    return { kind: "Tuple", start, length: this.prevEnd - start, elts, ctx: "Load" };
  }

  // slice: [expression] ':' [expression] [':' [expression]] | named_expression
  private parseSlice(): A.Expr {
    const start = this.tok.start;
    if (this.isOp("*")) return this.parseStarExpression();
    let lower: A.Expr | null = null;
    if (!this.isOp(":")) {
      lower = this.parseNamedExpression();
      if (!this.isOp(":")) return lower;
    }
    this.next();
    let upper: A.Expr | null = null;
    let step: A.Expr | null = null;
    if (!this.isOp(":") && !this.isOp(",") && !this.isOp("]")) upper = this.parseExpression();
    if (this.eatOp(":")) {
      if (!this.isOp(",") && !this.isOp("]")) step = this.parseExpression();
    }
    return { kind: "Slice", start, length: this.prevEnd - start, lower, upper, step };
  }

  // arguments: args [','] &')' with args mixing positional, *iterable, keyword=, **mapping
  private parseCallArguments(allowGenexp: boolean, openStart = 0): { args: A.Expr[]; keywords: A.Keyword[] } {
    const args: A.Expr[] = [];
    const keywords: A.Keyword[] = [];
    let sawKeyword = false;
    let sawDoubleStar = false;
    while (!this.isOp(")")) {
      const t = this.tok;
      if (this.isOp("**")) {
        this.next();
        const value = this.parseExpression();
        keywords.push({ kind: "keyword", start: t.start, length: this.prevEnd - t.start, arg: null, value });
        sawDoubleStar = true;
      } else if (this.isOp("*")) {
        if (sawDoubleStar) this.fail("iterable argument unpacking follows keyword argument unpacking", t.start, 1);
        args.push(this.parseStarExpression());
      } else if (t.type === TokenType.Name && this.peekTok(1).type === TokenType.Op && this.peekTok(1).value === "=") {
        this.p += 2;
        const value = this.parseExpression();
        if (keywords.some((k) => k.arg === t.value)) {
          this.semanticError(`keyword argument repeated: ${t.value}`, t.start, this.prevEnd - t.start);
        }
        keywords.push({ kind: "keyword", start: t.start, length: this.prevEnd - t.start, arg: t.value, value });
        sawKeyword = true;
      } else {
        let e = this.parseNamedExpression();
        if (this.isKw("for") || this.isKw("async")) {
          const generators = this.parseComprehensionClauses();
          const isSole = args.length === 0 && keywords.length === 0 && this.isOp(")");
          if (!allowGenexp || !isSole) {
            if (!allowGenexp) this.failAtToken();
            this.fail("Generator expression must be parenthesized", e.start, this.prevEnd - e.start);
          }
          // CPython spans a sole generator argument over the call's parentheses.
          e = { kind: "GeneratorExp", start: openStart, length: this.tok.start + 1 - openStart, elt: e, generators };
        } else if (this.isOp("=")) {
          this.fail('expression cannot contain assignment, perhaps you meant "=="?', e.start, this.tok.start + 1 - e.start);
        }
        if (sawDoubleStar) this.fail("positional argument follows keyword argument unpacking", this.prevEnd, 1);
        if (sawKeyword) this.fail("positional argument follows keyword argument", this.prevEnd, 1);
        args.push(e);
        if (!this.isOp(",") && !this.isOp(")")) this.checkMissingComma(e);
      }
      if (!this.eatOp(",")) break;
    }
    return { args, keywords };
  }

  // Inside brackets, two adjacent expressions get CPython's "Perhaps you forgot a comma?".
  private checkMissingComma(prev: A.Expr): void {
    if (!this.startsExpression() || this.isKw("yield") || this.isOp("*") || this.isOp("**") || this.isOp("-") || this.isOp("+") || this.isOp("(") || this.isOp("[")) return;
    if (prev.kind === "Starred" || this.toks[this.p - 1].type === TokenType.Name && (this.toks[this.p - 1].value === "match" || this.toks[this.p - 1].value === "case" || this.toks[this.p - 1].value === "_")) return;
    // `NAME STRING` is more likely a mistyped prefix than a missing comma.
    if (this.toks[this.p - 1].type === TokenType.Name && this.tt() === TokenType.String) return;
    const save = this.p;
    let end = this.tok.start + this.tok.length;
    try {
      this.parseExpression();
      end = this.prevEnd;
    } catch (e) {
      if (e !== ABORT) throw e;
    }
    this.p = save;
    this.fail("invalid syntax. Perhaps you forgot a comma?", prev.start, end - prev.start);
  }

  // for_if_clauses: (['async'] 'for' star_targets 'in' disjunction ('if' disjunction)*)+
  private parseComprehensionClauses(): A.Comprehension[] {
    const gens: A.Comprehension[] = [];
    for (;;) {
      const start = this.tok.start;
      let isAsync = 0;
      if (this.isKw("async") && this.peekTok(1).type === TokenType.Keyword && this.peekTok(1).value === "for") {
        this.next();
        isAsync = 1;
      } else if (!this.isKw("for")) break;
      this.next();
      const target = this.parseStarTargets();
      if (!this.eatKw("in")) this.failAtToken();
      const iter = this.parseOr();
      const ifs: A.Expr[] = [];
      while (this.eatKw("if")) ifs.push(this.parseOr());
      gens.push({ kind: "comprehension", start, length: this.prevEnd - start, target, iter, ifs, is_async: isAsync });
    }
    return gens;
  }

  // yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
  private parseYield(): A.Yield | A.YieldFrom {
    const kw = this.next();
    let node: A.Yield | A.YieldFrom;
    if (this.eatKw("from")) {
      const value = this.parseExpression();
      node = { kind: "YieldFrom", start: kw.start, length: this.prevEnd - kw.start, value };
      if (this.fnKind === "async") this.semanticError("'yield from' inside async function", kw.start, node.length);
    } else {
      const end = this.atExpressionEnd() || this.isOp(")") || this.isOp("]") || this.isOp("}") || this.isOp("=");
      const value = end ? null : this.parseStarExpressions();
      node = { kind: "Yield", start: kw.start, length: this.prevEnd - kw.start, value };
    }
    if (this.fnKind === "module" || this.fnKind === "class") this.semanticError("'yield' outside function", kw.start, node.length);
    return node;
  }

  // atom: NAME | True | False | None | strings | NUMBER | tuple/group/genexp | list/listcomp | dict/set/comps | '...'
  private parseAtom(): A.Expr {
    const t = this.tok;
    switch (t.type) {
      case TokenType.Name:
        this.next();
        return { kind: "Name", start: t.start, length: t.length, id: t.value, ctx: "Load" };
      case TokenType.Number:
        this.next();
        return this.parseNumber(t);
      case TokenType.String:
        return this.parseStrings();
      case TokenType.Keyword:
        if (t.value === "None" || t.value === "True" || t.value === "False") {
          this.next();
          const value: A.ConstValue = t.value === "None" ? { type: "None" } : { type: "bool", value: t.value === "True" };
          return { kind: "Constant", start: t.start, length: t.length, value, constKind: null };
        }
        break;
      case TokenType.Op:
        switch (t.value) {
          case "(": return this.parseParenAtom();
          case "[": return this.parseListAtom();
          case "{": return this.parseBraceAtom();
          case "...":
            this.next();
            return { kind: "Constant", start: t.start, length: 3, value: { type: "Ellipsis" }, constKind: null };
        }
        break;
    }
    this.failAtToken();
  }

  private parseNumber(t: Token): A.Constant {
    const text = t.value.indexOf("_") >= 0 ? t.value.replace(/_/g, "") : t.value;
    let value: A.ConstValue;
    const last = text.charCodeAt(text.length - 1) | 0x20;
    const c1 = text.charCodeAt(1) | 0x20;
    if (text.length > 1 && text.charCodeAt(0) === 48 && (c1 === 120 || c1 === 111 || c1 === 98)) {
      value = { type: "int", value: BigInt("0" + String.fromCharCode(c1) + text.slice(2)) };
    } else if (last === 106) {
      value = { type: "complex", imag: Number(text.slice(0, -1)) };
    } else if (/[.eE]/.test(text)) {
      value = { type: "float", value: Number(text) };
    } else {
      value = { type: "int", value: BigInt(text) };
    }
    return { kind: "Constant", start: t.start, length: t.length, value, constKind: null };
  }

  // '(' ')' | '(' yield_expr ')' | '(' named_expression ')' | genexp | tuple
  private parseParenAtom(): A.Expr {
    const open = this.next();
    if (this.isOp(")")) {
      this.next();
      return { kind: "Tuple", start: open.start, length: this.prevEnd - open.start, elts: [], ctx: "Load" };
    }
    if (this.isKw("yield")) {
      const y = this.parseYield();
      this.expectOp(")");
      this.parenthesized.add(y);
      return y;
    }
    const first = this.parseStarNamedExpression();
    if (this.isKw("for") || this.isKw("async")) {
      const generators = this.parseComprehensionClauses();
      this.expectOp(")");
      return { kind: "GeneratorExp", start: open.start, length: this.prevEnd - open.start, elt: first, generators };
    }
    if (this.isOp(")")) {
      this.next();
      if (first.kind === "Starred") this.failNode("cannot use starred expression here", first);
      this.parenthesized.add(first);
      return first;
    }
    if (!this.isOp(",")) {
      this.checkMissingComma(first);
      this.failAtToken();
    }
    const elts = [first];
    while (this.eatOp(",")) {
      if (this.isOp(")")) break;
      const e = this.parseStarNamedExpression();
      elts.push(e);
      if (!this.isOp(",") && !this.isOp(")")) this.checkMissingComma(e);
    }
    this.expectOp(")");
    return { kind: "Tuple", start: open.start, length: this.prevEnd - open.start, elts, ctx: "Load" };
  }

  // list: '[' [star_named_expressions] ']' | listcomp: '[' named_expression for_if_clauses ']'
  private parseListAtom(): A.Expr {
    const open = this.next();
    const elts: A.Expr[] = [];
    if (!this.isOp("]")) {
      const first = this.parseStarNamedExpression();
      if (this.isKw("for") || this.isKw("async")) {
        const generators = this.parseComprehensionClauses();
        this.expectOp("]");
        return { kind: "ListComp", start: open.start, length: this.prevEnd - open.start, elt: first, generators };
      }
      elts.push(first);
      if (!this.isOp(",") && !this.isOp("]")) this.checkMissingComma(first);
      while (this.eatOp(",")) {
        if (this.isOp("]")) break;
        const e = this.parseStarNamedExpression();
        elts.push(e);
        if (!this.isOp(",") && !this.isOp("]")) this.checkMissingComma(e);
      }
    }
    this.expectOp("]");
    return { kind: "List", start: open.start, length: this.prevEnd - open.start, elts, ctx: "Load" };
  }

  // dict | set | dictcomp | setcomp
  private parseBraceAtom(): A.Expr {
    const open = this.next();
    if (this.eatOp("}")) return { kind: "Dict", start: open.start, length: this.prevEnd - open.start, keys: [], values: [] };
    // First element decides between dict and set.
    let firstKey: A.Expr | null = null;
    let firstValue: A.Expr;
    if (this.isOp("**")) {
      this.next();
      firstValue = this.parseBitOr();
    } else {
      const e = this.parseStarNamedExpression();
      if (!this.isOp(":")) {
        if (this.isKw("for") || this.isKw("async")) {
          const generators = this.parseComprehensionClauses();
          this.expectOp("}");
          return { kind: "SetComp", start: open.start, length: this.prevEnd - open.start, elt: e, generators };
        }
        const elts = [e];
        if (!this.isOp(",") && !this.isOp("}")) this.checkMissingComma(e);
        while (this.eatOp(",")) {
          if (this.isOp("}")) break;
          const x = this.parseStarNamedExpression();
          elts.push(x);
          if (!this.isOp(",") && !this.isOp("}")) this.checkMissingComma(x);
        }
        this.expectOp("}");
        return { kind: "Set", start: open.start, length: this.prevEnd - open.start, elts };
      }
      this.next();
      firstKey = e;
      firstValue = this.parseExpression();
      if (this.isKw("for") || this.isKw("async")) {
        const generators = this.parseComprehensionClauses();
        this.expectOp("}");
        return { kind: "DictComp", start: open.start, length: this.prevEnd - open.start, key: e, value: firstValue, generators };
      }
    }
    const keys: (A.Expr | null)[] = [firstKey];
    const values: A.Expr[] = [firstValue];
    while (this.eatOp(",")) {
      if (this.isOp("}")) break;
      if (this.eatOp("**")) {
        keys.push(null);
        values.push(this.parseBitOr());
        continue;
      }
      const k = this.parseExpression();
      if (!this.isOp(":")) {
        if (this.isOp(",") || this.isOp("}")) this.fail("':' expected after dictionary key", k.start, k.length);
        this.failAtToken();
      }
      this.next();
      keys.push(k);
      values.push(this.parseExpression());
    }
    this.expectOp("}");
    return { kind: "Dict", start: open.start, length: this.prevEnd - open.start, keys, values };
  }

  // -------------------------------------------------------------------------
  // String literals: implicit concatenation, bytes, f-strings (Python 3.11 rules)

  // strings: STRING+
  private parseStrings(): A.Constant | A.JoinedStr {
    const first = this.tok;
    const start = first.start;
    const parts: Token[] = [];
    while (this.tt() === TokenType.String) parts.push(this.next());
    const end = this.prevEnd;
    const isBytes = (first.flags & StringFlags.Bytes) !== 0;
    let anyF = false;
    for (const t of parts) {
      if (((t.flags & StringFlags.Bytes) !== 0) !== isBytes) this.fail("cannot mix bytes and nonbytes literals", start, end - start);
      if (t.flags & StringFlags.Format) anyF = true;
    }
    if (isBytes) {
      const chunks: Uint8Array[] = [];
      let total = 0;
      for (const t of parts) {
        const b = decodeBytesBody(t.value, (t.flags & StringFlags.Raw) !== 0, (e) => {
          if (e.message.startsWith("bytes")) this.fail(e.message, t.start, t.length);
          this.fail(e.message, t.start + t.length, 1);
        });
        chunks.push(b);
        total += b.length;
      }
      const value = new Uint8Array(total);
      let k = 0;
      for (const c of chunks) {
        value.set(c, k);
        k += c.length;
      }
      return { kind: "Constant", start, length: end - start, value: { type: "bytes", value }, constKind: null };
    }
    // CPython sets kind='u' only for a lowercase u prefix on the first literal.
    const constKind = this.src.charCodeAt(first.start) === 117 ? "u" : null;
    if (!anyF) {
      let s = "";
      for (const t of parts) s += this.decodeStr(t);
      return { kind: "Constant", start, length: end - start, value: { type: "str", value: s }, constKind };
    }
    const values: (A.Constant | A.FormattedValue)[] = [];
    const b = new FStringBuilder(values, start, end - start);
    for (const t of parts) {
      if (t.flags & StringFlags.Format) this.parseFStringBody(t, t.contentStart, t.contentStart + t.value.length, b, 0);
      else b.text(this.decodeStr(t));
    }
    b.flush();
    return { kind: "JoinedStr", start, length: end - start, values };
  }

  private decodeStr(t: Token): string {
    return decodeStringBody(t.value, (t.flags & StringFlags.Raw) !== 0, (e) => this.fail(e.message, t.start + t.length, 1));
  }

  // Parses src[from, to) of an f-string token into builder `b`; returns the offset where
  // parsing stopped (at a '}' when inside a format spec, depth > 0).
  private parseFStringBody(t: Token, from: number, to: number, b: FStringBuilder, depth: number): number {
    const src = this.src;
    const raw = (t.flags & StringFlags.Raw) !== 0;
    const tokEnd = t.start + t.length;
    let i = from;
    let litStart = i;
    const flushLiteral = (endAt: number, extra = "") => {
      if (endAt > litStart) {
        const body = src.slice(litStart, endAt);
        b.text(decodeStringBody(body, raw, (e) => this.fail(e.message, tokEnd, 1)));
      }
      if (extra) b.text(extra);
    };
    while (i < to) {
      const c = src.charCodeAt(i);
      if (c === 92 && !raw) {
        // \N{...} braces belong to the escape, not to a replacement field.
        if (src.charCodeAt(i + 1) === 78 && src.charCodeAt(i + 2) === 123) {
          const close = src.indexOf("}", i);
          i = close < 0 || close >= to ? to : close + 1;
        } else i += 2;
        continue;
      }
      if (c === 123) {
        if (depth === 0 && src.charCodeAt(i + 1) === 123) {
          flushLiteral(i, "{");
          i += 2;
          litStart = i;
          continue;
        }
        if (depth >= 2) this.fail("f-string: expressions nested too deeply", tokEnd, 1);
        flushLiteral(i);
        i = this.parseFStringField(t, i + 1, to, b, depth);
        litStart = i;
        continue;
      }
      if (c === 125) {
        if (depth > 0) {
          flushLiteral(i);
          return i;
        }
        if (src.charCodeAt(i + 1) === 125) {
          flushLiteral(i, "}");
          i += 2;
          litStart = i;
          continue;
        }
        this.fail("f-string: single '}' is not allowed", tokEnd, 1);
      }
      i++;
    }
    flushLiteral(to);
    return to;
  }

  // Parses one replacement field starting just after '{'; returns the offset after its '}'.
  private parseFStringField(t: Token, from: number, to: number, b: FStringBuilder, depth: number): number {
    const src = this.src;
    const tokEnd = t.start + t.length;
    // Find the end of the expression: a top-level '!', ':', '=' (self-documenting) or '}'.
    let i = from;
    let nest = 0;
    let quote = 0;
    let exprEnd = -1;
    let selfDoc = false;
    while (i < to) {
      const c = src.charCodeAt(i);
      if (quote) {
        if (c === quote) quote = 0;
        i++;
        continue;
      }
      if (c === 92) this.fail("f-string expression part cannot include a backslash", tokEnd, 1);
      if (c === 39 || c === 34) {
        quote = c;
        i++;
        continue;
      }
      if (c === 40 || c === 91 || c === 123) nest++;
      else if (c === 41 || c === 93 || c === 125) {
        if (nest === 0) {
          if (c === 125) {
            exprEnd = i;
            break;
          }
          this.fail(`f-string: unmatched '${String.fromCharCode(c)}'`, tokEnd, 1);
        }
        nest--;
      } else if (c === 35) this.fail("f-string expression part cannot include '#'", tokEnd, 1);
      else if (nest === 0) {
        const d = src.charCodeAt(i + 1);
        if (c === 33 && d !== 61) {
          exprEnd = i;
          break;
        }
        if (c === 58) {
          exprEnd = i;
          break;
        }
        if (c === 61 && d !== 61) {
          const prev = src.charCodeAt(i - 1);
          if (prev !== 61 && prev !== 33 && prev !== 60 && prev !== 62) {
            exprEnd = i;
            selfDoc = true;
            break;
          }
        }
        if ((c === 61 || c === 33 || c === 60 || c === 62) && d === 61) i++;
      }
      i++;
    }
    if (exprEnd < 0) this.fail(quote ? "f-string: unterminated string" : "f-string: expecting '}'", tokEnd, 1);
    const exprText = src.slice(from, exprEnd);
    if (exprText.trim() === "") {
      this.fail("f-string: empty expression not allowed", tokEnd, 1);
    }
    const value = this.parseFStringExpression(from, exprEnd, tokEnd);
    i = exprEnd;
    let conversion = -1;
    if (selfDoc) {
      i++;
      while (i < to && (src.charCodeAt(i) === 32 || src.charCodeAt(i) === 9 || src.charCodeAt(i) === 10)) i++;
      b.text(src.slice(from, i));
    }
    if (src.charCodeAt(i) === 33) {
      const cc = src.charCodeAt(i + 1);
      if (i + 1 >= to) this.fail("f-string: expecting '}'", tokEnd, 1);
      if (cc !== 115 && cc !== 114 && cc !== 97) {
        this.fail("f-string: invalid conversion character: expected 's', 'r', or 'a'", tokEnd, 1);
      }
      conversion = cc;
      i += 2;
      const nc = src.charCodeAt(i);
      if (i >= to || (nc !== 58 && nc !== 125)) this.fail("f-string: expecting '}'", tokEnd, 1);
    }
    let format_spec: A.JoinedStr | null = null;
    if (src.charCodeAt(i) === 58 && i < to) {
      const specValues: (A.Constant | A.FormattedValue)[] = [];
      const sb = new FStringBuilder(specValues, b.start, b.length);
      i = this.parseFStringBody(t, i + 1, to, sb, depth + 1);
      sb.flush();
      format_spec = { kind: "JoinedStr", start: b.start, length: b.length, values: specValues };
    }
    if (i >= to || src.charCodeAt(i) !== 125) this.fail("f-string: expecting '}'", tokEnd, 1);
    if (selfDoc && conversion === -1 && format_spec === null) conversion = 114;
    b.value({ kind: "FormattedValue", start: b.start, length: b.length, value, conversion, format_spec });
    return i + 1;
  }

  // The expression inside a replacement field is tokenized as if wrapped in parentheses,
  // which is also what CPython 3.11 does (so newlines inside are fine).
  private parseFStringExpression(from: number, to: number, tokEnd: number): A.Expr {
    const text = "(" + this.src.slice(from, to) + ")";
    const tk = tokenize(text);
    const shift = from - 1;
    for (const tok of tk.tokens) {
      tok.start += shift;
      if (tok.contentStart) tok.contentStart += shift;
    }
    if (tk.diagnostics.length > 0) this.fail("f-string: " + tk.diagnostics[0].message, tokEnd, 1);
    const sub = new Parser(this.src, tk.tokens, this.lineStarts);
    sub.fnKind = this.fnKind;
    sub.loopDepth = this.loopDepth;
    sub.p = 1; // skip the synthetic '('
    let e: A.Expr;
    try {
      e = sub.isKw("yield") ? sub.parseYield() : sub.parseStarExpressions();
      if (!sub.isOp(")") || sub.peekTok(1).type !== TokenType.NewLine) sub.failAtToken();
    } catch (err) {
      if (err !== ABORT) throw err;
      this.fail("f-string: invalid syntax", tokEnd, 1);
    }
    for (const d of sub.diags) this.diags.push(d);
    return e;
  }
}

/** Accumulates JoinedStr parts, merging adjacent literal text as CPython does. */
class FStringBuilder {
  private pending = "";
  constructor(
    private readonly out: (A.Constant | A.FormattedValue)[],
    readonly start: number,
    readonly length: number,
  ) {}
  text(s: string): void {
    this.pending += s;
  }
  value(v: A.FormattedValue): void {
    this.flush();
    this.out.push(v);
  }
  flush(): void {
    if (this.pending) {
      this.out.push({ kind: "Constant", start: this.start, length: this.length, value: { type: "str", value: this.pending }, constKind: null });
      this.pending = "";
    }
  }
}



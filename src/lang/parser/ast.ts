// Tauraro AST: a structural mirror of CPython 3.11's `ast` module.
//
// Every interface corresponds to one CPython ast class: `kind` is the class name
// and the remaining fields carry CPython's exact field names (snake_case kept),
// so code written against Python's ast documentation reads naturally here.
// Optional (`?`) fields in CPython's ASDL are `null` when absent; sequence fields
// are always arrays. Positions are source offsets (`start`, `length`); line and
// column are derived only when printing (see diagnostics.ts `lineCol`).
//
// Deviations from CPython, all forced by JavaScript:
//   * Constant's CPython field `kind` (the `u` prefix marker) is `constKind`,
//     because `kind` is our discriminant.
//   * Constant values are tagged (`ConstValue`) so ints keep arbitrary precision
//     and str/bytes/bool/None/Ellipsis stay distinguishable.
//   * `type_comment` fields are omitted (we never produce them).

export interface Span {
  start: number;
  length: number;
}

// ---------------------------------------------------------------------------
// Operators and contexts (CPython singletons become string tags)

export type ExprContext = "Load" | "Store" | "Del";
export type Operator =
  | "Add" | "Sub" | "Mult" | "MatMult" | "Div" | "Mod" | "Pow"
  | "LShift" | "RShift" | "BitOr" | "BitXor" | "BitAnd" | "FloorDiv";
export type UnaryOperator = "Invert" | "Not" | "UAdd" | "USub";
export type BoolOperator = "And" | "Or";
export type CmpOperator = "Eq" | "NotEq" | "Lt" | "LtE" | "Gt" | "GtE" | "Is" | "IsNot" | "In" | "NotIn";

// ---------------------------------------------------------------------------
// Constant values

export type ConstValue =
  | { type: "int"; value: bigint }
  | { type: "float"; value: number }
  | { type: "complex"; imag: number }
  | { type: "str"; value: string }
  | { type: "bytes"; value: Uint8Array }
  | { type: "bool"; value: boolean }
  | { type: "None" }
  | { type: "Ellipsis" };

// ---------------------------------------------------------------------------
// Module

export interface Module extends Span {
  kind: "Module";
  body: Stmt[];
  type_ignores: never[];
}

// ---------------------------------------------------------------------------
// Statements

export interface FunctionDef extends Span {
  kind: "FunctionDef";
  name: string;
  args: Arguments;
  body: Stmt[];
  decorator_list: Expr[];
  returns: Expr | null;
}

export interface AsyncFunctionDef extends Span {
  kind: "AsyncFunctionDef";
  name: string;
  args: Arguments;
  body: Stmt[];
  decorator_list: Expr[];
  returns: Expr | null;
}

export interface ClassDef extends Span {
  kind: "ClassDef";
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decorator_list: Expr[];
}

export interface Return extends Span {
  kind: "Return";
  value: Expr | null;
}

export interface Delete extends Span {
  kind: "Delete";
  targets: Expr[];
}

export interface Assign extends Span {
  kind: "Assign";
  targets: Expr[];
  value: Expr;
}

export interface AugAssign extends Span {
  kind: "AugAssign";
  target: Expr;
  op: Operator;
  value: Expr;
}

export interface AnnAssign extends Span {
  kind: "AnnAssign";
  target: Expr;
  annotation: Expr;
  value: Expr | null;
  /** 1 when the target is a bare (unparenthesized) Name, as in CPython. */
  simple: number;
}

export interface For extends Span {
  kind: "For";
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
}

export interface AsyncFor extends Span {
  kind: "AsyncFor";
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
}

export interface While extends Span {
  kind: "While";
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}

export interface If extends Span {
  kind: "If";
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}

export interface With extends Span {
  kind: "With";
  items: WithItem[];
  body: Stmt[];
}

export interface AsyncWith extends Span {
  kind: "AsyncWith";
  items: WithItem[];
  body: Stmt[];
}

export interface Match extends Span {
  kind: "Match";
  subject: Expr;
  cases: MatchCase[];
}

export interface Raise extends Span {
  kind: "Raise";
  exc: Expr | null;
  cause: Expr | null;
}

export interface Try extends Span {
  kind: "Try";
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}

export interface TryStar extends Span {
  kind: "TryStar";
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}

export interface Assert extends Span {
  kind: "Assert";
  test: Expr;
  msg: Expr | null;
}

export interface Import extends Span {
  kind: "Import";
  names: Alias[];
}

export interface ImportFrom extends Span {
  kind: "ImportFrom";
  module: string | null;
  names: Alias[];
  /** Number of leading dots (0 for absolute imports). */
  level: number;
}

export interface Global extends Span {
  kind: "Global";
  names: string[];
}

export interface Nonlocal extends Span {
  kind: "Nonlocal";
  names: string[];
}

export interface ExprStmt extends Span {
  kind: "Expr";
  value: Expr;
}

export interface Pass extends Span {
  kind: "Pass";
}

export interface Break extends Span {
  kind: "Break";
}

export interface Continue extends Span {
  kind: "Continue";
}

export type Stmt =
  | FunctionDef | AsyncFunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign
  | For | AsyncFor | While | If | With | AsyncWith | Match | Raise | Try | TryStar | Assert
  | Import | ImportFrom | Global | Nonlocal | ExprStmt | Pass | Break | Continue;

// ---------------------------------------------------------------------------
// Expressions

export interface BoolOp extends Span {
  kind: "BoolOp";
  op: BoolOperator;
  values: Expr[];
}

export interface NamedExpr extends Span {
  kind: "NamedExpr";
  target: Name;
  value: Expr;
}

export interface BinOp extends Span {
  kind: "BinOp";
  left: Expr;
  op: Operator;
  right: Expr;
}

export interface UnaryOp extends Span {
  kind: "UnaryOp";
  op: UnaryOperator;
  operand: Expr;
}

export interface Lambda extends Span {
  kind: "Lambda";
  args: Arguments;
  body: Expr;
}

export interface IfExp extends Span {
  kind: "IfExp";
  test: Expr;
  body: Expr;
  orelse: Expr;
}

export interface Dict extends Span {
  kind: "Dict";
  /** `null` key marks a `**mapping` entry whose mapping is the matching value. */
  keys: (Expr | null)[];
  values: Expr[];
}

export interface SetExpr extends Span {
  kind: "Set";
  elts: Expr[];
}

export interface ListComp extends Span {
  kind: "ListComp";
  elt: Expr;
  generators: Comprehension[];
}

export interface SetComp extends Span {
  kind: "SetComp";
  elt: Expr;
  generators: Comprehension[];
}

export interface DictComp extends Span {
  kind: "DictComp";
  key: Expr;
  value: Expr;
  generators: Comprehension[];
}

export interface GeneratorExp extends Span {
  kind: "GeneratorExp";
  elt: Expr;
  generators: Comprehension[];
}

export interface Await extends Span {
  kind: "Await";
  value: Expr;
}

export interface Yield extends Span {
  kind: "Yield";
  value: Expr | null;
}

export interface YieldFrom extends Span {
  kind: "YieldFrom";
  value: Expr;
}

export interface Compare extends Span {
  kind: "Compare";
  left: Expr;
  ops: CmpOperator[];
  comparators: Expr[];
}

export interface Call extends Span {
  kind: "Call";
  func: Expr;
  args: Expr[];
  keywords: Keyword[];
}

export interface FormattedValue extends Span {
  kind: "FormattedValue";
  value: Expr;
  /** -1 (none), 115 ('s'), 114 ('r') or 97 ('a'), as in CPython. */
  conversion: number;
  format_spec: JoinedStr | null;
}

export interface JoinedStr extends Span {
  kind: "JoinedStr";
  values: (Constant | FormattedValue)[];
}

export interface Constant extends Span {
  kind: "Constant";
  value: ConstValue;
  /** CPython's `Constant.kind`: "u" when the (first) string literal had a u prefix. */
  constKind: "u" | null;
}

export interface Attribute extends Span {
  kind: "Attribute";
  value: Expr;
  attr: string;
  ctx: ExprContext;
}

export interface Subscript extends Span {
  kind: "Subscript";
  value: Expr;
  slice: Expr;
  ctx: ExprContext;
}

export interface Starred extends Span {
  kind: "Starred";
  value: Expr;
  ctx: ExprContext;
}

export interface Name extends Span {
  kind: "Name";
  id: string;
  ctx: ExprContext;
}

export interface List extends Span {
  kind: "List";
  elts: Expr[];
  ctx: ExprContext;
}

export interface Tuple extends Span {
  kind: "Tuple";
  elts: Expr[];
  ctx: ExprContext;
}

export interface Slice extends Span {
  kind: "Slice";
  lower: Expr | null;
  upper: Expr | null;
  step: Expr | null;
}

export type Expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | SetExpr | ListComp | SetComp
  | DictComp | GeneratorExp | Await | Yield | YieldFrom | Compare | Call | FormattedValue
  | JoinedStr | Constant | Attribute | Subscript | Starred | Name | List | Tuple | Slice;

// ---------------------------------------------------------------------------
// Helper node classes (lower-case class names in CPython)

export interface Comprehension extends Span {
  kind: "comprehension";
  target: Expr;
  iter: Expr;
  ifs: Expr[];
  /** 1 for `async for`, else 0 (CPython uses an int). */
  is_async: number;
}

export interface ExceptHandler extends Span {
  kind: "ExceptHandler";
  type: Expr | null;
  name: string | null;
  body: Stmt[];
}

export interface Arguments extends Span {
  kind: "arguments";
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  /** Parallel to kwonlyargs; `null` where the keyword-only arg has no default. */
  kw_defaults: (Expr | null)[];
  kwarg: Arg | null;
  /** Defaults for the last N of posonlyargs+args. */
  defaults: Expr[];
}

export interface Arg extends Span {
  kind: "arg";
  arg: string;
  annotation: Expr | null;
}

export interface Keyword extends Span {
  kind: "keyword";
  /** `null` for `**mapping`. */
  arg: string | null;
  value: Expr;
}

export interface Alias extends Span {
  kind: "alias";
  name: string;
  asname: string | null;
}

export interface WithItem extends Span {
  kind: "withitem";
  context_expr: Expr;
  optional_vars: Expr | null;
}

export interface MatchCase extends Span {
  kind: "match_case";
  pattern: Pattern;
  guard: Expr | null;
  body: Stmt[];
}

// ---------------------------------------------------------------------------
// Match patterns

export interface MatchValue extends Span {
  kind: "MatchValue";
  value: Expr;
}

export interface MatchSingleton extends Span {
  kind: "MatchSingleton";
  /** Always a bool or None constant. */
  value: ConstValue;
}

export interface MatchSequence extends Span {
  kind: "MatchSequence";
  patterns: Pattern[];
}

export interface MatchMapping extends Span {
  kind: "MatchMapping";
  keys: Expr[];
  patterns: Pattern[];
  rest: string | null;
}

export interface MatchClass extends Span {
  kind: "MatchClass";
  cls: Expr;
  patterns: Pattern[];
  kwd_attrs: string[];
  kwd_patterns: Pattern[];
}

export interface MatchStar extends Span {
  kind: "MatchStar";
  name: string | null;
}

export interface MatchAs extends Span {
  kind: "MatchAs";
  pattern: Pattern | null;
  name: string | null;
}

export interface MatchOr extends Span {
  kind: "MatchOr";
  patterns: Pattern[];
}

export type Pattern =
  | MatchValue | MatchSingleton | MatchSequence | MatchMapping | MatchClass | MatchStar | MatchAs | MatchOr;

export type Node =
  | Module | Stmt | Expr | Pattern
  | Comprehension | ExceptHandler | Arguments | Arg | Keyword | Alias | WithItem | MatchCase;

export type NodeKind = Node["kind"];

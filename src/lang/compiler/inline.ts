/**
 * Inline fast paths the code generator wraps around operators and calls: the common case (JS
 * numbers, plain functions, a method cache hit) runs as straight JavaScript that V8 keeps in
 * registers and inlines, and everything else calls the runtime helper that implements the full
 * Python semantics. Every builder returns one JS expression that evaluates each operand exactly
 * once, left to right, whichever path is taken.
 */

/** One operand: `js` evaluates it (possibly into a temp), `ref` reads the value back. */
export interface Operand {
  js: string;
  ref: string;
  /** What is known statically: an int or non-integral float literal, a str literal, or nothing. */
  kind: "int" | "float" | "str" | "?";
  /** For int literals: the value (to pick cheaper checks for positive divisors and shifts). */
  value?: number;
  /** What the number fast path reads instead of `ref` (an integral float literal's number). */
  fast?: string;
}

/** The largest int a JS number holds exactly; past it ints are BigInts. */
const MAX = "9007199254740991";

/** `a, b` evaluated first (into their temps), then `body`. */
function seq(a: Operand, b: Operand, body: string): string {
  const pre = [a, b].filter((x) => x.js !== x.ref).map((x) => x.js);
  return pre.length ? `(${pre.join(", ")}, ${body})` : `(${body})`;
}

function isNum(x: Operand): string[] {
  return x.kind === "?" ? [`typeof ${x.ref} === "number"`] : [];
}

function isInt(x: Operand): string[] {
  return x.kind === "int" ? [] : [`typeof ${x.ref} === "number" && Number.isInteger(${x.ref})`];
}

/** `Number.isInteger` tests are only needed for operands that might be ints. */
function intTest(x: Operand): string {
  return x.kind === "int" ? "" : `Number.isInteger(${x.ref}) && `;
}

/**
 * `a + b`, `a - b`, `a * b`, `a / b`: a JS number result is the Python result unless it is
 * integral (then it must be an int from two ints within 2^53, else a float box or a BigInt).
 */
export function arithJs(sym: "+" | "-" | "*" | "/", a: Operand, b: Operand, r: string, slow: string, dunder?: DunderSite): string {
  if (a.kind !== "?" && b.kind !== "?" && (a.kind === "str" || b.kind === "str")) return `${slow}(${a.js}, ${b.js})`;
  if (dunder !== undefined && a.kind === "?" && b.kind === "?") {
    // two instances of one class: the site's cached `__sub__` (say) is called here, inlinably
    const { ic, epoch, done, cached, op } = dunder;
    const hit = `${a.ref}.$cls === ${ic}.t && ${b.ref}.$cls === ${ic}.t && ${ic}.e === ${epoch}.v`;
    const call = `(${hit} ? ${done}(${ic}.m(${a.ref}, ${b.ref}), ${a.ref}, ${b.ref}, ${op}) : ${cached}(${a.ref}, ${b.ref}, ${ic}))`;
    return arithCore(sym, a, b, r, call);
  }
  return arithCore(sym, a, b, r, `${slow}(${a.ref}, ${b.ref})`);
}

/** What a `+ - * /` site needs for its same-class dunder cache (see ops.ts binopC). */
export interface DunderSite {
  ic: string;
  epoch: string;
  /** `$binDone(result, a, b, op)`: NotImplemented from the cached method is a TypeError. */
  done: string;
  /** The helper that computes the operation and fills the cache: `$addC(a, b, ic)`. */
  cached: string;
  /** The operator's number (ops.ts Op). */
  op: number;
}

function arithCore(sym: "+" | "-" | "*" | "/", a: Operand, b: Operand, r: string, slowCall: string): string {
  const tests = [...isNum(a), ...isNum(b)];
  const nonint = `!Number.isInteger(${r})`;
  if (sym === "/") {
    const ok = b.kind === "?" ? `${b.ref} !== 0 && ${nonint}` : b.ref === "0" ? "false" : nonint;
    tests.push(`(${r} = ${a.ref} / ${b.ref}, ${ok})`);
  } else {
    const bothInt =
      a.kind === "float" || b.kind === "float" ? "false" : `${intTest(a)}${intTest(b)}${r} <= ${MAX} && ${r} >= -${MAX}`;
    // `+ 0` turns -0 into 0: an int product is never -0, and a float -0.0 fails the int test
    const calc = sym === "*" ? `${a.ref} * ${b.ref} + 0` : `${a.ref} ${sym} ${b.ref}`;
    tests.push(`(${r} = ${calc}, ${nonint} || ${bothInt})`);
  }
  return seq(a, b, `${tests.join(" && ")} ? ${r} : ${slowCall}`);
}

/** `a ** 2` as a product, `a ** 0.5` as a square root of a positive number (what pow gives). */
export function powJs(a: Operand, exp: 2 | 0.5, r: string, slow: string): string {
  const none: Operand = { js: "", ref: "", kind: "int" };
  if (exp === 2) {
    const bothInt = a.kind === "float" ? "false" : `${intTest(a)}${r} <= ${MAX}`;
    return seq(a, none, `${isNum(a).concat(`(${r} = ${a.ref} * ${a.ref}, !Number.isInteger(${r}) || ${bothInt})`).join(" && ")} ? ${r} : ${slow}(${a.ref}, 2)`);
  }
  return seq(
    a,
    none,
    `${isNum(a).concat(`${a.ref} > 0`, `(${r} = Math.sqrt(${a.ref}), !Number.isInteger(${r}))`).join(" && ")} ? ${r} : ${slow}(${a.ref}, 0.5)`,
  );
}

/**
 * `a % b` and `a // b` for ints with a positive divisor: JS `%` truncates, Python's result takes
 * the divisor's sign; `Math.floor(a / b)` is exact for |a| ≤ 2^53.
 */
export function divModJs(op: "%" | "//", a: Operand, b: Operand, r: string, slow: string): string {
  const tests = [...isInt(a), ...isInt(b)];
  if (!(b.kind === "int" && (b.value ?? 0) > 0)) tests.push(`${b.ref} > 0`);
  // Past 32 bits JS `%` is a slow fmod; a - floor(a/b)*b is exact there (|a| < 2^53) and
  // already has the divisor's sign. A small divisor keeps the result a small int (`| 0`).
  const small = b.kind === "int" && (b.value ?? 0) <= 0x40000000;
  const wide = `${a.ref} - Math.floor(${a.ref} / ${b.ref}) * ${b.ref}${small ? " | 0" : ""}`;
  const fast =
    op === "%"
      ? `((${a.ref} | 0) === ${a.ref} ? ((${r} = ${a.ref} % ${b.ref}) < 0 ? ${r} + ${b.ref} : ${r} + 0) : ${wide})`
      : `Math.floor(${a.ref} / ${b.ref}) + 0`;
  if (tests.length === 0) return seq(a, b, fast);
  return seq(a, b, `${tests.join(" && ")} ? ${fast} : ${slow}(${a.ref}, ${b.ref})`);
}

/** `&`, `|`, `^`, `>>` on ints that fit in 32 bits, where JS and Python agree. */
export function bitJs(sym: "&" | "|" | "^" | ">>", a: Operand, b: Operand, slow: string): string {
  const int32 = (x: Operand) =>
    x.kind === "int" && x.value !== undefined && (x.value | 0) === x.value ? [] : [`typeof ${x.ref} === "number" && (${x.ref} | 0) === ${x.ref}`];
  const tests = [...int32(a), ...int32(b)];
  if (sym === ">>") {
    if (!(b.kind === "int" && b.value !== undefined && b.value >= 0 && b.value < 32)) tests.push(`${b.ref} >= 0 && ${b.ref} < 32`);
  }
  const fast = `${a.ref} ${sym} ${b.ref}`;
  if (tests.length === 0) return seq(a, b, fast);
  return seq(a, b, `${tests.join(" && ")} ? ${fast} : ${slow}(${a.ref}, ${b.ref})`);
}

const ORDER = { Lt: "<", LtE: "<=", Gt: ">", GtE: ">=" } as const;

/**
 * Comparisons: numbers compare as JS numbers (ints are exact below 2^53, NaN is unordered in
 * both), and `==`/`!=` of two strs or two numbers is JS equality. str ordering is not inlined:
 * JS orders UTF-16 units, Python code points.
 */
export function compareJs(op: "Eq" | "NotEq" | "Lt" | "LtE" | "Gt" | "GtE", a: Operand, b: Operand, slow: string): string {
  let test: string;
  let fast: string;
  const fa = a.fast ?? a.ref, fb = b.fast ?? b.ref;
  if (op === "Eq" || op === "NotEq") {
    fast = `${fa} ${op === "Eq" ? "===" : "!=="} ${fb}`;
    if (a.kind !== "?" && b.kind !== "?") return seq(a, b, `${slow}(${a.ref}, ${b.ref})`);
    const known = a.kind !== "?" ? a : b.kind !== "?" ? b : null;
    if (known !== null) {
      const other = known === a ? b : a;
      test = `typeof ${other.ref} === "${known.kind === "str" ? "string" : "number"}"`;
    } else {
      test = `(typeof ${a.ref} === "number" || typeof ${a.ref} === "string") && typeof ${a.ref} === typeof ${b.ref}`;
    }
  } else {
    if (a.kind === "str" || b.kind === "str") return seq(a, b, `${slow}(${a.ref}, ${b.ref})`);
    fast = `${fa} ${ORDER[op]} ${fb}`;
    const tests = [...isNum(a), ...isNum(b)];
    if (tests.length === 0) return seq(a, b, fast);
    test = tests.join(" && ");
  }
  return seq(a, b, `${test} ? ${fast} : ${slow}(${a.ref}, ${b.ref})`);
}

/**
 * `f(a, …)` with up to three positional arguments: a plain function that takes exactly these is
 * called right here (its own call site, so V8 can inline it); anything else goes to `$callN`.
 * `args` are operands (evaluated after `f`, into temps, so neither branch repeats their code).
 */
export function callJs(f: string, ft: string, args: Operand[], slow: string): string {
  const n = args.length;
  const list = args.map((a) => a.ref).join(", ");
  const pre = [`${ft} = ${f}`, ...args.filter((a) => a.js !== a.ref).map((a) => a.js)].join(", ");
  // a plain class's constructor (`$ctorN`, see call.ts) is the other direct call
  return (
    `(${pre}, typeof ${ft} === "function" ? (${ft}.$np >= ${n} && ${ft}.$nr <= ${n} ? ${ft}(${list}) : ${slow}(${ft}${n ? ", " + list : ""})) : ` +
    `${ft}.$ctor${n} !== undefined ? ${ft}.$ctor${n}(${list}) : ${slow}(${ft}${n ? ", " + list : ""}))`
  );
}

/**
 * `o.name(a, …)` through the site's method cache: on a hit (same class, no class changed since
 * it was filled) the cached function is called here; a miss fills the cache in `$cmN`.
 */
export function methodCallJs(o: string, ot: string, name: string, args: Operand[], ic: string, epoch: string, slow: string): string {
  const list = args.map((a) => ", " + a.ref).join("");
  const pre = [`${ot} = ${o}`, ...args.filter((a) => a.js !== a.ref).map((a) => a.js)].join(", ");
  return `(${pre}, ${ot}.$cls === ${ic}.t && ${ic}.e === ${epoch}.v ? ${ic}.m(${ot}${list}) : ${slow}(${ot}, ${JSON.stringify(name)}${list}, ${ic}))`;
}

/** The JS names of the exact built-in types subscripts are specialised for. */
export interface SeqTypes {
  list: string;
  tuple: string;
  dict: string;
}

/**
 * `o[k]`: an exact list or tuple with an in-range int index, or an exact dict with a str key
 * that is present, is read here; everything else (negative indexes, slices, missing keys,
 * subclasses, `__getitem__`) goes to `$getitem`.
 */
export function getitemJs(o: Operand, k: Operand, c: string, v: string, t: SeqTypes, slow: string): string {
  const call = `${slow}(${o.ref}, ${k.ref})`;
  if (k.kind === "str") return seq(o, k, `${o.ref}.$cls === ${t.dict} && (${v} = ${o.ref}.m.get(${k.ref})) !== undefined ? ${v} : ${call}`);
  const isSeq = `((${c} = ${o.ref}.$cls) === ${t.list} || ${c} === ${t.tuple})`;
  if (k.kind === "int") {
    const idx = (k.value ?? 0) < 0 ? `${o.ref}.a.length ${k.ref.replace(/^\((-.*)\)$/, "$1")}` : k.ref;
    return seq(o, k, `${isSeq} && (${v} = ${o.ref}.a[${idx}]) !== undefined ? ${v} : ${call}`);
  }
  if (k.kind !== "?") return seq(o, k, call);
  return seq(
    o,
    k,
    `${isSeq} ? (typeof ${k.ref} === "number" && (${v} = ${o.ref}.a[${k.ref}]) !== undefined ? ${v} : ${call}) : ` +
      `${c} === ${t.dict} && typeof ${k.ref} === "string" && (${v} = ${o.ref}.m.get(${k.ref})) !== undefined ? ${v} : ${call}`,
  );
}

/** `o[k] = x` as a statement: exact lists with an in-range index and exact dicts with str keys here. */
export function setitemJs(o: Operand, k: Operand, x: Operand, c: string, t: SeqTypes, slow: string): string {
  const pre = [o, k, x].filter((p) => p.js !== p.ref).map((p) => p.js + ";").join(" ");
  const list = `${c} === ${t.list} && typeof ${k.ref} === "number" && (${k.ref} >>> 0) === ${k.ref} && ${k.ref} < ${o.ref}.a.length`;
  const dict = `${c} === ${t.dict} && typeof ${k.ref} === "string"`;
  const call = `${slow}(${o.ref}, ${k.ref}, ${x.ref});`;
  if (k.kind === "str") return `${pre} if (${o.ref}.$cls === ${t.dict}) ${o.ref}.m.set(${k.ref}, ${x.ref}); else ${call}`;
  return `${pre} ${c} = ${o.ref}.$cls; if (${list}) ${o.ref}.a[${k.ref}] = ${x.ref}; else if (${dict}) ${o.ref}.m.set(${k.ref}, ${x.ref}); else ${call}`;
}

/**
 * A port of CPython 3.11's `re/_parser.py`: Python regular-expression syntax → an sre-like tree,
 * with the same error messages and positions. `emit.ts` turns the tree into a JS RegExp source.
 *
 * Patterns are handled as arrays of code points (bytes patterns as latin-1 characters), so
 * positions in errors count characters like CPython.
 */

export const MAXREPEAT = 4294967295;
export const MAXGROUPS = 1073741823;

export const F = {
  TEMPLATE: 1,
  IGNORECASE: 2,
  LOCALE: 4,
  MULTILINE: 8,
  DOTALL: 16,
  UNICODE: 32,
  VERBOSE: 64,
  DEBUG: 128,
  ASCII: 256,
} as const;

const TYPE_FLAGS = F.ASCII | F.LOCALE | F.UNICODE;
const GLOBAL_FLAGS = F.DEBUG | F.TEMPLATE;

const FLAGS: Record<string, number> = {
  i: F.IGNORECASE,
  L: F.LOCALE,
  m: F.MULTILINE,
  s: F.DOTALL,
  x: F.VERBOSE,
  a: F.ASCII,
  t: F.TEMPLATE,
  u: F.UNICODE,
};

export type Cat = "d" | "D" | "s" | "S" | "w" | "W";
export type SetItem = { t: "NEG" } | { t: "LIT"; c: number } | { t: "RANGE"; lo: number; hi: number } | { t: "CAT"; cat: Cat };
export type At = "BEG" | "BEGS" | "END" | "ENDS" | "B" | "NB";

export type Node =
  | { op: "LIT"; c: number }
  | { op: "NLIT"; c: number }
  | { op: "ANY" }
  | { op: "IN"; items: SetItem[] }
  | { op: "AT"; at: At }
  | { op: "BRANCH"; alts: Node[][] }
  | { op: "SUB"; group: number | null; add: number; del: number; p: Node[] }
  | { op: "ATOMIC"; p: Node[] }
  | { op: "REP"; kind: "max" | "min" | "poss"; min: number; max: number; item: Node[] }
  | { op: "REF"; g: number }
  | { op: "REFX"; g: number; yes: Node[]; no: Node[] | null }
  | { op: "ASSERT"; neg: boolean; dir: 1 | -1; p: Node[] };

/** A parse error: message and position (null when CPython reports none). */
export class ReError {
  constructor(public msg: string, public pos: number | null, public kind: "error" | "OverflowError" | "ValueError" | "IndexError" = "error") {}
}

const DIGITS = new Set("0123456789");
const OCTDIGITS = new Set("01234567");
const HEXDIGITS = new Set("0123456789abcdefABCDEF");
const isAsciiLetter = (c: string) => /^[A-Za-z]$/.test(c);
const WHITESPACE = new Set(" \t\n\r\v\f");
const SPECIAL_CHARS = ".\\[{()*+?^$|";
const REPEAT_CHARS = "*+?{";

const ESCAPES: Record<string, number> = {
  "\\a": 7,
  "\\b": 8,
  "\\f": 12,
  "\\n": 10,
  "\\r": 13,
  "\\t": 9,
  "\\v": 11,
  "\\\\": 92,
};

const CATEGORIES: Record<string, Node> = {
  "\\A": { op: "AT", at: "BEGS" },
  "\\b": { op: "AT", at: "B" },
  "\\B": { op: "AT", at: "NB" },
  "\\d": { op: "IN", items: [{ t: "CAT", cat: "d" }] },
  "\\D": { op: "IN", items: [{ t: "CAT", cat: "D" }] },
  "\\s": { op: "IN", items: [{ t: "CAT", cat: "s" }] },
  "\\S": { op: "IN", items: [{ t: "CAT", cat: "S" }] },
  "\\w": { op: "IN", items: [{ t: "CAT", cat: "w" }] },
  "\\W": { op: "IN", items: [{ t: "CAT", cat: "W" }] },
  "\\Z": { op: "AT", at: "ENDS" },
};

/** Python's str.isidentifier (close enough: Unicode ID_Start/ID_Continue). */
export function isIdentifier(s: string): boolean {
  return /^[\p{ID_Start}_][\p{ID_Continue}]*$/u.test(s);
}

function pyReprStr(s: string): string {
  // repr() of a str, as used in messages
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === q || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (c < 0x20 || c === 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += ch;
  }
  return out + q;
}

export class Tokenizer {
  chars: string[];
  index = 0;
  next: string | null = null;
  constructor(public text: string, public istext: boolean) {
    this.chars = istext ? Array.from(text) : text.split("");
    this.advance();
  }
  private advance(): void {
    let index = this.index;
    if (index >= this.chars.length) {
      this.next = null;
      return;
    }
    let char = this.chars[index];
    if (char === "\\") {
      index++;
      if (index >= this.chars.length) throw new ReError("bad escape (end of pattern)", this.chars.length - 1);
      char += this.chars[index];
    }
    this.index = index + 1;
    this.next = char;
  }
  match(c: string): boolean {
    if (c === this.next) {
      this.advance();
      return true;
    }
    return false;
  }
  get(): string | null {
    const t = this.next;
    this.advance();
    return t;
  }
  getwhile(n: number, set: Set<string>): string {
    let r = "";
    for (let i = 0; i < n; i++) {
      const c = this.next;
      if (c === null || !set.has(c)) break;
      r += c;
      this.advance();
    }
    return r;
  }
  getuntil(terminator: string, name: string): string {
    let result = "";
    for (;;) {
      const c = this.next;
      this.advance();
      if (c === null) {
        if (!result) throw this.error("missing " + name);
        throw this.error(`missing ${terminator}, unterminated name`, Array.from(result).length);
      }
      if (c === terminator) {
        if (!result) throw this.error("missing " + name, 1);
        break;
      }
      result += c;
    }
    return result;
  }
  tell(): number {
    return this.index - (this.next === null ? 0 : this.next.length);
  }
  seek(i: number): void {
    this.index = i;
    this.advance();
  }
  error(msg: string, offset = 0): ReError {
    return new ReError(msg, this.tell() - offset);
  }
  checkgroupname(name: string, offset: number): void {
    if (!isIdentifier(name)) throw this.error(`bad character in group name ${pyReprStr(name)}`, Array.from(name).length + offset);
  }
}

export class State {
  flags = 0;
  groupdict = new Map<string, number>();
  groupwidths: ([number, number] | null)[] = [null];
  lookbehindgroups: number | null = null;
  grouprefpos = new Map<number, number>();
  /** Groups named by a conditional `(?(g)…)`: the emitter adds a participation marker for them. */
  condRefs = new Set<number>();
  /** Bodies of lookbehinds, checked for a fixed width once parsing succeeded (like sre's compiler). */
  lookbehinds: Node[][] = [];
  get groups(): number {
    return this.groupwidths.length;
  }
  opengroup(name: string | null): number {
    const gid = this.groups;
    this.groupwidths.push(null);
    if (this.groups > MAXGROUPS) throw new ReError("too many groups", null);
    if (name !== null) {
      const ogid = this.groupdict.get(name);
      if (ogid !== undefined) throw new ReError(`redefinition of group name ${pyReprStr(name)} as group ${gid}; was group ${ogid}`, null);
      this.groupdict.set(name, gid);
    }
    return gid;
  }
  closegroup(gid: number, p: Node[]): void {
    this.groupwidths[gid] = getwidth(p, this);
  }
  checkgroup(gid: number): boolean {
    return gid < this.groups && this.groupwidths[gid] !== null;
  }
  checklookbehindgroup(gid: number, source: Tokenizer): void {
    if (this.lookbehindgroups !== null) {
      if (!this.checkgroup(gid)) throw source.error("cannot refer to an open group");
      if (gid >= this.lookbehindgroups) throw source.error("cannot refer to group defined in the same lookbehind subpattern");
    }
  }
}

const widthCache = new WeakMap<Node[], [number, number]>();

export function getwidth(p: Node[], state: State): [number, number] {
  const c = widthCache.get(p);
  if (c) return c;
  let lo = 0;
  let hi = 0;
  for (const n of p) {
    switch (n.op) {
      case "BRANCH": {
        let i = MAXREPEAT - 1;
        let j = 0;
        for (const a of n.alts) {
          const [l, h] = getwidth(a, state);
          i = Math.min(i, l);
          j = Math.max(j, h);
        }
        lo += i;
        hi += j;
        break;
      }
      case "ATOMIC":
      case "SUB": {
        const [i, j] = getwidth(n.p, state);
        lo += i;
        hi += j;
        break;
      }
      case "REP": {
        const [i, j] = getwidth(n.item, state);
        lo += i * n.min;
        hi += j * n.max;
        break;
      }
      case "ANY":
      case "IN":
      case "LIT":
      case "NLIT":
        lo += 1;
        hi += 1;
        break;
      case "REF": {
        const w = state.groupwidths[n.g] ?? [0, 0];
        lo += w[0];
        hi += w[1];
        break;
      }
      case "REFX": {
        let [i, j] = getwidth(n.yes, state);
        if (n.no !== null) {
          const [l, h] = getwidth(n.no, state);
          i = Math.min(i, l);
          j = Math.max(j, h);
        } else i = 0;
        lo += i;
        hi += j;
        break;
      }
    }
  }
  const r: [number, number] = [Math.min(lo, MAXREPEAT - 1), Math.min(hi, MAXREPEAT)];
  widthCache.set(p, r);
  return r;
}

const cp = (s: string) => s.codePointAt(0)!;

function classEscape(source: Tokenizer, escape: string): Node | SetItem {
  const e = ESCAPES[escape];
  if (e !== undefined) return { op: "LIT", c: e };
  const cat = CATEGORIES[escape];
  if (cat && cat.op === "IN") return cat;
  const c = escape.slice(1, 2);
  if (c === "x") {
    escape += source.getwhile(2, HEXDIGITS);
    if (escape.length !== 4) throw source.error(`incomplete escape ${escape}`, escape.length);
    return { op: "LIT", c: parseInt(escape.slice(2), 16) };
  } else if (c === "u" && source.istext) {
    escape += source.getwhile(4, HEXDIGITS);
    if (escape.length !== 6) throw source.error(`incomplete escape ${escape}`, escape.length);
    return { op: "LIT", c: parseInt(escape.slice(2), 16) };
  } else if (c === "U" && source.istext) {
    escape += source.getwhile(8, HEXDIGITS);
    if (escape.length !== 10) throw source.error(`incomplete escape ${escape}`, escape.length);
    const v = parseInt(escape.slice(2), 16);
    if (v > 0x10ffff) throw source.error(`bad escape ${escape}`, escape.length);
    return { op: "LIT", c: v };
  } else if (c === "N" && source.istext) {
    if (!source.match("{")) throw source.error("missing {");
    const charname = source.getuntil("}", "character name");
    throw source.error(`undefined character name ${pyReprStr(charname)}`, Array.from(charname).length + 4);
  } else if (OCTDIGITS.has(c)) {
    escape += source.getwhile(2, OCTDIGITS);
    const v = parseInt(escape.slice(1), 8);
    if (v > 0o377) throw source.error(`octal escape value ${escape} outside of range 0-0o377`, escape.length);
    return { op: "LIT", c: v };
  } else if (DIGITS.has(c)) {
    throw source.error(`bad escape ${escape}`, escape.length);
  }
  if (Array.from(escape).length === 2) {
    if (isAsciiLetter(c)) throw source.error(`bad escape ${escape}`, 2);
    return { op: "LIT", c: cp(escape.slice(1)) };
  }
  throw source.error(`bad escape ${escape}`, escape.length);
}

function escapeNode(source: Tokenizer, escape: string, state: State): Node {
  const cat = CATEGORIES[escape];
  if (cat) return cat.op === "IN" ? { op: "IN", items: cat.items.slice() } : cat;
  const e = ESCAPES[escape];
  if (e !== undefined) return { op: "LIT", c: e };
  const c = escape.slice(1, 2);
  if (c === "x") {
    escape += source.getwhile(2, HEXDIGITS);
    if (escape.length !== 4) throw source.error(`incomplete escape ${escape}`, escape.length);
    return { op: "LIT", c: parseInt(escape.slice(2), 16) };
  } else if (c === "u" && source.istext) {
    escape += source.getwhile(4, HEXDIGITS);
    if (escape.length !== 6) throw source.error(`incomplete escape ${escape}`, escape.length);
    return { op: "LIT", c: parseInt(escape.slice(2), 16) };
  } else if (c === "U" && source.istext) {
    escape += source.getwhile(8, HEXDIGITS);
    if (escape.length !== 10) throw source.error(`incomplete escape ${escape}`, escape.length);
    const v = parseInt(escape.slice(2), 16);
    if (v > 0x10ffff) throw source.error(`bad escape ${escape}`, escape.length);
    return { op: "LIT", c: v };
  } else if (c === "N" && source.istext) {
    if (!source.match("{")) throw source.error("missing {");
    const charname = source.getuntil("}", "character name");
    throw source.error(`undefined character name ${pyReprStr(charname)}`, Array.from(charname).length + 4);
  } else if (c === "0") {
    escape += source.getwhile(2, OCTDIGITS);
    return { op: "LIT", c: parseInt(escape.slice(1), 8) };
  } else if (DIGITS.has(c)) {
    if (source.next !== null && DIGITS.has(source.next)) {
      escape += source.get();
      if (OCTDIGITS.has(escape[1]) && OCTDIGITS.has(escape[2]) && source.next !== null && OCTDIGITS.has(source.next)) {
        escape += source.get();
        const v = parseInt(escape.slice(1), 8);
        if (v > 0o377) throw source.error(`octal escape value ${escape} outside of range 0-0o377`, escape.length);
        return { op: "LIT", c: v };
      }
    }
    const group = parseInt(escape.slice(1), 10);
    if (group < state.groups) {
      if (!state.checkgroup(group)) throw source.error("cannot refer to an open group", escape.length);
      state.checklookbehindgroup(group, source);
      return { op: "REF", g: group };
    }
    throw source.error(`invalid group reference ${group}`, escape.length - 1);
  }
  if (Array.from(escape).length === 2) {
    if (isAsciiLetter(c)) throw source.error(`bad escape ${escape}`, 2);
    return { op: "LIT", c: cp(escape.slice(1)) };
  }
  throw source.error(`bad escape ${escape}`, escape.length);
}

function uniqItems(items: SetItem[]): SetItem[] {
  const seen = new Set<string>();
  const out: SetItem[] = [];
  for (const it of items) {
    const k = JSON.stringify(it);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(it);
  }
  return out;
}

function parseSub(source: Tokenizer, state: State, verbose: boolean, nested: number): Node[] {
  const items: Node[][] = [];
  for (;;) {
    items.push(parseSeq(source, state, verbose, nested + 1, !nested && items.length === 0));
    if (!source.match("|")) break;
    if (!nested) verbose = !!(state.flags & F.VERBOSE);
  }
  if (items.length === 1) return items[0];
  return [{ op: "BRANCH", alts: items }];
}

function parseSeq(source: Tokenizer, state: State, verbose: boolean, nested: number, first = false): Node[] {
  const sub: Node[] = [];
  for (;;) {
    let t = source.next;
    if (t === null) break;
    if (t === "|" || t === ")") break;
    source.get();
    if (verbose) {
      if (WHITESPACE.has(t)) continue;
      if (t === "#") {
        for (;;) {
          const x = source.get();
          if (x === null || x === "\n") break;
        }
        continue;
      }
    }
    if (t[0] === "\\") {
      sub.push(escapeNode(source, t, state));
    } else if (!SPECIAL_CHARS.includes(t)) {
      sub.push({ op: "LIT", c: cp(t) });
    } else if (t === "[") {
      const here = source.tell() - 1;
      let set: SetItem[] = [];
      const negate = source.match("^");
      for (;;) {
        const th = source.get();
        if (th === null) throw source.error("unterminated character set", source.tell() - here);
        if (th === "]" && set.length) break;
        let code1: Node | SetItem;
        if (th[0] === "\\") code1 = classEscape(source, th);
        else code1 = { op: "LIT", c: cp(th) };
        if (source.match("-")) {
          const that = source.get();
          if (that === null) throw source.error("unterminated character set", source.tell() - here);
          if (that === "]") {
            set.push(toItem(code1));
            set.push({ t: "LIT", c: 45 });
            break;
          }
          let code2: Node | SetItem;
          if (that[0] === "\\") code2 = classEscape(source, that);
          else code2 = { op: "LIT", c: cp(that) };
          const len = Array.from(th).length + 1 + Array.from(that).length;
          if ((code1 as any).op !== "LIT" || (code2 as any).op !== "LIT") throw source.error(`bad character range ${th}-${that}`, len);
          const lo = (code1 as any).c;
          const hi = (code2 as any).c;
          if (hi < lo) throw source.error(`bad character range ${th}-${that}`, len);
          set.push({ t: "RANGE", lo, hi });
        } else {
          set.push(toItem(code1));
        }
      }
      set = uniqItems(set);
      if (set.length === 1 && set[0].t === "LIT") {
        sub.push(negate ? { op: "NLIT", c: set[0].c } : { op: "LIT", c: set[0].c });
      } else {
        if (negate) set.unshift({ t: "NEG" });
        sub.push({ op: "IN", items: set });
      }
    } else if (REPEAT_CHARS.includes(t)) {
      const here = source.tell();
      let min = 0;
      let max = MAXREPEAT;
      if (t === "?") max = 1;
      else if (t === "+") min = 1;
      else if (t === "{") {
        if (source.next === "}") {
          sub.push({ op: "LIT", c: cp(t) });
          continue;
        }
        let lo = "";
        let hi = "";
        while (source.next !== null && DIGITS.has(source.next)) lo += source.get();
        if (source.match(",")) {
          while (source.next !== null && DIGITS.has(source.next)) hi += source.get();
        } else hi = lo;
        if (!source.match("}")) {
          sub.push({ op: "LIT", c: cp(t) });
          source.seek(here);
          continue;
        }
        if (lo) {
          min = Number(lo);
          if (min >= MAXREPEAT) throw new ReError("the repetition number is too large", null, "OverflowError");
        }
        if (hi) {
          max = Number(hi);
          if (max >= MAXREPEAT) throw new ReError("the repetition number is too large", null, "OverflowError");
          if (max < min) throw source.error("min repeat greater than max repeat", source.tell() - here);
        }
      }
      let item: Node[] | null = sub.length ? [sub[sub.length - 1]] : null;
      if (!item || item[0].op === "AT") throw source.error("nothing to repeat", source.tell() - here + t.length);
      if (item[0].op === "REP") throw source.error("multiple repeat", source.tell() - here + t.length);
      const it0 = item[0];
      if (it0.op === "SUB" && it0.group === null && !it0.add && !it0.del) item = it0.p;
      let kind: "max" | "min" | "poss" = "max";
      if (source.match("?")) kind = "min";
      else if (source.match("+")) kind = "poss";
      sub[sub.length - 1] = { op: "REP", kind, min, max, item };
    } else if (t === ".") {
      sub.push({ op: "ANY" });
    } else if (t === "(") {
      const start = source.tell() - 1;
      let capture = true;
      let atomic = false;
      let name: string | null = null;
      let add = 0;
      let del = 0;
      let handled = false;
      if (source.match("?")) {
        let char = source.get();
        if (char === null) throw source.error("unexpected end of pattern");
        if (char === "P") {
          if (source.match("<")) {
            name = source.getuntil(">", "group name");
            source.checkgroupname(name, 1);
          } else if (source.match("=")) {
            const nm = source.getuntil(")", "group name");
            source.checkgroupname(nm, 1);
            const gid = state.groupdict.get(nm);
            const nl = Array.from(nm).length;
            if (gid === undefined) throw source.error(`unknown group name ${pyReprStr(nm)}`, nl + 1);
            if (!state.checkgroup(gid)) throw source.error("cannot refer to an open group", nl + 1);
            state.checklookbehindgroup(gid, source);
            sub.push({ op: "REF", g: gid });
            continue;
          } else {
            const ch = source.get();
            if (ch === null) throw source.error("unexpected end of pattern");
            throw source.error("unknown extension ?P" + ch, ch.length + 2);
          }
        } else if (char === ":") {
          capture = false;
        } else if (char === "#") {
          for (;;) {
            if (source.next === null) throw source.error("missing ), unterminated comment", source.tell() - start);
            if (source.get() === ")") break;
          }
          continue;
        } else if ("=!<".includes(char)) {
          let dir: 1 | -1 = 1;
          let lookbehindgroups: number | null = null;
          if (char === "<") {
            const c2 = source.get();
            if (c2 === null) throw source.error("unexpected end of pattern");
            if (!"=!".includes(c2)) throw source.error("unknown extension ?<" + c2, c2.length + 2);
            char = c2;
            dir = -1;
            lookbehindgroups = state.lookbehindgroups;
            if (lookbehindgroups === null) state.lookbehindgroups = state.groups;
          }
          const p = parseSub(source, state, verbose, nested + 1);
          if (dir < 0 && lookbehindgroups === null) state.lookbehindgroups = null;
          if (!source.match(")")) throw source.error("missing ), unterminated subpattern", source.tell() - start);
          if (dir < 0) state.lookbehinds.push(p);
          sub.push({ op: "ASSERT", neg: char === "!", dir, p });
          continue;
        } else if (char === "(") {
          const condname = source.getuntil(")", "group name");
          const cl = Array.from(condname).length;
          let condgroup: number;
          if (isIdentifier(condname)) {
            source.checkgroupname(condname, 1);
            const g = state.groupdict.get(condname);
            if (g === undefined) throw source.error(`unknown group name ${pyReprStr(condname)}`, cl + 1);
            condgroup = g;
          } else {
            if (!/^[0-9]+$/.test(condname)) throw source.error(`bad character in group name ${pyReprStr(condname)}`, cl + 1);
            condgroup = Number(condname);
            if (!condgroup) throw source.error("bad group number", cl + 1);
            if (condgroup >= MAXGROUPS) throw source.error(`invalid group reference ${condgroup}`, cl + 1);
            if (!state.grouprefpos.has(condgroup)) state.grouprefpos.set(condgroup, source.tell() - cl - 1);
          }
          state.checklookbehindgroup(condgroup, source);
          state.condRefs.add(condgroup);
          const yes = parseSeq(source, state, verbose, nested + 1);
          let no: Node[] | null = null;
          if (source.match("|")) {
            no = parseSeq(source, state, verbose, nested + 1);
            if (source.next === "|") throw source.error("conditional backref with more than two branches");
          }
          if (!source.match(")")) throw source.error("missing ), unterminated subpattern", source.tell() - start);
          sub.push({ op: "REFX", g: condgroup, yes, no });
          continue;
        } else if (char === ">") {
          capture = false;
          atomic = true;
        } else if (char in FLAGS || char === "-") {
          const flags = parseFlags(source, state, char);
          if (flags === null) {
            if (!first || sub.length) throw source.error("global flags not at the start of the expression", source.tell() - start);
            verbose = !!(state.flags & F.VERBOSE);
            handled = true;
          } else {
            [add, del] = flags;
            capture = false;
          }
        } else {
          throw source.error("unknown extension ?" + char, char.length + 1);
        }
      }
      if (handled) continue;
      let group: number | null = null;
      if (capture) {
        try {
          group = state.opengroup(name);
        } catch (e) {
          if (e instanceof ReError) throw source.error(e.msg, Array.from(name ?? "").length + 1);
          throw e;
        }
      }
      const subVerbose = (verbose || !!(add & F.VERBOSE)) && !(del & F.VERBOSE);
      const p = parseSub(source, state, subVerbose, nested + 1);
      if (!source.match(")")) throw source.error("missing ), unterminated subpattern", source.tell() - start);
      if (group !== null) state.closegroup(group, p);
      if (atomic) sub.push({ op: "ATOMIC", p });
      else sub.push({ op: "SUB", group, add, del, p });
    } else if (t === "^") {
      sub.push({ op: "AT", at: "BEG" });
    } else if (t === "$") {
      sub.push({ op: "AT", at: "END" });
    }
  }
  // unpack non-capturing groups
  for (let i = sub.length - 1; i >= 0; i--) {
    const n = sub[i];
    if (n.op === "SUB" && n.group === null && !n.add && !n.del) sub.splice(i, 1, ...n.p);
  }
  return sub;
}

function toItem(code: Node | SetItem): SetItem {
  const c = code as any;
  if (c.op === "IN") return c.items[0];
  if (c.op === "LIT") return { t: "LIT", c: c.c };
  return c as SetItem;
}

function parseFlags(source: Tokenizer, state: State, char: string): [number, number] | null {
  let add = 0;
  let del = 0;
  let ch: string | null = char;
  if (ch !== "-") {
    for (;;) {
      const flag = FLAGS[ch!];
      if (source.istext) {
        if (ch === "L") throw source.error("bad inline flags: cannot use 'L' flag with a str pattern");
      } else if (ch === "u") throw source.error("bad inline flags: cannot use 'u' flag with a bytes pattern");
      add |= flag;
      if (flag & TYPE_FLAGS && (add & TYPE_FLAGS) !== flag) throw source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
      ch = source.get();
      if (ch === null) throw source.error("missing -, : or )");
      if (")-:".includes(ch)) break;
      if (!(ch in FLAGS)) throw source.error(/^\p{L}$/u.test(ch) ? "unknown flag" : "missing -, : or )", ch.length);
    }
  }
  if (ch === ")") {
    state.flags |= add;
    return null;
  }
  if (add & GLOBAL_FLAGS) throw source.error("bad inline flags: cannot turn on global flag", 1);
  if (ch === "-") {
    ch = source.get();
    if (ch === null) throw source.error("missing flag");
    if (!(ch in FLAGS)) throw source.error(/^\p{L}$/u.test(ch) ? "unknown flag" : "missing flag", ch.length);
    for (;;) {
      const flag = FLAGS[ch!];
      if (flag & TYPE_FLAGS) throw source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
      del |= flag;
      ch = source.get();
      if (ch === null) throw source.error("missing :");
      if (ch === ":") break;
      if (!(ch in FLAGS)) throw source.error(/^\p{L}$/u.test(ch) ? "unknown flag" : "missing :", ch.length);
    }
  }
  if (del & GLOBAL_FLAGS) throw source.error("bad inline flags: cannot turn off global flag", 1);
  if (add & del) throw source.error("bad inline flags: flag turned on and off", 1);
  return [add, del];
}

export function fixFlags(istext: boolean, flags: number): number {
  if (istext) {
    if (flags & F.LOCALE) throw new ReError("cannot use LOCALE flag with a str pattern", null, "ValueError");
    if (!(flags & F.ASCII)) flags |= F.UNICODE;
    else if (flags & F.UNICODE) throw new ReError("ASCII and UNICODE flags are incompatible", null, "ValueError");
  } else {
    if (flags & F.UNICODE) throw new ReError("cannot use UNICODE flag with a bytes pattern", null, "ValueError");
    if (flags & F.LOCALE && flags & F.ASCII) throw new ReError("ASCII and LOCALE flags are incompatible", null, "ValueError");
  }
  return flags;
}

export interface Parsed {
  p: Node[];
  state: State;
  flags: number;
}

/** Parses a pattern (a str, or a bytes pattern given as a latin-1 string with istext=false). */
export function parse(text: string, istext: boolean, flags: number): Parsed {
  const source = new Tokenizer(text, istext);
  const state = new State();
  state.flags = flags;
  const p = parseSub(source, state, !!(flags & F.VERBOSE), 0);
  state.flags = fixFlags(istext, state.flags);
  if (source.next !== null) throw source.error("unbalanced parenthesis");
  for (const [g, pos] of state.grouprefpos) {
    if (g >= state.groups) throw new ReError(`invalid group reference ${g}`, pos);
  }
  for (const lb of state.lookbehinds) {
    const [lo, hi] = getwidth(lb, state);
    if (lo !== hi) throw new ReError("look-behind requires fixed-width pattern", null);
  }
  return { p, state, flags: state.flags };
}

/** A parsed replacement template: literal pieces and group references. */
export interface Template {
  /** Alternating: strings and group numbers. */
  parts: (string | number)[];
}

/** Port of parse_template. `groups` is the pattern's group count, `groupindex` its names. */
export function parseTemplate(text: string, istext: boolean, groups: number, groupindex: Map<string, number>): Template {
  const s = new Tokenizer(text, istext);
  const parts: (string | number)[] = [];
  let literal = "";
  const addgroup = (index: number, pos: number) => {
    if (index > groups) throw s.error(`invalid group reference ${index}`, pos);
    if (literal) {
      parts.push(literal);
      literal = "";
    }
    parts.push(index);
  };
  for (;;) {
    let t = s.get();
    if (t === null) break;
    if (t[0] === "\\") {
      const c = t[1];
      if (c === "g") {
        if (!s.match("<")) throw s.error("missing <");
        const name = s.getuntil(">", "group name");
        const nl = Array.from(name).length;
        let index: number;
        if (isIdentifier(name)) {
          s.checkgroupname(name, 1);
          const g = groupindex.get(name);
          if (g === undefined) throw new ReError(`unknown group name ${pyReprStr(name)}`, null, "IndexError");
          index = g;
        } else {
          if (!/^[0-9]+$/.test(name)) throw s.error(`bad character in group name ${pyReprStr(name)}`, nl + 1);
          index = Number(name);
          if (index >= MAXGROUPS) throw s.error(`invalid group reference ${index}`, nl + 1);
        }
        addgroup(index, nl + 1);
      } else if (c === "0") {
        if (s.next !== null && OCTDIGITS.has(s.next)) {
          t += s.get();
          if (s.next !== null && OCTDIGITS.has(s.next)) t += s.get();
        }
        literal += String.fromCharCode(parseInt(t.slice(1), 8) & 0xff);
      } else if (DIGITS.has(c)) {
        let isoctal = false;
        if (s.next !== null && DIGITS.has(s.next)) {
          t += s.get();
          if (OCTDIGITS.has(c) && OCTDIGITS.has(t[2]) && s.next !== null && OCTDIGITS.has(s.next)) {
            t += s.get();
            isoctal = true;
            const v = parseInt(t.slice(1), 8);
            if (v > 0o377) throw s.error(`octal escape value ${t} outside of range 0-0o377`, t.length);
            literal += String.fromCharCode(v);
          }
        }
        if (!isoctal) addgroup(Number(t.slice(1)), t.length - 1);
      } else {
        const e = ESCAPES[t];
        if (e !== undefined) literal += String.fromCharCode(e);
        else {
          if (isAsciiLetter(c)) throw s.error(`bad escape ${t}`, t.length);
          literal += t;
        }
      }
    } else literal += t;
  }
  if (literal) parts.push(literal);
  return { parts };
}

/**
 * sre tree (parser.ts) → JavaScript RegExp source, compiled with the `v` flag.
 *
 * Python semantics are spelled out rather than borrowed from JS: `.` never matches `\n` only,
 * `^`/`$` follow Python's MULTILINE rules (only `\n` ends a line, `$` also matches before a
 * final newline), `\w`/`\d`/`\s`/`\b` are Unicode-aware for str patterns and ASCII for bytes
 * or re.ASCII. Scoped flags `(?i:…)` are applied by expanding case variants by hand, atomic
 * groups and possessive repeats use the `(?=(X))\k` idiom, and conditionals `(?(g)…)` test a
 * participation marker captured after group g.
 */
import { F, MAXREPEAT, type Node, type SetItem, type Cat, type Parsed } from "./parser.js";

export interface Emitted {
  source: string;
  /** JS flags besides g/y/d: "v" or "vi". */
  flags: string;
  /** Python group n → JS capture index. */
  jsGroup: number[];
}

const u = (c: number) => `\\u{${c.toString(16)}}`;

function lit(c: number): string {
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f) return String.fromCharCode(c);
  return u(c);
}

const SPACE_U = "[\\t-\\r\\u{1c}-\\u{20}\\u{85}\\u{a0}\\u{1680}\\u{2000}-\\u{200a}\\u{2028}\\u{2029}\\u{202f}\\u{205f}\\u{3000}]";
const SPACE_A = "[\\t-\\r\\u{20}]";
const WORD_U = "[\\p{L}\\p{N}_]";
const WORD_A = "[A-Za-z0-9_]";

function catClass(cat: Cat, ascii: boolean): string {
  switch (cat) {
    case "d":
      return ascii ? "[0-9]" : "\\p{Nd}";
    case "D":
      return ascii ? "[^0-9]" : "\\P{Nd}";
    case "w":
      return ascii ? WORD_A : WORD_U;
    case "W":
      return "[^" + (ascii ? WORD_A : WORD_U).slice(1);
    case "s":
      return ascii ? SPACE_A : SPACE_U;
    case "S":
      return "[^" + (ascii ? SPACE_A : SPACE_U).slice(1);
  }
}

/** Extra case equivalences sre knows beyond lower/upper (re/_casefix.py, the common ones). */
const EXTRA: Record<number, number[]> = {
  0x69: [0x131],
  0x73: [0x17f],
  0xb5: [0x3bc],
  0x131: [0x69],
  0x17f: [0x73],
  0x3bc: [0xb5],
  0x3b2: [0x3d0],
  0x3d0: [0x3b2],
  0x3b5: [0x3f5],
  0x3f5: [0x3b5],
  0x3b8: [0x3d1],
  0x3d1: [0x3b8],
  0x3ba: [0x3f0],
  0x3f0: [0x3ba],
  0x3c0: [0x3d6],
  0x3d6: [0x3c0],
  0x3c1: [0x3f1],
  0x3f1: [0x3c1],
  0x3c2: [0x3c3],
  0x3c3: [0x3c2],
  0x3c6: [0x3d5],
  0x3d5: [0x3c6],
  0x6b: [0x212a],
  0x212a: [0x6b],
  0xe5: [0x212b],
  0x212b: [0xe5],
};

/** Characters equal to c ignoring case (sre's rules, approximately). */
export function caseVariants(c: number, asciiOnly: boolean): number[] {
  if (asciiOnly) {
    if (c >= 0x41 && c <= 0x5a) return [c, c + 32];
    if (c >= 0x61 && c <= 0x7a) return [c, c - 32];
    return [c];
  }
  const out = new Set<number>([c]);
  const add = (s: string) => {
    const a = Array.from(s);
    if (a.length === 1) out.add(a[0].codePointAt(0)!);
  };
  const ch = String.fromCodePoint(c);
  const lo = ch.toLowerCase();
  const up = ch.toUpperCase();
  add(lo);
  add(up);
  if (Array.from(up).length === 1) add(up.toLowerCase());
  if (Array.from(lo).length === 1) add(lo.toUpperCase());
  for (const x of [...out]) for (const e of EXTRA[x] ?? []) {
    out.add(e);
    add(String.fromCodePoint(e).toUpperCase());
  }
  return [...out];
}

class Emitter {
  jsCount = 0;
  jsGroup: number[] = [0];
  markers = new Map<number, number>();
  constructor(public parsed: Parsed, public bytes: boolean, public manualI: boolean) {}

  newGroup(): number {
    return ++this.jsCount;
  }

  seq(p: Node[], flags: number): string {
    let s = "";
    for (const n of p) s += this.node(n, flags);
    return s;
  }

  ascii(flags: number): boolean {
    return this.bytes || !!(flags & (F.ASCII | F.LOCALE));
  }

  char(c: number, flags: number, negate = false): string {
    if (this.manualI && flags & F.IGNORECASE) {
      const v = caseVariants(c, this.ascii(flags));
      if (v.length > 1) return "[" + (negate ? "^" : "") + v.map(lit).join("") + "]";
    }
    return negate ? "[^" + lit(c) + "]" : lit(c);
  }

  setItems(items: SetItem[], flags: number): string {
    let neg = false;
    let body = "";
    const ic = this.manualI && !!(flags & F.IGNORECASE);
    const ascii = this.ascii(flags);
    for (const it of items) {
      switch (it.t) {
        case "NEG":
          neg = true;
          break;
        case "LIT":
          body += ic ? caseVariants(it.c, ascii).map(lit).join("") : lit(it.c);
          break;
        case "RANGE":
          body += lit(it.lo) + "-" + lit(it.hi);
          if (ic && it.hi - it.lo < 0x3000) {
            const extra = new Set<number>();
            for (let c = it.lo; c <= it.hi; c++) for (const v of caseVariants(c, ascii)) if (v < it.lo || v > it.hi) extra.add(v);
            for (const v of extra) body += lit(v);
          }
          break;
        case "CAT": {
          const cc = catClass(it.cat, ascii);
          body += cc.startsWith("[") ? cc : "[" + cc + "]";
          break;
        }
      }
    }
    return "[" + (neg ? "^" : "") + body + "]";
  }

  atom(item: Node[], flags: number): string {
    if (item.length === 1) {
      const n = item[0];
      if (n.op === "LIT" || n.op === "NLIT" || n.op === "ANY" || n.op === "IN" || (n.op === "SUB" && n.group !== null && !this.markers.has(n.group))) {
        return this.node(n, flags);
      }
    }
    return "(?:" + this.seq(item, flags) + ")";
  }

  node(n: Node, flags: number): string {
    switch (n.op) {
      case "LIT":
        return this.char(n.c, flags);
      case "NLIT":
        return this.char(n.c, flags, true);
      case "ANY":
        return flags & F.DOTALL ? "[\\s\\S]" : "[^\\n]";
      case "IN": {
        if (n.items.length === 1 && n.items[0].t === "CAT") return catClass(n.items[0].cat, this.ascii(flags));
        return this.setItems(n.items, flags);
      }
      case "AT":
        switch (n.at) {
          case "BEGS":
            return "^";
          case "ENDS":
            return "$";
          case "BEG":
            return flags & F.MULTILINE ? "(?<![^\\n])" : "^";
          case "END":
            return flags & F.MULTILINE ? "(?![^\\n])" : "(?=\\n?$)";
          case "B":
          case "NB": {
            const w = this.ascii(flags) ? WORD_A : WORD_U;
            return n.at === "B" ? `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))` : `(?:(?<=${w})(?=${w})|(?<!${w})(?!${w})(?!^$))`;
          }
        }
        return "";
      case "BRANCH":
        return "(?:" + n.alts.map((a) => this.seq(a, flags)).join("|") + ")";
      case "SUB": {
        const f = (flags | n.add) & ~n.del;
        if (n.group === null) return "(?:" + this.seq(n.p, f) + ")";
        const js = this.newGroup();
        this.jsGroup[n.group] = js;
        const body = "(" + this.seq(n.p, f) + ")";
        if (this.parsed.state.condRefs.has(n.group)) {
          const m = this.newGroup();
          this.markers.set(n.group, m);
          return "(?:" + body + "(?<=^(?=([\\s\\S]*))[\\s\\S]*))";
        }
        return body;
      }
      case "ATOMIC": {
        const k = this.newGroup();
        return "(?:(?=(" + this.seq(n.p, flags) + `))\\${k})`;
      }
      case "REP": {
        let q: string;
        if (n.min === 0 && n.max === MAXREPEAT) q = "*";
        else if (n.min === 1 && n.max === MAXREPEAT) q = "+";
        else if (n.min === 0 && n.max === 1) q = "?";
        else if (n.max === MAXREPEAT) q = `{${n.min},}`;
        else if (n.min === n.max) q = `{${n.min}}`;
        else q = `{${n.min},${n.max}}`;
        if (n.kind === "poss") {
          const k = this.newGroup();
          return "(?:(?=(" + this.atom(n.item, flags) + q + `))\\${k})`;
        }
        return this.atom(n.item, flags) + q + (n.kind === "min" ? "?" : "");
      }
      case "REF": {
        const js = this.jsGroup[n.g];
        return `(?:\\${js})`;
      }
      case "REFX": {
        const m = this.markers.get(n.g);
        const yes = this.seq(n.yes, flags);
        const no = n.no ? this.seq(n.no, flags) : "";
        if (m === undefined) return "(?:" + no + ")"; // group not seen yet: never matched
        return `(?:(?<=^(?=\\${m}$)[\\s\\S]*)(?:${yes})|(?<!^(?=\\${m}$)[\\s\\S]*)(?:${no}))`;
      }
      case "ASSERT": {
        const body = this.seq(n.p, flags);
        const head = n.dir === 1 ? (n.neg ? "(?!" : "(?=") : n.neg ? "(?<!" : "(?<=";
        return "(?:" + head + body + "))";
      }
    }
  }
}

function usesScopedI(p: Node[]): boolean {
  for (const n of p) {
    switch (n.op) {
      case "SUB":
        if ((n.add | n.del) & F.IGNORECASE) return true;
        if (usesScopedI(n.p)) return true;
        break;
      case "ATOMIC":
        if (usesScopedI(n.p)) return true;
        break;
      case "ASSERT":
        if (usesScopedI(n.p)) return true;
        break;
      case "BRANCH":
        if (n.alts.some(usesScopedI)) return true;
        break;
      case "REP":
        if (usesScopedI(n.item)) return true;
        break;
      case "REFX":
        if (usesScopedI(n.yes) || (n.no && usesScopedI(n.no))) return true;
        break;
    }
  }
  return false;
}

export function emit(parsed: Parsed, bytes: boolean): Emitted {
  const flags = parsed.flags;
  const asciiCase = bytes || !!(flags & (F.ASCII | F.LOCALE));
  const scoped = usesScopedI(parsed.p);
  const manualI = scoped || (asciiCase && !!(flags & F.IGNORECASE));
  const e = new Emitter(parsed, bytes, manualI);
  // Conditionals may name a group defined later: give every referenced group its marker up front
  // by emitting in order (markers for later groups are simply unseen when the conditional is).
  const source = e.seq(parsed.p, flags);
  return { source, flags: "v" + (!manualI && flags & F.IGNORECASE ? "i" : ""), jsGroup: e.jsGroup };
}

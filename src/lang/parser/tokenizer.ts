// Tokenizer: source text -> flat token array (with INDENT/DEDENT/NEWLINE), never throws.
//
// Follows CPython's tokenizer closely because its error messages and positions are
// part of the user-visible contract (`tauraro check` prints them like CPython).
// Problems become diagnostics plus Error tokens; the parser treats an Error token as
// "already reported" so one mistake produces one message.

import { computeLineStarts, lineColFromStarts, type Diagnostic, type DiagnosticKind } from "./diagnostics.js";
import { KEYWORDS, StringFlags, TokenType, type Token } from "./tokenizerTypes.js";

/** A diagnostic plus the offset at which it was detected, used to order tokenizer and parser errors. */
export interface PendingDiagnostic extends Diagnostic {
  at: number;
}

export interface TokenizerOutput {
  tokens: Token[];
  diagnostics: PendingDiagnostic[];
  lineStarts: number[];
}

const CH_TAB = 9, CH_LF = 10, CH_FF = 12, CH_CR = 13, CH_SPACE = 32, CH_HASH = 35;
const CH_DQUOTE = 34, CH_SQUOTE = 39, CH_BACKSLASH = 92, CH_UNDERSCORE = 95, CH_DOT = 46;

const idStartRe = /^[\p{XID_Start}\u1885\u1886\u2118\u212E\u309B\u309C]$/u;
const idContinueRe = /^[\p{XID_Continue}\u00B7\u0387\u1369-\u1371\u19DA]$/u;
const nonPrintableRe = /^[\p{C}\p{Z}]$/u;

function isAsciiIdStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === CH_UNDERSCORE;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

const BRACKET_OPEN: Record<number, string> = { 40: "(", 91: "[", 123: "{" };
const BRACKET_CLOSE: Record<number, string> = { 41: "(", 93: "[", 125: "{" };

export function tokenize(source: string): TokenizerOutput {
  return new Tokenizer(source).run();
}

class Tokenizer {
  private readonly src: string;
  private readonly n: number;
  private i = 0;
  private readonly tokens: Token[] = [];
  private readonly diags: PendingDiagnostic[] = [];
  private readonly indents: number[] = [0];
  private readonly altIndents: number[] = [0];
  private readonly brackets: { ch: string; start: number }[] = [];
  private atLineStart = true;
  private lineHasTokens = false;
  private lineStarts: number[];

  constructor(source: string) {
    this.src = source;
    this.n = source.length;
    this.lineStarts = computeLineStarts(source);
  }

  run(): TokenizerOutput {
    const src = this.src;
    const n = this.n;
    if (n > 0 && src.charCodeAt(0) === 0xfeff) this.i = 1;
    for (;;) {
      if (this.atLineStart) {
        this.atLineStart = false;
        if (this.brackets.length === 0 && !this.handleIndentation()) continue;
      }
      let i = this.i;
      let c = src.charCodeAt(i);
      while (c === CH_SPACE || c === CH_TAB || c === CH_FF) c = src.charCodeAt(++i);
      this.i = i;
      if (i >= n) break;
      if (c === CH_HASH) {
        while (i < n && (c = src.charCodeAt(i)) !== CH_LF && c !== CH_CR) i++;
        this.i = i;
        continue;
      }
      if (c === CH_LF || c === CH_CR) {
        const len = c === CH_CR && src.charCodeAt(i + 1) === CH_LF ? 2 : 1;
        if (this.brackets.length === 0 && this.lineHasTokens) {
          this.push(TokenType.NewLine, i, len, "");
          this.lineHasTokens = false;
        }
        this.i = i + len;
        this.atLineStart = true;
        continue;
      }
      if (c === CH_BACKSLASH) {
        const d = src.charCodeAt(i + 1);
        if (d === CH_LF || d === CH_CR) {
          this.i = i + (d === CH_CR && src.charCodeAt(i + 2) === CH_LF ? 3 : 2);
          if (this.i >= n) this.error("unexpected EOF while parsing", this.i, 0, this.i);
          continue;
        }
        this.error("unexpected character after line continuation character", i + 1, 1, i + 1);
        this.push(TokenType.Error, i, 1, "\\");
        this.lineHasTokens = true;
        this.i = i + 1;
        continue;
      }
      this.lineHasTokens = true;
      if (isAsciiIdStart(c) || c >= 128) {
        this.scanNameOrString(i, c);
      } else if (isDigit(c) || (c === CH_DOT && isDigit(src.charCodeAt(i + 1)))) {
        this.scanNumber(i);
      } else if (c === CH_DQUOTE || c === CH_SQUOTE) {
        this.scanString(i, i, 0);
      } else {
        this.scanOperator(i, c);
      }
    }
    this.finish();
    return { tokens: this.tokens, diagnostics: this.diags, lineStarts: this.lineStarts };
  }

  private push(type: TokenType, start: number, length: number, value: string, flags = 0, contentStart = 0): void {
    this.tokens.push({ type, start, length, value, flags, contentStart });
  }

  private error(message: string, start: number, length: number, at: number, kind: DiagnosticKind = "SyntaxError"): void {
    this.diags.push({ message, start, length, kind, at });
  }

  private lineOf(offset: number): number {
    return lineColFromStarts(this.lineStarts, offset).line;
  }

  // Measures the indentation of a new logical line and emits INDENT/DEDENT.
  // Returns false when the line was blank or comment-only (consumed entirely).
  private handleIndentation(): boolean {
    const src = this.src;
    let i = this.i;
    let col = 0;
    let altcol = 0;
    for (;;) {
      const c = src.charCodeAt(i);
      if (c === CH_SPACE) {
        col++;
        altcol++;
      } else if (c === CH_TAB) {
        col = (Math.floor(col / 8) + 1) * 8;
        altcol++;
      } else if (c === CH_FF) {
        col = altcol = 0;
      } else break;
      i++;
    }
    const c = src.charCodeAt(i);
    if (i >= this.n) {
      this.i = i;
      return true;
    }
    if (c === CH_HASH || c === CH_LF || c === CH_CR) {
      while (i < this.n && src.charCodeAt(i) !== CH_LF && src.charCodeAt(i) !== CH_CR) i++;
      if (i < this.n) i += src.charCodeAt(i) === CH_CR && src.charCodeAt(i + 1) === CH_LF ? 2 : 1;
      this.i = i;
      this.atLineStart = true;
      return false;
    }
    this.i = i;
    const top = this.indents[this.indents.length - 1];
    const altTop = this.altIndents[this.altIndents.length - 1];
    if (col === top) {
      if (altcol !== altTop) this.tabError(i);
    } else if (col > top) {
      if (altcol <= altTop) this.tabError(i);
      this.indents.push(col);
      this.altIndents.push(altcol);
      this.push(TokenType.Indent, i, 0, "");
    } else {
      while (this.indents.length > 1 && col < this.indents[this.indents.length - 1]) {
        this.indents.pop();
        this.altIndents.pop();
        this.push(TokenType.Dedent, i, 0, "");
      }
      if (col !== this.indents[this.indents.length - 1]) {
        // CPython's caret for this one sits at the end of the offending line.
        let eol = i;
        while (eol < this.n && src.charCodeAt(eol) !== CH_LF && src.charCodeAt(eol) !== CH_CR) eol++;
        this.error("unindent does not match any outer indentation level", eol, 1, i, "IndentationError");
        // Recover by treating this column as a new level so later lines still line up.
        this.indents.push(col);
        this.altIndents.push(altcol);
      } else if (altcol !== this.altIndents[this.altIndents.length - 1]) {
        this.tabError(i);
      }
    }
    return true;
  }

  private tabError(at: number): void {
    // Reported at the line start, so (like CPython) no caret is printed under the indentation.
    const lineStart = this.lineStarts[this.lineOf(at) - 1];
    this.error("inconsistent use of tabs and spaces in indentation", lineStart, 0, at, "TabError");
  }

  private scanNameOrString(start: number, first: number): void {
    const src = this.src;
    let i = start;
    let c = first;
    let ascii = true;
    if (c >= 128) {
      const cp = src.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      if (!idStartRe.test(ch)) {
        this.invalidChar(i, cp);
        return;
      }
      ascii = false;
      i += ch.length;
    } else i++;
    for (;;) {
      c = src.charCodeAt(i);
      if (isAsciiIdStart(c) || isDigit(c)) i++;
      else if (c >= 128) {
        const cp = src.codePointAt(i)!;
        const ch = String.fromCodePoint(cp);
        if (!idContinueRe.test(ch)) break;
        ascii = false;
        i += ch.length;
      } else break;
    }
    // A short identifier directly followed by a quote may be a string prefix.
    if ((c === CH_DQUOTE || c === CH_SQUOTE) && i - start <= 2) {
      const flags = prefixFlags(src.slice(start, i));
      if (flags >= 0) {
        this.scanString(start, i, flags);
        return;
      }
    }
    let text = src.slice(start, i);
    if (!ascii) text = text.normalize("NFKC");
    this.push(KEYWORDS.has(text) ? TokenType.Keyword : TokenType.Name, start, i - start, text);
    this.i = i;
  }

  private invalidChar(i: number, cp: number): void {
    const ch = String.fromCodePoint(cp);
    const hex = cp.toString(16).toUpperCase().padStart(4, "0");
    const msg = nonPrintableRe.test(ch)
      ? `invalid non-printable character U+${hex}`
      : `invalid character '${ch}' (U+${hex})`;
    this.error(msg, i, ch.length, i);
    this.push(TokenType.Error, i, ch.length, ch);
    this.i = i + ch.length;
  }

  private scanString(start: number, quotePos: number, flags: number): void {
    const src = this.src;
    const n = this.n;
    const q = src.charCodeAt(quotePos);
    const triple = src.charCodeAt(quotePos + 1) === q && src.charCodeAt(quotePos + 2) === q;
    let p: number;
    if (triple) {
      flags |= StringFlags.Triple;
      p = quotePos + 3;
      const contentStart = p;
      for (;;) {
        if (p >= n) {
          this.error(
            `unterminated triple-quoted string literal (detected at line ${this.lineOf(Math.max(0, n - 1))})`,
            start, 1, n,
          );
          this.push(TokenType.Error, start, n - start, src.slice(contentStart, n), flags | StringFlags.Unterminated, contentStart);
          this.i = n;
          return;
        }
        const c = src.charCodeAt(p);
        if (c === CH_BACKSLASH) p += 2;
        else if (c === q && src.charCodeAt(p + 1) === q && src.charCodeAt(p + 2) === q) break;
        else p++;
      }
      this.push(TokenType.String, start, p + 3 - start, src.slice(contentStart, p), flags, contentStart);
      this.i = p + 3;
      return;
    }
    p = quotePos + 1;
    const contentStart = p;
    for (;;) {
      const c = src.charCodeAt(p);
      if (p >= n || c === CH_LF || c === CH_CR) {
        this.error(`unterminated string literal (detected at line ${this.lineOf(start)})`, start, 1, start);
        this.push(TokenType.Error, start, p - start, src.slice(contentStart, p), flags | StringFlags.Unterminated, contentStart);
        this.i = p;
        return;
      }
      if (c === CH_BACKSLASH) {
        const d = src.charCodeAt(p + 1);
        p += d === CH_CR && src.charCodeAt(p + 2) === CH_LF ? 3 : 2;
        if (p > n) p = n;
      } else if (c === q) break;
      else p++;
    }
    this.push(TokenType.String, start, p + 1 - start, src.slice(contentStart, p), flags, contentStart);
    this.i = p + 1;
  }

  // Scans digits allowing single underscores between them; returns the end offset,
  // or -1 after reporting "invalid <kind> literal" at a misplaced underscore.
  private digitTail(i: number, isOk: (c: number) => boolean, kind: string, numStart: number): number {
    const src = this.src;
    for (;;) {
      const c = src.charCodeAt(i);
      if (isOk(c)) i++;
      else if (c === CH_UNDERSCORE) {
        if (!isOk(src.charCodeAt(i + 1))) {
          this.numberError(`invalid ${kind} literal`, i, numStart);
          return -1;
        }
        i++;
      } else return i;
    }
  }

  private numberError(message: string, at: number, numStart: number): void {
    this.error(message, at, 1, at);
    // Swallow the rest of the malformed literal so the parser sees a single Error token.
    let e = at;
    const src = this.src;
    for (;;) {
      const c = src.charCodeAt(e);
      if (isAsciiIdStart(c) || isDigit(c) || c === CH_DOT) e++;
      else break;
    }
    this.push(TokenType.Error, numStart, Math.max(e, at + 1) - numStart, src.slice(numStart, e));
    this.i = Math.max(e, at + 1);
  }

  private scanNumber(start: number): void {
    const src = this.src;
    let i = start;
    const c0 = src.charCodeAt(i);
    if (c0 === 48) {
      const x = src.charCodeAt(i + 1) | 0x20;
      if (x === 120 || x === 111 || x === 98) {
        const kind = x === 120 ? "hexadecimal" : x === 111 ? "octal" : "binary";
        const ok = x === 120 ? isHexDigit : x === 111 ? (c: number) => c >= 48 && c <= 55 : (c: number) => c === 48 || c === 49;
        i += 2;
        if (src.charCodeAt(i) === CH_UNDERSCORE) i++;
        if (!ok(src.charCodeAt(i))) {
          if (isDigit(src.charCodeAt(i)) && x !== 120) {
            this.numberError(`invalid digit '${src[i]}' in ${kind} literal`, i, start);
          } else this.numberError(`invalid ${kind} literal`, start + 1, start);
          return;
        }
        const e = this.digitTail(i, ok, kind, start);
        if (e < 0) return;
        if (isDigit(src.charCodeAt(e)) && x !== 120) {
          this.numberError(`invalid digit '${src[e]}' in ${kind} literal`, e, start);
          return;
        }
        this.finishNumber(start, e, kind);
        return;
      }
    }
    let e: number;
    let isFloat = false;
    if (c0 === CH_DOT) {
      e = start;
    } else {
      e = this.digitTail(i, isDigit, "decimal", start);
      if (e < 0) return;
    }
    let c = src.charCodeAt(e);
    if (c === CH_DOT) {
      isFloat = true;
      e++;
      if (isDigit(src.charCodeAt(e))) {
        e = this.digitTail(e, isDigit, "decimal", start);
        if (e < 0) return;
      }
      c = src.charCodeAt(e);
    }
    if ((c | 0x20) === 101) {
      let f = e + 1;
      const s = src.charCodeAt(f);
      if (s === 43 || s === 45) f++;
      if (!isDigit(src.charCodeAt(f))) {
        this.numberError("invalid decimal literal", Math.max(start, e - 1), start);
        return;
      }
      e = this.digitTail(f, isDigit, "decimal", start);
      if (e < 0) return;
      isFloat = true;
      c = src.charCodeAt(e);
    }
    if ((c | 0x20) === 106) {
      e++;
      isFloat = true;
    }
    if (!isFloat && c0 === 48) {
      // "0", "00", "0_0" are fine; any other digit after a leading zero is not.
      let k = start;
      while (k < e && (src.charCodeAt(k) === 48 || src.charCodeAt(k) === CH_UNDERSCORE)) k++;
      if (k < e) {
        this.numberError(
          "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
          start, start,
        );
        return;
      }
    }
    this.finishNumber(start, e, "decimal");
  }

  private finishNumber(start: number, end: number, kind: string): void {
    const src = this.src;
    const c = src.charCodeAt(end);
    if (isAsciiIdStart(c) || (c >= 128 && idStartRe.test(String.fromCodePoint(src.codePointAt(end)!)))) {
      // CPython 3.11 only warns for a keyword glued to a number ("1if x else y").
      if (!startsWithKeywordAfterNumber(src, end)) {
        // CPython puts the caret on the character before the offending one.
        this.numberError(`invalid ${kind} literal`, end - 1, start);
        return;
      }
    }
    this.push(TokenType.Number, start, end - start, src.slice(start, end));
    this.i = end;
  }

  private scanOperator(i: number, c: number): void {
    const src = this.src;
    const c1 = src.charCodeAt(i + 1);
    const c2 = src.charCodeAt(i + 2);
    let len = 1;
    switch (c) {
      case 40: case 91: case 123: // ( [ {
        this.brackets.push({ ch: BRACKET_OPEN[c], start: i });
        break;
      case 41: case 93: case 125: { // ) ] }
        const ch = String.fromCharCode(c);
        const top = this.brackets[this.brackets.length - 1];
        if (!top) {
          this.error(`unmatched '${ch}'`, i, 1, i);
          this.push(TokenType.Error, i, 1, ch);
          this.i = i + 1;
          return;
        }
        this.brackets.pop();
        if (top.ch !== BRACKET_CLOSE[c]) {
          const openLine = this.lineOf(top.start);
          const where = openLine === this.lineOf(i) ? "" : ` on line ${openLine}`;
          this.error(`closing parenthesis '${ch}' does not match opening parenthesis '${top.ch}'${where}`, i, 1, i);
          this.push(TokenType.Error, i, 1, ch);
          this.i = i + 1;
          return;
        }
        break;
      }
      case 42: case 47: case 60: case 62: // * / < >
        if (c1 === c) len = c2 === 61 ? 3 : 2;
        else if (c1 === 61 || (c === 60 && c1 === 62 && false)) len = 2;
        break;
      case 45: // -
        len = c1 === 61 || c1 === 62 ? 2 : 1;
        break;
      case 58: // :
        len = c1 === 61 ? 2 : 1;
        break;
      case CH_DOT:
        len = c1 === CH_DOT && c2 === CH_DOT ? 3 : 1;
        break;
      case 43: case 37: case 38: case 124: case 94: case 64: case 61: case 33: // + % & | ^ @ = !
        len = c1 === 61 ? 2 : 1;
        break;
      case 126: case 44: case 59: // ~ , ;
        break;
      case 36: case 63: case 96: // $ ? ` are tokens CPython's grammar then rejects
        break;
      default: {
        const cp = src.codePointAt(i)!;
        this.invalidChar(i, cp);
        return;
      }
    }
    this.push(TokenType.Op, i, len, src.slice(i, i + len));
    this.i = i + len;
  }

  private finish(): void {
    const n = this.n;
    if (this.brackets.length > 0) {
      const b = this.brackets[this.brackets.length - 1];
      this.error(`'${b.ch}' was never closed`, b.start, 1, n);
      this.push(TokenType.Error, n, 0, "");
      this.lineHasTokens = true;
    }
    if (this.lineHasTokens) this.push(TokenType.NewLine, n, 0, "");
    for (let k = 1; k < this.indents.length; k++) this.push(TokenType.Dedent, n, 0, "");
    this.push(TokenType.EndOfStream, n, 0, "");
  }
}

const NUMBER_GLUED_KEYWORDS = ["and", "else", "for", "if", "in", "is", "not", "or"];

function startsWithKeywordAfterNumber(src: string, i: number): boolean {
  for (const kw of NUMBER_GLUED_KEYWORDS) {
    if (src.startsWith(kw, i)) {
      const c = src.charCodeAt(i + kw.length);
      if (!(isAsciiIdStart(c) || isDigit(c) || c >= 128)) return true;
    }
  }
  return false;
}

/** StringFlags for a valid prefix ("", "rb", "F", ...), or -1 if the text is not a string prefix. */
function prefixFlags(prefix: string): number {
  let flags = 0;
  for (let k = 0; k < prefix.length; k++) {
    const c = prefix.charCodeAt(k) | 0x20;
    let f: number;
    if (c === 114) f = StringFlags.Raw;
    else if (c === 98) f = StringFlags.Bytes;
    else if (c === 117) f = StringFlags.Unicode;
    else if (c === 102) f = StringFlags.Format;
    else return -1;
    if (flags & f) return -1;
    flags |= f;
  }
  if (flags & StringFlags.Unicode && flags !== StringFlags.Unicode) return -1;
  if (flags & StringFlags.Bytes && flags & StringFlags.Format) return -1;
  return flags;
}

// ---------------------------------------------------------------------------
// Escape decoding (used by the parser for string and bytes literals)

const NAMED_CHARS: Record<string, number> = {
  "NULL": 0x0, "BELL": 0x7, "BACKSPACE": 0x8, "CHARACTER TABULATION": 0x9, "LINE FEED": 0xa,
  "LINE FEED (LF)": 0xa, "CARRIAGE RETURN": 0xd, "CARRIAGE RETURN (CR)": 0xd, "ESCAPE": 0x1b,
  "SPACE": 0x20, "NO-BREAK SPACE": 0xa0, "EXCLAMATION MARK": 0x21, "QUOTATION MARK": 0x22,
  "NUMBER SIGN": 0x23, "DOLLAR SIGN": 0x24, "PERCENT SIGN": 0x25, "AMPERSAND": 0x26, "APOSTROPHE": 0x27,
  "ASTERISK": 0x2a, "PLUS SIGN": 0x2b, "COMMA": 0x2c, "HYPHEN-MINUS": 0x2d, "FULL STOP": 0x2e,
  "SOLIDUS": 0x2f, "COLON": 0x3a, "SEMICOLON": 0x3b, "LESS-THAN SIGN": 0x3c, "EQUALS SIGN": 0x3d,
  "GREATER-THAN SIGN": 0x3e, "QUESTION MARK": 0x3f, "COMMERCIAL AT": 0x40, "REVERSE SOLIDUS": 0x5c,
  "LEFT CURLY BRACKET": 0x7b, "RIGHT CURLY BRACKET": 0x7d, "TILDE": 0x7e, "LOW LINE": 0x5f,
  "COPYRIGHT SIGN": 0xa9, "REGISTERED SIGN": 0xae, "DEGREE SIGN": 0xb0, "PLUS-MINUS SIGN": 0xb1,
  "MICRO SIGN": 0xb5, "MIDDLE DOT": 0xb7, "MULTIPLICATION SIGN": 0xd7, "DIVISION SIGN": 0xf7,
  "SECTION SIGN": 0xa7, "PILCROW SIGN": 0xb6, "POUND SIGN": 0xa3, "YEN SIGN": 0xa5, "CENT SIGN": 0xa2,
  "EURO SIGN": 0x20ac, "EN DASH": 0x2013, "EM DASH": 0x2014, "HORIZONTAL ELLIPSIS": 0x2026,
  "BULLET": 0x2022, "LEFT SINGLE QUOTATION MARK": 0x2018, "RIGHT SINGLE QUOTATION MARK": 0x2019,
  "LEFT DOUBLE QUOTATION MARK": 0x201c, "RIGHT DOUBLE QUOTATION MARK": 0x201d, "TRADE MARK SIGN": 0x2122,
  "RIGHTWARDS ARROW": 0x2192, "LEFTWARDS ARROW": 0x2190, "UPWARDS ARROW": 0x2191, "DOWNWARDS ARROW": 0x2193,
  "CHECK MARK": 0x2713, "HEAVY CHECK MARK": 0x2714, "BALLOT X": 0x2717, "MULTIPLICATION X": 0x2715,
  "BLACK STAR": 0x2605, "WHITE STAR": 0x2606, "BLACK HEART SUIT": 0x2665, "SNOWMAN": 0x2603,
  "GREEK SMALL LETTER ALPHA": 0x3b1, "GREEK SMALL LETTER BETA": 0x3b2, "GREEK SMALL LETTER GAMMA": 0x3b3,
  "GREEK SMALL LETTER DELTA": 0x3b4, "GREEK SMALL LETTER PI": 0x3c0, "GREEK SMALL LETTER MU": 0x3bc,
  "GREEK SMALL LETTER LAMDA": 0x3bb, "GREEK SMALL LETTER SIGMA": 0x3c3, "GREEK SMALL LETTER OMEGA": 0x3c9,
  "GREEK CAPITAL LETTER DELTA": 0x394, "GREEK CAPITAL LETTER SIGMA": 0x3a3, "GREEK CAPITAL LETTER OMEGA": 0x3a9,
  "INFINITY": 0x221e, "NOT EQUAL TO": 0x2260, "LESS-THAN OR EQUAL TO": 0x2264, "GREATER-THAN OR EQUAL TO": 0x2265,
  "LATIN SMALL LETTER E WITH ACUTE": 0xe9, "LATIN SMALL LETTER A WITH GRAVE": 0xe0,
  "LATIN SMALL LETTER N WITH TILDE": 0xf1, "LATIN SMALL LETTER U WITH DIAERESIS": 0xfc,
  "LATIN SMALL LETTER O WITH DIAERESIS": 0xf6, "LATIN SMALL LETTER A WITH DIAERESIS": 0xe4,
  "LATIN SMALL LETTER SHARP S": 0xdf, "LATIN SMALL LETTER C WITH CEDILLA": 0xe7,
  "LATIN CAPITAL LETTER E WITH ACUTE": 0xc9, "ZERO WIDTH SPACE": 0x200b, "ZERO WIDTH JOINER": 0x200d,
  "BYTE ORDER MARK": 0xfeff, "ZERO WIDTH NO-BREAK SPACE": 0xfeff, "REPLACEMENT CHARACTER": 0xfffd,
  "GRINNING FACE": 0x1f600, "SMILING FACE WITH SMILING EYES": 0x1f60a, "THUMBS UP SIGN": 0x1f44d,
  "FIRE": 0x1f525, "ROCKET": 0x1f680, "PARTY POPPER": 0x1f389, "WAVING HAND SIGN": 0x1f44b,
  "RED APPLE": 0x1f34e, "SNAKE": 0x1f40d, "WHITE HEAVY CHECK MARK": 0x2705, "CROSS MARK": 0x274c,
  "WARNING SIGN": 0x26a0, "HIGH VOLTAGE SIGN": 0x26a1, "SPARKLES": 0x2728, "HEAVY BLACK HEART": 0x2764,
};

export interface DecodeError {
  message: string;
  /** Offset within the decoded text where the bad escape begins. */
  offset: number;
}

/**
 * Decodes a string literal body (text between the quotes) to its value.
 * Raw strings are returned unchanged. Unknown escapes are kept verbatim (CPython
 * only warns about them). Reports the first malformed escape through `onError`.
 */
export function decodeStringBody(body: string, raw: boolean, onError?: (e: DecodeError) => void): string {
  if (raw || body.indexOf("\\") < 0) return normalizeNewlines(body);
  let out = "";
  const n = body.length;
  let i = 0;
  let runStart = 0;
  while (i < n) {
    if (body.charCodeAt(i) !== CH_BACKSLASH) {
      i++;
      continue;
    }
    out += normalizeNewlines(body.slice(runStart, i));
    const escStart = i;
    const c = body.charCodeAt(i + 1);
    i += 2;
    switch (c) {
      case CH_LF: break;
      case CH_CR: if (body.charCodeAt(i) === CH_LF) i++; break;
      case CH_BACKSLASH: out += "\\"; break;
      case CH_SQUOTE: out += "'"; break;
      case CH_DQUOTE: out += '"'; break;
      case 97: out += "\x07"; break; // a
      case 98: out += "\b"; break;
      case 102: out += "\f"; break;
      case 110: out += "\n"; break;
      case 114: out += "\r"; break;
      case 116: out += "\t"; break;
      case 118: out += "\v"; break;
      case 120: case 117: case 85: { // x u U
        const width = c === 120 ? 2 : c === 117 ? 4 : 8;
        const hex = body.slice(i, i + width);
        if (hex.length !== width || !/^[0-9a-fA-F]+$/.test(hex)) {
          const name = c === 120 ? "\\xXX" : c === 117 ? "\\uXXXX" : "\\UXXXXXXXX";
          onError?.({ message: `(unicode error) 'unicodeescape' codec can't decode bytes in position ${escStart}-${Math.min(n, i + width) - 1}: truncated ${name} escape`, offset: escStart });
          break;
        }
        const cp = parseInt(hex, 16);
        if (cp > 0x10ffff) {
          onError?.({ message: `(unicode error) 'unicodeescape' codec can't decode bytes in position ${escStart}-${i + width - 1}: illegal Unicode character`, offset: escStart });
        } else out += String.fromCodePoint(cp);
        i += width;
        break;
      }
      case 78: { // N{name}
        const close = body.charCodeAt(i) === 123 ? body.indexOf("}", i) : -1;
        const name = close > 0 ? body.slice(i + 1, close).toUpperCase() : "";
        const cp = close > 0 ? NAMED_CHARS[name] : undefined;
        if (cp === undefined) {
          const end = close > 0 ? close : i;
          const why = close > 0 ? "unknown Unicode character name" : "malformed \\N character escape";
          onError?.({ message: `(unicode error) 'unicodeescape' codec can't decode bytes in position ${escStart}-${end}: ${why}`, offset: escStart });
          i = close > 0 ? close + 1 : i;
        } else {
          out += String.fromCodePoint(cp);
          i = close + 1;
        }
        break;
      }
      default:
        if (c >= 48 && c <= 55) {
          let v = c - 48;
          let k = 0;
          while (k < 2 && body.charCodeAt(i) >= 48 && body.charCodeAt(i) <= 55) {
            v = v * 8 + body.charCodeAt(i) - 48;
            i++;
            k++;
          }
          out += String.fromCharCode(v);
        } else {
          out += body.slice(escStart, Math.min(i, n));
        }
    }
    runStart = i;
  }
  out += normalizeNewlines(body.slice(runStart));
  return out;
}

// CPython reads source with universal newlines, so a CRLF or CR typed inside a literal
// is "\n"; only CRs produced by escapes survive, hence this runs on literal runs only.
function normalizeNewlines(s: string): string {
  return s.indexOf("\r") < 0 ? s : s.replace(/\r\n?/g, "\n");
}

/** Decodes a bytes literal body; non-ASCII source characters are an error reported via onError. */
export function decodeBytesBody(body: string, raw: boolean, onError?: (e: DecodeError) => void): Uint8Array {
  const out: number[] = [];
  const n = body.length;
  let i = 0;
  while (i < n) {
    const c = body.charCodeAt(i);
    if (c >= 128) {
      onError?.({ message: "bytes can only contain ASCII literal characters", offset: i });
      i++;
      continue;
    }
    if (c !== CH_BACKSLASH || raw) {
      out.push(c);
      i++;
      continue;
    }
    const d = body.charCodeAt(i + 1);
    i += 2;
    switch (d) {
      case CH_LF: break;
      case CH_CR: if (body.charCodeAt(i) === CH_LF) i++; break;
      case CH_BACKSLASH: out.push(92); break;
      case CH_SQUOTE: out.push(39); break;
      case CH_DQUOTE: out.push(34); break;
      case 97: out.push(7); break;
      case 98: out.push(8); break;
      case 102: out.push(12); break;
      case 110: out.push(10); break;
      case 114: out.push(13); break;
      case 116: out.push(9); break;
      case 118: out.push(11); break;
      case 120: {
        const hex = body.slice(i, i + 2);
        if (hex.length !== 2 || !/^[0-9a-fA-F]+$/.test(hex)) {
          onError?.({ message: `(value error) invalid \\x escape at position ${i - 2}`, offset: i - 2 });
          break;
        }
        out.push(parseInt(hex, 16));
        i += 2;
        break;
      }
      default:
        if (d >= 48 && d <= 55) {
          let v = d - 48;
          let k = 0;
          while (k < 2 && body.charCodeAt(i) >= 48 && body.charCodeAt(i) <= 55) {
            v = v * 8 + body.charCodeAt(i) - 48;
            i++;
            k++;
          }
          out.push(v & 0xff);
        } else {
          out.push(92);
          if (i - 1 < n) out.push(d);
        }
    }
  }
  return Uint8Array.from(out);
}

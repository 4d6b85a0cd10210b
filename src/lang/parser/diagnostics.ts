// Diagnostics and CPython-style error rendering.

export type DiagnosticKind = "SyntaxError" | "IndentationError" | "TabError";

export interface Diagnostic {
  message: string;
  start: number;
  length: number;
  kind: DiagnosticKind;
}

/** Offsets at which each line begins; a line ends at \n, \r\n or a lone \r (as in CPython). */
export function computeLineStarts(source: string): number[] {
  const starts = [0];
  const n = source.length;
  for (let i = 0; i < n; i++) {
    const c = source.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (i + 1 < n && source.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** 1-based line, 0-based column (in UTF-16 units) of an offset. */
export function lineColFromStarts(starts: readonly number[], offset: number): { line: number; col: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, col: offset - starts[lo] };
}

let lastSource: string | null = null;
let lastStarts: number[] = [];

export function lineCol(source: string, offset: number): { line: number; col: number } {
  if (source !== lastSource) {
    lastSource = source;
    lastStarts = computeLineStarts(source);
  }
  return lineColFromStarts(lastStarts, offset);
}

function lineText(source: string, starts: readonly number[], line: number): string {
  const s = starts[line - 1];
  let e = line < starts.length ? starts[line] : source.length;
  while (e > s && (source.charCodeAt(e - 1) === 10 || source.charCodeAt(e - 1) === 13)) e--;
  return source.slice(s, e);
}

/**
 * Renders a diagnostic exactly like CPython 3.11 prints an uncaught SyntaxError:
 * the stripped source line indented by four spaces, then carets under the range.
 */
export function formatDiagnostic(source: string, filename: string, diag: Diagnostic): string {
  const starts = computeLineStarts(source);
  const { line, col } = lineColFromStarts(starts, Math.min(diag.start, source.length));
  let text = lineText(source, starts, line);
  let out = `  File "${filename}", line ${line}\n`;
  // A BOM is not part of the text CPython shows.
  let caretCol = col;
  if (line === 1 && text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    caretCol--;
  }
  let strip = 0;
  while (strip < text.length) {
    const c = text.charCodeAt(strip);
    if (c === 32 || c === 9 || c === 12) strip++;
    else break;
  }
  const shown = text.slice(strip);
  out += `    ${shown}\n`;
  // CPython 3.11 positions and sizes the caret line in UTF-8 bytes of the source line,
  // which is visible (and reproduced here) on lines with non-ASCII text.
  const col0 = Math.min(caretCol, text.length);
  if (col0 - strip >= 0) {
    const endInfo = lineColFromStarts(starts, Math.min(diag.start + diag.length, source.length));
    let count = 1;
    if (diag.length > 1 && endInfo.line === line) {
      const endCol = Math.min(endInfo.col - (col - caretCol), text.length);
      count = Math.max(1, utf8Length(text.slice(col0, endCol)));
    }
    out += `    ${" ".repeat(utf8Length(text.slice(strip, col0)))}${"^".repeat(count)}\n`;
  }
  out += `${diag.kind}: ${diag.message}\n`;
  return out;
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

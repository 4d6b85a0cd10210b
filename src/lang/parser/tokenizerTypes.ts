// Token shapes produced by tokenizer.ts and consumed by parser.ts.

export enum TokenType {
  EndOfStream,
  NewLine,
  Indent,
  Dedent,
  /** Identifier, including soft keywords (match, case, _). */
  Name,
  /** Hard keyword; `value` holds its text. */
  Keyword,
  Number,
  String,
  /** Operator or delimiter; `value` holds its text, e.g. "**=". */
  Op,
  /** Text the tokenizer could not make sense of; a diagnostic was already recorded. */
  Error,
}

export const enum StringFlags {
  None = 0,
  Raw = 1,
  Bytes = 2,
  Unicode = 4,
  Format = 8,
  Triple = 16,
  /** Closing quote missing; a diagnostic was already recorded. */
  Unterminated = 32,
}

export interface Token {
  type: TokenType;
  start: number;
  length: number;
  /**
   * Name/Keyword: the identifier (NFKC-normalized); Op: operator text;
   * Number: literal text; String: raw text between the quotes.
   */
  value: string;
  /** StringFlags for String tokens, 0 otherwise. */
  flags: number;
  /** String tokens: offset of the first character after the opening quote(s). */
  contentStart: number;
}

export const KEYWORDS: ReadonlySet<string> = new Set([
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
  "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
  "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
]);

// Public surface of the Tauraro front end.

export { parse, type ParseResult } from "./parser.js";
export { tokenize, decodeStringBody, decodeBytesBody, type TokenizerOutput, type PendingDiagnostic } from "./tokenizer.js";
export { TokenType, StringFlags, KEYWORDS, type Token } from "./tokenizerTypes.js";
export {
  formatDiagnostic, lineCol, lineColFromStarts, computeLineStarts,
  type Diagnostic, type DiagnosticKind,
} from "./diagnostics.js";
export { dumpAst, constRepr, floatRepr, strRepr, bytesRepr, type DumpOptions } from "./astDump.js";
export type * from "./ast.js";

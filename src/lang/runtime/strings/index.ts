// Python string/number text runtime: pure functions over JS primitives.
//
// ERRORS: every function raises Python exceptions through one hook. By default it throws
// a `StrRuntimeError` (fields `pyType`, `pyMessage`); the core calls
// `setRaiser((type, msg) => { throw makeException(type, msg) })` once at startup so the
// functions here throw real Python exceptions, e.g. raise("ValueError", "substring not found").
// Messages are CPython 3.11's, verbatim (KeyError messages arrive already repr()'d: "'name'").
//
// VALUES: Python ints are integral JS numbers or bigints, bools are booleans, strs are strings,
// None is null (per docs/ARCHITECTURE.md); floats are passed as plain JS numbers to the float
// functions (unbox PyFloat first). Where arbitrary Python objects can appear (%-formatting,
// str.format) the caller supplies hooks (PercentHooks / FormatHooks) for str/repr/getattr/….
// Optional Python arguments that are None/absent are passed as undefined (null also accepted
// for start/end/sep/chars).

export {
  type Raiser,
  StrRuntimeError,
  setRaiser,
  raise,
  hasSurrogates,
  cpArray,
  cpLen,
  cpAt,
  cpOrd,
  cpChr,
  cpSlice,
  sliceIndices,
  cpIndexToUnit,
  unitIndexToCp,
} from "./codepoints.js";

export {
  type Digits,
  floatRepr,
  floatStr,
  formatFloatCore,
  formatFloatFixed,
  formatFloatExp,
  formatFloatGeneral,
  roundFloat,
  digitsShortest,
  digitsFixed,
  digitsExp,
} from "./floatRepr.js";

export {
  type FormatSpec,
  parseFormatSpec,
  formatInt,
  formatFloat,
  formatStr,
  formatStrWith,
} from "./formatSpec.js";

export {
  type TransTable,
  isSpaceCode,
  isDecimalChar,
  isDigitChar,
  isNumericChar,
  isAlphaChar,
  isPrintableChar,
  strIsdecimal,
  strIsdigit,
  strIsnumeric,
  strIsalpha,
  strIsalnum,
  strIsspace,
  strIsascii,
  strIsprintable,
  strIsidentifier,
  strIslower,
  strIsupper,
  strIstitle,
  strUpper,
  strLower,
  strCasefold,
  strSwapcase,
  strTitle,
  strCapitalize,
  strFind,
  strRfind,
  strIndex,
  strRindex,
  strCount,
  strStartswith,
  strEndswith,
  strSplit,
  strRsplit,
  strSplitlines,
  strJoin,
  strPartition,
  strRpartition,
  strStrip,
  strLstrip,
  strRstrip,
  strReplace,
  strRemoveprefix,
  strRemovesuffix,
  strCenter,
  strLjust,
  strRjust,
  strZfill,
  strExpandtabs,
  strTranslate,
  strMaketrans,
  strRepr,
  asciiRepr,
  strEncode,
  bytesDecode,
} from "./strMethods.js";

export { type PercentHooks, percentFormat } from "./percentFormat.js";

export { type FormatHooks, strFormat, strFormatMap, formatValue } from "./formatString.js";

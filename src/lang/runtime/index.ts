/**
 * The runtime's public surface: `R`, the object generated code binds its `$helpers` from, and
 * the exports native modules use.
 */
import "./bootstrap.js";
import * as objects from "./objects.js";
import * as types from "./types.js";
import * as errors from "./errors.js";
import * as numbers from "./numbers.js";
import * as call from "./call.js";
import * as ops from "./ops.js";
import * as iter from "./iter.js";
import * as keys from "./keys.js";
import * as gens from "./generators.js";
import * as excs from "./exceptions.js";
import * as support from "./support.js";
import { buildClass } from "./bootstrap.js";
import { nativeFunction, staticNative } from "./native.js";

/** Helpers referenced by generated code as `$name`. */
export const R: Record<string, any> = {
  None: objects.None,
  Ellipsis: objects.Ellipsis,
  NotImplemented: objects.NotImplemented,
  STOP: objects.STOP,
  List: objects.PyList,
  Tuple: objects.PyTuple,
  Slice: objects.PySlice,
  pyFloat: numbers.pyFloat,
  // operators
  truthy: ops.truthy,
  add: ops.add,
  sumAdd: ops.sumAdd,
  preArr: iter.preArr,
  addC: ops.addC,
  subC: ops.subC,
  mulC: ops.mulC,
  truedivC: ops.truedivC,
  binDone: ops.binDone,
  sub: ops.sub,
  mul: ops.mul,
  truediv: ops.truediv,
  floordiv: ops.floordiv,
  mod: ops.mod,
  pow: ops.pow,
  lshift: ops.lshift,
  rshift: ops.rshift,
  bitand: ops.bitand,
  bitor: ops.bitor,
  bitxor: ops.bitxor,
  matmul: ops.matmul,
  iadd: ops.iadd,
  isub: ops.isub,
  imul: ops.imul,
  itruediv: ops.itruediv,
  ifloordiv: ops.ifloordiv,
  imod: ops.imod,
  inplace: ops.inplace,
  neg: ops.neg,
  pos: ops.pos,
  invert: ops.invert,
  eq: ops.eq,
  ne: ops.ne,
  lt: ops.lt,
  le: ops.le,
  gt: ops.gt,
  ge: ops.ge,
  eqB: ops.eqB,
  neB: ops.neB,
  ltB: ops.ltB,
  leB: ops.leB,
  gtB: ops.gtB,
  geB: ops.geB,
  contains: ops.contains,
  getitem: ops.getitem,
  setitem: ops.setitem,
  delitem: ops.delitem,
  getslice: ops.getslice,
  str: ops.str,
  repr: ops.repr,
  // attributes and calls
  getattr: call.getattr,
  getattrOpt: call.getattrOpt,
  getattrC: call.getattrC,
  setattr: call.setattr,
  setattrL: call.setattrL,
  EPH: types.EPH,
  delattr: call.delattr,
  call0: call.call0,
  call1: call.call1,
  call2: call.call2,
  call3: call.call3,
  callv: call.callv,
  cm0: call.cm0,
  cm1: call.cm1,
  cm2: call.cm2,
  cmv: call.cmv,
  newMethodCache: call.newMethodCache,
  callEx: support.callEx,
  starArg: support.starArg,
  callFrame: support.callFrame,
  annotate: support.annotate,
  // iteration
  iter: iter.getIter,
  rangeIter: iter.rangeIterFast,
  RangeIter: iter.RangeIter,
  toArray: iter.toArray,
  unpack: iter.unpack,
  unpackEx: iter.unpackEx,
  // literals and definitions
  dictFrom: support.dictFrom,
  dictPairs: support.dictPairs,
  dictMerge: support.dictMerge,
  setFrom: support.setFrom,
  setAdd: keys.setAdd,
  bytesConst: support.bytesConst,
  complexConst: support.complexConst,
  mkfn: support.mkfn,
  argMissing: support.argMissing,
  mkgen: gens.mkgen,
  mkcoro: gens.mkcoro,
  mkasyncgen: gens.mkasyncgen,
  AGValue: gens.AGValue,
  genexprSig: gens.genexprSig,
  yieldFrom: gens.yieldFrom,
  await: gens.awaitable,
  aiter: gens.aiter,
  anext: gens.anext,
  buildClass,
  superNew: support.superNew,
  superCall: call.superCall,
  fmtValue: support.fmtValue,
  // names
  nameError: errors.nameError,
  unbound: support.unbound,
  unboundFree: support.unboundFree,
  delGlobal: support.delGlobal,
  delClassName: support.delClassName,
  syntaxError: support.syntaxError,
  // exceptions
  raise: excs.raise,
  reraise: excs.reraise,
  exc: excs.exc,
  excMatch: excs.excMatch,
  excPush: excs.excPush,
  excPop: excs.excPop,
  egStart: excs.egStart,
  egSplit: excs.egSplit,
  egFinish: excs.egFinish,
  assertFail: excs.assertFail,
  // with
  exitOf: support.exitOf,
  enter: support.enter,
  aexitOf: support.aexitOf,
  aenter: support.aenter,
  callExit: support.callExit,
  // match
  matchSeq: support.matchSeq,
  matchMap: support.matchMap,
  matchMapGet: support.matchMapGet,
  matchMapRest: support.matchMapRest,
  matchClassArgs: support.matchClassArgs,
  isinstance: (x: any, t: any) => support.truthy(call.callv(builtinsRef.isinstance, [x, t])),
  // interrupts
  get SIG() {
    return support.SIG;
  },
  interrupted: support.interrupted,
  // imports are filled in by the loader
  importModule: null,
  importFrom: null,
  importAttr: null,
  importStar: null,
};

/** Filled by builtins.ts when it loads (isinstance for class patterns). */
export const builtinsRef: Record<string, any> = Object.create(null);
// Exact built-in types generated code compares `$cls` with before touching `.a` / `.m` directly.
R.listT = types.T.list;
R.tupleT = types.T.tuple;
R.dictT = types.T.dict;
/** Generated code checks a name still means the builtin before taking a fused path (`$BI.sum`). */
R.BI = builtinsRef;

export * from "./objects.js";
export { T, typeOf, isSubtype, isInstance, defineAttrs, makeBuiltinType, invalidateType } from "./types.js";
export {
  raise,
  pyErr,
  typeError,
  valueError,
  attributeError,
  indexError,
  keyError,
  nameError,
  newException,
  captureTraceback,
  isExc,
} from "./errors.js";
export {
  pyFloat,
  isInt,
  isIntLike,
  isFloat,
  toNumber,
  toBig,
  normBig,
  numKind,
  NI,
  hashInt,
  hashFloat,
} from "./numbers.js";
export {
  callv,
  call0,
  call1,
  call2,
  call3,
  cm0,
  cm1,
  cm2,
  cmv,
  callKwDict,
  getattr,
  getattrOpt,
  setattr,
  delattr,
  bindArgs,
  type PyFunction,
  type PySig,
} from "./call.js";
export {
  truthy,
  repr,
  str,
  eq,
  eqB,
  lt,
  lessThan,
  hash,
  identity,
  add,
  sub,
  mul,
  truediv,
  floordiv,
  mod,
  pow,
  neg,
  ne,
  le,
  gt,
  ge,
  lshift,
  rshift,
  bitand,
  bitor,
  bitxor,
  inplace,
  strCmp,
  getitem,
  setitem,
  delitem,
  len,
  contains,
  index,
  sliceIndices,
  reprEnter,
  reprLeave,
} from "./ops.js";
export { getIter, toArray, asArray, unpack, ArrayIter, ListIter, MapIter } from "./iter.js";
export { dictGet, dictSet, dictHas, dictDelete, dictKeys, newDict, origKey, setAdd, setHas, setDelete } from "./keys.js";
export { PyGenerator, PyCoroutine, mkgen, mkcoro } from "./generators.js";
export { exc, excMatch, fromJsError } from "./exceptions.js";
export { nativeFunction, staticNative };
export { buildClass, allocate, typeNew, kwPairs } from "./bootstrap.js";
export { SIG, setSignalArray, interruptHooks, fmtHooks, frameHooks, dictFrom, setFrom, mkfn } from "./support.js";

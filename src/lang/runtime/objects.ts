/**
 * The JS classes behind Python values. Data only: behaviour lives in the other runtime files.
 * See docs/ARCHITECTURE.md for the value representation.
 */

/** Attribute storage of an instance: a null-prototype object, so no JS name leaks in. */
export type AttrDict = Record<string, any>;

/**
 * Attribute objects are made by a constructor whose prototype has no prototype: no JS name leaks
 * in, and unlike `Object.create(null)` (which V8 keeps in slow dictionary mode) they get hidden
 * classes, so generated code's `o.$d.x` is inline-cached.
 */
const AttrDictCtor = function (this: any) {} as unknown as new () => AttrDict;
(AttrDictCtor as any).prototype = Object.create(null);

export function newAttrDict(): AttrDict {
  return new AttrDictCtor();
}

/** A fast-mode object whose prototype is `proto` (module globals inherit from builtins this way). */
export function newObjectWithProto(proto: object): AttrDict {
  const C = function (this: any) {} as unknown as new () => AttrDict;
  (C as any).prototype = proto;
  return new C();
}

/** Base of every Python value that is not a JS primitive or function. */
export class PyObject {
  declare $cls: PyType;
  declare $d: AttrDict | undefined;
}

/** A Python class. Its own `$cls` is its metaclass. */
export class PyType extends PyObject {
  $name: string;
  $qualname: string;
  $module: string;
  $bases: PyType[];
  $mro: PyType[] = [];
  /** The class's own namespace (what `__dict__` shows). */
  $dict: AttrDict;
  /** Every attribute visible on the class: `$dict` of each class in the MRO, flattened. */
  $L: AttrDict = newAttrDict();
  /** JS constructor used to allocate instances (the nearest built-in base's class). */
  $js: new () => any;
  /** True for classes made by a `class` statement (and their subclasses). */
  /** Direct constructors for `C(…)` with 0–3 arguments, made on first use (see call.ts). */
  $ctor0: any = undefined;
  $ctor1: any = undefined;
  $ctor2: any = undefined;
  $ctor3: any = undefined;
  $user = false;
  $subclasses: PyType[] = [];
  /** Set on classes whose instances have no `$d` (built-ins). */
  $noDict = false;
  constructor(name: string, bases: PyType[], dict: AttrDict, js: new () => any, meta?: PyType) {
    super();
    this.$name = name;
    this.$qualname = name;
    this.$module = "builtins";
    this.$bases = bases;
    this.$dict = dict;
    this.$js = js;
    if (meta) this.$cls = meta;
    this.$d = undefined;
  }
}

export class PyNoneType extends PyObject {}
/** Python's None. */
export const None = new PyNoneType();

export class PyNotImplementedType extends PyObject {}
export const NotImplemented = new PyNotImplementedType();

export class PyEllipsisType extends PyObject {}
export const Ellipsis = new PyEllipsisType();

/** A float whose value is integral (`2.0`, `-0.0`, `1e16`); other floats are plain JS numbers. */
export class PyFloat extends PyObject {
  constructor(public v: number) {
    super();
  }
}

export class PyList extends PyObject {
  constructor(public a: any[] = []) {
    super();
  }
}

export class PyTuple extends PyObject {
  constructor(public a: any[] = []) {
    super();
  }
}

/** A range; start/stop/step are ints (numbers or bigints). */
export class PyRange extends PyObject {
  constructor(public start: any, public stop: any, public step: any) {
    super();
  }
}

export class PySlice extends PyObject {
  constructor(public start: any, public stop: any, public step: any) {
    super();
  }
}

export class PyBytes extends PyObject {
  constructor(public b: Uint8Array) {
    super();
  }
}

export class PyByteArray extends PyObject {
  constructor(public b: Uint8Array, public n: number = b.length) {
    super();
  }
}

export class PyComplex extends PyObject {
  constructor(public re: number, public im: number) {
    super();
  }
}

/**
 * dict: `m` maps each key's normalised form (see keys.ts) to its value, in insertion order;
 * `k` maps a normalised form to the original key object where they differ (True vs 1);
 * `h` holds hash buckets of keys compared with `__eq__` (tuples, user objects).
 */
export class PyDict extends PyObject {
  m: Map<any, any> = new Map();
  k: Map<any, any> | null = null;
  h: Map<number, any[]> | null = null;
}

/** set / frozenset: like PyDict, with the original key as the value. */
export class PySet extends PyObject {
  m: Map<any, any> = new Map();
  h: Map<number, any[]> | null = null;
}
export class PyFrozenSet extends PySet {
  hash: number | undefined = undefined;
}

/** A function bound to an object (`obj.method` read as a value). */
export class PyMethod extends PyObject {
  constructor(public f: any, public self: any) {
    super();
  }
}

export class PyStaticMethod extends PyObject {
  constructor(public f: any) {
    super();
  }
}

export class PyClassMethod extends PyObject {
  constructor(public f: any) {
    super();
  }
}

export class PyProperty extends PyObject {
  constructor(public fget: any, public fset: any, public fdel: any, public doc: any) {
    super();
  }
}

/** A native attribute accessor on a built-in type (`__class__`, `__name__`, …). */
export class PyGetSet extends PyObject {
  constructor(
    public name: string,
    public get: (o: any) => any,
    public set: ((o: any, v: any) => void) | null = null,
  ) {
    super();
  }
}

export class PyModule extends PyObject {
  constructor(public name: string, d: AttrDict) {
    super();
    this.$d = d;
  }
}

export class PyBaseException extends PyObject {
  args: PyTuple;
  __cause__: any;
  __context__: any;
  __suppress_context__ = false;
  /** JS stack captured where the exception was raised; turned into a traceback when printed. */
  declare stack?: any;
  constructor() {
    super();
    this.args = EMPTY_TUPLE_PLACEHOLDER as any;
    this.__cause__ = None;
    this.__context__ = None;
  }
}
// Set once tuples exist (see below) so that every exception starts with `args == ()`.
let EMPTY_TUPLE_PLACEHOLDER: PyTuple | null = null;

/**
 * An instance of a user class that inherits no built-in type other than object. Its attributes
 * live on the object itself (`$d` is the instance): one allocation per object, and V8 gives each
 * Python class's instances a stable hidden class. Internal fields start with `$`, which no
 * Python identifier can; enumerations of `$d` skip them (see `isAttrKey`).
 */
export class PyInstance extends PyObject {}
// Names JS objects inherit from Object.prototype must not show through as attributes.
for (const k of [
  "constructor", "toString", "toLocaleString", "valueOf", "hasOwnProperty", "isPrototypeOf",
  "propertyIsEnumerable", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__", "__proto__",
]) {
  Object.defineProperty(PyInstance.prototype, k, { value: undefined, writable: true, enumerable: false, configurable: true });
}

/** True for keys of an attribute object that are Python attributes (not internal `$` fields). */
export function isAttrKey(k: string): boolean {
  return k.charCodeAt(0) !== 36;
}

/** A super() proxy. */
export class PySuper extends PyObject {
  constructor(public type: PyType, public obj: any, public objType: PyType) {
    super();
  }
}

/** Marks the end of iteration in `$next()`; never a Python value. */
export const STOP: unique symbol = Symbol("STOP");

/**
 * Every Python iterator implements `$next()`, returning the next value or STOP.
 * This keeps loops free of exceptions and of iterator-result allocations.
 */
export abstract class PyIterator extends PyObject {
  abstract $next(): any;
}

export const EMPTY_TUPLE = new PyTuple([]);
EMPTY_TUPLE_PLACEHOLDER = EMPTY_TUPLE;

/** A cell for a variable captured by a class body's `__class__`. */
export class Cell {
  constructor(public v: any = undefined) {}
}

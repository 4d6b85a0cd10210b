/**
 * NoneType, NotImplementedType, ellipsis, module, getset_descriptor and the generic iterator type.
 */
import { None, NotImplemented, Ellipsis, PyGetSet, PyIterator, PyModule, STOP, PyType } from "../objects.js";
import { T, typeOf } from "../types.js";
import { newException, captureTraceback, typeError, attributeError } from "../errors.js";
import { repr, identity } from "../ops.js";
import { AttrDictView } from "../bootstrap.js";
import { defMethods, staticMethod, getset, strOf } from "./common.js";

defMethods(T.NoneType, {
  __new__: staticMethod(T.NoneType, "__new__", "cls, /", () => None),
  __repr__: ["self, /", () => "None"],
  __bool__: ["self, /", () => false],
  __hash__: ["self, /", () => 0xfcfb0],
});

defMethods(T.NotImplementedType, {
  __new__: staticMethod(T.NotImplementedType, "__new__", "cls, /", () => NotImplemented),
  __repr__: ["self, /", () => "NotImplemented"],
  __bool__: ["self, /", () => true],
  __reduce__: ["self, /", () => "NotImplemented"],
});

defMethods(T.ellipsis, {
  __new__: staticMethod(T.ellipsis, "__new__", "cls, /", () => Ellipsis),
  __repr__: ["self, /", () => "Ellipsis"],
  __reduce__: ["self, /", () => "Ellipsis"],
});

function moduleRepr(m: PyModule): string {
  const d = m.$d!;
  const name = typeof d.__name__ === "string" ? d.__name__ : m.name;
  const file = Object.prototype.hasOwnProperty.call(d, "__file__") ? d.__file__ : undefined;
  if (typeof file === "string") return `<module '${name}' from '${file}'>`;
  return `<module '${name}' (built-in)>`;
}

defMethods(T.module, {
  __new__: staticMethod(T.module, "__new__", "cls, name, doc=None", (cls: PyType, name: any, doc: any) => {
    const n = strOf(name);
    if (n === undefined) typeError(`module.__init__() argument 'name' must be str, not ${typeOf(name).$name}`);
    const d = Object.create(null);
    d.__name__ = n;
    d.__doc__ = doc === undefined ? None : doc;
    d.__package__ = None;
    d.__loader__ = None;
    d.__spec__ = None;
    const m = new PyModule(n, d);
    if (cls !== T.module) m.$cls = cls;
    return m;
  }),
  __init__: ["self, name, doc=None", () => None],
  __repr__: ["self, /", moduleRepr],
  __dict__: getset("__dict__", (m: PyModule) => new AttrDictView(m.$d!)),
  __dir__: ["self, /", (m: PyModule) => {
    const { PyList } = listMod;
    return new PyList(Object.keys(m.$d!));
  }],
});
import * as listMod from "../objects.js";

defMethods(T.getset_descriptor, {
  __repr__: ["self, /", (g: PyGetSet) => `<attribute '${g.name}' objects>`],
  __get__: ["self, instance, owner=None, /", (g: PyGetSet, inst: any) => (inst === None ? g : g.get(inst))],
  __set__: ["self, instance, value, /", (g: PyGetSet, inst: any, v: any) => {
    if (g.set === null) attributeError(`attribute '${g.name}' of '${typeOf(inst).$name}' objects is not writable`);
    g.set(inst, v);
    return None;
  }],
  __name__: getset("__name__", (g: PyGetSet) => g.name),
});

defMethods(T.iterator, {
  __iter__: ["self, /", (it: PyIterator) => it],
  __next__: ["self, /", (it: PyIterator) => {
    const v = it.$next();
    if (v === STOP) {
      const ret = (it as any).ret;
      const e = newException(T.StopIteration, ret !== undefined && ret !== None ? [ret] : []);
      captureTraceback(e);
      throw e;
    }
    return v;
  }],
  __repr__: ["self, /", (it: PyIterator) => {
    const n = (it.constructor as any).pyName ?? "iterator";
    return `<${n} object at 0x${identity(it).toString(16).padStart(12, "0")}>`;
  }],
  __length_hint__: ["self, /", (it: any) => {
    if (Array.isArray(it.a)) return Math.max(0, it.a.length - (it.i ?? 0));
    return NotImplemented;
  }],
});

// ---- named iterator types (type(iter([])).__name__ == 'list_iterator', …) ----

import { ListIter, ArrayIter, ReverseListIter, StrIter, BytesIter, MapIter, RangeIter, BigRangeIter, UserIter, SeqIter, CallIter } from "../iter.js";
import { makeBuiltinType } from "../types.js";
import { PyDict } from "../objects.js";

function iterType(name: string, js: any): PyType {
  const t = makeBuiltinType(name, [T.iterator], class extends PyIterator { $next(): any { return STOP; } });
  if (js) Object.defineProperty(js.prototype, "$cls", { value: t, writable: true, configurable: true });
  return t;
}
iterType("list_iterator", ListIter);
iterType("tuple_iterator", ArrayIter);
iterType("list_reverseiterator", ReverseListIter);
iterType("str_ascii_iterator", StrIter);
iterType("bytes_iterator", BytesIter);
iterType("range_iterator", RangeIter);
iterType("longrange_iterator", BigRangeIter);
iterType("callable_iterator", CallIter);
iterType("iterator", null);
const mapKinds = [iterType("dict_keyiterator", null), iterType("dict_valueiterator", null), iterType("dict_itemiterator", null)];
const setIterT = iterType("set_iterator", null);
Object.defineProperty(MapIter.prototype, "$cls", {
  get(this: MapIter) {
    return this.owner instanceof PyDict ? mapKinds[this.kind] : setIterT;
  },
  set(this: any, v: any) {
    Object.defineProperty(this, "$cls", { value: v, writable: true, configurable: true });
  },
  configurable: true,
});
void UserIter;
void SeqIter;

export { repr };

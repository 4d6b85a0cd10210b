/**
 * `_collections`: native helpers for `lib/collections` (only `_count_elements` so far, the
 * counting loop of `Counter.update`, as in CPython's C module).
 */
import { defineModule } from "./registry.js";
import { T, None, PyDict, STOP, getIter, getattr, typeOf, add, call2, setitem, dictGet, dictSet } from "../runtime/index.js";

/** mapping[elem] = mapping.get(elem, 0) + 1 for each elem (dict fast path when get/__setitem__ are dict's). */
function countElements(mapping: any, iterable: any): any {
  const it = getIter(iterable);
  const t = typeOf(mapping);
  if (mapping instanceof PyDict && t.$L.get === T.dict.$dict.get && t.$L.__setitem__ === T.dict.$dict.__setitem__) {
    for (let k = it.$next(); k !== STOP; k = it.$next()) {
      const old = dictGet(mapping, k);
      if (old === undefined) dictSet(mapping, k, 1);
      else dictSet(mapping, k, typeof old === "number" && old < 9007199254740991 && Number.isInteger(old) ? old + 1 : add(old, 1));
    }
    return None;
  }
  const get = getattr(mapping, "get");
  for (let k = it.$next(); k !== STOP; k = it.$next()) setitem(mapping, k, add(call2(get, k, 0), 1));
  return None;
}

defineModule("_collections", (m) => {
  m.fn("_count_elements", "mapping, iterable, /", countElements);
});

/**
 * `_tauraro_tb`: a small helper exposing the runtime's traceback formatter to lib/traceback.py.
 *   format_exception(exc)  -> the full report CPython prints for an uncaught exception (chain included)
 *   frames(exc)            -> list of (filename, lineno, name, line) tuples, outermost first
 *   exception_line(exc)    -> "TypeName: message" as the last line of a report
 */
import { defineModule } from "./registry.js";
import { PyBaseException, PyList, PyTuple, T, raise } from "../runtime/index.js";
import { formatException, framesOf, exceptionLine } from "../traceback.js";

function exc(x: any): PyBaseException {
  if (!(x instanceof PyBaseException)) raise(T.TypeError, "an exception instance is required");
  return x as PyBaseException;
}

defineModule("_tauraro_tb", (m) => {
  m.fn("format_exception", "exc, /", (e: any) => formatException(exc(e)));
  m.fn("frames", "exc, /", (e: any) => new PyList(framesOf(exc(e)).map((f) => new PyTuple([f.filename, f.line, f.name, f.text]))));
  m.fn("exception_line", "exc, /", (e: any) => exceptionLine(exc(e)));
});

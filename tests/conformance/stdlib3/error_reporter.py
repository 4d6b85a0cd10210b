# An error reporter: jobs fail in nested calls; the reporter formats the tracebacks
# (file names made relative so the output does not depend on where the repository lives).
import io
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def clean(text):
    return text.replace(HERE, "")


class JobError(Exception):
    pass


def parse_amount(text):
    if not text.isdigit():
        raise ValueError(f"not a number: {text!r}")
    return int(text)


def load(record):
    parse_amount(record["amount"])
    return int(record["amount"])


def run_job(record):
    try:
        load(record)
    except ValueError as e:
        raise JobError(f"job {record['id']} failed") from e


def report(job):
    try:
        job()
    except Exception:
        text = traceback.format_exc()
        print(clean(text), end="")
        print("---")
        return sys.exc_info()[1]


def bad_lookup():
    config = {"host": "db"}
    config.pop("port")


def rethrow():
    try:
        bad_lookup()
    except KeyError:
        raise RuntimeError("config incomplete")


def suppressed():
    try:
        bad_lookup()
    except KeyError:
        raise RuntimeError("no context shown") from None


def job7():
    run_job({"id": 7, "amount": "12x"})


errors = [report(job7),
          report(bad_lookup),
          report(rethrow),
          report(suppressed)]

for e in errors:
    print(type(e).__name__, "|", "".join(traceback.format_exception_only(type(e), e)), end="")
    print([line.strip() for line in traceback.format_exception_only(e)])

e = errors[0]
lines = traceback.format_exception(e)
print(len(lines) > 3, lines[-1], end="")
print(clean("".join(traceback.format_exception(e, chain=False))), end="")
print(clean("".join(traceback.format_exception(type(e), e, e.__traceback__, limit=1))), end="")

buf = io.StringIO()
traceback.print_exception(errors[2], file=buf)
print(clean(buf.getvalue()), end="")

te = traceback.TracebackException.from_exception(errors[1])
print([(os.path.basename(f.filename), f.lineno, f.name, f.line) for f in te.stack])
print(clean("".join(te.format())), end="")
print(str(te), te.exc_type.__name__)


def where_am_i():
    return traceback.extract_stack()


frames = where_am_i()
print([(f.name, f.line) for f in frames[-2:]])
print(clean("".join(traceback.format_list([("x.py", 3, "f", "return g()"), ("x.py", 9, "g", "")]))), end="")
print(repr(traceback.format_exc()))


class Custom(Exception):
    def __str__(self):
        return "custom message"


print(traceback.format_exception_only(Custom()), traceback.format_exception_only(KeyError("k")))
try:
    exec("total = (1 +\n")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)), end="")

"""traceback: formatting and printing exceptions and stacks (Tauraro).

Frames come from the runtime (module ``_tauraro_tb``): Tauraro exceptions carry the stack where
they were raised rather than a chain of traceback objects, so ``exc.__traceback__`` is not needed.
CPython 3.11's ``~~~^^^`` column markers are not produced (the runtime keeps line numbers only).
"""
import sys
import _tauraro_tb

__all__ = ["extract_stack", "extract_tb", "format_exception", "format_exception_only",
           "format_list", "format_stack", "format_tb", "print_exc", "format_exc",
           "print_exception", "print_last", "print_stack", "print_tb", "clear_frames",
           "FrameSummary", "StackSummary", "TracebackException", "walk_stack", "walk_tb"]

_sentinel = object()
_RECURSIVE_CUTOFF = 3


class FrameSummary:
    """Information about a single frame of a traceback."""

    __slots__ = ("filename", "lineno", "end_lineno", "colno", "end_colno", "name", "_line", "locals")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    @property
    def line(self):
        if self._line is None:
            return None
        return self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append("    {}\n".format(frame_summary.line))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append("    {name} = {value}\n".format(name=name, value=value))
        return "".join(row)

    def format(self):
        result = []
        last_file = None
        last_line = None
        last_name = None
        count = 0
        for frame_summary in self:
            formatted = self.format_frame_summary(frame_summary)
            if formatted is None:
                continue
            if (last_file is None or last_file != frame_summary.filename
                    or last_line is None or last_line != frame_summary.lineno
                    or last_name is None or last_name != frame_summary.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append(
                        f"  [Previous line repeated {count} more time{'s' if count > 1 else ''}]\n")
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted)
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append(
                f"  [Previous line repeated {count} more time{'s' if count > 1 else ''}]\n")
        return result


def _limit(frames, limit):
    if limit is None:
        limit = getattr(sys, "tracebacklimit", None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is not None:
        if limit >= 0:
            frames = frames[:limit]
        else:
            frames = frames[limit:]
    return frames


def _trim(frames, active):
    """Keeps the frames from the one that caught the exception inward.

    Tauraro exceptions record the whole stack at the raise; CPython's traceback starts at the
    frame that caught it. That frame is the deepest one shared with the still-active stack
    ``active`` (same function, a different line: the try body versus the handler)."""
    n = min(len(frames), len(active))
    k = 0
    while k < n:
        f = frames[k]
        a = active[k]
        if f[0] != a[0] or f[2] != a[2]:
            k -= 1
            break
        if f[1] != a[1]:
            break
        k += 1
    else:
        k -= 1
    if k < 0:
        k = 0
    return frames[k:]


def _frames_of(exc, limit=None, active=None):
    if not isinstance(exc, BaseException):
        return StackSummary()
    frames = list(_tauraro_tb.frames(exc))
    if active is not None:
        # While the exception is being handled, the active stack shows where it was caught;
        # remember that so it can be formatted the same way after the handler has returned.
        skip = None
        if sys.exc_info()[1] is not exc:
            skip = _caught_at.get(id(exc))
            if skip is not None and skip[0] is not exc:
                skip = None
        if skip is None:
            n = len(frames) - len(_trim(frames, active))
            _caught_at[id(exc)] = (exc, n)
        else:
            n = skip[1]
        frames = frames[n:]
    return StackSummary.from_list(_limit(frames, limit))


# id(exception) -> (exception, number of outer frames to drop), filled when first formatted
_caught_at = {}


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except BaseException:
        return f"<{what} {func.__name__}() failed>"


class TracebackException:
    """An exception ready for rendering (its cause/context chain captured too)."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None, _active=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        if _active is None:
            _active = _current_stack(0)
        self.exc_type = exc_type
        self.stack = _frames_of(exc_value, limit, _active)
        self._str = _safe_string(exc_value, "exception")
        self.__notes__ = getattr(exc_value, "__notes__", None)
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg
        self.__cause__ = None
        self.__context__ = None
        if exc_value is not None:
            cause = exc_value.__cause__
            outer = list(_tauraro_tb.frames(exc_value))
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(type(cause), cause, None, limit=limit,
                                                    _seen=_seen, _active=outer)
            ctx = exc_value.__context__
            if ctx is not None and id(ctx) not in _seen:
                self.__context__ = TracebackException(type(ctx), ctx, None, limit=limit,
                                                      _seen=_seen, _active=outer)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self.exc_type is None:
            yield "NoneType: None\n"
            return
        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + "." + stype
        if not issubclass(self.exc_type, SyntaxError):
            yield _format_final_exc_line(stype, self._str)
        else:
            yield from self._format_syntax_error(stype)
        if isinstance(self.__notes__, (list, tuple)):
            for note in self.__notes__:
                note = _safe_string(note, "note")
                yield from [l + "\n" for l in note.split("\n")]
        elif self.__notes__ is not None:
            yield _safe_string(self.__notes__, "__notes__", func=repr) + "\n"

    def _format_syntax_error(self, stype):
        filename_suffix = ""
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            filename_suffix = " ({})".format(self.filename)
        text = self.text
        if text is not None:
            rtext = text.rstrip("\n")
            ltext = rtext.lstrip(" \n\f")
            spaces = len(rtext) - len(ltext)
            yield "    {}\n".format(ltext)
            if self.offset is not None:
                offset = self.offset
                end_offset = offset
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    caretspace = "".join(c if c.isspace() else " " for c in ltext[:colno])
                    yield "    {}{}\n".format(caretspace, "^" * (end_colno - colno))
        msg = self.msg or "<no detail available>"
        yield "{}: {}{}\n".format(stype, msg, filename_suffix)

    def format(self, *, chain=True, _ctx=None):
        output = []
        exc = self
        while exc is not None:
            if chain:
                if exc.__cause__ is not None:
                    chained_msg = ("\nThe above exception was the direct cause "
                                   "of the following exception:\n\n")
                    chained_exc = exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    chained_msg = ("\nDuring handling of the above exception, "
                                   "another exception occurred:\n\n")
                    chained_exc = exc.__context__
                else:
                    chained_msg = None
                    chained_exc = None
                output.append((chained_msg, exc))
                exc = chained_exc
            else:
                output.append((None, exc))
                exc = None
        for msg, exc in reversed(output):
            if msg is not None:
                yield msg
            if exc.stack:
                yield "Traceback (most recent call last):\n"
                yield from exc.stack.format()
            yield from exc.format_exception_only()

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, "exception")
    if value is None or not valuestr:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, valuestr)


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f"Exception expected for value, {type(exc).__name__} found")
        return None, None
    return value, tb


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit)
    return list(te.format(chain=chain))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit)
    te.print(file=file, chain=chain)


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None)
    return list(te.format_exception_only())


def format_exc(limit=None, chain=True):
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


def extract_tb(tb, limit=None):
    # Tauraro keeps frames on the exception; a traceback object is not available.
    if isinstance(tb, BaseException):
        return _frames_of(tb, limit, _current_stack(0))
    return StackSummary()


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def _current_stack(drop):
    try:
        raise Exception
    except Exception as e:
        frames = list(_tauraro_tb.frames(e))
    return frames[:len(frames) - drop] if drop else frames


def extract_stack(f=None, limit=None):
    frames = _current_stack(2)
    if limit is not None:
        frames = frames[-limit:] if limit >= 0 else frames[:-limit]
    return StackSummary.from_list(frames)


def format_stack(f=None, limit=None):
    frames = _current_stack(2)
    if limit is not None:
        frames = frames[-limit:] if limit >= 0 else frames[:-limit]
    return format_list(frames)


def print_stack(f=None, limit=None, file=None):
    frames = _current_stack(2)
    if limit is not None:
        frames = frames[-limit:] if limit >= 0 else frames[:-limit]
    print_list(frames, file=file)


def walk_tb(tb):
    return iter(())


def walk_stack(f):
    return iter(())


def clear_frames(tb):
    pass

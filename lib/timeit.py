"""timeit: timing small pieces of code (Tauraro).

``stmt`` and ``setup`` may be strings (compiled into a timing function, as CPython does)
or callables. Timings are real measurements, so they vary from run to run.
"""
import sys
import time
import itertools

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals


def _reindent(src, indent):
    return src.replace("\n", "\n" + " " * indent)


class Timer:
    """Times the execution of ``stmt`` after running ``setup`` once per measurement."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = _globals() if globals is None else globals
        init = ""
        if isinstance(setup, str):
            compile(setup, dummy_src_name, "exec")
            setup = _reindent(setup, 4)
        elif callable(setup):
            local_ns["_setup"] = setup
            init += ", _setup=_setup"
            setup = "_setup()"
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            compile(stmt, dummy_src_name, "exec")
            stmt = _reindent(stmt, 8)
        elif callable(stmt):
            local_ns["_stmt"] = stmt
            init += ", _stmt=_stmt"
            stmt = "_stmt()"
        else:
            raise ValueError("stmt is neither a string nor callable")
        src = ("def inner(_it, _timer%s):\n"
               "    %s\n"
               "    _t0 = _timer()\n"
               "    for _i in _it:\n"
               "        %s\n"
               "        pass\n"
               "    _t1 = _timer()\n"
               "    return _t1 - _t0\n") % (init, setup, stmt)
        self.src = src
        exec(src, global_ns, local_ns)
        self.inner = local_ns["inner"]

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Seconds taken by ``number`` executions of the statement."""
        it = itertools.repeat(None, number)
        return self.inner(it, self.timer)

    def repeat(self, repeat=default_repeat, number=default_number):
        r = []
        for i in range(repeat):
            t = self.timeit(number)
            r.append(t)
        return r

    def autorange(self, callback=None):
        """Finds a number of loops (1, 2, 5, 10, 20, 50...) taking at least 0.2 seconds."""
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


def main(args=None, *, _wrap_timer=None):
    """A small version of ``python -m timeit [-n N] [-r N] [-s S] statement...``."""
    if args is None:
        args = sys.argv[1:]
    number = 0
    rep = default_repeat
    setup = []
    stmts = []
    i = 0
    while i < len(args):
        a = args[i]
        if a in ("-n", "--number"):
            number = int(args[i + 1])
            i += 2
        elif a in ("-r", "--repeat"):
            rep = int(args[i + 1])
            i += 2
        elif a in ("-s", "--setup"):
            setup.append(args[i + 1])
            i += 2
        else:
            stmts.append(a)
            i += 1
    t = Timer("\n".join(stmts) or "pass", "\n".join(setup) or "pass")
    if number == 0:
        number, _ = t.autorange()
    raw = t.repeat(rep, number)
    best = min(raw) / number
    units = [("nsec", 1e-9), ("usec", 1e-6), ("msec", 1e-3), ("sec", 1.0)]
    for unit, scale in reversed(units):
        if best >= scale:
            break
    print("%d loop%s, best of %d: %.*g %s per loop"
          % (number, "s" if number != 1 else "", rep, 3, best / scale, unit))
    return None

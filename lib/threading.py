"""threading: a minimal, single-threaded model of CPython's threading API (Tauraro).

Tauraro runs Python on one JavaScript thread, so threads here are cooperative:

* ``Thread.start()`` runs the target at once, to completion, in the calling thread
  (``current_thread()`` reports the new Thread while it runs).
* If the target must wait for something no one has provided yet (an empty ``queue.Queue``,
  an unset ``Event``, a held ``Lock``...), it cannot be suspended. When it has not yet made
  any progress (no item taken, no event seen) it is unwound and re-run from the beginning the
  next time another thread waits (``join()``, ``Queue.join()``, ``Event.wait()``...), which
  makes the usual "start workers, then feed a queue" pattern work. A thread that has made
  progress and then waits for ever is left blocked (like a daemon worker) and is unwound.
* A main-thread wait that nothing can satisfy would hang for ever in CPython; here it
  raises RuntimeError. Waits with a timeout simply time out.

Exceptions escaping a target are reported on stderr as CPython's ``threading.excepthook``
does ("Exception in thread NAME:" and the traceback).
"""
import sys as _sys
import time as _time
import os as _os
from collections import namedtuple as _namedtuple

__all__ = ["get_ident", "active_count", "Condition", "current_thread", "enumerate",
           "main_thread", "TIMEOUT_MAX", "Event", "Lock", "RLock", "Semaphore",
           "BoundedSemaphore", "Thread", "Barrier", "BrokenBarrierError", "Timer",
           "ThreadError", "ExceptHookArgs", "setprofile", "settrace", "local", "stack_size",
           "excepthook", "get_native_id", "getprofile", "gettrace"]

TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError

_counter = 0
_ident_base = 140000000000000


def _newname(name_template="Thread-%d"):
    global _counter
    _counter += 1
    return name_template % _counter


class _Blocked(BaseException):
    """Unwinds a thread that would wait for ever."""


_running = []          # stack of threads currently executing (innermost last)
_pending = []          # started threads to re-run from the start at the next wait
_all = {}              # ident -> Thread for live threads


def _run_pending():
    """Re-runs, once each, the threads that were waiting before making progress.
    Returns True if any of them finished or made progress."""
    batch = list(_pending)
    del _pending[:]
    progressed = False
    for t in batch:
        if t in _running:
            _pending.append(t)
            continue
        t._bootstrap()
        if t not in _pending:
            progressed = True
    return progressed


def _note_progress():
    if _running:
        _running[-1]._progress += 1


def _wait_until(ready, timeout=None, what="a thread"):
    """Waits (cooperatively) until ready() is true. Returns False on timeout."""
    if ready():
        return True
    while _pending:
        progressed = _run_pending()
        if ready():
            return True
        if not progressed:
            break
    if timeout is not None:
        if timeout > 0:
            _time.sleep(min(timeout, 0.01))
        return ready()
    if _running:
        raise _Blocked()
    raise RuntimeError("deadlock: the main thread waits for %s that nothing can provide "
                       "(Tauraro threads are cooperative)" % what)


def get_ident():
    return current_thread().ident


def get_native_id():
    return current_thread().native_id


def current_thread():
    if _running:
        return _running[-1]
    return _main_thread


currentThread = current_thread


def main_thread():
    return _main_thread


def active_count():
    return len(_all)


activeCount = active_count


def enumerate():
    return list(_all.values())


_profile_hook = None
_trace_hook = None


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def settrace(func):
    global _trace_hook
    _trace_hook = func


def getprofile():
    return _profile_hook


def gettrace():
    return _trace_hook


def stack_size(size=0):
    return 0


ExceptHookArgs = _namedtuple("ExceptHookArgs", "exc_type exc_value exc_traceback thread")


def excepthook(args):
    if args.exc_type == SystemExit:
        return
    import traceback
    stderr = _sys.stderr
    name = args.thread.name if args.thread is not None else get_ident()
    stderr.write("Exception in thread %s:\n" % name)
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=stderr)
    stderr.flush()


__excepthook__ = excepthook


# ------------------------------------------------------------------ locks

class Lock:
    """A mutual-exclusion lock."""

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if not self._locked:
            self._locked = True
            return True
        if not blocking:
            return False
        ok = _wait_until(lambda: not self._locked, None if timeout < 0 else timeout, "a lock")
        if ok:
            self._locked = True
            _note_progress()
        return ok

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    def locked(self):
        return self._locked

    __enter__ = acquire

    def __exit__(self, t, v, tb):
        self.release()

    def _at_fork_reinit(self):
        self._locked = False

    def __repr__(self):
        return "<%s _thread.lock object at %#x>" % ("locked" if self._locked else "unlocked", id(self))


def allocate_lock():
    return Lock()


class RLock:
    """A re-entrant lock: the owning thread may acquire it again."""

    def __init__(self):
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = current_thread()
        if self._owner is me:
            self._count += 1
            return True
        if self._owner is None:
            self._owner = me
            self._count = 1
            return True
        if not blocking:
            return False
        ok = _wait_until(lambda: self._owner is None, None if timeout < 0 else timeout, "a lock")
        if ok:
            self._owner = me
            self._count = 1
        return ok

    __enter__ = acquire

    def release(self):
        if self._owner is not current_thread():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = None

    def __exit__(self, t, v, tb):
        self.release()

    def _is_owned(self):
        return self._owner is current_thread()

    def __repr__(self):
        owner = self._owner.ident if self._owner is not None else 0
        return "<%s %s.%s object owner=%r count=%d at %s>" % (
            "locked" if self._owner is not None else "unlocked", "_thread", "RLock",
            owner, self._count, hex(id(self)))


class Condition:
    """Wait for a notification, holding a lock around the check."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._notified = 0

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def wait(self, timeout=None):
        seen = self._notified
        self._release_all()
        try:
            return _wait_until(lambda: self._notified != seen, timeout, "a notification")
        finally:
            self._reacquire()

    def _release_all(self):
        lock = self._lock
        if isinstance(lock, RLock):
            self._saved = (lock._owner, lock._count)
            lock._owner = None
            lock._count = 0
        else:
            self._saved = None
            if lock.locked():
                lock.release()

    def _reacquire(self):
        lock = self._lock
        if isinstance(lock, RLock):
            lock._owner, lock._count = self._saved
        else:
            lock._locked = True

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        self._release_all()
        try:
            _wait_until(predicate, timeout, "a condition")
        finally:
            self._reacquire()
        return predicate()

    def notify(self, n=1):
        self._notified += 1

    def notify_all(self):
        self._notified += 1

    notifyAll = notify_all


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value > 0:
            self._value -= 1
            return True
        if not blocking:
            return False
        ok = _wait_until(lambda: self._value > 0, timeout, "a semaphore")
        if ok:
            self._value -= 1
            _note_progress()
        return ok

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        self._value += n

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        self._value += n


class Event:
    """A flag threads can wait on."""

    def __init__(self):
        self._flag = False

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        ok = _wait_until(lambda: self._flag, timeout, "an event")
        if ok:
            _note_progress()
        return ok

    def __repr__(self):
        cls = self.__class__
        status = "set" if self._flag else "unset"
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._count = 0
        self._generation = 0
        self._broken = False

    def wait(self, timeout=None):
        if self._broken:
            raise BrokenBarrierError
        index = self._count
        self._count += 1
        gen = self._generation
        if self._count == self._parties:
            if self._action:
                self._action()
            self._count = 0
            self._generation += 1
            return index
        try:
            ok = _wait_until(lambda: self._generation != gen, timeout, "a barrier")
        except _Blocked:
            raise
        if not ok:
            self._broken = True
            raise BrokenBarrierError
        return index

    def reset(self):
        self._count = 0
        self._broken = False

    def abort(self):
        self._broken = True

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count

    @property
    def broken(self):
        return self._broken


# ------------------------------------------------------------------ threads

class Thread:
    """A thread of control; see the module docstring for how Tauraro runs it."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    target_name = target.__name__
                    name += f" ({target_name})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started = False
        self._finished = False
        self._blocked = False
        self._progress = 0
        self._initialized = True

    def _bootstrap(self):
        _running.append(self)
        self._progress = 0
        try:
            self.run()
            self._finished = True
        except _Blocked:
            if self._progress == 0:
                if self not in _pending:
                    _pending.append(self)
            else:
                self._blocked = True
        except SystemExit:
            self._finished = True
        except BaseException as e:
            self._finished = True
            excepthook(ExceptHookArgs(type(e), e, e.__traceback__, self))
        finally:
            _running.pop()
            if self._finished and self._ident in _all:
                del _all[self._ident]

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        global _counter
        self._ident = _ident_base + id(self) % 1000000 * 16
        self._native_id = _os.getpid() + len(_all) + 1
        _all[self._ident] = self
        self._bootstrap()

    def run(self):
        if self._target is not None:
            self._target(*self._args, **self._kwargs)

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if self in _pending:
            _pending.remove(self)
            self._bootstrap()
        _run_pending()

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._native_id

    def is_alive(self):
        return self._started and not self._finished

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name

    def __repr__(self):
        status = "initial"
        if self._started:
            status = "started"
        if self._finished:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started = True
        self._ident = _ident_base
        self._native_id = _os.getpid()
        _all[self._ident] = self


class Timer(Thread):
    """Calls a function after ``interval`` seconds (here: when started, after sleeping)."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        if not self.finished.is_set():
            if self.interval > 0:
                _time.sleep(self.interval)
            if not self.finished.is_set():
                self.function(*self.args, **self.kwargs)
        self.finished.set()


class local:
    """Thread-local data: with cooperative threads, a plain attribute namespace."""
    pass


_main_thread = _MainThread()

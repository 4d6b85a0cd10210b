"""Functions creating iterators for efficient looping (itertools).

Every function returns a lazy iterator; arguments that CPython checks when the
iterator is created (iterability, counts) are checked eagerly here as well.
"""

__all__ = ["accumulate", "chain", "combinations", "combinations_with_replacement",
           "compress", "count", "cycle", "dropwhile", "filterfalse", "groupby",
           "islice", "pairwise", "permutations", "product", "repeat", "starmap",
           "takewhile", "tee", "zip_longest"]


def _tname(x):
    return type(x).__name__


def _check_count(r, what="r"):
    if not isinstance(r, int):
        raise TypeError(f"Expected int as {what}")
    if r < 0:
        raise ValueError(f"{what} must be non-negative")


# ---- infinite iterators ----

class count:
    """count(start=0, step=1) --> start, start+step, start+2*step, ..."""
    __slots__ = ("_n", "_step")

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float, complex)) and not hasattr(v, "__add__"):
                raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if self._step == 1 and type(self._step) is int:
            return f"count({self._n!r})"
        return f"count({self._n!r}, {self._step!r})"


def _cycle(it):
    saved = []
    for x in it:
        yield x
        saved.append(x)
    if not saved:
        return
    while True:
        for x in saved:
            yield x


def cycle(iterable, /):
    """cycle(p) --> p0, p1, ... plast, p0, p1, ..."""
    return _cycle(iter(iterable))


class repeat:
    """repeat(object [,times]) -> object repeated times times (forever by default)."""
    __slots__ = ("_obj", "_left")

    def __init__(self, object, times=None):
        self._obj = object
        if times is not None:
            if not isinstance(times, int):
                raise TypeError(f"'{_tname(times)}' object cannot be interpreted as an integer")
            if times < 0:
                times = 0
        self._left = times

    def __iter__(self):
        return self

    def __next__(self):
        left = self._left
        if left is None:
            return self._obj
        if left <= 0:
            raise StopIteration
        self._left = left - 1
        return self._obj

    def __length_hint__(self):
        if self._left is None:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left is None:
            return f"repeat({self._obj!r})"
        return f"repeat({self._obj!r}, {self._left})"


# ---- iterators terminating on the shortest input ----

def _accumulate(it, func, initial):
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    else:
        total = initial
    yield total
    if func is None:
        for x in it:
            total = total + x
            yield total
    else:
        for x in it:
            total = func(total, x)
            yield total


def accumulate(iterable, func=None, *, initial=None):
    """Return series of accumulated sums (or other binary function results)."""
    return _accumulate(iter(iterable), func, initial)


def _chain(iterables):
    for it in iterables:
        yield from it


def chain(*iterables):
    """chain(*iterables) --> elements of the first iterable until it is
    exhausted, then elements of the next, until all are exhausted."""
    return _chain(iterables)


def _from_iterable(iterable, /):
    """chain.from_iterable(iterable) --> chain of the iterables iterable yields."""
    return _chain(iterable)


chain.from_iterable = _from_iterable


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def compress(data, selectors):
    """compress(data, selectors) --> data items whose selector is true."""
    return _compress(iter(data), iter(selectors))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


def dropwhile(predicate, iterable, /):
    """Drop items while predicate(item) is true; afterwards return every item."""
    return _dropwhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            return


def takewhile(predicate, iterable, /):
    """Return successive entries from an iterable as long as predicate is true."""
    return _takewhile(predicate, iter(iterable))


def _filterfalse(predicate, it):
    if predicate is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not predicate(x):
                yield x


def filterfalse(function, iterable, /):
    """Return the items of iterable for which function(item) is false."""
    return _filterfalse(function, iter(iterable))


class groupby:
    """groupby(iterable, key=None) --> (key, sub-iterator) grouped by each
    value of key(value)."""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        # the current item and its key; _tgtkey is the key of the group handed out last
        self._tgtkey = self._currkey = self._currvalue = _marker
        self._id = None

    def __iter__(self):
        return self

    def _advance(self):
        v = next(self._it)
        self._currvalue = v
        self._currkey = v if self._keyfunc is None else self._keyfunc(v)

    def __next__(self):
        self._id = ident = object()
        if self._currkey is _marker:
            self._advance()
        elif self._tgtkey is not _marker:
            while self._currkey == self._tgtkey:
                self._advance()
        self._tgtkey = self._currkey
        return (self._currkey, self._grouper(self._tgtkey, ident))

    def _grouper(self, tgtkey, ident):
        while self._id is ident and self._currkey == tgtkey:
            yield self._currvalue
            try:
                self._advance()
            except StopIteration:
                return


_marker = object()


def _islice(it, start, stop, step):
    cnt = 0
    nxt = start
    while True:
        while cnt < nxt:
            try:
                next(it)
            except StopIteration:
                return
            cnt += 1
        if stop is not None and cnt >= stop:
            return
        try:
            x = next(it)
        except StopIteration:
            return
        cnt += 1
        nxt += step
        if stop is not None and nxt > stop:
            nxt = stop
        yield x


def islice(iterable, *args):
    """islice(iterable, stop) or islice(iterable, start, stop[, step]) -->
    elements from seq[start:stop:step]."""
    n = len(args)
    if n == 1:
        start, stop, step = None, args[0], None
    elif n == 2:
        start, stop, step = args[0], args[1], None
    elif n == 3:
        start, stop, step = args
    elif n == 0:
        raise TypeError("islice expected at least 2 arguments, got 1")
    else:
        raise TypeError(f"islice expected at most 4 arguments, got {n + 1}")
    if stop is not None:
        if not isinstance(stop, int) or stop < 0:
            raise ValueError("Stop argument for islice() must be None or an integer: "
                             "0 <= x <= sys.maxsize.")
    if start is None:
        start = 0
    elif not isinstance(start, int) or start < 0:
        raise ValueError("Indices for islice() must be None or an integer: "
                         "0 <= x <= sys.maxsize.")
    if step is None:
        step = 1
    elif not isinstance(step, int) or step < 1:
        raise ValueError("Step for islice() must be a positive integer or None.")
    it = iter(iterable)
    return _islice(it, start, stop, step)


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield (a, b)
        a = b


def pairwise(iterable, /):
    """s -> (s0,s1), (s1,s2), (s2, s3), ..."""
    return _pairwise(iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


def starmap(function, iterable, /):
    """starmap(func, seq) --> func(*seq[0]), func(*seq[1]), ..."""
    return _starmap(function, iter(iterable))


def _zip_longest(its, fillvalue):
    n = len(its)
    active = n
    done = [False] * n
    while True:
        values = []
        for i in range(n):
            if done[i]:
                values.append(fillvalue)
                continue
            try:
                values.append(next(its[i]))
            except StopIteration:
                done[i] = True
                active -= 1
                if active == 0:
                    return
                values.append(fillvalue)
        yield tuple(values)


def zip_longest(*iterables, fillvalue=None):
    """zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> tuples, the
    shorter iterables padded with fillvalue."""
    its = [iter(x) for x in iterables]
    if not its:
        return iter(())
    return _zip_longest(its, fillvalue)


# ---- tee ----

class _TeeData:
    __slots__ = ("it", "buf", "offsets", "base")

    def __init__(self, it):
        self.it = it
        self.buf = []
        self.base = 0


class _tee:
    __slots__ = ("_data", "_pos")

    def __init__(self, data, pos):
        self._data = data
        self._pos = pos

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        i = self._pos - data.base
        buf = data.buf
        if i < len(buf):
            v = buf[i]
        else:
            v = next(data.it)
            buf.append(v)
        self._pos += 1
        return v

    def __copy__(self):
        return _tee(self._data, self._pos)


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators over iterable."""
    if not isinstance(n, int):
        raise TypeError(f"'{_tname(n)}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee(_TeeData(it), 0)
    return tuple([first] + [first.__copy__() for _ in range(n - 1)])


# ---- combinatoric iterators ----

def _product(pools, repeat):
    pools = pools * repeat
    n = len(pools)
    for p in pools:
        if not p:
            return
    idx = [0] * n
    result = [p[0] for p in pools]
    yield tuple(result)
    while True:
        i = n - 1
        while i >= 0:
            idx[i] += 1
            if idx[i] < len(pools[i]):
                result[i] = pools[i][idx[i]]
                break
            idx[i] = 0
            result[i] = pools[i][0]
            i -= 1
        if i < 0:
            return
        yield tuple(result)


def product(*iterables, repeat=1):
    """Cartesian product of input iterables (nested for-loops)."""
    if not isinstance(repeat, int):
        raise TypeError(f"'{_tname(repeat)}' object cannot be interpreted as an integer")
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(x) for x in iterables]
    return _product(pools, repeat)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple([pool[i] for i in indices[:r]])
    while n:
        i = r - 1
        while i >= 0:
            cycles[i] -= 1
            if cycles[i] == 0:
                j = indices[i]
                del indices[i]
                indices.append(j)
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple([pool[k] for k in indices[:r]])
                break
            i -= 1
        if i < 0:
            return


def permutations(iterable, r=None):
    """permutations(iterable[, r]) --> successive r-length permutations."""
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    else:
        _check_count(r)
    return _permutations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple([pool[i] for i in indices])
    while True:
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[k] for k in indices])


def combinations(iterable, r):
    """combinations(iterable, r) --> r-length tuples in sorted order, no repeats."""
    pool = tuple(iterable)
    _check_count(r)
    return _combinations(pool, r)


def _cwr(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[i] for i in indices])
    while True:
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            return
        v = indices[i] + 1
        for j in range(i, r):
            indices[j] = v
        yield tuple([pool[k] for k in indices])


def combinations_with_replacement(iterable, r):
    """r-length tuples, in sorted order, with repeated elements."""
    pool = tuple(iterable)
    _check_count(r)
    return _cwr(pool, r)

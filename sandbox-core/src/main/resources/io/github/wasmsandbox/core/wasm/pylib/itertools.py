# itertools for the sandbox: all of CPython 3.11's functions as generators. Results that CPython
# returns as iterator objects are generators here (same values, same laziness).

_marker = object()


def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step


def cycle(iterable):
    saved = []
    for x in iterable:
        yield x
        saved.append(x)
    if not saved:
        return
    while True:
        for x in saved:
            yield x


def repeat(obj, times=None):
    if times is None:
        while True:
            yield obj
    else:
        for _ in range(times):
            yield obj


def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for x in it:
            total = total + x
            yield total
    else:
        for x in it:
            total = func(total, x)
            yield total


class chain:
    # A class, not a generator function, because functions cannot carry attributes in the
    # guest and chain.from_iterable must exist.
    def __init__(self, *iterables):
        self._gen = self._run(iterables)

    @staticmethod
    def _run(iterables):
        for it in iterables:
            for x in it:
                yield x

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)

    @classmethod
    def from_iterable(cls, iterables):
        c = cls()
        c._gen = cls._run(iterables)
        return c


def compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable):
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


class groupby:
    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._key = key
        self._tgt = self._cur = self._val = _marker
        self._done = False
        self._gen = 0

    def __iter__(self):
        return self

    def _advance(self):
        try:
            v = next(self._it)
        except StopIteration:
            self._done = True
            return
        self._val = v
        self._cur = v if self._key is None else self._key(v)

    def __next__(self):
        self._gen += 1
        if self._cur is _marker:
            self._advance()
        else:
            while not self._done and self._cur == self._tgt:
                self._advance()
        if self._done:
            raise StopIteration
        self._tgt = self._cur
        return self._cur, self._grouper(self._tgt, self._gen)

    def _grouper(self, tgt, gen):
        while self._gen == gen and not self._done and self._cur == tgt:
            yield self._val
            self._advance()


def islice(iterable, *args):
    n = len(args)
    if n == 1:
        start, stop, step = 0, args[0], 1
    elif n in (2, 3):
        start, stop = args[0], args[1]
        step = args[2] if n == 3 else None
        if start is None:
            start = 0
        if step is None:
            step = 1
    else:
        raise TypeError("islice expected at most 4 arguments, got %d" % (n + 1) if n
                        else "islice expected at least 2 arguments, got 1")
    if stop is not None and (not isinstance(stop, int) or stop < 0):
        raise ValueError("Stop argument for islice() must be None or an integer: "
                         "0 <= x <= sys.maxsize.")
    if not isinstance(start, int) or start < 0:
        raise ValueError("Indices for islice() must be None or an integer: "
                         "0 <= x <= sys.maxsize.")
    if not isinstance(step, int) or step <= 0:
        raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(iterable, start, stop, step)


def _islice(iterable, start, stop, step):
    it = iter(iterable)
    nexti = start
    i = 0
    if stop is not None and stop <= start:
        for x in it:
            i += 1
            if i >= stop:
                break
        return
    for x in it:
        if i == nexti:
            yield x
            nexti += step
        i += 1
        if stop is not None and i >= stop:
            return


def pairwise(iterable):
    it = iter(iterable)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


def tee(iterable, n=2):
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    buffers = [[] for _ in range(n)]

    def gen(mybuf):
        while True:
            if not mybuf:
                try:
                    v = next(it)
                except StopIteration:
                    return
                for b in buffers:
                    b.append(v)
            yield mybuf.pop(0)

    return tuple(gen(b) for b in buffers)


def zip_longest(*iterables, fillvalue=None):
    its = [iter(it) for it in iterables]
    active = len(its)
    if not active:
        return
    while True:
        vals = []
        for i in range(len(its)):
            it = its[i]
            if it is None:
                vals.append(fillvalue)
                continue
            try:
                vals.append(next(it))
            except StopIteration:
                active -= 1
                if not active:
                    return
                its[i] = None
                vals.append(fillvalue)
        yield tuple(vals)


def product(*iterables, repeat=1):
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(p) for p in iterables] * repeat
    result = [()]
    for pool in pools:
        result = [x + (y,) for x in result for y in pool]
    for prod in result:
        yield prod


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r < 0:
        raise ValueError("r must be non-negative")
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in range(r - 1, -1, -1):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r < 0:
        raise ValueError("r must be non-negative")
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in range(r - 1, -1, -1):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r < 0:
        raise ValueError("r must be non-negative")
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in range(r - 1, -1, -1):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)

# heapq for the sandbox: the native uheapq provides push/pop/heapify; the rest is written here.
# nlargest/nsmallest reproduce CPython's results exactly, including tie order, by sorting with an
# explicit position tie-breaker (the guest's sort is not stable).

from uheapq import heappush, heapify
from uheapq import heappop as _heappop


def heappop(heap):
    if not heap:
        raise IndexError("index out of range")
    return _heappop(heap)


def heappushpop(heap, item):
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapreplace(heap, item):
    if not heap:
        raise IndexError("index out of range")
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def _siftdown(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def _ranked(iterable, key, largest):
    items = list(iterable)
    keys = items if key is None else [key(x) for x in items]
    idx = list(range(len(items)))
    # Equal keys keep their input order in both directions, as CPython guarantees.
    if largest:
        idx.sort(key=lambda i: _Rev(keys[i], i))
    else:
        idx.sort(key=lambda i: _Fwd(keys[i], i))
    return items, idx


class _Fwd:
    __slots__ = ("k", "i")

    def __init__(self, k, i):
        self.k = k
        self.i = i

    def __lt__(self, other):
        if self.k < other.k:
            return True
        if other.k < self.k:
            return False
        return self.i < other.i

    def __gt__(self, other):
        return other.__lt__(self)


class _Rev:
    __slots__ = ("k", "i")

    def __init__(self, k, i):
        self.k = k
        self.i = i

    def __lt__(self, other):
        if other.k < self.k:
            return True
        if self.k < other.k:
            return False
        return self.i < other.i

    def __gt__(self, other):
        return other.__lt__(self)


def nlargest(n, iterable, key=None):
    if n <= 0:
        return []
    items, idx = _ranked(iterable, key, True)
    return [items[i] for i in idx[:n]]


def nsmallest(n, iterable, key=None):
    if n <= 0:
        return []
    items, idx = _ranked(iterable, key, False)
    return [items[i] for i in idx[:n]]


def merge(*iterables, key=None, reverse=False):
    items = []
    for order, it in enumerate(iterables):
        for pos, v in enumerate(it):
            items.append((v, order, pos))
    keyf = (lambda t: t[0]) if key is None else (lambda t: key(t[0]))
    idx = list(range(len(items)))
    keys = [keyf(t) for t in items]
    # Merge of sorted inputs: equal elements come from earlier iterables first.
    if reverse:
        idx.sort(key=lambda i: _Rev(keys[i], (items[i][1], items[i][2])))
    else:
        idx.sort(key=lambda i: _Fwd(keys[i], (items[i][1], items[i][2])))
    for i in idx:
        yield items[i][0]

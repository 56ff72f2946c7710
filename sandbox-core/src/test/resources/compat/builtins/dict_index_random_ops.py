# The guest's dicts are ordered with a hash index (wasm/scripts/patch_micropython.py): random
# inserts, lookups, deletes, pops, popitems, setdefaults, updates, copies and clears over keys of
# several types (ints, equal floats, negative and big ints, strs, tuples), driven by a fixed LCG so
# CPython and the guest see the same operations. Order, contents and results must all match.
state = 12345


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n


def key():
    kind = rnd(7)
    k = rnd(60)
    if kind == 0:
        return "k%d" % k
    if kind == 1:
        return (k, "t")
    if kind == 2:
        return float(k)  # equal to the int k: the same key
    if kind == 3:
        return k + 2 ** 40
    if kind == 4:
        return -k
    return k


checksum = 0


def note(value):
    # a running checksum of every result, so nothing large is kept (the guest collects no garbage
    # during a call)
    global checksum
    for ch in repr(value):
        checksum = (checksum * 31 + ord(ch)) % 1000003  # small ints: no garbage per character


def run(rounds, size):
    d = {}
    for step in range(rounds):
        op = rnd(14)
        k = key()
        if op < 5:
            d[k] = step
        elif op == 5:
            note(d.get(k, "-"))
        elif op == 6:
            if k in d:
                del d[k]
                note("del")
        elif op == 7:
            note(d.pop(k, "none"))
        elif op == 8 and d:
            note(d.popitem())
        elif op == 9:
            note(d.setdefault(k, step))
        elif op == 10:
            d.update({key(): step, key(): -step})
        elif op == 11:
            e = d.copy()
            e[key()] = "copy"
            note(len(e))
            if rnd(3) == 0:
                d = e
        elif op == 12 and rnd(size) == 0:
            d.clear()
            note("clear")
        elif op == 13:
            note(k in d)
        if step % 97 == 0:
            note(list(d.items()))
    return d


for rounds, size in ((300, 5), (3000, 40), (12000, 400)):
    d = run(rounds, size)
    print(rounds, len(d), checksum, repr(list(d.items()))[-160:])

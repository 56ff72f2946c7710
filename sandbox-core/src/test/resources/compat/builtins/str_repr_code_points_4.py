# Part 4 of 4 of every code point, a block of 4096 at a time: the length of the block's
# repr and how many escapes of each kind it holds pin which characters repr() escapes (against
# CPython 3.11's str.isprintable(), surrogates included). Blocks are decoded from UTF-8 built in
# one bytearray: a str per character would leave tens of MB of garbage in one run.


def block(start):
    if start == 0xD000:  # the surrogates, which UTF-8 cannot carry
        return "".join(map(chr, range(start, start + 4096)))
    data = bytearray()
    for c in range(start, start + 4096):
        if c < 0x80:
            data.append(c)
        elif c < 0x800:
            data.append(0xC0 | c >> 6)
            data.append(0x80 | c & 0x3F)
        elif c < 0x10000:
            data.append(0xE0 | c >> 12)
            data.append(0x80 | c >> 6 & 0x3F)
            data.append(0x80 | c & 0x3F)
        else:
            data.append(0xF0 | c >> 18)
            data.append(0x80 | c >> 12 & 0x3F)
            data.append(0x80 | c >> 6 & 0x3F)
            data.append(0x80 | c & 0x3F)
    return data.decode()


total = 0
for start in range(0xcc000, 0x110000, 4096):
    r = repr(block(start))
    counts = (len(r), r.count("\\x"), r.count("\\u"), r.count("\\U"))
    total += counts[1] + counts[2] + counts[3]
    print(hex(start), *counts)
print("escaped code points in [0xcc000, 0x110000):", total)

#!/usr/bin/env python3
"""Make every MicroPython map insertion-ordered by changing one constant in mp_map_init.

MicroPython dicts are hash-ordered, so scripts that print a dict or json.dumps one produce a
different key order than CPython while reporting success. mp_map_init stores the packed flag word
(bit 0 all_keys_are_qstrs, bit 1 is_fixed, bit 2 is_ordered) as the constant 1; storing 5 instead
sets is_ordered for every map the VM creates. Ordered maps look keys up by linear scan, which is
the price (measured in BENCHMARKS.md).

Usage: patch_ordered_dicts.py <micropython.wasm> <output.wasm>
The input and output are both checked against the checksums in PROVENANCE.md.
"""
import hashlib
import sys

UPSTREAM_SHA256 = "06338c955b03c5700aa0069015d3e392d76836ef8e2ce25bedbe59b88ccd373c"
PATCHED_SHA256 = "406302f295aac13a5f7061543c29bfc5012675f86ae672ee505c353f2f9db691"
IMPORTED_FUNCTIONS = 60
MP_MAP_INIT = 446  # index in the function index space (imports first), as wasm2wat numbers it
# local.get 0; i32.const 1; i32.store align=2 offset=0  ->  the same with i32.const 5
ORIGINAL = bytes.fromhex("2000" "4101" "360200")
PATCHED = bytes.fromhex("2000" "4105" "360200")


def read_leb(data, pos):
    result, shift = 0, 0
    while True:
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, pos


def function_body(data, defined_index):
    pos = 8
    while pos < len(data):
        section_id = data[pos]
        size, pos = read_leb(data, pos + 1)
        if section_id == 10:
            count, cursor = read_leb(data, pos)
            for index in range(count):
                body_size, cursor = read_leb(data, cursor)
                if index == defined_index:
                    return cursor, cursor + body_size
                cursor += body_size
        pos += size
    raise SystemExit("code section or function not found")


def main(source, target):
    data = bytearray(open(source, "rb").read())
    actual = hashlib.sha256(data).hexdigest()
    if actual != UPSTREAM_SHA256:
        raise SystemExit(f"{source}: sha256 {actual} is not the upstream {UPSTREAM_SHA256}")
    start, end = function_body(data, MP_MAP_INIT - IMPORTED_FUNCTIONS)
    body = bytes(data[start:end])
    if body.count(ORIGINAL) != 1:
        raise SystemExit("mp_map_init does not hold the expected flag store exactly once")
    offset = start + body.index(ORIGINAL)
    data[offset:offset + len(PATCHED)] = PATCHED
    patched = hashlib.sha256(data).hexdigest()
    if PATCHED_SHA256 and patched != PATCHED_SHA256:
        raise SystemExit(f"patched sha256 {patched} differs from the recorded {PATCHED_SHA256}")
    open(target, "wb").write(data)
    print(f"{target}: sha256 {patched}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2])

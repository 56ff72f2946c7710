for n in [0, 1, -1, 255, -256, 2 ** 100, True, False]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate())
print(int.bit_length(10), int.bit_length(True), (1024).bit_length())
for x in [0.0, -0.0, 1.0, 0.1, -2.5, 1e300, 3.0, float('inf'), float('-inf'), 2.0 ** 53, 1 / 3]:
    print(x.is_integer(), x.hex(), float.fromhex(x.hex()) == x or x != x)
    try:
        print(x.as_integer_ratio(), x.conjugate())
    except Exception as e:
        print(type(e).__name__, e)
print(float('nan').is_integer(), float('nan').hex(), (5e-324).hex(), (1.7976931348623157e308).hex())
for h in ['0x1.8p1', '-0x1p-1074', '0x1.fffffffffffffp+1023', 'inf', ' -Infinity ', '0x.8', '1', '  0X1P-2  ',
          '0x1.0000000000000801p0', '0x1p1024', 'zz', '0x', '0x1p']:
    try:
        print(float.fromhex(h).hex())
    except Exception as e:
        print(type(e).__name__, e)
for bad in [lambda: (5).bit_length(1), lambda: int.bit_length('a'), lambda: float.hex(1), lambda: float.fromhex(1),
            lambda: float('inf').as_integer_ratio(), lambda: float('nan').as_integer_ratio()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

for n in [0, -7, 2 ** 70, True]:
    print(n.real, n.imag, n.numerator, n.denominator)
for x in [1.5, -0.0, float('inf')]:
    print(x.real, x.imag)

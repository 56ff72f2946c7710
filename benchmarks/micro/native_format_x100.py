x = 3.14159
for i in range(100):
    # getattr: MicroPython's own str.format, which the rewriter would route to the library
    s = getattr('{:.2f} {:>4}', 'format')(x, i)

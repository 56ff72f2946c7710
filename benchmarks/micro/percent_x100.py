x = 3.14159
for i in range(100):
    s = '%.2f %4d' % (x, i)

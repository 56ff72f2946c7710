x = 3.14159
for i in range(100):
    s = f'{x:.2f} {i:>4}'

total = 0
for i in range(300000):
    total += (i * 7) % 13
print(total)

w = 'Hello World'
for i in range(100):
    s = w.strip()

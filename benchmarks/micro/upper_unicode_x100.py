w = 'Héllo Wörld'
for i in range(100):
    s = w.upper()

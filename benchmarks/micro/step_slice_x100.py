s = 'abcdefghij' * 10
for i in range(100):
    r = s[::-1]

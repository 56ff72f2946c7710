import bisect
a = [1, 2, 2, 4]
print(bisect.bisect(a, 2), bisect.bisect_left(a, 2), bisect.bisect_right(a, 3), bisect.bisect_left(a, 2, 2), bisect.bisect_left(a, 9))
bisect.insort(a, 3); bisect.insort_left(a, 0); print(a)
recs = [(1, 'a'), (3, 'b'), (5, 'c')]
print(bisect.bisect_left(recs, 3, key=lambda r: r[0]), bisect.bisect_right(recs, 3, key=lambda r: r[0]))
bisect.insort(recs, (4, 'x'), key=lambda r: r[0]); print(recs)
grades = [60, 70, 80, 90]
print([('FDCBA'[bisect.bisect(grades, s)]) for s in [33, 99, 77, 70, 89, 90, 100]])
try: bisect.bisect([1], 1, -1)
except ValueError as e: print('ValueError', e)

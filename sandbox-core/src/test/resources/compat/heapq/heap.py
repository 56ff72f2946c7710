import heapq
data = [5, 1, 8, 3, 9, 2]
heapq.heapify(data); print(data)
heapq.heappush(data, 0); print(data, heapq.heappop(data), data)
print(heapq.heappushpop(data, 4), data, heapq.heapreplace(data, 7), data)
scores = {'a': 3, 'b': 5, 'c': 3, 'd': 5, 'e': 1}
print(heapq.nlargest(2, scores, key=scores.get), heapq.nsmallest(3, scores, key=scores.get), heapq.nlargest(3, [1, 5, 2, 5]), heapq.nsmallest(0, [1]))
print(heapq.nlargest(3, scores.items(), key=lambda kv: (kv[1], kv[0])))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 8])), list(heapq.merge(['b', 'd'], ['a', 'c'], key=str.upper)), list(heapq.merge([3, 1], [2], reverse=True)))
h = []
for p, n in [(2, 'b'), (1, 'a'), (3, 'c'), (1, 'z')]: heapq.heappush(h, (p, n))
print([heapq.heappop(h) for _ in range(len(h))])
try: heapq.heappop([])
except IndexError as e: print('IndexError', e)
a = [1, 2, 2, 4]
recs = [(1, 'a'), (3, 'b'), (5, 'c')]
grades = [60, 70, 80, 90]

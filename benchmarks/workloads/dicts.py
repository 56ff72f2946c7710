# Large dicts (the ordered maps' hash index, wasm/PROVENANCE.md patch 7): a 50,000-entry int-keyed
# memo built and read back, a word count over 100,000 words (10,000 distinct), a third of the memo
# deleted, and the survivors summed.
memo = {}
for i in range(50000):
    memo[i * 7919 % 100003] = i
hits = 0
for i in range(50000):
    if i in memo:
        hits += 1
counts = {}
for i in range(100000):
    word = "w" + str(i * 31 % 10000)
    counts[word] = counts.get(word, 0) + 1
for i in range(0, 50000, 3):
    del memo[i * 7919 % 100003]
print(hits, len(counts), max(counts.values()), len(memo), sum(memo.values()))

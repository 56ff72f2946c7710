import statistics
from fractions import Fraction

scores = [88, 92, 79, 93, 85, 95, 72, 88, 90, 67, 88, 81]
print(statistics.mean(scores), statistics.median(scores), statistics.mode(scores))
print(statistics.stdev(scores), statistics.pstdev(scores), statistics.variance(scores), statistics.pvariance(scores))
print(statistics.quantiles(scores, n=4), ["%.12g" % q for q in statistics.quantiles(scores, n=10, method="inclusive")])
print(statistics.median_low(scores), statistics.median_high(scores), statistics.median_grouped(scores))
print(statistics.fmean([1.5, 2.5, 3.25]), statistics.fmean([0.1] * 10), statistics.fmean([1, 2, 3], weights=[3, 2, 1]))
print(statistics.mean([1, 2, 3, 4]), statistics.mean([1, 2, 3]), statistics.mean([0.1, 0.2, 0.3]), statistics.mean([1e16, 1.0, -1e16]))
print(statistics.mean([Fraction(1, 3), Fraction(1, 6)]), statistics.mean([1, 2.5]), statistics.mean([True, False, True]))
print(statistics.variance([0.1, 0.2, 0.3]), statistics.pvariance([1, 2, 3, 4]), statistics.variance([1, 2, 3, 4]))
print(statistics.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), statistics.pstdev([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
print(statistics.variance([Fraction(1, 4), Fraction(5, 4), Fraction(1, 2)]), statistics.variance([1, 2, 3], xbar=2))
print(statistics.harmonic_mean([40, 60]), statistics.harmonic_mean([40, 60], weights=[5, 30]), statistics.harmonic_mean([2.5, 3, 10]))
print(round(statistics.geometric_mean([54, 24, 36]), 9), statistics.multimode("aabbbbccddddeeffffgg"), statistics.multimode([]))
print(statistics.mode(["red", "blue", "blue", "red", "green"]), statistics.mode([1.5, 2.5, 2.5]))
print(statistics.median([1, 3, 5, 7]), statistics.median([2.5, 1]), statistics.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], interval=2))
print(statistics.covariance([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3]))
print(statistics.correlation([1, 2, 3, 4, 5, 6, 7, 8, 9], [9, 8, 7, 6, 5, 4, 3, 2, 1]))
lr = statistics.linear_regression([1, 2, 3, 4, 5], [2.1, 3.9, 6.2, 8.1, 9.8])
print(lr, lr.slope, lr.intercept, statistics.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
hours = [1, 2, 3, 4, 5, 6, 7, 8]
score = [52, 55, 61, 64, 70, 72, 79, 83]
print(statistics.mean(hours), statistics.mean(score), statistics.stdev(hours), statistics.stdev(score))
print(statistics.quantiles([12, 15, 11, 19, 240, 14, 13, 16, 18, 22, 17, 13, 15, 500, 14, 12, 16, 21, 13, 15], n=4))
nd = statistics.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance, round(nd.cdf(115), 6), round(nd.pdf(100), 9), nd.zscore(130))
print(statistics.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
for fn, arg in [("mean", []), ("fmean", []), ("median", []), ("mode", []), ("stdev", [1]), ("variance", [1]),
                ("pstdev", []), ("pvariance", []), ("harmonic_mean", []), ("harmonic_mean", [1, -1]),
                ("geometric_mean", [1, 0]), ("quantiles", [1]), ("median_low", []), ("median_grouped", [])]:
    try:
        print(getattr(statistics, fn)(arg))
    except statistics.StatisticsError as e:
        print(fn, "StatisticsError:", e)
for bad in [lambda: statistics.mean(["a", "b"]), lambda: statistics.quantiles([1, 2], n=0),
            lambda: statistics.correlation([1, 2], [1]), lambda: statistics.correlation([1, 1], [1, 2]),
            lambda: statistics.linear_regression([1, 1], [1, 2]), lambda: statistics.quantiles([1, 2], method="x")]:
    try:
        print(bad())
    except (statistics.StatisticsError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(issubclass(statistics.StatisticsError, ValueError))

import statistics as st
from fractions import Fraction as F
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
ints = [1, 2, 3, 4, 4, 5, 9, 12]
print(st.mean(ints), st.mean(data), st.mean([1, 2, 3, 4]), st.mean([F(1, 2), F(3, 4)]), st.mean([1, 2.5]), st.mean([True, 3]))
print(st.fmean(ints), st.fmean([3.5, 4.0, 5.25], weights=[0.7, 0.2, 0.1]), st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.median(ints), st.median([1, 3, 5]), st.median_low(ints), st.median_high(ints), st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue", "red", "green", "red", "red"]), st.multimode('aabbbbccddddeeffffgg'), st.multimode([]))
print(st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data))
print(st.variance(ints), st.pvariance(ints), st.stdev(ints), st.pstdev(ints), st.variance([F(1, 4), F(5, 4), F(1, 2)]))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), st.variance(data, st.mean(data)))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles(range(1, 11), n=4), st.quantiles(range(1, 11), n=4, method="inclusive"), st.quantiles([1.0, 2.0, 3.5, 10.0]))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, [9, 8, 7, 6, 5, 4, 3, 2, 1]), st.linear_regression([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]))
for f, arg in [(st.mean, []), (st.variance, [1]), (st.median, []), (st.mode, []), (st.stdev, [3])]:
    try:
        f(arg)
    except st.StatisticsError as e:
        print("StatisticsError", e)
nd = st.NormalDist(100, 15)
print(nd, round(nd.cdf(130), 6), round(nd.pdf(100), 6), nd.mean, nd.stdev, nd.variance, nd + 5, nd * 2)
print(st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
print(st.stdev([10**20 + 1, 10**20 + 3]), st.mean([10**30, 1]), st.pvariance([1, 2, 3, 4, 5, 6, 7]), st.variance([0.1, 0.2, 0.3]))
print(st.mean([float("nan"), 1.0]), st.stdev([1.0, 1e308, -1e308]) if False else "skip", isinstance(st.StatisticsError(), ValueError))

# math.isclose and float/int comparisons.
import math
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3)
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.0 + 1e-8))
print(math.isclose(1.0, 1.1, rel_tol=0.1), math.isclose(1.0, 1.2, rel_tol=0.1))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.isclose(float("inf"), float("inf")), math.isclose(float("inf"), 1e308))
print(math.isclose(float("nan"), float("nan")), math.isclose(-0.0, 0.0))
print(math.isclose(100, 100.00000001), math.isclose(5, 5))
try:
    math.isclose(1.0, 1.0, rel_tol=-1)
except ValueError as e:
    print(type(e).__name__, e)
print(1.0 == 1, 1.5 > 1, 2.0 ** 63 == 2 ** 63, 2.0 ** 63 > 2 ** 63 - 1)
print(1e16 == 10 ** 16, 1e16 == 10 ** 16 + 1, 1e16 < 10 ** 16 + 1)
print(0.1 == 1 / 10, 0.1 < 0.10000000000000001, 0.1 == 0.10000000000000001)
print(-0.0 == 0, -0.0 < 0, float("inf") > 10 ** 1000, float("-inf") < -(10 ** 1000))
print(sorted([2, 1.5, -3, 0.0, 10 ** 20, 1e19]))
print(max([1.0, 1, True]), min([1, 1.0, True]))
print(1.0 != 1, 0.5 <= 0.5, 0.5 >= 0.50000000000000001)
print(4.0 in [4], 4 in [4.0], [1.0, 2.0] == [1, 2], (1.5, 2) < (1.5, 3.0))

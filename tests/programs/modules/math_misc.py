# math functions on ints/bools/bigints, and math constants.
import math
print(math.sqrt(4), math.sqrt(True), math.sqrt(2**100), math.floor(10**30) == 10**30, math.fabs(-(10**20)))
print(math.log(2**10000, 2), math.log10(10**1000), math.log2(2**3000 + 0), math.log(1 << 5000) > 3465)
print(math.exp(0) == 1.0, math.pow(2, 0.5) == 2 ** 0.5, math.sqrt(0.25), math.hypot(0.6, 0.8))
print(math.isclose(math.e ** 2, math.exp(2)), math.isclose(math.pi, 3.14159, rel_tol=1e-5))
print(math.trunc(-0.0), math.floor(-0.0), math.copysign(1, math.floor(-0.0)), math.copysign(1, -0.0))
print(math.comb(52, 5), math.perm(52, 5), math.factorial(52) // (math.factorial(47) * math.factorial(5)))
print(sorted([math.pi, math.e, math.tau, math.sqrt(2)]), repr(math.inf), repr(math.nan), math.inf == float("inf"))
print(math.nan == math.nan, math.isnan(math.nan), math.inf > 10**1000, type(math.pi).__name__)
print(math.gcd(*range(0, 100, 6)), math.lcm(*range(1, 21)), math.prod(range(1, 11)) == math.factorial(10))
print(math.fsum([0.1] * 3) == 0.3, 0.1 * 3 == 0.3, math.fsum([1, 1e-16, 1e-16]) , 1 + 1e-16 + 1e-16)
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1, 0.2], [10, 10]), math.sumprod([], []))
angles = [0, 30, 45, 60, 90, 180, 270, 360]
print([round(math.sin(math.radians(a)), 10) for a in angles])
print([round(math.cos(math.radians(a)), 10) for a in angles])
print([math.degrees(math.atan2(y, x)) for x, y in [(1, 0), (0, 1), (-1, 0), (0, -1)]])
print(math.ceil(2**0.5 * 10**6), math.floor(math.pi * 1e10), round(math.e, 5))

# math: fsum, prod, hypot, dist, copysign, fmod, frexp, ldexp, modf, classification, nextafter, ulp.
import math
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]), math.fsum(range(5)))
print(math.fsum([1e308, -1e308, 1e308]), math.fsum([0.1, 0.2, 0.3]), math.fsum([-0.0, -0.0]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 21)), math.prod([3], start=2))
print(math.hypot(3, 4), math.hypot(3, 4, 12), math.hypot(), math.hypot(-5), math.hypot(1e200, 1e200), math.hypot(float("inf"), float("nan")))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]), math.dist((1,), (-1,)))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.copysign(0.0, -1), math.copysign(float("inf"), -1))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(-7.5, 2), -7 % 3, math.fmod(0.0, 1), math.fmod(-0.0, 1))
print(math.frexp(8.0), math.frexp(0.0), math.frexp(-1.5), math.frexp(1e-320), math.frexp(float("inf")))
print(math.ldexp(0.5, 4), math.ldexp(1, -1074), math.ldexp(1, -1075), math.ldexp(-3, 2), math.ldexp(1.0, 1023))
print(math.modf(3.75), math.modf(-3.75), math.modf(0.0), math.modf(float("inf")), math.modf(5))
vals = [0.0, 1.5, float("inf"), float("-inf"), float("nan"), 1e308, 5e-324]
print([math.isfinite(v) for v in vals], [math.isinf(v) for v in vals], [math.isnan(v) for v in vals])
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0), math.nextafter(1.0, 1.0))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(1e300), math.ulp(-2.0), math.ulp(float("inf")), math.ulp(float("nan")))
print(math.fabs(-3), math.fabs(-0.0), math.sqrt(16), math.sqrt(2), math.sqrt(0.0), math.sqrt(-0.0), math.sqrt(10**40))
print(math.remainder(7, 3), math.remainder(8, 3), math.remainder(-7, 3), math.remainder(5, 2), math.remainder(7, 2))
print(format(math.cbrt(27), ".12g"), format(math.cbrt(-8), ".12g"), math.cbrt(0.0), math.exp2(10), math.exp2(-1), math.exp2(0.5) == math.sqrt(2))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, math.tau == 2 * math.pi)
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(90) == math.pi / 2)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: math.fmod(1, 0))
t(lambda: math.fmod(float("inf"), 1))
t(lambda: math.dist((1, 2), (1,)))
t(lambda: math.ldexp(1.0, 1024))
t(lambda: math.fsum([float("inf"), float("-inf")]))
t(lambda: math.fsum([1e308, 1e308]))
t(lambda: math.remainder(1, 0))
t(lambda: math.sqrt(float("inf")))

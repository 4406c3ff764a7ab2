# Accurate summation and norms: fsum, hypot, dist, sumprod, prod (exact reprs).
import math

def check(label, f):
    try:
        print(label, "->", repr(f()))
    except (TypeError, ValueError, OverflowError) as e:
        print(label, "->", type(e).__name__ + ":", e)

print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]), math.fsum(range(10)))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([0.1] * 1000), math.fsum([1.1, 2.2, 3.3, -6.6]))
print(math.fsum([2 ** 53, 1, 1]), math.fsum([1e308, -1e308, 1e-308]), math.fsum(x / 7 for x in range(100)))
print(math.fsum([float("inf"), 1.0]), math.fsum([float("nan"), 1.0]), math.fsum([-0.0, -0.0]), math.fsum([1, True, 2.5]))
print(math.fsum([1e308, -1e308, 1e308]), math.fsum(iter([0.5, 0.25, 0.125])))
check("fsum overflow", lambda: math.fsum([1e308, 1e308]))
check("fsum inf-inf", lambda: math.fsum([float("inf"), float("-inf")]))
check("fsum big int", lambda: math.fsum([2 ** 1024]))

print(math.hypot(), math.hypot(-5), math.hypot(3, 4), math.hypot(3, 4, 12), math.hypot(1, 2, 3, 4, 5))
print(math.hypot(*[0.1] * 100), math.hypot(1e-320, 1e-320), math.hypot(3e-310, 4e-310), math.hypot(1.5, 2.5, -3.5))
print(math.hypot(1e308, 1e308), math.hypot(float("inf"), float("nan")), math.hypot(float("nan"), 1.0), math.hypot(True, 2 ** 60))
print(math.dist((0, 0), (3, 4)), math.dist([1.1, 2.2, 3.3], [4.4, 5.5, 6.6]), math.dist((1,), (-1,)), math.dist((), ()))
print(math.dist(range(5), [4, 3, 2, 1, 0]), math.dist((1e300, -1e300), (-1e300, 1e300)))

print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1] * 10, [0.3] * 10), math.sumprod([], []))
print(math.sumprod([1, 2, 3], [0.5, 0.25, 0.125]), math.sumprod([1.5, 2 ** 60], [2, 3]), math.sumprod([2 ** 62, 2 ** 62], [2, 2]))
print(math.sumprod([True, False], [3, 4]), math.sumprod([0.1, 0.2], [True, True]), math.sumprod(iter([1.1, 2.2]), (3.3, 4.4)))
print(math.sumprod([1e308, 1e308], [10, -10]), math.sumprod([1, 2.5, 3], [4, 5, 6.5]), math.sumprod([2 ** 70], [2]))
print(math.sumprod([1.0, -1.0, 1e-20], [1e20, 1e20, 1.0]), math.sumprod([3, 2.5], [0.1, 4]))

print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 21)), math.prod([3], start=2))
print(math.prod([0.1] * 5), math.prod([2 ** 40] * 3), math.prod(range(1, 30), start=2.0), math.prod([True, True]))
print(math.prod([], start="s"), math.prod(["a", 2]), math.prod([1, 2], start=0.5))
print(math.prod(x / 2 for x in range(1, 6)), math.prod([1j, 1j]), math.prod([10 ** 10] * 5) == 10 ** 50)

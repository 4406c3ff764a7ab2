# Every float function of the math module on a spread of inputs: exact reprs.
import math

def show(name, *args):
    f = getattr(math, name)
    try:
        print(name, args, "->", repr(f(*args)))
    except (ValueError, OverflowError, TypeError) as e:
        print(name, args, "->", type(e).__name__, e)

unary = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh",
         "erf", "erfc", "exp", "exp2", "expm1", "fabs", "gamma", "lgamma", "log",
         "log10", "log1p", "log2", "sin", "sinh", "sqrt", "tan", "tanh", "degrees",
         "radians", "ulp", "frexp", "modf", "isfinite", "isinf", "isnan"]
inputs = [0.0, -0.0, 0.3, -0.7, 1.0, 2.5, -4.0, 30.0, 1e-300, 1e300,
          float("inf"), float("-inf"), float("nan"), 7, True]
for name in unary:
    for x in inputs:
        show(name, x)

binary = ["atan2", "copysign", "fmod", "pow", "remainder", "hypot", "log", "nextafter"]
pairs = [(1.0, 2.0), (-3.5, 2.0), (2.0, -0.5), (0.0, -0.0), (-0.0, 1.0), (10, 3),
         (1e308, 10.0), (float("inf"), 2.0), (2.0, float("inf")), (float("nan"), 0.0)]
for name in binary:
    for x, y in pairs:
        show(name, x, y)

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(type(math.pi).__name__, math.tau == 2 * math.pi, math.inf == float("inf"))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-12))
print(math.isclose(0.0, 1e-12, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.05))
print(math.isclose(float("inf"), float("inf")), math.isclose(float("nan"), float("nan")))

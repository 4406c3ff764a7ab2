# nextafter (with steps), ulp, frexp/ldexp, modf, copysign, fmod, remainder,
# floor/ceil/trunc and their dunder hooks.
import math

def show(label, f):
    try:
        print(label, "->", repr(f()))
    except (ValueError, OverflowError, TypeError) as e:
        print(label, "->", type(e).__name__ + ":", e)

for x, y in [(1.0, 2.0), (1.0, 0.0), (0.0, -1.0), (-0.0, 1.0), (1.0, 1.0), (0.0, -0.0), (5e-324, -1.0), (1e308, float("inf"))]:
    for steps in [0, 1, 2, 10, 2 ** 52, 2 ** 63, 2 ** 64, 2 ** 100]:
        show(f"nextafter({x!r}, {y!r}, steps={steps})", lambda: math.nextafter(x, y, steps=steps))
print(math.nextafter(float("nan"), 1.0), math.nextafter(1.0, float("nan")), math.nextafter(1, 2, steps=None))
for x in [1.0, 0.0, -2.0, 1e300, 5e-324, 1.7976931348623157e308, float("inf"), float("nan"), 3]:
    print("ulp", x, math.ulp(x))
for x in [8.0, 0.0, -0.0, -1.5, 1e-320, 1e308, 0.1, float("inf"), float("nan"), 12345]:
    print("frexp", x, math.frexp(x), "modf", math.modf(x))
for x, e in [(0.5, 4), (1, -1074), (1, -1075), (-3, 2), (1.0, 1023), (1.5, -2 ** 70), (0.0, 5000), (1, True)]:
    show(f"ldexp({x!r}, {e!r})", lambda: math.ldexp(x, e))
show("ldexp(1.0, 1024)", lambda: math.ldexp(1.0, 1024))
show("ldexp(1, 2**70)", lambda: math.ldexp(1, 2 ** 70))
for x, y in [(7, 3), (-7, 3), (7, -3), (-7.5, 2), (0.0, 1), (-0.0, 1), (5, float("inf")), (1e300, 1e-300), (6, 4), (5, 2), (-5, 2)]:
    print("fmod", x, y, math.fmod(x, y), "remainder", math.remainder(x, y), "copysign", math.copysign(x, y))
show("fmod(1, 0)", lambda: math.fmod(1, 0))
show("fmod(inf, 1)", lambda: math.fmod(float("inf"), 1))
show("remainder(1, 0)", lambda: math.remainder(1, 0))
show("remainder(inf, 1)", lambda: math.remainder(float("inf"), 1))

class Rounder:
    def __floor__(self):
        return "floored"
    def __ceil__(self):
        return "ceiled"
    def __trunc__(self):
        return "truncated"

class Floaty:
    def __float__(self):
        return 2.75

print(math.floor(Rounder()), math.ceil(Rounder()), math.trunc(Rounder()))
print(math.floor(Floaty()), math.ceil(Floaty()), math.sqrt(Floaty()), math.isnan(Floaty()))
show("trunc(Floaty())", lambda: math.trunc(Floaty()))
for v in [2.5, -2.5, 0.5, -0.5, 1e20, -1e300, 2 ** 70, -3, True, 7.0]:
    print("round", v, math.floor(v), math.ceil(v), math.trunc(v), type(math.floor(v)).__name__)
for v in [float("inf"), float("-inf"), float("nan")]:
    show(f"floor({v!r})", lambda: math.floor(v))
    show(f"ceil({v!r})", lambda: math.ceil(v))
    show(f"trunc({v!r})", lambda: math.trunc(v))

class SubFloat(float):
    def __float__(self):
        return 99.0

class SubInt(int):
    def __float__(self):
        return 77.0

print(math.sqrt(SubFloat(4.0)), math.sqrt(SubInt(4)), math.floor(SubFloat(2.5)), math.trunc(SubFloat(-2.5)))
print(math.log(SubInt(8), 2), math.factorial(SubInt(5)), math.isqrt(SubInt(17)), math.ceil(SubInt(3)))

# Logarithms of floats and arbitrarily large ints; pow's IEEE special cases.
import math

def show(label, f):
    try:
        print(label, "->", repr(f()))
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(label, "->", type(e).__name__ + ":", e)

for v in [1, 2, 10, 1000, 2 ** 53 + 1, 10 ** 308, 2 ** 1023 * 3, 2 ** 1024, 10 ** 400, 7 ** 1000, 2 ** 10000 - 1, 3 ** 5000]:
    print(math.log(v), math.log2(v), math.log10(v), math.log(v, 7), math.log(v, 2 ** 2000))
for v in [0.5, 1e-300, 5e-324, 1e308, True, 0.0, -1, -(10 ** 400), 0, float("inf"), float("-inf"), float("nan")]:
    show(f"log({v!r})", lambda: math.log(v))
    show(f"log2({v!r})", lambda: math.log2(v))
    show(f"log10({v!r})", lambda: math.log10(v))
    show(f"log1p({v!r})", lambda: math.log1p(v))
show("log(8, 2)", lambda: math.log(8, 2))
show("log(100, 10)", lambda: math.log(100, 10))
show("log(0.5, 0.25)", lambda: math.log(0.5, 0.25))
show("log(2, 0.5)", lambda: math.log(2, 0.5))
show("log(1, 1)", lambda: math.log(1, 1))
show("log(10, 0)", lambda: math.log(10, 0))
show("log(10**400, 10**400)", lambda: math.log(10 ** 400, 10 ** 400))
show("log1p(-1)", lambda: math.log1p(-1))
show("log1p(-2)", lambda: math.log1p(-2))
specials = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, 3.0, -3.0, float("inf"), float("-inf"), float("nan")]
for x in specials:
    for y in specials:
        show(f"pow({x!r}, {y!r})", lambda: math.pow(x, y))
show("pow(10, 400)", lambda: math.pow(10, 400))
show("pow(-8, 1/3)", lambda: math.pow(-8, 1 / 3))
show("pow(2, -1075)", lambda: math.pow(2, -1075))
show("pow(2**1030, 0.5)", lambda: math.pow(2 ** 1030, 0.5))
show("exp(709.78)", lambda: math.exp(709.78))
show("exp(709.79)", lambda: math.exp(709.79))
show("exp2(1024)", lambda: math.exp2(1024))
show("expm1(710)", lambda: math.expm1(710))
show("expm1(-800)", lambda: math.expm1(-800))

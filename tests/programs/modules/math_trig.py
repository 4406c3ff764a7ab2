# Trigonometric and hyperbolic functions (rounded to 12 significant digits).
import math
def p(label, vals):
    print(label, " ".join([format(v, ".12g") for v in vals]))
xs = [0.0, 0.5, 1.0, -1.0, math.pi / 6, math.pi / 4, math.pi / 2, math.pi, 2.0, 10.0]
p("sin", [math.sin(x) for x in xs])
p("cos", [math.cos(x) for x in xs])
p("tan", [math.tan(x) for x in xs if abs(x - math.pi / 2) > 1e-9])
ys = [0.0, 0.5, -0.5, 1.0, -1.0, 0.25]
p("asin", [math.asin(y) for y in ys])
p("acos", [math.acos(y) for y in ys])
p("atan", [math.atan(y) for y in ys + [100.0, float("inf")]])
p("atan2", [math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0.0, -1), math.atan2(-0.0, -1), math.atan2(1, 0), math.atan2(0, 0)])
p("sinh", [math.sinh(x) for x in [0.0, 1.0, -1.0, 10.0]])
p("cosh", [math.cosh(x) for x in [0.0, 1.0, -1.0, 10.0]])
p("tanh", [math.tanh(x) for x in [0.0, 0.5, -1.0, 20.0, float("inf")]])
p("asinh", [math.asinh(x) for x in [0.0, 1.0, -2.0, 1e10]])
p("acosh", [math.acosh(x) for x in [1.0, 2.0, 10.0]])
p("atanh", [math.atanh(x) for x in [0.0, 0.5, -0.9]])
print(math.sin(0.0), math.sin(-0.0), math.cos(0.0), math.tan(-0.0), math.atan(float("inf")) == math.pi / 2)
print(round(math.sin(math.pi), 12), round(math.cos(math.pi / 2), 12), math.isclose(math.tan(math.pi / 4), 1.0))
for name, f in [("asin(2)", lambda: math.asin(2)), ("acos(-1.5)", lambda: math.acos(-1.5)),
                ("acosh(0.5)", lambda: math.acosh(0.5)), ("atanh(1)", lambda: math.atanh(1)),
                ("sin(inf)", lambda: math.sin(float("inf"))), ("cos(-inf)", lambda: math.cos(float("-inf"))),
                ("cosh(1000)", lambda: math.cosh(1000)), ("sinh(-1000)", lambda: math.sinh(-1000)),
                ("sin(nan)", lambda: math.sin(float("nan")))]:
    try:
        print(name, f())
    except (ValueError, OverflowError) as e:
        print(name, type(e).__name__, e)

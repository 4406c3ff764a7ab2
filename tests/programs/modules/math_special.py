# erf, erfc, gamma, lgamma (rounded), plus error cases.
import math
def p(label, vals):
    print(label, " ".join([format(v, ".12g") for v in vals]))
p("erf", [math.erf(x) for x in [0.0, 0.5, 1.0, -1.0, 2.0, 5.0, float("inf")]])
p("erfc", [math.erfc(x) for x in [0.0, 0.5, 1.0, -1.0, 2.0, 5.0, 30.0]])
p("gamma", [math.gamma(x) for x in [1.0, 2.0, 5.0, 0.5, 1.5, -0.5, 10.0, 20.5]])
p("lgamma", [math.lgamma(x) for x in [1.0, 2.0, 5.0, 0.5, 100.0, -0.5, 1000.0]])
print(math.gamma(5), math.gamma(1), math.gamma(11) == math.factorial(10), math.lgamma(1), math.lgamma(2))
print(math.erf(0.0), math.erfc(0.0), math.erf(-0.0), math.gamma(float("inf")), math.lgamma(float("-inf")))
for name, f in [("gamma(0)", lambda: math.gamma(0)), ("gamma(-1)", lambda: math.gamma(-1)),
                ("gamma(-inf)", lambda: math.gamma(float("-inf"))), ("gamma(200)", lambda: math.gamma(200)),
                ("lgamma(0)", lambda: math.lgamma(0)), ("lgamma(-2)", lambda: math.lgamma(-2)),
                ("erf(nan)", lambda: math.erf(float("nan")))]:
    try:
        print(name, f())
    except (ValueError, OverflowError) as e:
        print(name, type(e).__name__, e)

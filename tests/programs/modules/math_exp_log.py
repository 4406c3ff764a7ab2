# math exp/log family (printed to 12 significant digits where results are transcendental).
import math
def p(*vals):
    print(" ".join([format(v, ".12g") if isinstance(v, float) else repr(v) for v in vals]))
p(math.exp(0), math.exp(1), math.exp(-1), math.exp(10), math.exp(-745.2), math.exp(709))
p(math.expm1(0), math.expm1(1e-10), math.expm1(1), math.log1p(0), math.log1p(1e-10), math.log1p(-0.5))
p(math.log(1), math.log(math.e), math.log(10), math.log(8, 2), math.log(100, 10), math.log(2**1000))
p(math.log(10**400), math.log(10**400, 10), math.log2(8), math.log2(1024), math.log2(3), math.log2(2**2000))
p(math.log10(1000), math.log10(0.001), math.log10(2), math.log10(10**500), math.log(0.5, 0.25))
p(math.pow(2, 10), math.pow(2, -1), math.pow(4, 0.5), math.pow(0, 0), math.pow(-8, 3), math.pow(1, float("nan")))
p(math.pow(float("nan"), 0), math.pow(-1, float("inf")), math.pow(0.5, float("-inf")), math.pow(-0.0, 3))
p(math.exp(float("inf")), math.exp(float("-inf")), math.log(float("inf")), math.sqrt(2) ** 2)
p(math.exp(1e-300), math.exp(-1000.0), math.expm1(-1000.0), math.log1p(float("inf")))
def t(label, f):
    try:
        p(f())
    except Exception as e:
        print(label, type(e).__name__, e)
t("log(0)", lambda: math.log(0))
t("log(-1)", lambda: math.log(-1))
t("log(0.0)", lambda: math.log(0.0))
t("log10(0)", lambda: math.log10(0))
t("log2(-2)", lambda: math.log2(-2))
t("log1p(-1)", lambda: math.log1p(-1))
t("log(1, 1)", lambda: math.log(1, 1))
t("log(10, 1)", lambda: math.log(10, 1))
t("log(-(10**400))", lambda: math.log(-(10**400)))
t("exp(1000)", lambda: math.exp(1000))
t("expm1(1000)", lambda: math.expm1(1000))
t("pow(0, -1)", lambda: math.pow(0, -1))
t("pow(-8, 1/3)", lambda: math.pow(-8, 1 / 3))
t("pow(10, 400)", lambda: math.pow(10, 400))
t("exp2(2000)", lambda: math.exp2(2000))
t("log('x')", lambda: math.log("x"))

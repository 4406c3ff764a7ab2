# gamma, lgamma (CPython's Lanczos implementation), erf and erfc: exact reprs.
import math

def show(name, x):
    try:
        print(name, x, repr(getattr(math, name)(x)))
    except (ValueError, OverflowError) as e:
        print(name, x, type(e).__name__, e)

xs = [0.25, 0.5, 0.75, 1.25, 1.5, 2.5, 3.7, 4.5, 7.3, 10.5, 20.5, 30.1, 57.25, 100.5,
      141.5, 150.7, 170.5, 171.5, 171.7, -0.5, -1.5, -2.5, -3.3, -10.7, -100.5,
      -150.3, -170.6, -180.5, -200.5, -250.1, 1e-21, -1e-21, 1e-300, 5e-324]
for x in xs:
    show("gamma", x)
    show("lgamma", x)
for x in [1, 2, 3, 10, 23, 24, 50, 0, -1, -2, -100, 0.0, -0.0, float("inf"), float("-inf"), float("nan")]:
    show("gamma", x)
    show("lgamma", x)
print(math.gamma(11) == math.factorial(10), math.lgamma(1), math.lgamma(2), math.gamma(0.5) ** 2)
for x in [0.0, -0.0, 1e-10, 0.1, 0.5, 1.0, 1.5, 2.0, 3.0, 5.0, 6.0, 10.0, 27.0, 30.0, -0.3, -2.5, -6.0,
          float("inf"), float("-inf"), float("nan")]:
    show("erf", x)
    show("erfc", x)
print(math.erf(0.5) + math.erfc(0.5), math.erfc(-30.0), math.erf(-1e-300))

# math domain and range errors with exact messages.
import math
cases = [("sqrt(-1)", lambda: math.sqrt(-1)), ("sqrt(-inf)", lambda: math.sqrt(float("-inf"))),
         ("sqrt(-1e-300)", lambda: math.sqrt(-1e-300)), ("sqrt(-0.0)", lambda: math.sqrt(-0.0)),
         ("log(0)", lambda: math.log(0)), ("log(-0.5)", lambda: math.log(-0.5)),
         ("acos(2)", lambda: math.acos(2)), ("exp(800)", lambda: math.exp(800)),
         ("pow(0.0, -2)", lambda: math.pow(0.0, -2)), ("pow(-2, 0.5)", lambda: math.pow(-2, 0.5)),
         ("factorial(-3)", lambda: math.factorial(-3)), ("factorial(3.5)", lambda: math.factorial(3.5)),
         ("isqrt(-4)", lambda: math.isqrt(-4)), ("comb(3, 1.0)", lambda: math.comb(3, 1.0)),
         ("sqrt('4')", lambda: math.sqrt("4")), ("sqrt(None)", lambda: math.sqrt(None)),
         ("sqrt(10**400)", lambda: math.sqrt(10**400)), ("floor(nan)", lambda: math.floor(float("nan"))),
         ("ceil(inf)", lambda: math.ceil(float("inf"))), ("ldexp(1, 5000)", lambda: math.ldexp(1, 5000)),
         ("fmod(inf, 2)", lambda: math.fmod(float("inf"), 2)), ("copysign('a', 1)", lambda: math.copysign("a", 1)),
         ("sin()", lambda: math.sin()), ("sin(1, 2)", lambda: math.sin(1, 2)), ("gcd(1, 'a')", lambda: math.gcd(1, "a"))]
for label, f in cases:
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)
print(issubclass(OverflowError, ArithmeticError), issubclass(ValueError, ArithmeticError))
try:
    math.sqrt(-4)
except ArithmeticError:
    print("not an ArithmeticError")
except ValueError as e:
    print("ValueError", e.args)

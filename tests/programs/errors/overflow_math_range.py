import math
print(math.exp(1), math.exp(0), round(math.exp(700) / 1e304, 3))
print(math.sqrt(16), math.floor(2.7), math.ceil(2.1), math.pi)
for f, arg in [(math.exp, 1000), (math.cosh, 1000), (math.sinh, -1000)]:
    try:
        f(arg)
    except OverflowError as e:
        print(f.__name__, type(e).__name__, e)
try:
    math.pow(10, 400)
except OverflowError as e:
    print("pow", type(e).__name__, e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("sqrt", type(e).__name__, e)
try:
    math.log(0)
except ValueError as e:
    print("log", type(e).__name__, e)
try:
    math.factorial(-1)
except ValueError as e:
    print("factorial", type(e).__name__, e)
print(math.isinf(math.inf), math.isnan(math.nan))
print("computing exp(1000)")
math.exp(1000)

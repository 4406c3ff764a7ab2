# is_integer and as_integer_ratio, plus numerator-like properties.
for v in [0.0, -0.0, 1.0, 1.5, -2.0, 1e20, 0.1, 0.5, -0.75, 2.0 ** -30, 1e300, 5e-324, 3.0]:
    print(repr(v), v.is_integer(), v.as_integer_ratio())
n, d = (0.1).as_integer_ratio()
print(n, d, n / d == 0.1, d == 2 ** 55)
for bad in [float("inf"), float("nan"), float("-inf")]:
    try:
        bad.as_integer_ratio()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print((7).as_integer_ratio(), (-7).as_integer_ratio(), True.as_integer_ratio())
print((10).is_integer(), (-3).is_integer())
print((3.75).real, (3.75).imag, float.is_integer(4.0))
for v in [0.1, 2.5, -1e-10, 123.456]:
    n, d = v.as_integer_ratio()
    print(v, d & (d - 1) == 0, n / d == v)
print((1e16).is_integer(), (1e16 + 1).is_integer(), (2.0 ** 52 + 0.5).is_integer())
print((-0.5).as_integer_ratio(), (1 / 3).as_integer_ratio())

# round() on floats: banker's rounding, ndigits, result types.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4.5, 5.5,
          1e16, 2.5000001, -0.4, 0.0, -0.0, 1e300]:
    r = round(v)
    print(repr(v), r, type(r).__name__)
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.005, 2))
print(round(3.14159, 3), round(-3.14159, 3), round(2.5, 0), round(3.5, 0))
print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2), round(-1250.0, -2))
print(round(0.5, 0), round(-0.5, 0), round(-0.4, 0), round(1.23456789e-5, 7))
print(type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__)
print(round(1e300, -300), round(1e300, 300), round(123.456, 400), round(123.456, -400))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
print(round(5e-324, 323), round(5e-324, 324))
print(round(float("inf"), 2), round(float("nan"), 2), round(float("-inf"), -1))
for bad in [float("inf"), float("nan")]:
    try:
        round(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(round(7.0, -1), round(15.0, -1), round(25.0, -1), round(-35.0, -1))
print(round(0.285, 2), round(0.615, 2), round(2.345, 2), round(10.5), round(11.5))

# Errors for invalid format specs.
cases = [(1.5, "d"), (1.5, "x"), (1.5, "c"), (1.5, "b"), (1, "s"), ("s", "d"), ("s", "f"),
         (1, ".2d"), (1, "z"), (1, ",_"), (1, "_,"), (1, ",b"), (1, ",c"),
         (-1, "c"), (1.5, "#,x"), (1, "=s"), (1, "abc"), (1.5, "q"), (1j, "d"), (1j, "="),
         (1j, "012"), ("x", "z"), (None, "d"), (1.5, "10.2.3f"),
         (True, "s"), (1, "++"), ("ab", "c"), (1, "{}")]
for v, spec in cases:
    try:
        print(repr(v), repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(v), repr(spec), type(e).__name__, e)
try:
    print(f"{1.5:d}")
except ValueError as e:
    print("f-string:", e)
try:
    print("{:d}".format(2.0))
except ValueError as e:
    print("str.format:", e)
try:
    print(f"{'abc':>{'x'}}")
except ValueError as e:
    print("nested:", e)

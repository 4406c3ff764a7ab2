print(1.0 / 3, 7.5 // 2, 7.5 % 2)
cases = [
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1 / 0.0", lambda: 1 / 0.0),
    ("0.0 / 0.0", lambda: 0.0 / 0.0),
    ("5.5 // 0", lambda: 5.5 // 0),
    ("5.5 % 0.0", lambda: 5.5 % 0.0),
    ("divmod(1.0, 0)", lambda: divmod(1.0, 0)),
]
for label, fn in cases:
    try:
        fn()
    except ZeroDivisionError as e:
        print(label, "->", type(e).__name__, e)
print(float("inf") / 2, 1e308 * 10)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("0.0 ** -1 ->", e)
try:
    (1 + 1j) / 0
except ZeroDivisionError as e:
    print("complex ->", e)
x = 2.5
y = x - 2.5
print("x =", x, "y =", y)
print(x / y)

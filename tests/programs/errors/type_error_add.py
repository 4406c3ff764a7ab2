print(1 + 2, "a" + "b", [1] + [2], (1,) + (2,))
print(1 + 2.5, True + 1, 1 + 2j)
for left, right in [(1, "a"), ("a", 1), ([1], (2,)), (None, 1), (1.5, "x")]:
    try:
        left + right
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "a" - "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * 2.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    -"neg"
except TypeError as e:
    print(type(e).__name__, e)
try:
    x = 5
    x += "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    {} + {}
except TypeError as e:
    print(type(e).__name__, e)
print("now the uncaught one")
result = 1 + "a"

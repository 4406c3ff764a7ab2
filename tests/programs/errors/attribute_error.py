print("abc".upper(), (5).bit_length(), [3, 1].index(1))
for obj, attr in [("text", "push"), ([1], "length"), ({}, "append"), (None, "value"), (3.5, "foo"), (True, "x")]:
    try:
        getattr(obj, attr)
    except AttributeError as e:
        print(type(e).__name__, e)
class Point:
    def __init__(self):
        self.x = 1
try:
    Point().y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point.z
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1).real = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "s".new_attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(5, "foo", "fallback"), hasattr(5, "foo"))
value = 7
print("accessing value.foo")
value.foo

# getattr/setattr/hasattr/delattr on a simple class instance.
class Point:
    kind = "point"
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(getattr(p, "x"), getattr(p, "kind"), getattr(p, "z", "missing"), getattr(p, "norm1")())
setattr(p, "z", 10)
print(p.z, hasattr(p, "z"), hasattr(p, "w"), hasattr(p, "kind"), hasattr(Point, "x"))
delattr(p, "z")
print(hasattr(p, "z"))
p.kind = "instance-kind"
print(p.kind, Point.kind)
del p.kind
print(p.kind)
setattr(Point, "dims", 2)
print(p.dims, getattr(Point, "dims"))
try:
    getattr(p, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(p, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(p, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point.nope
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(5, "real"), getattr("abc", "upper")(), hasattr([], "append"), hasattr(None, "x"))
for name in ["x", "y"]:
    setattr(p, name, getattr(p, name) * 2)
print(p.x, p.y, p.norm1())
class Dyn:
    def __getattr__(self, name):
        return "dyn:" + name
dy = Dyn()
print(dy.anything, getattr(dy, "foo"), hasattr(dy, "bar"), getattr(dy, "x", "default"))

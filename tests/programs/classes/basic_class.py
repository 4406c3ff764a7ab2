class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
    def distance_sq(self, other):
        return (self.x - other.x) ** 2 + (self.y - other.y) ** 2
p = Point(1, 2)
print(p.x, p.y)
p.move(3, 4)
print(p.x, p.y)
q = Point(0, 0)
print(p.distance_sq(q), q.distance_sq(p))
print(p.move(1, 1).move(1, 1).x)
print(type(p).__name__, type(p) is Point, isinstance(p, Point))
print(Point.__name__, Point.__qualname__, Point.__module__)
p.z = "dynamic"
print(p.z, sorted(vars(p)))
print(p.__dict__)
m = p.move
print(m(0, 10).y, m.__name__, m.__self__ is p)
print(Point.move(q, 5, 5).x)
class Empty:
    pass
e = Empty()
print(type(e).__name__, vars(e))
e.anything = 1
print(e.anything)
try:
    print(e.missing)
except AttributeError as err:
    print(type(err).__name__, err)
try:
    Point(1)
except TypeError as err:
    print(type(err).__name__, err)
class NoInit:
    def hello(self):
        return "hello from " + type(self).__name__
print(NoInit().hello())
try:
    NoInit(1)
except TypeError as err:
    print(type(err).__name__, err)
print(getattr(p, "x"), getattr(p, "nope", "default"), hasattr(p, "y"))
setattr(p, "x", 99)
print(p.x)
delattr(p, "z")
print(hasattr(p, "z"))

# An uncaught TypeError from a class pattern with too many positional sub-patterns.

class Vector:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

def norm1(v):
    match v:
        case Vector(x, y):
            return abs(x) + abs(y)

print(norm1(Vector(3, -4)))

def broken(v):
    match v:
        case Vector(0, 0):
            return "origin"
        case Vector(x, y, z):
            return "3d?"

print(broken(Vector(0, 0)))
print("about to fail")
print(broken(Vector(1, 2)))
print("not reached")

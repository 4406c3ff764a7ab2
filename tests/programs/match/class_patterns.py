# Class patterns: __match_args__, keyword sub-patterns, inheritance, builtins.

class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

class Named(Point):
    # Inherits Point's __match_args__.
    def __init__(self, x, y, name):
        super().__init__(x, y)
        self.name = name

def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=0):
            return f"3d on floor at {x},{y}"
        case Named(0, 0, name=n):
            return f"origin named {n}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, y=0):
            return f"on the x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return f"somewhere: {p!r}"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(4, 0), Point(2, 2), Point(1, 2),
          Point3(0, 0, 0), Point3(1, 2, 0), Point3(1, 2, 3), Named(0, 0, "home"),
          Named(3, 3, "diag"), (0, 0), None]:
    print(where(p))

# Keyword patterns read any attribute, including properties and __getattr__.
class Temp:
    def __init__(self, c):
        self.c = c

    @property
    def f(self):
        return self.c * 9 / 5 + 32

    def __getattr__(self, name):
        if name == "kelvin":
            return self.c + 273.15
        raise AttributeError(name)

def temp(t):
    match t:
        case Temp(f=212.0):
            return "boiling"
        case Temp(c=c, kelvin=k) if c < 0:
            return f"freezing {c}C = {k}K"
        case Temp(missing=m):
            return f"has missing {m}"
        case Temp(c=c):
            return f"{c} degrees"
print(temp(Temp(100)), "|", temp(Temp(-10)), "|", temp(Temp(20)))

# Builtin classes match their single positional sub-pattern against the subject.
def builtin(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(0 | 1 as small):
            return f"small int {small}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str("" as empty):
            return f"empty str {empty!r}"
        case str(s):
            return f"str {s}"
        case bytes(b) | bytearray(b):
            return f"binary {b!r}"
        case list([x, *_]):
            return f"list starting {x}"
        case tuple(t):
            return f"tuple of {len(t)}"
        case dict({"k": k}):
            return f"dict with k={k}"
        case set(s) | frozenset(s):
            return f"set of {len(s)}"
        case _:
            return "something else"

for v in [True, 0, 1, 7, 2.5, "", "hi", b"b", bytearray(b"ba"), [9, 8], [], (1, 2), {"k": 3},
          {"j": 1}, {1, 2}, frozenset([1]), None, 1j]:
    print(repr(v), "->", builtin(v))

# Subclasses of builtins keep the whole-subject behaviour.
class Celsius(float):
    pass
class Tag(str):
    __match_args__ = ("upper_form",)
    @property
    def upper_form(self):
        return self.upper()

match Celsius(36.6):
    case Celsius(value):
        print("celsius", value, type(value).__name__)
match Tag("abc"):
    case Tag(up):
        print("tag", up)

# The isinstance check comes first: no attributes are read for non-instances.
class Loud:
    __match_args__ = ("a",)
    @property
    def a(self):
        print("  reading a")
        return 1
match 5:
    case Loud(1):
        print("no")
    case int():
        print("int() with no sub-patterns")
match Loud():
    case Loud(1):
        print("Loud matched")

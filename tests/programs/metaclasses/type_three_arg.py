# type(name, bases, ns) and its errors.
def init(self, v):
    self.v = v


Point = type("Point", (), {"__init__": init, "double": lambda self: self.v * 2, "k": 7})
p = Point(21)
print(Point.__name__, Point.__qualname__, Point.__module__, p.double(), p.k)
print(type(p) is Point, Point.__bases__, Point.__mro__[1] is object)

Sub = type("Sub", (Point,), {"__doc__": "A sub", "triple": lambda self: self.v * 3})
s = Sub(2)
print(s.double(), s.triple(), Sub.__doc__, Sub.__bases__[0].__name__)
print(type(Sub) is type, type(type) is type, type(object) is type)
print(type(1), type("x"), type(None), type(type))

ns = {"a": 1}
T = type("T", (), ns)
ns["b"] = 2
print(hasattr(T, "b"))
print(T.__dict__["a"])

Q = type("Q", (), {"__qualname__": "Outer.Q"})
print(Q.__qualname__, Q.__name__)

bad_calls = [
    lambda: type(),
    lambda: type("A", ()),
    lambda: type(1, (), {}),
    lambda: type("A", [], {}),
    lambda: type("A", (), []),
    lambda: type("A", (1,), {}),
    lambda: type("A", (bool,), {}),
    lambda: type("A", (), {}, 1),
    lambda: type("A", (), {"__qualname__": 3}),
    lambda: type("A", (), {"__slots__": 5}),
    lambda: type("a\0b", (), {}),
]
for i, call in enumerate(bad_calls):
    try:
        r = call()
        print(i, "ok", r)
    except (TypeError, ValueError) as e:
        print(i, type(e).__name__, e)

print(type("A", (), {}, ).__name__)
print(type("Kw", (), {}).__init_subclass__ is not None)


# type subclass three-arg call
class M(type):
    pass


X = M("X", (), {"val": 3})
print(type(X).__name__, X.val, isinstance(X, M))
Y = type("Y", (X,), {})
print(type(Y).__name__)
print(type.__name__, type.__qualname__, M.__name__)
try:
    type.__new__(1, "A", (), {})
except TypeError as e:
    print("TypeError", e)
try:
    type.__new__(int, "A", (), {})
except TypeError as e:
    print("TypeError", e)

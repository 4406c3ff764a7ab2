# __annotations__ on functions, classes and modules (stored, not enforced).
x: int = 1
y: "list[str]"
names: list = []
print(__annotations__)
print(x, "y" in globals())

def f(a: int, b: str = "b", *args: float, c: bool, **kw: dict) -> None:
    pass
print(f.__annotations__)
print(f(1, c=True))
def g(a, b):
    pass
print(g.__annotations__, type(g.__annotations__).__name__)
g.__annotations__["a"] = int
print(g.__annotations__)
g.__annotations__ = {"b": str}
print(g.__annotations__)

def not_enforced(n: int) -> str:
    return n * 2
print(not_enforced(21), not_enforced("ab"))

class Point:
    x: int
    y: int = 0
    label: "str" = "p"
    def method(self, other: "Point") -> float:
        z: int = 5
        return 0.0
print(Point.__annotations__)
print(Point.method.__annotations__)
print(hasattr(Point, "x"), Point.y, Point.label)
try:
    Point.x
except AttributeError as e:
    print(type(e).__name__, e)

class Child(Point):
    extra: bytes
print(Child.__annotations__)
class Empty:
    pass
print(Empty.__annotations__ if "__annotations__" in Empty.__dict__ else "no own annotations")

def local_annotations():
    v: int = 3
    w: str
    return sorted(locals())
print(local_annotations())

import sys
mod = sys.modules[__name__]
print(mod.__annotations__ is __annotations__)
counter = 0
def side():
    global counter
    counter += 1
    return int
ann1: side() = 1
print(counter, __annotations__["ann1"])
lst = [0]
lst[0]: int = 5
print(lst, "lst" in __annotations__)

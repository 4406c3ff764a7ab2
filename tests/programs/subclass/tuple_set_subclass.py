# tuple subclasses with __new__, set/frozenset subclasses.
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __add__(self, o):
        return Point(self.x + o[0], self.y + o[1])
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(1, 2)
q = p + (10, 20)
print(p, q, p.x, q.y, len(p), p == (1, 2), hash(p) == hash((1, 2)), list(p), type(p[:1]).__name__)
x, y = p
print(x, y, isinstance(p, tuple), tuple(p), type(tuple(p)).__name__, {p: "pt"}[(1, 2)], sorted([q, p]))
print(p * 2, type(p * 2).__name__, (0,) + p, max(Point(3, 1), Point(2, 9)))
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    p[0] = 5
except TypeError as e:
    print("TypeError:", e)

class Pair(tuple):
    pass
pr = Pair([1, 2])
pr.label = "L"
print(pr, repr(pr), pr.label, Pair(), Pair("ab"), type(Pair("ab")).__name__)

class Tags(set):
    def add(self, item):
        super().add(item.lower())
    def __repr__(self):
        return f"Tags({sorted(self)})"
t = Tags()
t.add("Py")
t.add("PY")
t.add("Rust")
print(t, len(t), "py" in t, type(t | {"x"}).__name__, sorted(t | {"x"}), type(t.copy()).__name__)
t2 = Tags(["a", "B"])  # constructor does not call add
print(t2, t2 == {"a", "B"}, isinstance(t2, set), type(t2 & {"a"}).__name__)
t2 |= {"c"}
print(type(t2).__name__, sorted(t2))
try:
    hash(t)
except TypeError as e:
    print("TypeError:", e)

class Frozen(frozenset):
    def __new__(cls, *items):
        return super().__new__(cls, items)
f = Frozen(3, 1, 2)
print(sorted(f), type(f).__name__, hash(f) == hash(frozenset({1, 2, 3})), f == {1, 2, 3}, {f: 1}[frozenset({1, 2, 3})])
print(type(f | {9}).__name__, type(f.union()).__name__, len(Frozen()))
print(Point.__mro__, Tags.__mro__[1:], Frozen.__bases__)

# Constructing lists, dicts and sets, and subclasses with their own __init__.
class Matrix(list):
    def __init__(self, rows, cols):
        list.__init__(self, [[0] * cols for _ in range(rows)])
        self.rows = rows
m = Matrix(2, 3)
print(m, m.rows, len(m))
class L(list):
    pass
print(L("abc"), L(), list("xy"), list(), list(x for x in range(3)), list({1: 2}))
class D(dict):
    def __init__(self, *args, **kw):
        dict.__init__(self, *args, **kw)
        self.extra = True
print(D([(1, 2)], a=3), D(), dict(a=1), dict({"k": 1}, z=2), dict([("p", 1)]))
class S(set):
    def __init__(self, n):
        set.__init__(self, range(n))
print(S(3), set("aab") == {"a", "b"}, set(), set(range(3)))
x = [1, 2]
x.__init__([9])
print(x)
d = {1: 2}
d.__init__(a=1)
print(d)
s = {1}
s.__init__([5])
print(s)
for f in [lambda: list(1, 2), lambda: list(x=1), lambda: dict(1, 2), lambda: set(x=1), lambda: set(1, 2), lambda: list(5), lambda: dict(5), lambda: L(1, 2)]:
    try:
        f()
    except TypeError as e:
        print(e)
class Counter(dict):
    def __init__(self, iterable):
        dict.__init__(self)
        for x in iterable:
            self[x] = self.get(x, 0) + 1
print(Counter("hello"))

# __getitem__/__setitem__/__delitem__ with slices, slice.indices and __len__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
        self.log = []
    def __len__(self):
        return self.w * self.h
    def _key(self, key):
        if not isinstance(key, tuple) or len(key) != 2:
            raise TypeError(f"Grid indices must be (x, y) tuples, not {type(key).__name__}")
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} out of range")
        return key
    def __getitem__(self, key):
        self.log.append(("get", key))
        return self.cells.get(self._key(key), ".")
    def __setitem__(self, key, value):
        self.log.append(("set", key, value))
        self.cells[self._key(key)] = value
    def __delitem__(self, key):
        self.log.append(("del", key))
        del self.cells[self._key(key)]

g = Grid(3, 2)
g[0, 0] = "a"
g[2, 1] = "b"
print(g[0, 0], g[1, 1], g[2, 1], len(g))
del g[0, 0]
print(g[0, 0], g.log)
for bad in [lambda: g[5], lambda: g[3, 0], lambda: g.__delitem__((1, 1)), lambda: g.__setitem__("x", 1)]:
    try:
        bad()
    except (TypeError, IndexError, KeyError) as e:
        print(type(e).__name__, e)

class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            print("  slice:", i, i.indices(len(self.data)))
            return Seq(self.data[i])
        return self.data[i]
    def __setitem__(self, i, v):
        if isinstance(i, slice):
            print("  set slice:", i.start, i.stop, i.step)
        self.data[i] = v
    def __delitem__(self, i):
        print("  del:", i)
        del self.data[i]
    def __repr__(self):
        return f"Seq({self.data})"

q = Seq("abcdefg")
print(q[1:4], q[::-2], q[:], q[5:], q[-3:-1], q[1:6:2])
q[0:2] = ["X"]
del q[::3]
print(q, q[0], q[-1])
print(q[slice(None, 2)], q[slice(1, None, None)])
print(slice(1, 10, 3).indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(6))
print(slice(5, 1, -2).indices(10), slice(2).indices(0))
sl = slice(1, 5, 2)
print(sl.start, sl.stop, sl.step, sl, slice(3), slice(None), slice(1, 2) == slice(1, 2))
for bad in [lambda: slice(1, 2, 0).indices(5), lambda: slice(1, 2).indices(-1),
            lambda: slice("a", 2).indices(5), lambda: slice(1, 2).indices("x"), lambda: slice()]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

class ReadOnly:
    def __getitem__(self, i):
        return i * 2
r = ReadOnly()
print(r[3], r["ab"], r[2.5])
for bad in [lambda: r.__setitem__(1, 2), lambda: len(r)]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    r[0] = 1
except TypeError as e:
    print(e)
try:
    del r[0]
except TypeError as e:
    print(e)
try:
    object()[0]
except TypeError as e:
    print(e)
try:
    print(len(5))
except TypeError as e:
    print(e)

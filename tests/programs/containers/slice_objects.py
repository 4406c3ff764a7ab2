# slice objects and .indices().
s = slice(1, 5, 2)
print(s, s.start, s.stop, s.step, repr(slice(3)), slice(None, None, -1), slice("a", "b"))
print(s.indices(10), slice(None).indices(5), slice(None, None, -1).indices(5), slice(-3, None).indices(5))
print(slice(-100, 100).indices(7), slice(10, 2, -2).indices(6), slice(0, 0).indices(0), slice(5, -5, -1).indices(3))
data = list(range(10))
print(data[s], "abcdefgh"[s], tuple(data)[slice(None, None, 3)], data[slice(-2, None)])
print(range(*s.indices(10)), list(range(*slice(None, None, -2).indices(7))))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
class Grab:
    def __getitem__(self, key):
        return key
g = Grab()
print(g[1:2], g[::3], g[1:2, 3], g[...], g[:], g[1:2:3, ::-1])
s2 = slice(2, 8)
data[s2] = ["X"]
print(data)
del data[slice(0, None, 2)]
print(data)
print(slice(1, 2, 3) < slice(1, 2, 4), slice(0, 1).stop)
try:
    hash(slice(1, 2))
    print("hashable")
except TypeError as e:
    print(type(e).__name__, e)

# Slicing of str, list, tuple, bytes, bytearray and range.
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

s = "abcdefgh"
l = list(range(8))
tp = tuple(l)
b = b"abcdefgh"
ba = bytearray(b)
r = range(0, 16, 2)
for seq in [s, l, tp, b, ba, r]:
    print(seq[2:5], seq[::3], seq[::-1], seq[-3:], seq[:-6], seq[6:1:-2], seq[100:], seq[-100:2])
    print(seq[5:2], seq[::-3], seq[-1:-9:-2], seq[I(1):I(-1)], seq[::I(4)], seq[None:None:None], seq[2 ** 70:], seq[-2 ** 70:2 ** 70:3])
    print(seq[1:7:2][::-1], seq[slice(1, None, 2)], seq[:0], seq[2 ** 63 - 1::-1][:2], seq[::-2 ** 70])
u = "héllo wörld ✓"
print(u[1:4], u[::-1], u[::2], u[-1], u[3], u[-3:], u[5:100], len(u[::3]))
print("x"[::-1], ""[::-1], "ab"[5:], "abc"[-1:-4:-1], "abc"[True:], s[:] is s, tp[:] is tp, b[:] is b, l[:] is l)
# slice objects
sl = slice(1, 10, 3)
print(sl, sl.start, sl.stop, sl.step, slice(5), slice(None), slice(1, 2).step, slice("a", [1], 2.5))
print(sl.indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(7), slice(10, 2, -2).indices(6))
print(slice(None, None, 2 ** 70).indices(5), slice(2 ** 70, -2 ** 70, -1).indices(3), slice(0, 0).indices(0))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2), slice(1, 2) < slice(1, 3))
print(l[sl], s[sl], tp[slice(None, None, 3)], r[sl], b[sl])
print(hash(slice(1, 2)) == hash(slice(1, 2)))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: slice(1, 2, 0).indices(5))
t(lambda: slice(1, 2).indices(-1))
t(lambda: slice(1, 2).indices("a"))
t(lambda: slice("a").indices(3))
t(lambda: slice())
t(lambda: slice(1, 2, 3, 4))
t(lambda: slice(1, x=2))
t(lambda: l[::0])
t(lambda: s["a":])
t(lambda: tp[:1.5])
t(lambda: b[::"x"])
t(lambda: r[::0])
class Grab:
    def __getitem__(self, key):
        return key
g = Grab()
print(g[1:2], g[::3], g[1:2, 3], g[...], g[:], g[1:2:3, ::-1])

# Slice assignment and deletion on lists and bytearrays.
def t(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

a = list(range(10))
a[2:5] = ["x"]
a[1:1] = [100, 200]
a[:2] = []
a[-1:] = "yz"
print(a)
a[::2] = [0] * len(a[::2])
a[len(a):] = (9, 9)
print(a)
del a[::3]
del a[1:3]
del a[-1]
print(a)
a[5:2] = ["ins"]
a[-100:1] = "ab"
a[100:] = [7]
print(a)
b = list(range(8))
b[::-2] = ["a", "b", "c", "d"]
b[1:6:2] = (10, 20, 30)
print(b)
b[::2] = iter("wxyz")
print(b)
c = [1, 2, 3]
c[0:3] = c
c[1:2] = c
print(c)
d = [1, 2, 3, 4, 5]
d[:] = [7]
del d[:]
print(d)
e = list(range(10))
del e[::-2]
del e[5:1:-1]
del e[10:]
del e[::100]
print(e)
f = [0, 1, 2]
f[1:2] = {}
f[0:0] = {"k": 1}
f[2:2] = range(3)
print(f)
t(lambda: b.__setitem__(slice(None, None, 2), [1]))
t(lambda: b.__setitem__(slice(None, None, 0), []))
t(lambda: b.__setitem__(slice(0, 2), 5))
t(lambda: b.__setitem__(slice(0, 4, 2), 5))
t(lambda: b.__setitem__(slice(0, 4, 2), None))
t(lambda: b.__delitem__(slice(None, None, 0)))
t(lambda: b.__setitem__("a", 1))
t(lambda: b.__setitem__(100, 1))
t(lambda: b.__delitem__(-100))
t(lambda: b.__setitem__(2 ** 70, 1))
t(lambda: b.__setitem__(1))
# bytearray
x = bytearray(b"abcdef")
x[0:2] = b"XY"
x[2:3] = bytearray(b"123")
x[-1:] = [33, 34]
x[::2] = b"_" * len(x[::2])
print(x)
x[1] = 65
x[-1] = True
del x[0]
del x[::3]
print(x, len(x))
y = bytearray(b"abc")
y[0:2] = y
y[1:1] = range(48, 51)
print(y)
z = bytearray(b"abcdef")
z[::-1] = b"123456"
del z[5:1:-2]
print(z)
t(lambda: x.__setitem__(0, 256))
t(lambda: x.__setitem__(0, -1))
t(lambda: x.__setitem__(0, "a"))
t(lambda: x.__setitem__(0, 1.0))
t(lambda: x.__setitem__(slice(0, 1), "a"))
t(lambda: x.__setitem__(slice(0, 1), 5))
t(lambda: x.__setitem__(slice(0, 1), [256]))
t(lambda: x.__setitem__(slice(0, 1), ["a"]))
t(lambda: x.__setitem__(slice(0, 4, 2), b"xyz"))
t(lambda: x.__setitem__(100, 1))
t(lambda: x.__delitem__(100))
t(lambda: x.__setitem__("k", 1))
print(x)
def set_tuple():
    (1, 2)[0] = 5
def set_str():
    "ab"[0] = "c"
def del_tuple():
    del (1,)[0]
def del_range():
    del range(3)[0]
def set_range():
    range(3)[0] = 1
def del_int():
    n = 5
    del n[0]
def set_int():
    n = 5
    n[0] = 1
for f in [set_tuple, set_str, del_tuple, del_range, set_range, del_int, set_int]:
    t(f)

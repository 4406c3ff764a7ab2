# List slicing, slice assignment (incl. extended), and deletion.
a = list(range(10))
print(a[2:5], a[::3], a[::-1], a[-3:], a[:-7], a[8:2:-2], a[100:], a[-100:2])
a[2:5] = ["x"]
print(a)
a[1:1] = [100, 200]
print(a)
a[:2] = []
print(a)
a[-1:] = "yz"
print(a)
a[::2] = [0] * len(a[::2])
print(a)
a[len(a):] = [9, 9]
print(a)
del a[::3]
print(a)
del a[1:3]
print(a)
del a[-1]
print(a)
del a[:]
print(a)
b = list(range(8))
b[::-2] = ["a", "b", "c", "d"]
print(b)
b[1:6:2] = (10, 20, 30)
print(b)
b[5:2] = ["ins"]
print(b)
def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: b.__setitem__(slice(None, None, 2), [1]))
t(lambda: b.__setitem__(slice(None, None, 0), []))
t(lambda: b.__setitem__(slice(0, 2), 5))
t(lambda: b.__getitem__(20))
t(lambda: b.__setitem__(-20, 1))
t(lambda: b.__delitem__(20))
t(lambda: b.__getitem__("1"))
c = [1, 2, 3]
c[0:3] = c
print(c)
c[1:2] = c
print(c)
d = [1, 2, 3, 4, 5]
print(d[slice(1, None, 2)], d[::-1][::2], d[-2:-5:-1], d[3:-3], d[True:])
d[:] = [7]
print(d)

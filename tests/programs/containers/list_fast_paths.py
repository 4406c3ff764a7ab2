# Edge cases of the inline list/tuple/range fast paths.
a = [1, 2, 3, 4, 5]
print(a[0], a[-1], a[-5], (1, 2, 3)[-1], (1, 2, 3)[0])
for k in (5, -6, 2**63, -2**63, 2**70):
    try:
        print(a[k])
    except IndexError as e:
        print("IndexError", e)
for k in (5, -6, 2**63 - 1, -2**63):
    try:
        a[k] = 0
    except IndexError as e:
        print("IndexError", e)
a[-1] = 50
a[True] = 20
print(a, a[True], (7, 8)[False])
try:
    (1, 2)[2]
except IndexError as e:
    print("IndexError", e)
# slices with int/None/bool/big bounds
b = list(range(10))
print(b[::-1], b[2:-2], b[-100:100], b[9:2:-3], b[2**70:], b[:-2**70], b[::2**70], b[True:])
try:
    b[::0]
except ValueError as e:
    print("ValueError", e)
b[:3] = b[2::-1]
print(b)
b[1:4] = [9]
print(b)
b[::2] = range(len(b[::2]))
print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print("ValueError", e)
# pop / insert
c = [1, 2, 3]
print(c.pop(0), c.pop(), c.pop(-1), c)
for args in ((0,), (-1,), (5,)):
    try:
        c.pop(*args)
    except IndexError as e:
        print("IndexError", e)
c.insert(-100, "a"); c.insert(100, "z"); c.insert(1, "m"); c.insert(-1, "y")
print(c, c.pop(True))
# iterators: mutation during iteration, exhaustion, huge ranges
d = [1, 2, 3]
out = []
for x in d:
    out.append(x)
    if x == 1:
        d.append(4)
    if len(d) < 6 and x == 4:
        d.append(5)
print(out)
it = iter([1])
print(next(it), next(it, "end"), next(it, "end"))
r = iter(range(2**63 - 3, 2**63 - 1))
print(list(r), list(r))
print(list(range(9, -1, -3)), list(range(0)), [x for x in (1, 2, 3)])
t = iter((1, 2))
print(next(t), next(t), next(t, "done"))
for i, x in enumerate(["a", "b"]):
    print(i, x)
p, q = [1, 2]
print(p, q)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
class L(list):
    def __getitem__(self, i):
        return ("L", i)
print(L([1, 2])[0])
# enumerate / zip over lists, tuples and ranges
print(list(zip([1, 2, 3], "ab")), list(zip((1, 2), [3])), list(zip(range(3), (x for x in "xyz"))))
z = zip([1, 2], [3])
print(next(z), next(z, "end"), next(z, "end"))
print(list(enumerate([5, 6], 2**63 - 2)), list(enumerate(range(3), -1)), list(enumerate((), 5)))
e = [1, 2]
for i, x in enumerate(e):
    if i < 3:
        e.append(x * 10)
print(e)
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as ex:
    print("ValueError", ex)
pairs = []
for a, b in zip(range(3), [10, 20, 30, 40]):
    pairs.append((a, b))
print(pairs)

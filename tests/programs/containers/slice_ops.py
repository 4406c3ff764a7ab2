# Two-part slices (BinarySlice/StoreSlice) and step slices on builtin
# sequences and user classes, with CPython's bounds handling and errors.
import sys


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        print("index", self.v)
        return self.v


class NoIdx:
    pass


def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)


BIG = 10**30
L = [0, 1, 2, 3, 4, 5, 6, 7]
T = tuple(L)
S = "abcdefgh"
U = "aé€𝄞bcdé"
B = b"abcdefgh"
BA = bytearray(b"abcdefgh")
R = range(0, 16, 2)

for seq in (L, T, S, U, B, BA, R):
    print("--", type(seq).__name__)
    show(lambda: seq[:])
    show(lambda: seq[2:5])
    show(lambda: seq[:3])
    show(lambda: seq[5:])
    show(lambda: seq[-3:])
    show(lambda: seq[:-3])
    show(lambda: seq[-100:100])
    show(lambda: seq[100:])
    show(lambda: seq[5:2])
    show(lambda: seq[None:None])
    show(lambda: seq[-BIG:BIG])
    show(lambda: seq[BIG:-BIG])
    show(lambda: seq[Idx(1) : Idx(-2)])
    show(lambda: seq[True:3])
    show(lambda: seq[::-1])
    show(lambda: seq[6::-2])
    show(lambda: seq[1:7:3])
    show(lambda: seq[-BIG::-1])
    show(lambda: seq[BIG::-1])
    show(lambda: seq[::0])
    show(lambda: seq[1.5:])
    show(lambda: seq[:"x"])
    show(lambda: seq[NoIdx() :])
    show(lambda: seq[::NoIdx()])

print(T[:] is T, S[:] is S, B[:] is B, L[:] is L)
i, j = 1, 4
print(L[i:j], T[i:j], S[i:j], L[i:], L[:j], L[j:i])
print([L[k::-1] for k in range(len(L))])

# Slice assignment.
a = list(range(10))
a[2:5] = ["x"]
print(a)
a[1:1] = [7, 8, 9]
print(a)
a[:] = a
print(a)
a[2:] = a
print(a)
a[:3] = (c for c in "pq")
print(a)
a[-2:] = "zz"
print(a)
a[100:] = [1]
print(a)
a[-BIG:2] = []
print(a)
a[Idx(1) : Idx(3)] = range(3)
print(a)
a[4:1] = ["ins"]
print(a)
a[::2] = a[1::2][: len(a[::2])] if len(a) % 2 == 0 else a[::2]
print(a)
b = list(range(8))
for k in range(1, 6):
    b[: k + 1] = b[k::-1]
print(b)
b[::-1] = b
print(b)


def tryset(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


def setter(obj, i, j, v):
    obj[i:j] = v


tryset(lambda: setter(a, 0, 2, 5))
tryset(lambda: setter(a, 0.5, 2, [1]))
tryset(lambda: setter(a, NoIdx(), 2, [1]))
tryset(lambda: setter(T, 0, 2, [1]))
tryset(lambda: setter(S, 0, 2, "x"))
tryset(lambda: setter(B, 0, 2, b"x"))
tryset(lambda: setter(R, 0, 2, [1]))
c = list(range(6))


def bad_step(v):
    c[::2] = v


tryset(lambda: bad_step([1]))
tryset(lambda: bad_step(5))
ba = bytearray(b"hello")
ba[1:3] = b"EYY"
print(ba)
ba[:0] = [65, 66]
print(ba)
tryset(lambda: setter(ba, 0, 1, [300]))
tryset(lambda: setter(ba, 0, 1, "str"))
print(ba)

# del with slices.
d = list(range(10))
del d[2:4]
print(d)
del d[::3]
print(d)
del d[:]
print(d)


class Seq:
    def __getitem__(self, k):
        print("getitem", k, type(k).__name__)
        return k

    def __setitem__(self, k, v):
        print("setitem", k, v)

    def __delitem__(self, k):
        print("delitem", k)


s = Seq()
s[1:2]
s[:]
s[::2]
s[1:"a"]
s[None:BIG]
s[i:j] = "v"
s[:j] = "w"
del s[i:j]
s[3]


class Acc(Seq):
    def __getitem__(self, k):
        print("getitem", k)
        return 10


acc = Acc()
acc[i:j] += 1
acc[::j] += 2


class MyList(list):
    def __getitem__(self, k):
        print("MyList getitem", k)
        return super().__getitem__(k)


ml = MyList(range(5))
print(ml[1:3], type(ml[1:3]).__name__)


class PlainSub(list):
    pass


ps = PlainSub(range(5))
print(ps[1:3], type(ps[1:3]).__name__)
ps[1:3] = ["a"]
print(ps)

# Augmented assignment through a slice.
e = [1, 2, 3, 4]
e[1:3] += [9]
print(e)
t = "abcdef"
t2 = t[1:3] * 2
print(t2)

# Errors: not subscriptable, bad index types, and the traceback line.
show(lambda: (5)[1:2])
show(lambda: None[:])
show(lambda: {1: 2}[1:2])


def slice_err():
    x = [1, 2, 3]
    return x[
        1:"b"
    ]


try:
    slice_err()
except TypeError as err:
    tb = err.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("line", tb.tb_lineno - slice_err.__code__.co_firstlineno, err)


def store_err():
    y = (1, 2)
    y[0:1] = [3]


try:
    store_err()
except TypeError as err:
    tb = err.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("line", tb.tb_lineno - store_err.__code__.co_firstlineno, err)

# Evaluation order: value, container, start, stop.
def p(tag, v):
    print("eval", tag)
    return v


p("obj", [0, 1, 2, 3])[p("lo", 1) : p("hi", 3)]
p("obj", [0, 1, 2, 3])[p("lo", 1) : p("hi", 3)] = p("value", [9])
sys.stdout.flush()
z = [1, 2, 3]
z[1:2] = None

# bytearray mutation: methods, item and slice assignment/deletion, in-place ops.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

ba = bytearray(b"hello")
alias = ba
ba.append(33)
ba.extend(b" wor")
ba.extend(bytearray(b"ld"))
ba.extend([63, 63])
ba.extend(x for x in [46])
ba.extend(range(49, 51))
print(ba, alias is ba, len(ba))
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.insert(0, 72)
ba.insert(-1, 95)
ba.insert(-100, 60)
ba.insert(100, 62)
print(ba)
ba.remove(ord("l"))
ba.remove(95)
print(ba, ba.count(b"o"), ba.index(b"o"))
ba.reverse()
print(ba)
c = ba.copy()
c.clear()
print(c, ba, c is ba)

b = bytearray(b"0123456789")
b[0] = 65
b[-1] = 0x5a
b[True] = 66
print(b)
b[2:5] = b"xyz!"
print(b)
b[2:6] = []
print(b)
b[::2] = b"...."
print(b)
b[1::3] = [97, 98]
print(b)
b[5:2] = b"<>"
print(b)
b[:] = range(65, 70)
print(b)
b[len(b):] = b"!!"
b[0:0] = bytearray(b"^")
print(b)
b[1:3] = b
print(b)
del b[0]
del b[-1]
print(b)
del b[::3]
print(b)
del b[1:3]
print(b)
del b[::-2]
print(b)
del b[:]
print(b, len(b))

x = bytearray(b"ab")
x += b"cd"
x += bytearray(b"ef")
x += memoryview(b"gh") if False else b"gh"
y = x
y *= 2
print(x, y is x)
z = bytearray(b"q") * 3
w = 2 * bytearray(b"rs")
print(z, w, bytearray(b"x") * 0, bytearray(b"x") * -3, bytearray(b"ab") + b"cd", b"ab" + bytearray(b"cd"))
print(type(b"a" + bytearray(b"b")).__name__, type(bytearray(b"a") + b"b").__name__)

e = bytearray(b"abc")
t(lambda: e.append(256))
t(lambda: e.append(-1))
t(lambda: e.append("a"))
t(lambda: e.append())
t(lambda: e.append(1, 2))
t(lambda: e.extend(5))
t(lambda: e.extend(None))
t(lambda: e.extend("abc"))
t(lambda: e.extend([1, 300]))
t(lambda: e.pop(10))
t(lambda: e.pop("x"))
t(lambda: e.pop(1, 2))
t(lambda: bytearray().pop())
t(lambda: e.insert(1))
t(lambda: e.insert("a", 1))
t(lambda: e.insert(0, 256))
t(lambda: e.remove(120))
t(lambda: e.remove(b"a"))
t(lambda: e.copy(1))
t(lambda: e.__setitem__(5, 1))
t(lambda: e.__setitem__(0, 256))
t(lambda: e.__setitem__(0, b"a"))
t(lambda: e.__setitem__("a", 1))
t(lambda: e.__delitem__(7))
t(lambda: e.__getitem__(-4))
t(lambda: e.__getitem__(1.0))
def ext():
    e[0:3:2] = b"xyz"
t(ext)
def bad_slice():
    e[0:1] = 5
t(bad_slice)
def bad_slice2():
    e[0:1] = "s"
t(bad_slice2)
def bad_slice3():
    e[0:1] = [1, 256]
t(bad_slice3)
def bad_add():
    e2 = bytearray(b"a")
    e2 += "b"
t(bad_add)
t(lambda: hash(e))
print(e, e.__len__(), e.__contains__(98), e.__getitem__(1), e.__getitem__(slice(1, 3)) if False else e[1:3])

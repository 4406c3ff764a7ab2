# bytearray mutation.
ba = bytearray(b"abc")
ba.append(100)
print(ba)
ba.extend(b"ef")
ba.extend([103, 104])
ba.extend(bytearray(b"i"))
print(ba, len(ba))
ba[0] = 65
ba[-1] = 73
print(ba)
ba[1:3] = b"XYZ"
print(ba)
ba[1:4] = b""
print(ba)
ba[::2] = b"...."
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.insert(0, 33)
ba.insert(100, 63)
ba.insert(-1, 45)
print(ba)
ba.remove(ord("."))
print(ba)
del ba[0]
del ba[::2]
print(ba)
ba.reverse()
print(ba)
c = ba.copy()
c += b"++"
ba *= 2
print(ba, c)
ba.clear()
print(ba, len(ba))
ba = bytearray(3)
ba[1] = 255
print(ba, bytearray(b"x") * 3)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: ba.__setitem__(0, 256))
t(lambda: ba.__setitem__(0, -1))
t(lambda: ba.append(300))
t(lambda: ba.remove(99))
t(lambda: bytearray().pop())
t(lambda: ba.__setitem__(slice(0, 3, 2), b"abc"))
t(lambda: ba.extend("str"))
t(lambda: ba.__setitem__(0, b"a"))
x = bytearray(b"hello")
x[1:1] = [1, 2]
x[-1:] = bytearray(b"O!")
print(x, x.hex(), bytes(x))

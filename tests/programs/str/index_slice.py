# String indexing and slicing with steps and negative indices.
s = "abcdefghij"
print(s[0], s[-1], s[5], s[-10], s[3:7], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[-1:-5:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100], repr(s[2:2]))
print(s[::3], s[::-3], s[1:9:4], s[-2::-4], s[None:None:-1])
print(s[slice(2, 8, 2)], s[slice(None, None, -5)], s[slice(-3, None)])
print(s[True], s[-True])
for i in range(-3, 3):
    print(i, s[i], s[i:], s[:i])
u = "héllo wörld"
print(u[1], u[-4], u[::-1], u[1:5])
e = "a😀b"
print(len(e), e[1], e[::-1], e[-1], repr(e[1:2]))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: s[10])
t(lambda: s[-11])
t(lambda: s[1.0])
t(lambda: s["a"])
t(lambda: s[::0])
t(lambda: "".__getitem__(0))
def setit():
    s[0] = "z"
t(setit)
print(s[2:8][::-1][1:3], s[10**20:], s[-10**20:2])

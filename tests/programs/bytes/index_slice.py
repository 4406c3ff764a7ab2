# Indexing a bytes object gives ints; slicing gives bytes.
b = b"hello world"
print(b[0], b[-1], b[4], type(b[0]).__name__)
print(b[0:5], b[6:], b[::-1], b[::2], b[-5:-1], b[100:], b[3:1], b[1::3])
print(list(b[:5]), [c for c in b"AZ"], tuple(b"\x00\xff"))
ba = bytearray(b"abcdef")
print(ba[0], ba[-1], ba[1:4], type(ba[1:4]).__name__, ba[::-1], ba[::2])
print(98 in b"abc", b"b" in b"abc", b"bc" in b"abc", b"" in b"abc", b"x" in bytearray(b"xyz"))
for i, c in enumerate(b"hi!"):
    print(i, c, chr(c), bytes([c]))
print(b[slice(1, 4)], b[slice(None, None, -3)])
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: b[11])
t(lambda: b[-12])
t(lambda: ba[6])
t(lambda: b["a"])
t(lambda: 256 in b"x")
t(lambda: -1 in b"x")
t(lambda: "a" in b"abc")
def assign():
    b[0] = 1
t(assign)
print(len(b), len(ba), max(b), min(b), sum(b), sorted(b"cab"), bytes(sorted(b"cab")))
print(list(reversed(b"abc")), b"abc"[True])

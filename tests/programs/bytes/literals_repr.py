# bytes/bytearray literals and repr.
vals = [b"", b"abc", b"\x00\xff", b"it's", b'a"b', b"a'b\"c", b"\n\r\t\\", b"\x7f\x80",
        b"\x1b[0m", rb"\x00", b"A\x42C", bytes(range(0, 256, 37)), b" ~", b"'", b'"']
for v in vals:
    print(repr(v), len(v), str(v))
print(bytearray(b"ab\x00"), repr(bytearray()), bytearray(b"it's"), bytearray([65, 0, 255]))
print(type(b"").__name__, type(bytearray()).__name__, isinstance(b"", bytes), isinstance(bytearray(), bytes))
print([b"x", bytearray(b"y")], (b"\t",), {b"k": b"v"})
print(b"abc" == bytearray(b"abc"), b"abc" == "abc", b"" == bytearray(), bytearray(b"a") == b"a")
print(b"abc" < b"abd", b"ab" < b"abc", b"\xff" > b"a", bytearray(b"z") > b"a", b"B" < b"a")
print(b"x" * 3, 3 * b"ab", b"a" + b"b", bytearray(b"a") + b"b", b"a" + bytearray(b"b"), b"ab" * 0)
print(hash(b"abc") == hash(bytes(b"abc")), bytes(bytearray(b"q")))
print(b"\x41\x42" == b"AB", b"\101" == b"A", len(b"\x00" * 10))
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"a" + "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"a" < "b"
except TypeError as e:
    print(type(e).__name__, e)

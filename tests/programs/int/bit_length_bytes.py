# bit_length, bit_count, to_bytes and from_bytes.
for n in [0, 1, -1, 2, 7, 8, -8, 255, 256, -256, 2**63 - 1, 2**63, -(2**63), 2**100, -(2**100) - 1]:
    print(n, n.bit_length(), n.bit_count())
print((1000).to_bytes(2, "big"), (1000).to_bytes(2, "little"))
print((1000).to_bytes(4, byteorder="big"), (0).to_bytes(3, "big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print((255).to_bytes(1, "big"), (2**64).to_bytes(9, "big"))
print((2**100).to_bytes(13, "little").hex())
print((5).to_bytes(), (0).to_bytes())
print(int.from_bytes(b"\x03\xe8", "big"), int.from_bytes(b"\x03\xe8", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes(b"\x80" + b"\x00" * 15, "big", signed=True))
print(int.from_bytes(b"", "big"), int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"\x01"))
print(int.from_bytes(bytearray(b"\x00\x01"), byteorder="little"))
n = 3**80
print(int.from_bytes(n.to_bytes(20, "big"), "big") == n)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: (256).to_bytes(1, "big"))
t(lambda: (-1).to_bytes(1, "big"))
t(lambda: (128).to_bytes(1, "big", signed=True))
t(lambda: (1).to_bytes(1, "middle"))
t(lambda: (2**100).to_bytes(12, "big"))
t(lambda: (-128).to_bytes(1, "big", signed=True))
print((True).bit_length(), (False).bit_length())

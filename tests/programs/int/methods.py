# int methods: bit_length/bit_count, to_bytes/from_bytes, ratios, rounding dunders.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

for n in [0, 1, -1, 5, -5, 255, -256, 2**31, -(2**31), 2**64 - 1, 2**64, -(2**64), 10**30]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.is_integer())
print(True.bit_length(), False.bit_count(), True.as_integer_ratio(), (7).conjugate())
print((5).real, (5).imag, (5).numerator, (5).denominator, (-(10**20)).numerator)
print(True.real, True.imag, type(True.real).__name__, type(True.conjugate()).__name__)

# to_bytes / from_bytes round trips, both byte orders, signed and unsigned.
for n in [0, 1, 127, 128, 255, 256, 65535, -1, -128, -129, -32768, 2**63, -(2**63)]:
    signed = n < 0 or n == 2**63 and False
    size = (n.bit_length() + 8) // 8
    be = n.to_bytes(size, "big", signed=n < 0)
    le = n.to_bytes(size, byteorder="little", signed=n < 0)
    back = int.from_bytes(be, "big", signed=n < 0), int.from_bytes(le, "little", signed=n < 0)
    print(n, be, le, back)
print((1024).to_bytes(length=4), (3).to_bytes(), int.from_bytes(b"\x01\x00"))
print(int.from_bytes([0, 1, 0]), int.from_bytes((255,), signed=True), int.from_bytes(bytearray(b"\x80\x00"), "little"))
print(int.from_bytes(b"", "little", signed=True), (-1).to_bytes(4, "big", signed=True))
t(lambda: (300).to_bytes(1, "big"))
t(lambda: (-5).to_bytes(2, "big"))
t(lambda: (128).to_bytes(1, "little", signed=True))
t(lambda: (-129).to_bytes(1, "little", signed=True))
t(lambda: (1).to_bytes(-1, "big"))
t(lambda: (1).to_bytes(1, "sideways"))
t(lambda: (1).to_bytes(1, 7))
t(lambda: (1).to_bytes(1, "big", True))
t(lambda: (1).to_bytes(2, "big", length=2))
t(lambda: (1).to_bytes(2, bogus=1))
t(lambda: int.from_bytes("ab", "big"))
t(lambda: int.from_bytes(7))
t(lambda: int.from_bytes([1, 256]))
t(lambda: int.from_bytes(b"\x01", "mid"))
t(lambda: int.from_bytes())

# The rounding family on ints.
for n in [0, 7, -7, 15, 25, -25, 35, 1234567, -1234567, 10**20 + 5 * 10**9]:
    print(n, n.__round__(), n.__round__(2), n.__round__(-1), n.__round__(-3), n.__trunc__(), n.__floor__(), n.__ceil__())
t(lambda: (5).__round__(None))
print((5).__index__(), True.__index__(), True.__round__())
t(lambda: (5).__round__(1.5))
t(lambda: (5).__round__(1, 2))
t(lambda: (5).bit_length(1))
t(lambda: (5).conjugate(x=1))
t(lambda: int.bit_length("x"))
t(lambda: int.bit_count())

class Big(int):
    def describe(self):
        return "Big"
b = Big(300)
print(b.bit_length(), b.to_bytes(2, "big"), b.describe(), b.as_integer_ratio(), b.conjugate())
print(type(b.conjugate()).__name__, b.__index__(), type(b.__index__()).__name__)
print(Big.from_bytes(b"\x01\x02", "big"), type(Big.from_bytes(b"\x01", "big")).__name__)
print(b + 1, b * 2, -b, b // 7, b % 7, b ** 2, b >> 2, b & 0xf0, b == 300, b < 301, hash(b) == hash(300))
print(bool(Big(0)), bool(Big(3)), Big(5).__float__(), repr(Big(9)), str(Big(9)))

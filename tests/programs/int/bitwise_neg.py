# & | ^ ~ on negative numbers and bigints (two's complement semantics).
vals = [0, 1, -1, 5, -5, 12, -12, 255, -256]
for a in vals:
    print(a, ~a, a & 0xff, a | 0x10, a ^ -1)
print(-6 & 13, -6 | 13, -6 ^ 13, -6 & -13, -6 | -13, -6 ^ -13)
B = 2**100 + 12345
print(B & 0xffff, B | 1, B ^ B, B ^ (B - 1))
print(~B, -B & 0xffffffff, -B | 0xff, -B ^ 0xff)
print((-B) & (2**101 - 1))
print(B & -B, (-B) & (-B - 1))
print(~(2**64), ~(-(2**64)), ~0, ~-1)
print((2**64 - 1) & -(2**32), (2**128 - 1) ^ (2**64 - 1))
print(-(2**70) | -(2**10), -(2**70) & -(2**10), -(2**70) ^ -(2**10))
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(True & 3, type(True & 3).__name__, ~True, ~False)
x = 0b1010
x &= 0b0110
print(x)
x |= 0b1001
print(x)
x ^= -1
print(x)
m = 0
for i in range(0, 130, 7):
    m |= 1 << i
print(m, bin(m).count("1"))
print(m & (m >> 7), m ^ (m << 1))

# hex/oct/bin on negatives and bigints.
for n in [0, 1, -1, 10, -10, 255, -255, 2**63, -(2**63), 2**100, -(2**100) + 1]:
    print(n, hex(n), oct(n), bin(n))
print(hex(True), bin(False), oct(8))
print(bin(2**70 - 1))
print(hex(0xDEADBEEF), hex(-0xCAFE))
print(0x10, 0o10, 0b10, 0X1F, 0O17, 0B11, 1_000, 0x_ff, 0b_1_1)
print(int(hex(-12345), 16), int(oct(-12345), 8), int(bin(-12345), 2))
print(int(hex(3**90), 0) == 3**90)
print(format(255, "x"), format(-255, "#x"), format(2**64, "o"))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: hex(1.5))
t(lambda: bin("3"))
t(lambda: oct(None))

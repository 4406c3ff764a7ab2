# Left and right shifts, large counts, negative operands.
print(1 << 0, 1 << 1, 1 << 62, 1 << 63, 1 << 64, 1 << 100)
print(-1 << 63, -1 << 100, 3 << 200)
print(1 << 1000 == 2 ** 1000)
print(256 >> 4, 255 >> 8, 1 >> 100, (1 << 100) >> 99, (1 << 100) >> 200)
print(-1 >> 1, -1 >> 100, -2 >> 1, -3 >> 1, -5 >> 2, -256 >> 4, -257 >> 4)
print(-(1 << 100) >> 50, (-(1 << 100) - 1) >> 50)
print(-(10**30) >> 3, (10**30) >> 3)
print(0 << 1000, 0 >> 1000, -7 >> 10**6, 7 >> 10**6)
print(5 << 0, -5 >> 0)
print(True << 3, False << 3, True >> 1)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: 1 << -1)
t(lambda: 1 >> -1)
t(lambda: (1 << 100) << -5)
t(lambda: 1 << 1.0)
t(lambda: 1.0 << 1)
x = 3
x <<= 70
print(x)
x >>= 68
print(x)
for n in range(60, 68):
    print(n, (1 << n) - 1, -(1 << n) >> (n - 1))
print(0x7fffffffffffffff << 1, 0x7fffffffffffffff >> 62)

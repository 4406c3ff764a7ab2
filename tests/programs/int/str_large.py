# str() / repr() of very large ints (below the 4300-digit limit).
n = 7 ** 3000
s = str(n)
print(len(s), s[:30], s[-30:])
print(int(s) == n)
m = -(10 ** 4000) + 1
t = str(m)
print(len(t), t[:5], t[-5:])
print(int(t) == m)
f = 1
for i in range(2, 500):
    f *= i
fs = str(f)
print(len(fs), fs[:40])
print(fs.rstrip("0") != fs, len(fs) - len(fs.rstrip("0")))
print(repr(2 ** 4000)[:25])
print(str(10**4299)[:3], len(str(10**4299)))
print(sum([int(c) for c in str(2 ** 1000)]))
print(hex(10 ** 5000)[:10], len(hex(10**5000)))

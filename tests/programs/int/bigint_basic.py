# Arithmetic across the i64 boundary and into big integers.
a = 2**63 - 1
print(a, a + 1, -a - 1, -a - 2)
print(type(a + 1).__name__)
print(2**64, 2**100, -(2**100))
print(2**100 - 2**99, 2**100 // 2**99)
print((2**64) * (2**64))
print(9223372036854775807 * 2)
print(-9223372036854775808 - 1)
print(-9223372036854775808 * -1)
print(-9223372036854775808 // -1)
print(abs(-9223372036854775808))
p = 1
for i in range(1, 31):
    p *= i
print("30! =", p)
q = p
for i in range(1, 31):
    q //= i
print("back:", q)
print(p % 1000000007)
n = -(10**30) + 7
print(n, n * n, n * -n)
print(10**20 + 10**20, 10**20 - 10**21)
print(2**200 // 3**50)
print((3**100) % (2**61 - 1))
print(sum(range(10**6, 10**6 + 100)) * 10**15)
big = 123456789 ** 5
print(big, len(str(big)))
print(big == 123456789 ** 5, big != big + 1, big < big + 1)
print(-big < 0 < big)
x = 1
for _ in range(70):
    x = x * 3 + 1
print(x)
print(x - x, x * 0, 0 - x)
print(int("-" + "9" * 40) + 1)
print(2**62 + 2**62, 2**62 * 2, 4611686018427387904 * 2)
print(-(2**63) + (-(2**63)))
print(1000000007 * 1000000009 * 998244353)

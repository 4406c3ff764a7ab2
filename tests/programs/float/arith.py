# Basic float arithmetic, mixing with ints.
print(1.5 + 2.25, 1.5 - 2.25, 1.5 * 2.25, 1.5 / 2.25)
print(0.1 + 0.2, 0.3 - 0.1, 1.0 - 0.9, 3 * 0.1)
print(1 + 2.0, 2 * 3.5, 7 / 2, 7.0 / 2, -7 / 2, 1 - 0.5)
print(10 ** 20 + 0.5, 2 ** 53 + 1.0, 2 ** 60 * 1.0)
print(-0.0 + 0.0, -0.0 - 0.0, -0.0 * 1, 0.0 * -1, -0.0 + -0.0)
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308, 1e-320 / 1e10)
print(5e-324 / 2, 5e-324 * 0.5, 1.5e-323 / 2)
inf = float("inf")
print(inf + 1, inf - inf, inf * 0, inf / inf, inf * -1, 1 / inf, -1 / inf)
x = 1.0
for i in range(10):
    x += 0.1
print(x)
y = 0.0
for i in range(1, 11):
    y += 1.0 / i
print(y)
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]))
z = 2.5
z *= 4
z -= 0.5
z /= 3
print(z)
print(-(1.5), +(-2.5), abs(-3.25), abs(-0.0), abs(float("-inf")))
print(1.0 == 1, 0.5 < 1, 2.0 > 1.9999999999999998)
print(float.__add__(1.5, 2), float.__mul__(2.0, 3), (2.5).__neg__())
print(1.5.__add__("x"), (2.0).__truediv__(4))
print(type(1 + 1.0).__name__, type(True + 0.5).__name__, True + 0.5)
print((0.1).real, (0.1).imag, (2.5).conjugate())
print(1e-300 * 1e-300, -1e-300 * 1e-300)
print(123456789.0 * 987654321.0, 1.0 / 7.0 * 7.0 == 1.0, 0.1 * 10 == 1.0)

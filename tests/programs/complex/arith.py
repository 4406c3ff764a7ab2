# Complex arithmetic.
a = 3 + 4j
b = 1 - 2j
print(a + b, a - b, a * b, a / b)
print(a + 1, a - 1.5, 2 * a, a / 2, 1 / a, -a, +a)
print(a * a, a ** 2, a ** 0, a ** 1, a ** -1)
print(1j ** 2, 1j ** 3, 1j ** 4, (1 + 1j) ** 8, 2 ** 1j)
print((1 + 2j) ** 0.5, (-1 + 0j) ** 0.5, (-4) ** 0.5)
print(0j ** 0, 0j ** 0j, 0j ** 2)
print(abs(3 + 4j), abs(-5j), abs(1 + 1j), abs(complex(float("inf"), float("nan"))))
print(abs(0j), abs(complex(-0.0, -0.0)), type(abs(1j)).__name__)
print((1 + 2j) * (3 + 4j) == -5 + 10j, (1e308 + 1e308j) * 2)
x = 1 + 1j
x += 1
x *= 2j
x -= 1j
x /= 2
print(x)
print(1j * 1j == -1, (2 + 0j) * 3 == 6, True + 1j, 1j + True)
print((1 + 2j) / (1 + 2j), (6 + 8j) / (3 + 4j), (1e300 + 1e300j) / (1e300 + 1e300j))
print(sum([1j, 2, 3.5]), sum([1 + 1j, 1 - 1j]))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: (1 + 2j) // 2)
t(lambda: (1 + 2j) % 2)
t(lambda: divmod(1j, 2))
t(lambda: 1j < 2j)
t(lambda: 1j > 0)
t(lambda: int(1j))
t(lambda: float(1 + 0j))
t(lambda: round(1j))
t(lambda: 0j ** -1)
t(lambda: 0j ** 1j)
t(lambda: pow(1j, 2, 3))

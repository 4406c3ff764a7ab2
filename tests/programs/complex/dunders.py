# Complex dunders called explicitly, conjugate and attributes.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

z = 3 + 4j
w = 1 - 2j
print(z.__add__(w), z.__sub__(w), z.__mul__(w), z.__truediv__(w), z.__pow__(2), z.__pow__(0.5))
print(z.__radd__(1), z.__rsub__(1), z.__rmul__(2.5), z.__rtruediv__(25), z.__rpow__(2), z.__pow__(w))
print(z.__add__(True), z.__mul__(10**20), z.__add__("x"), z.__floordiv__ if hasattr(z, "__floordiv__") else "no //")
print(z.__eq__(3 + 4j), z.__eq__(5), (5 + 0j).__eq__(5), (5 + 0j).__eq__(5.0), (1 + 0j).__eq__(True), z.__ne__(z))
print(z.__lt__(w), z.__ge__(1), z.__eq__("z"), (2**53 + 0j).__eq__(2**53 + 1), (1e300 + 0j).__eq__(10**300))
print(z.__neg__(), z.__pos__(), z.__abs__(), z.__bool__(), (0j).__bool__(), complex(0, -0.0).__bool__())
print(z.__hash__() == hash(z), (5 + 0j).__hash__() == hash(5), z.__repr__(), z.__format__(""), z.__format__(".2f"))
print(z.conjugate(), (-0j).conjugate(), complex(1, -0.0).conjugate(), z.__getnewargs__(), z.__complex__())
print(z.real, z.imag, type(z.real).__name__, (1j).real, (-1j).imag)
t(lambda: z.__pow__(2, 3))
t(lambda: z.__pow__(2, None))
t(lambda: z.__truediv__(0))
t(lambda: z.__rtruediv__(0))
t(lambda: (0j).__pow__(-1))
t(lambda: (0j).__pow__(1j))
t(lambda: (1e308 + 1e308j).__mul__(10))
t(lambda: complex(1e308, 1e308).__abs__())
t(lambda: complex(float("inf"), float("nan")).__abs__())
t(lambda: complex(float("nan"), 1).__abs__())
t(lambda: complex.__add__(1, 2))
t(lambda: complex.conjugate(1.5))
t(lambda: z.conjugate(1))
t(lambda: z.__add__())
t(lambda: z.__abs__(1))
t(lambda: (1 + 2j) // 2)
t(lambda: (1 + 2j) % 2)
t(lambda: 2 // (1 + 2j))
t(lambda: 1j < 1j)
acc = 0j
for k in range(1, 6):
    acc = acc.__add__(complex(k, -k).__mul__(1j))
print(acc, acc.conjugate().__mul__(acc))
print(1j ** 2, (1 + 1j) ** 3, 2 ** (1 + 1j), (1 + 1j) ** -2, (-8) ** (1 / 3))

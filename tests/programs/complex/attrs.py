# .real, .imag, .conjugate() and related.
z = 3 - 4j
print(z.real, z.imag, z.conjugate(), type(z.real).__name__)
print((1j).real, (1j).imag, (2 + 0j).conjugate(), (-0j).conjugate())
print((5).real, (5).imag, (5).conjugate(), (2.5).conjugate(), True.conjugate())
print(complex(1, 2).real + complex(1, 2).imag)
print(complex(3, 4).__abs__(), complex(1, 1).__neg__(), (1j).__pos__())
print((1 + 2j).__add__(1), (1 + 2j).__radd__(1), (1 + 2j).__rsub__(1), (2j).__rtruediv__(1))
print((1 + 2j).__eq__(1 + 2j), (1 + 2j).__ne__(1), (1 + 0j).__eq__(1.0), (1j).__lt__(2j))
print(bool(0j), bool(1j), bool(complex(0, -0.0)), bool(complex(0.0001, 0)))
c = complex(real=2, imag=-3)
print(c, c.real, c.imag)
print(complex(1j, 1j), complex(1 + 1j, 2), complex(2, 1 + 1j))
print(complex(1.5), complex(True, False), complex(-0.0))
print(complex(10**20, 1), complex(2**53 + 1, 0).real)
cs = [3 + 4j, 1j, -2, 0.5 - 0.5j]
print(sorted(cs, key=abs), max(cs, key=lambda c: c.imag))
print([c.conjugate() for c in cs])
print(sum([c.real for c in cs]), sum([c.imag for c in cs]))

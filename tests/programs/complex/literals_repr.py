# Complex literals and their repr forms.
vals = [1j, 2j, -1j, 0j, 1 + 2j, 1 - 2j, -1 - 2j, 1.5 + 0.5j, 3 + 0j, -(0 + 1j),
        complex(0, -1), complex(-0.0, -1), complex(-0.0, 0.0), complex(0.0, -0.0),
        complex(1, 0), complex(), complex(2), complex(2.5, -3.25), 1e20j, 1e-7j,
        complex(float("nan"), float("inf")), complex(float("inf"), float("nan")),
        complex(float("-inf"), -1), complex(1e16, 1e22), 0.1j + 0.2j, 1j * 1j,
        complex(5, -0.0), -0j, -(1j), 10j / 4]
for v in vals:
    print(repr(v), str(v))
print([1j, 1 + 1j], (2j,), {"z": -1j})
print(type(1j).__name__, isinstance(1j, complex), 1J, 2.5J)
print(f"{1 + 2j}", "%s" % (3 - 4j), format(1 - 1j))
print(1j == complex(0, 1), 1 + 0j == 1, 1 + 0j == 1.0, 1 + 1j != 1)
print(complex(1, 2) == complex(1.0, 2.0), hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5))
for re_ in [0.0, -0.0, 1.5]:
    for im in [0.0, -0.0, 2.0]:
        print(re_, im, repr(complex(re_, im)))
print(repr(complex(1e-300, 1e300)), repr(complex(123456789012345678, 0.1)))
print(repr(1 + 1e16j), repr(0.1 + 0.2j), repr(-1e-7 - 1e-7j))

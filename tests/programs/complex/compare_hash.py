# Complex equality, hashing, use in containers.
print(1 + 0j == 1, 1 + 0j == True, 0j == 0, 0j == 0.0, 0j == False, 1j == 1)
print(2 + 0j in [2], 2 in [2 + 0j], 2.0 in {2 + 0j}, {2: "x"}[2 + 0j])
d = {1: "int"}
d[1 + 0j] = "complex"
d[1.0] = "float"
print(d)
print(hash(0j) == hash(0), hash(3 + 0j) == hash(3), hash(-1 + 0j) == hash(-1))
print(len({1, 1.0, 1 + 0j, True}), len({1j, complex(0, 1), 1j * 1}))
print((1 + 2j) != (1 + 2.0000001j), [1j, 2j] == [1j, 2j], (1j, 2) < (1j, 3))
try:
    print((1j, 2) < (2j, 3))
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1j, 2j])
except TypeError as e:
    print(type(e).__name__, e)
nanc = complex(float("nan"), 0)
print(nanc == nanc, nanc != nanc, [nanc] == [nanc])
print(complex(1, 0) == 1.0, complex(1, 1e-300) == 1.0)
print(1j.imag == 1, (1 + 0j).real == 1 and (1 + 0j).imag == 0)

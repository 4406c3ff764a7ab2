# Complex values through ordinary math: magnitudes, rounding of parts, powers.
import math
zs = [1 + 1j, -1 + 1j, -1 - 1j, 1 - 1j, 2j, -2, 3 + 4j]
for z in zs:
    r = abs(z)
    ang = math.atan2(z.imag, z.real)
    print(z, round(r, 12), round(ang, 12), round(math.degrees(ang), 9))
w = complex(math.cos(math.pi / 3), math.sin(math.pi / 3))
p = w ** 3
print(round(p.real, 12), round(p.imag, 12))
print((1 + 1j) ** 2, (1 - 1j) ** 2, (1 + 1j) ** -2)
print((2 + 3j) * (2 - 3j), ((2 + 3j) * (2 - 3j)).imag == 0)
print(complex(3, 4) / abs(complex(3, 4)))
acc = 1 + 0j
for i in range(8):
    acc *= 1j
    print(i, acc)
print(abs(complex(3e200, 4e200)), abs(complex(3e-200, 4e-200)))
print(round((1 + 2j).real), int((7 - 3j).imag), float((1.25 + 0j).real))

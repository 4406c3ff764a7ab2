# Prints results, then fails with an uncaught TypeError from ordering complex numbers.
vals = [1 + 1j, 2 - 1j, -3j, 0.5 + 0j]
for v in vals:
    print(v, abs(v), v.conjugate())
print(max(vals, key=abs), min(vals, key=abs))
print(sorted(vals, key=lambda z: (z.real, z.imag)))
try:
    print(1j < 2j)
except TypeError as e:
    print("caught:", e)
total = 0j
for v in vals:
    total += v
print(total)
print(max(vals))
print("not reached")

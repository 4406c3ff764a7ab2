# Prints a few values and then hits an uncaught float ZeroDivisionError.
vals = [4.0, 2.0, 1.0, 0.5, 0.25]
total = 0.0
for v in vals:
    total += 1.0 / v
    print(v, 1.0 / v, total)
try:
    print(1.0 % 0.0)
except ZeroDivisionError as e:
    print("caught:", e)
def harmonic(xs):
    return len(xs) / sum([1.0 / x for x in xs])
print(harmonic([1.0, 2.0, 4.0]))
print(harmonic([1.0, 0.0]))
print("unreachable")

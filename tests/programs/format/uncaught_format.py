# Prints formatted values, then fails on a bad format code.
rows = [(1, 1.5, "a"), (22, -2.25, "bb"), (333, 1e10, "ccc")]
for n, f, s in rows:
    print(f"{n:>6d}|{n:<6x}|{f:10.3f}|{s:^5}|")
print("{:.2f}".format(2.5))
print("%5.1f%%" % 99.44)
try:
    print(format("text", "d"))
except ValueError as e:
    print("caught:", e)
def table(vals, spec):
    return [format(v, spec) for v in vals]
print(table([1, 2, 3], "03d"))
print(table([0.5, 1.25], ".1f"))
print(table([3.5], "d"))
print("not reached")

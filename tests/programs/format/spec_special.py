# Formatting negative zero, inf and nan, and bigints.
vals = [0.0, -0.0, float("inf"), float("-inf"), float("nan")]
for v in vals:
    print(repr(v), repr(format(v, "")), repr(format(v, "f")), repr(format(v, "+.2e")),
          repr(format(v, "08")), repr(format(v, "^9")), repr(format(v, "G")), repr(format(v, "%")),
          repr(format(v, "z.1f")), repr(format(v, ",")))
print(format(-0.0, ".0f"), format(-0.0001, ".2f"), format(-0.0001, "z.2f"), format(-0.4, "z.0f"), format(-0.6, "z.0f"))
print("%.1f %.0f %e" % (-0.0, -0.0, -0.0))
print(str(-0.0), repr(-0.0), f"{-0.0}", f"{-0.0:g}", round(-0.0, 1), round(-0.4))
big = 3 ** 100
print(format(big, ","), format(-big, "_"), format(big, "x"), format(big, "e"), format(big, ".3g"))
print(format(big, "f")[:20], format(big, ">80")[-10:], format(big, "b")[-10:])
print(format(10**30, ".2%")[:12], format(2**64, "#o"), format(-(2**64), "#X"))
print(format(1e300 * 10, "^+10"), format(-1e300 * 10, "=10"), format(float("nan"), "010"))
print(f"{float('inf'):,.2f}", f"{float('nan'):_}", f"{-float('inf'):z}")

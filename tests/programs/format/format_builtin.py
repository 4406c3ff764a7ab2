# format() builtin and __format__ on simple classes.
print(format(5), format(5, ""), format("s"), format(1.25), format(1.25, ".1f"), format([1], ""))
class Temp:
    def __init__(self, deg):
        self.deg = deg
    def __format__(self, spec):
        if spec == "F":
            return f"{self.deg * 9 / 5 + 32:.1f}F"
        return f"{self.deg:{spec}}C"
    def __str__(self):
        return f"Temp({self.deg})"
    def __repr__(self):
        return "Temp!"
t = Temp(100)
print(format(t, "F"), format(t, ">6"), f"{t}", f"{t:F}", f"{t!s}", f"{t!r}", "{0:F} {0}".format(t))
print(str(t), repr(t), "%s %r" % (t, t), [t])
class Bad:
    def __format__(self, spec):
        return 5
try:
    format(Bad(), "")
except TypeError as e:
    print(type(e).__name__, e)
print(format(12, "_b"), format(-12, "o"), format(3.0, "n"), format(1e6, "n"), format(1234.5, "n"))
print(format(0.1, ".20f"), format(2**0.5, ".17g"), format(1 / 7, ".30f"))
print(format(5e-324, ".1e"), format(1.7976931348623157e308, ".3e"), format(1e-320, "g"))
print(format(1.5, "015.3e"), format(-1.5, "<015.3e") + "|", format(1.5, "+015,.2f"))
print(format(12345.6789, ".0f"), format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"))
print(format(8364, "c"), format(0x1F600, "c"), format(65, "^5c"))
print(format(1e100, ".0f")[:30], len(format(1e100, ".0f")), format(2**53, ".1f"))

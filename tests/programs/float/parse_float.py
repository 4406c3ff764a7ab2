# float() from strings: whitespace, signs, special values, underscores.
for s in ["1.5", " 1.5 ", "\t-2.25\n", "+3", "1e3", "1E-3", ".5", "5.", "1_000.5",
          "inf", "-inf", "+inf", "Infinity", "-INFINITY", "iNf", "nan", "-nan", "NaN",
          "0", "-0", "-0.0", "1e400", "-1e400", "1e-400", "10",
          "  7  ", "00012.50", "1.7976931348623157e308", "4.9e-324", "2e-324",
          "123456789012345678901234567890", "\u0661.\u0662"]:
    print(repr(s), repr(float(s)))
print(float(), float(5), float(-(10**20)), float(True), float(b"2.5"))
def t(s):
    try:
        print(float(s))
    except Exception as e:
        print(type(e).__name__, e)
for bad in ["", " ", "abc", "1.5.5", "1e", "e5", "1_", "_1", "1__0", "0x10",
            "in", "infinit", "nan1", "1 5", "--1", "1,5", "\x00"]:
    t(bad)
t(None)
t([1.0])
t(b"x")
print(float.fromhex("0x1p4"), float(" -1E+2 "))

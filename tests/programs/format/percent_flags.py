# %-format widths and flags, and * widths.
for spec in ["%5d", "%-5d", "%05d", "%+d", "% d", "%+05d", "%-+5d", "% 05d", "%#5x", "%#05x", "%-#8o"]:
    print(repr(spec), repr(spec % 42), repr(spec % -42))
for spec in ["%8.3f", "%-8.3f", "%08.3f", "%+.2f", "% .2f", "%#.0f", "%.0f", "%#g", "%#.3g", "%-10.2e"]:
    print(repr(spec), repr(spec % 3.14159), repr(spec % -2.5))
print(repr("%*d" % (6, 42)), repr("%-*d" % (6, 42)), repr("%.*f" % (2, 3.14159)), repr("%*.*f" % (9, 3, 2.5)))
print(repr("%*d" % (-6, 42)))
print(repr("%10s|%-10s|%.2s" % ("right", "left", "trunc")))
print(repr("%5c|%-5c" % ("x", 65)))
print(repr("%010.3f" % float("inf")), repr("%-6f" % float("nan")), repr("%+f" % float("inf")))
print(repr("%#x %#o %#X" % (0, 0, 0)), repr("%05s" % "ab"), repr("%+s" % "ab"))
print(repr("%3d|%3d|%3d" % (1, 22, 4444)))
print(repr("%.3d" % 5), repr("%.3x" % 5), repr("%8.3d" % -5), repr("%-8.3d|" % 5))
print(repr("%ld %lx %hd" % (1, 255, 3)))
for v in [0, 7, -7, 2**40, -(10**20)]:
    print(repr("%+6d|%-6d|%06d|% 6d" % (v, v, v, v)))
for v in [0.5, -0.0, 1e-7, 1234567.891]:
    print(repr("%10.4f|%-10.2e|%+g|%010.1f" % (v, v, v, v)))
print(repr("%#o %#x %#X" % (-8, -255, 3054)))

# Format-spec mini-language on floats.
x = 1234.5678
for spec in ["", "f", ".2f", ".0f", "#.0f", "10.2f", "<10.2f", "^12.3f", "=+12.2f", "012.2f",
             "+.3f", " .3f", ",.2f", "_.3f", ",", "e", ".3e", "E", "g", ".3g", ".10g", "#g",
             "G", "%", ".1%", "n", ".2", ".6", "15", "*>15.1f", "F", "#.3g", ".0e", "#.0e", "-"]:
    print(repr(spec), repr(format(x, spec)), repr(format(-x, spec)))
for v in [0.0, -0.0, 0.5, 1.5, 2.5, 1e-5, 1e16, 1.5e300, 123456789.0, 0.1, 1 / 3, 5e-324]:
    print(repr(v), format(v, ""), format(v, "g"), format(v, ".2f"), format(v, ".3e"), format(v, ".4"), format(v, "%"))
print(format(1e16, ""), format(1e16, "g"), format(1e15, "g"), format(123456.0, "g"), format(1234567.0, "g"))
print(format(0.0001, "g"), format(0.00001, "g"), format(0.0001, ""), format(0.00001, ".3"))
print(format(100.0, ".2"), format(100.0, ".3"), format(100.0, ".0"), format(99.5, ".2"), format(1.0, ".0"))
print(format(2.675, ".2f"), format(0.125, ".2f"), format(0.375, ".2f"), format(1e22, ".1f"))
print(format(12.0, "#g"), format(12.0, "#"), format(12.0, "#.0f"), format(12.0, ".0f"))
print(f"{3.14159:.2f}|{3.14159:8.3f}|{-3.14159:+.1e}|{2.5:^9}|{1e-7}|{1e-7:f}")
print(f"{1234567.891:,.2f}|{1234567.891:_.1f}|{0.5:.0%}|{-0.0:.1f}|{-0.001:.1f}")

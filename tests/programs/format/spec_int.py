# Format-spec mini-language on ints.
n = 1234567
for spec in ["", "d", "10", "<10", ">10", "^10", "=10", "010", "+", "-", " ", "+10", "=+10",
             ",", "_", "15,", "015,", "b", "#b", "o", "#o", "x", "#x", "X", "#X", "_b", "_x",
             "#_x", "c", "n", "e", ".2e", "f", ".1f", "g", "%", ".0%", "E", "G", "*^15,", "0>9",
             "#012x", "+#x", "=12", " 12,", "_o", "F"]:
    if spec == "c":
        print(repr(spec), repr(format(65, spec)))
        continue
    print(repr(spec), repr(format(n, spec)), repr(format(-n, spec)))
for v in [0, -0, 1, -1, 2**64, -(2**100), 10**20]:
    print(format(v, ","), format(v, "_x"), format(v, "+#b")[:20], format(v, "e"), format(v, "^+9"))
print(format(True, ""), format(True, "d"), format(False, ">5"), format(True, "x"), format(True, "f"))
print(f"{255:#010b}|{255:08x}|{-5:05}|{-5:<05}|{5:=^7}")
print(f"{10**18:,}", f"{-(10**18):_}", f"{12345:010,}", f"{12345:09_}")

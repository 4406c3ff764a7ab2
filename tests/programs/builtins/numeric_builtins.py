# abs, round, divmod, pow, hex/oct/bin, chr/ord, bool/int/float conversions.
print(abs(-5), abs(5.5), abs(-0.0), abs(3 - 4j), abs(True), abs(-(10**30)))
print(round(3.7), round(-3.7), round(2.5), round(3.5), round(3.14159, 2), round(1234, -2), round(-0.5))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(10**20, 7), divmod(True, 2))
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(3, -1, 11), pow(2.0, 3), pow(-8, 1 / 3) == (-8) ** (1 / 3))
print(hex(255), oct(255), bin(255), hex(-1), bin(0), oct(-(2**40)))
print(chr(65), chr(0x263A), ord("A"), ord("☺"), chr(ord("a") + 25))
print(int(3.9), int(-3.9), int("12"), int("ff", 16), int(True), float(3), float("2.5"), float(" -inf "))
print(bool(0), bool(0.0), bool(0j), bool(""), bool([]), bool(None), bool("False"), bool(-1), bool([0]))
print(complex(1, 2), complex("3-4j"), str(3.0), str(10**20), repr(1e-5), int(-0.0))
class Num:
    def __index__(self):
        return 7
    def __abs__(self):
        return "absolute"
    def __round__(self, n=None):
        return ("rounded", n)
n = Num()
print(abs(n), round(n), round(n, 2), hex(n), bin(n), [10, 20, 30, 40, 50, 60, 70, 80][n], range(n))
for bad in [lambda: abs("x"), lambda: round("x"), lambda: divmod("a", 1), lambda: pow("a", 2), lambda: chr(-1), lambda: chr("a")]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# sys version and platform information: struct sequences and constants.
import sys

def check(label, f):
    try:
        print(label, "->", repr(f()))
    except (TypeError, ValueError, AttributeError) as e:
        print(label, "->", type(e).__name__ + ":", e)

vi = sys.version_info
print(vi, vi[:2], vi.major, vi.minor, vi.micro, vi.releaselevel, vi.serial)
print(len(vi), tuple(vi), vi >= (3, 8), vi < (4,), vi > (3, 12, 0), vi == (3, 12, 1, "final", 0))
print(type(vi), type(vi).__name__, isinstance(vi, tuple), vi.index(12), vi.count(3), 12 in vi)
major, minor, *rest = vi
print(major, minor, rest, vi[-1], vi[1:3], hash(vi) == hash(tuple(vi)))
print(sys.hexversion, sys.hexversion >> 24, (sys.hexversion >> 16) & 255, type(sys.version).__name__, sys.version[:5])
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1, sys.maxunicode, sys.byteorder, sys.platform)
fi = sys.float_info
print(fi)
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.max_exp, fi.min_exp, fi.radix, fi.rounds, fi[0] == fi.max)
print(fi.max == 1.7976931348623157e308, fi.epsilon == 2.0 ** -52, len(fi), type(fi).__name__)
print(sys.int_info, sys.int_info.default_max_str_digits, sys.get_int_max_str_digits())
hi = sys.hash_info
print(hi.width, hi.modulus == 2 ** 61 - 1, hi.inf, hi.nan, hi.imag, hash(float("inf")) == hi.inf, len(hi))
fl = sys.flags
print(fl.debug, fl.optimize, fl.verbose, fl.quiet, fl.isolated, fl.dev_mode, fl.int_max_str_digits, len(fl))
print(type(fl).__name__, type(sys.implementation).__name__, isinstance(sys.implementation.name, str))
print(hasattr(sys.implementation, "version"), hasattr(sys.implementation, "cache_tag"), hasattr(sys.implementation, "hexversion"))
print(isinstance(sys.executable, str), sys.float_repr_style, sys.getdefaultencoding(), sys.getfilesystemencoding())
check("vi.major = 4", lambda: setattr(vi, "major", 4))
check("vi.nope", lambda: vi.nope)
check("type(vi)()", lambda: type(vi)())
check("type(vi)(vi)", lambda: type(vi)(vi))
check("type(sys.flags)(range(18))", lambda: type(sys.flags)(range(18)))
check("type(fi)(range(11))", lambda: type(fi)(range(11)))
check("type(fi)(range(3))", lambda: type(fi)(range(3)))
print(type(sys.int_info)((1, 2, 3, 4)))

# sys module basics.
import sys
print(sys.argv[0].endswith(".py"), sys.argv[0].endswith("sys_basic.py"), len(sys.argv), type(sys.argv).__name__)
print(sys.version_info[:2] == (3, 12), sys.version_info.major, sys.version_info.minor, sys.version_info[0])
print(sys.version_info >= (3, 8), sys.version_info < (4,), type(sys.version).__name__, sys.version.startswith("3.12"))
print(sys.maxsize, sys.maxsize == 2**63 - 1, -sys.maxsize - 1)
print(sys.platform, type(sys.platform).__name__)
print(sys.getrecursionlimit() >= 1000, type(sys.getrecursionlimit()).__name__)
print(type(sys.path).__name__, all([isinstance(p, str) for p in sys.path]))
print("sys" in sys.modules, "math" in sys.modules, type(sys.modules).__name__)
import math
print("math" in sys.modules, sys.modules["math"] is math, sys.modules["sys"] is sys)
n = sys.stdout.write("abc\n")
print(n, sys.stdout.write(""), sys.stdout.write("é\n"))
sys.stdout.flush()
print(sys.byteorder, sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit > 0, sys.hash_info.width, sys.hash_info.modulus == 2**61 - 1, sys.hash_info.inf)
print(sys.maxunicode, sys.get_int_max_str_digits(), sys.flags.optimize)
print(type(sys.stdin).__name__ != "", hasattr(sys.stdout, "write"), hasattr(sys, "exit"))
print(sys.implementation.name != "", isinstance(sys.executable, str), isinstance(sys.exc_info(), tuple))
try:
    raise ValueError("inside")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v)
print(sys.exc_info(), sys.exception())

# sys functions: intern, getsizeof (fixed-size objects), encodings, builtins module.
import sys
import builtins

def check(label, f):
    try:
        print(label, "->", repr(f()))
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__ + ":", e)

a = sys.intern("hello world")
b = sys.intern("hello " + "world")
print(a, a == b, a is b, sys.intern("xy" * 3) is sys.intern("xyxyxy"))
check("intern(1)", lambda: sys.intern(1))
check("intern()", lambda: sys.intern())
check("intern(s='a')", lambda: sys.intern(s="a"))
for v in [None, True, False, 0, 1, -1, 2 ** 30 - 1, 2 ** 30, 2 ** 62, 2 ** 63, 2 ** 100, -2 ** 100, 1.5, 2j,
          "", "abc", "x" * 100, b"", b"abcd", (), (1, 2, 3), tuple(range(10)), [], {}, set(), frozenset(), range(5)]:
    print(type(v).__name__, sys.getsizeof(v))
print(sys.getsizeof(1, 99), sys.getsizeof(object=2.0), sys.getsizeof(3.0, default=5))
check("getsizeof()", lambda: sys.getsizeof())
check("getsizeof(1, 2, 3)", lambda: sys.getsizeof(1, 2, 3))
check("getsizeof(x=1)", lambda: sys.getsizeof(x=1))
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(sys.getswitchinterval(), sys.is_finalizing(), sys.get_int_max_str_digits())
check("getdefaultencoding(1)", lambda: sys.getdefaultencoding(1))
print("builtins" in sys.modules, sys.modules["builtins"] is builtins, builtins.__name__)
print(builtins.len("abcd"), builtins.abs(-3), builtins.int is int)
builtins.my_global_helper = lambda x: x * 2
print(my_global_helper(21))
del builtins.my_global_helper
try:
    my_global_helper(1)
except NameError as e:
    print("NameError", e)
print(type(sys.argv).__name__, type(sys.path).__name__, sys.warnoptions, sys.dont_write_bytecode)
print(sys.getrecursionlimit() >= 1000, sys.exc_info(), sys.exception())
for label, f in [("exit(1, 2)", lambda: sys.exit(1, 2)), ("exit(code=1)", lambda: sys.exit(code=1)),
                 ("exit(5)", lambda: sys.exit(5)), ("exc_info(1)", lambda: sys.exc_info(1)),
                 ("setrecursionlimit()", lambda: sys.setrecursionlimit()),
                 ("setrecursionlimit(1.5)", lambda: sys.setrecursionlimit(1.5)),
                 ("setrecursionlimit(2**70)", lambda: sys.setrecursionlimit(2 ** 70)),
                 ("setrecursionlimit(n=5)", lambda: sys.setrecursionlimit(n=5))]:
    try:
        f()
    except BaseException as e:
        print(label, type(e).__name__, e)

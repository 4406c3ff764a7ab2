# from m import * with and without __all__, and broken __all__ lists.
import sys

def run(src):
    ns = {}
    try:
        exec(src, ns)
    except Exception as e:
        print("  ", type(e).__name__, e)
    return sorted(k for k in ns if k != "__builtins__")

print(run("from shop_pkg import *"))
import shop_pkg
print(shop_pkg.__all__)

mod = type(sys)("plain_mod")
mod.a = 1
mod._b = 2
mod.__c = 3
mod.func = len
sys.modules["plain_mod"] = mod
print(run("from plain_mod import *"))

mod.__all__ = ["a", "_b"]
print(run("from plain_mod import *"))

mod.__all__ = ("func", "missing_name")
print(run("from plain_mod import *"))

mod.__all__ = ["a", 5]
print(run("from plain_mod import *"))

mod.__all__ = []
print(run("from plain_mod import *"))

del mod.__all__
mod.__dict__["x_public"] = "p"
print(run("from plain_mod import *"))

# star import of a package imports the submodules named in __all__
pkg = type(sys)("star_pkg_demo")
pkg.__path__ = []
pkg.__all__ = ["value"]
pkg.value = "v"
sys.modules["star_pkg_demo"] = pkg
print(run("from star_pkg_demo import *"))

def inner():
    exec("from plain_mod import *")
    return "ok"
print(inner())
try:
    exec("def f():\n    from plain_mod import *\n")
except SyntaxError as e:
    print(type(e).__name__, e.msg)

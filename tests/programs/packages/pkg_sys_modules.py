# sys.modules as the import cache.
import sys
import shop_pkg.util as util
print(util.RATE, sys.modules["shop_pkg.util"] is util)

# deleting the cache entry forces a re-import (the module body runs again)
del sys.modules["shop_pkg.util"]
import shop_pkg.util as util2
print(util2 is util, util2.RATE, sys.modules["shop_pkg.util"] is util2)
print(util2.fmt is util.fmt, util2.fmt(250) == util.fmt(250))

# the package attribute now refers to the new module
import shop_pkg
print(shop_pkg.util is util2)

# any object placed in sys.modules is returned by import
class Fake:
    answer = 42
    def __repr__(self):
        return "<Fake module>"
sys.modules["fake_mod"] = Fake()
import fake_mod
print(fake_mod, fake_mod.answer)
from fake_mod import answer
print(answer)
try:
    from fake_mod import question
except ImportError as e:
    print(type(e).__name__, e)

# a module object made by hand
mod = type(sys)("handmade", "a handmade module")
print(mod, mod.__doc__, mod.__name__)
mod.x = [1, 2]
sys.modules["handmade"] = mod
import handmade
print(handmade is mod, handmade.x)
print(sorted(vars(mod)))

# None in sys.modules blocks an import
sys.modules["blocked_mod"] = None
try:
    import blocked_mod
except ImportError as e:
    print(type(e).__name__, e, e.name)
del sys.modules["blocked_mod"]
try:
    import blocked_mod
except ImportError as e:
    print(type(e).__name__, e, e.name)

# module attributes are the module's namespace
print(mod.__dict__ is vars(mod), "x" in mod.__dict__)
mod.__dict__["y"] = "via dict"
print(mod.y)
try:
    mod.nothing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    type(sys)()
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(sys)(5)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(type(sys)("m2")), type(sys).__name__)
for name in ("handmade", "fake_mod"):
    del sys.modules[name]
print("handmade" in sys.modules, "fake_mod" in sys.modules)

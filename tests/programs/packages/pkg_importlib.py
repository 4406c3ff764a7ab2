# importlib.import_module and importlib.reload.
import importlib
import sys

m = importlib.import_module("shop_pkg.models")
print(m.__name__, m is sys.modules["shop_pkg.models"])
print(importlib.import_module("shop_pkg") is sys.modules["shop_pkg"])

r = importlib.import_module(".reports", "shop_pkg")
print(r.__name__, r.TITLE)
s = importlib.import_module("..pricing", "shop_pkg.reports")
print(s.__name__)
leaf = importlib.import_module(".deep.leaf", package="shop_pkg.reports")
print(leaf.__name__, leaf.info()[2])
print(importlib.import_module("math").sqrt(16.0))

for args in [(".models",), ("..x", "shop_pkg"), ("",), ("nosuch_module_xyz",),
             ("shop_pkg.nosuch",), ("shop_pkg.util.deeper",), (".models", "")]:
    try:
        importlib.import_module(*args)
    except Exception as e:
        print(type(e).__name__, e)

# reload re-executes the module body in the same module object
import reload_pkg.counter as counter
print(counter.get())
counter.state = "modified"
counter.extra = "kept"
print(counter.get())
again = importlib.reload(counter)
print(again is counter, counter.get(), counter.extra)
print(importlib.reload(counter).get())

for bad in [42, "reload_pkg.counter", None]:
    try:
        importlib.reload(bad)
    except TypeError as e:
        print(type(e).__name__, e)

orphan = type(sys)("orphan_mod")
try:
    importlib.reload(orphan)
except ImportError as e:
    print(type(e).__name__, e, e.name)

importlib.invalidate_caches()
print(sorted(importlib.__all__))
print(importlib.__name__, importlib.__package__)
import importlib.util
print(importlib.util.resolve_name(".models", "shop_pkg"))
print(importlib.util.resolve_name("..util", "shop_pkg.reports"))
print(importlib.util.resolve_name("abs.name", None))
try:
    importlib.util.resolve_name(".x", None)
except ImportError as e:
    print(type(e).__name__, e)
try:
    importlib.util.resolve_name("...x", "a.b")
except ImportError as e:
    print(type(e).__name__, e)

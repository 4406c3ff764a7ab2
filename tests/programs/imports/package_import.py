import a_pkg.sub_mod
print("imported a_pkg.sub_mod")
print(a_pkg.x)
print(a_pkg.sub_mod.func())
print(a_pkg.sub_mod.package_name, a_pkg.sub_mod.__name__, a_pkg.__name__)
print(a_pkg.other_mod.thing)
from a_pkg import x
print(x)
from a_pkg import sub_mod
print(sub_mod is a_pkg.sub_mod)
from a_pkg.sub_mod import func
print(func())
import a_pkg
print(hasattr(a_pkg, "sub_mod"), hasattr(a_pkg, "other_mod"))
import sys
print(sorted([m for m in sys.modules if m.startswith("a_pkg")]))
print(a_pkg.__package__, a_pkg.sub_mod.__package__)
a_pkg.pkg_counter += 5
from a_pkg import pkg_counter
print(pkg_counter)
try:
    import a_pkg.missing_mod
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)

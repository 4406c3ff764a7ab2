# Module specs, loaders and importlib.util.
import sys
import importlib.util
import importlib.machinery

def base(p):
    return p.replace("\\", "/").rsplit("/", 1)[-1]

import shop_pkg.reports.summary as summary
spec = summary.__spec__
print(spec.name, spec.parent, base(spec.origin), spec.submodule_search_locations)
print(spec.has_location, spec.loader is summary.__loader__, type(spec).__name__)
print(spec.loader.name, base(spec.loader.get_filename()), spec.loader.is_package("shop_pkg.reports.summary"))

import shop_pkg.reports as reports
rs = reports.__spec__
print(rs.name, rs.parent, base(rs.origin), [base(p) for p in rs.submodule_search_locations])
print(reports.__spec__.loader.is_package("shop_pkg.reports"))
print(sys.__spec__.name, sys.__spec__.origin, sys.__spec__.parent == "")
print(__spec__, __package__, __name__)

found = importlib.util.find_spec("shop_pkg.pricing")
print(found.name, base(found.origin), "shop_pkg.pricing" in sys.modules)
print(importlib.util.find_spec("shop_pkg.reports.deep").submodule_search_locations is not None)
print(importlib.util.find_spec("no_such_module_abc"))
print(importlib.util.find_spec("shop_pkg.no_such"))
print(importlib.util.find_spec(".util", "shop_pkg").name)
print(importlib.util.find_spec("math").name)
print(importlib.util.find_spec("sys") is sys.__spec__)

# load a module from a spec by hand
mod = importlib.util.module_from_spec(found)
print(type(mod).__name__, mod.__name__, mod.__package__, hasattr(mod, "total"))
found.loader.exec_module(mod)
print(hasattr(mod, "total"), mod.total(mod.make(("x", 3), ("y", 4))))
print(mod is sys.modules.get("shop_pkg.pricing"), "shop_pkg.pricing" in sys.modules)

path = summary.__file__.replace("summary.py", "../util.py")
spec2 = importlib.util.spec_from_file_location("util_copy", path)
print(spec2.name, spec2.parent == "", spec2.submodule_search_locations)
m2 = importlib.util.module_from_spec(spec2)
spec2.loader.exec_module(m2)
print(m2.__name__, m2.fmt(101), base(m2.__file__), "util_copy" in sys.modules)
print(importlib.util.spec_from_file_location("x", "data.txt"))

ms = importlib.machinery.ModuleSpec("pkg.sub", None)
print(ms.name, ms.parent, ms.loader, ms.origin, ms.submodule_search_locations)
ms2 = importlib.machinery.ModuleSpec("pkg", None, origin="somewhere", is_package=True)
print(ms2.parent, ms2.submodule_search_locations, ms2.origin, ms2.has_location)
print(ms)
print(".py" in importlib.machinery.SOURCE_SUFFIXES)

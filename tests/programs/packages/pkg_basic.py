# Packages: __init__ execution, submodules as attributes, dotted imports.
import sys

def base(path):
    return path.replace("\\", "/").rsplit("/", 1)[-1]

print("shop_pkg" in sys.modules)
import shop_pkg
print("shop_pkg" in sys.modules, "shop_pkg.models" in sys.modules)
print(shop_pkg.__name__, shop_pkg.__package__, shop_pkg.__doc__)
print(base(shop_pkg.__file__), [base(p) for p in shop_pkg.__path__])
print(shop_pkg.VERSION, shop_pkg.Item("pen", 150))
print(shop_pkg.models.Item is shop_pkg.Item, shop_pkg.util.fmt(1999))
print(hasattr(shop_pkg, "pricing"), "shop_pkg.pricing" in sys.modules)

import shop_pkg.pricing
print(hasattr(shop_pkg, "pricing"), shop_pkg.pricing.__name__, shop_pkg.pricing.__package__)
items = shop_pkg.models.make(("ink", 250), ("pad", 99))
print(shop_pkg.pricing.total(items), shop_pkg.pricing.with_tax(items))
print(shop_pkg.pricing.describe(items))

# import a.b.c binds only the top-level name
def binds():
    import shop_pkg.reports.summary
    return sorted(k for k in locals())
print(binds())
print(shop_pkg.reports.summary.summarize(items))

# import a.b as c binds the submodule itself
import shop_pkg.reports.summary as summ
print(summ is sys.modules["shop_pkg.reports.summary"], summ.names())
from shop_pkg.reports import summary
print(summary is summ)
from shop_pkg import reports as r
print(r.TITLE, r.fmt(5), r.models is shop_pkg.models)

# modules are not packages unless they have __path__
print(hasattr(shop_pkg, "__path__"), hasattr(shop_pkg.util, "__path__"))
print(type(shop_pkg).__name__, type(shop_pkg.util) is type(sys))
print(sorted(m for m in sys.modules if m.startswith("shop_pkg")))
print(sorted(k for k in vars(shop_pkg) if not k.startswith("__")))
print(sorted(k for k in dir(shop_pkg.util) if k.startswith("__") and k != "__builtins__"))
print(base(shop_pkg.util.__file__), type(shop_pkg.util.__loader__).__name__)

# deleting the attribute does not unload the module
del shop_pkg.util
print(hasattr(shop_pkg, "util"), "shop_pkg.util" in sys.modules)
import shop_pkg.util
print(hasattr(shop_pkg, "util"))
from shop_pkg import util as u2
print(u2 is sys.modules["shop_pkg.util"], u2.RATE)

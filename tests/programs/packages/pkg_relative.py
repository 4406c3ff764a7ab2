# Relative imports at several depths.
import shop_pkg.reports.deep.leaf as leaf
print(leaf.info())
print(leaf.__package__, leaf.__spec__.parent, leaf.__spec__.name)

import shop_pkg.reports as reports
print(reports.__package__, reports.__spec__.parent, reports.__spec__.name)
print(reports.TITLE, reports.fmt(12345))
print(sorted(k for k in vars(reports) if not k.startswith("_")))

from shop_pkg.reports.summary import names, summarize
print(names())
from shop_pkg.models import make
print(summarize(make(("a", 100), ("b", 250), ("c", 5))))

import shop_pkg.pricing as pricing
print(pricing.format_price(405), pricing.RATE, pricing.util is reports.summary.pricing.util)
print(pricing.Item is leaf.Item is reports.models.Item)

# attributes added to the package by submodule imports
import shop_pkg
print(sorted(k for k in vars(shop_pkg) if not k.startswith("_")))
print(sorted(k for k in vars(shop_pkg.reports.deep) if not k.startswith("_")))

# relative import that climbs above the top-level package
try:
    import shop_pkg.reports.deep.beyond
except ImportError as e:
    print(type(e).__name__, e)
import sys
print("shop_pkg.reports.deep.beyond" in sys.modules)

# relative import in the main script
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .shop_pkg import models
except ImportError as e:
    print(type(e).__name__, e)
print(__package__, __spec__)

# An import of a missing submodule that nobody catches.
import shop_pkg
import shop_pkg.reports
print("loaded", sorted(m for m in __import__("sys").modules if m.startswith("shop_pkg")))
try:
    import shop_pkg.util.more
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from shop_pkg.reports import no_such_thing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
print("about to fail")
import shop_pkg.reports.missing_report
print("not reached")

# Module-level __getattr__ and __dir__ (PEP 562), lazy submodules.
import sys
import lazy_pkg
print(lazy_pkg.__doc__, lazy_pkg.loaded)
print(lazy_pkg.computed, "lazy_pkg.heavy" in sys.modules)
h = lazy_pkg.heavy
print(h.DATA, lazy_pkg.loaded, "lazy_pkg.heavy" in sys.modules)
# after the import the submodule is a real attribute: __getattr__ is not called again
print(lazy_pkg.heavy is h, lazy_pkg.loaded)
print(getattr(lazy_pkg, "light").DATA, lazy_pkg.loaded)
try:
    lazy_pkg.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(lazy_pkg, "missing", "default"), hasattr(lazy_pkg, "computed"), hasattr(lazy_pkg, "nope"))
print([n for n in dir(lazy_pkg) if not n.startswith("__")])
from lazy_pkg import computed
print(computed)
try:
    from lazy_pkg import absent
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])

# a module built by hand with __getattr__ for deprecations
mod = type(sys)("compat")
warnings_seen = []
def _getattr(name):
    renamed = {"old_name": "new_name"}
    if name in renamed:
        warnings_seen.append(name)
        return getattr(mod, renamed[name])
    raise AttributeError(f"module 'compat' has no attribute {name!r}")
mod.__getattr__ = _getattr
mod.new_name = "the new thing"
print(mod.old_name, mod.new_name, warnings_seen)
try:
    mod.other
except AttributeError as e:
    print(type(e).__name__, e)

# __getattr__ raising something else propagates
def bad(name):
    raise KeyError(name)
mod.__getattr__ = bad
try:
    mod.zzz
except KeyError as e:
    print(type(e).__name__, e)
try:
    getattr(mod, "zzz", None)
except KeyError as e:
    print("getattr default does not hide", type(e).__name__)

# __dir__ must return an iterable; dir() sorts it
mod.__dir__ = lambda: ["b", "a", "c"]
print(dir(mod))
mod.__dir__ = lambda: 5
try:
    dir(mod)
except TypeError as e:
    print(type(e).__name__, e)
del mod.__dir__
print([n for n in dir(mod) if not n.startswith("_")])
# __getattr__ is not consulted for names found normally
print(mod.__name__, mod.new_name)

"""Lazily loaded package (PEP 562)."""
import importlib
_submodules = ["heavy", "light"]
loaded = []
def __getattr__(name):
    if name in _submodules:
        loaded.append(name)
        return importlib.import_module("." + name, __name__)
    if name == "computed":
        return 6 * 7
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
def __dir__():
    return sorted(list(globals()) + _submodules + ["computed"])

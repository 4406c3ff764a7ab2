print("trying imports")
try:
    import nosuchmod
except ModuleNotFoundError as e:
    print(type(e).__name__, e, "| name:", e.name)
try:
    from nosuchmod import thing
except ImportError as e:
    print(type(e).__name__, e, "| is ModuleNotFoundError:", isinstance(e, ModuleNotFoundError))
try:
    import a_pkg.nope_mod
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    import nosuchpkg.child
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    import helper_mod.child
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from helper_mod import nonexistent_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
try:
    from a_pkg import not_there
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
import sys
print("nosuchmod" in sys.modules)
print(issubclass(ModuleNotFoundError, ImportError))

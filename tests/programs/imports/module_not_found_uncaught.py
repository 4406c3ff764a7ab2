import helper_mod
print("helper loaded:", helper_mod.VALUE)
import math
print(math.sqrt(49))
try:
    import also_missing_mod
except ImportError as e:
    print("caught:", e)
from helper_mod import greet
print(greet("before failure"))
import sys
print("nosuchmod" in sys.modules, "helper_mod" in sys.modules)
for name in ("helper_mod", "math"):
    print(name, "loaded:", name in sys.modules)
print("now importing a module that does not exist")
import nosuchmod
print("never printed")

from helper_mod import VALUE, greet
from helper_mod import name as helper_name, Thing
print(VALUE, helper_name)
print(greet("from-import"))
print(Thing("t"))
from helper_mod import calls, record
record(1)
record(2)
print(calls)
import helper_mod
print(calls is helper_mod.calls)
VALUE = 0
print(VALUE, helper_mod.VALUE)
helper_mod.VALUE = 100
print(VALUE, helper_mod.VALUE)
try:
    from helper_mod import does_not_exist
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
from math import pi, sqrt
print(pi, sqrt(2))
from helper_mod import (
    greet as g2,
    VALUE as V2,
)
print(g2("parens"), V2)
def local_import():
    from helper_mod import name
    return name
print(local_import())
print("name" in globals(), "helper_name" in globals())

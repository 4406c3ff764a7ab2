print("before import")
import helper_mod
print("after import")
print(helper_mod.VALUE, helper_mod.name)
print(helper_mod.greet("main"))
print(helper_mod.Thing(3))
print(helper_mod.record("a"), helper_mod.record("b"), helper_mod.calls)
print(helper_mod.__name__, helper_mod.__doc__)
print(type(helper_mod).__name__)
print(helper_mod._private)
helper_mod.VALUE += 1
print(helper_mod.VALUE)
helper_mod.new_attr = "added by importer"
print(helper_mod.new_attr)
try:
    helper_mod.missing
except AttributeError as e:
    print(type(e).__name__, e)
import sys, math
print(math.floor(2.5), sys.modules["helper_mod"] is helper_mod)
def use_in_function():
    return helper_mod.greet("function")
print(use_in_function())
print(sorted([n for n in vars(helper_mod) if not n.startswith("__")]))

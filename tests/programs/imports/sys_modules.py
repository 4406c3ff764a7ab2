import sys
print("helper_mod" in sys.modules)
import helper_mod
print("helper_mod" in sys.modules, sys.modules["helper_mod"] is helper_mod)
print("sys" in sys.modules, "__main__" in sys.modules, "builtins" in sys.modules)
print(type(sys.modules).__name__)
del sys.modules["helper_mod"]
print("helper_mod" in sys.modules)
old = helper_mod
import helper_mod
print("re-imported after removal from sys.modules:", helper_mod is not old)
print(sys.modules.get("nosuch_thing_mod"))
fake = type(sys)("fake_mod")
fake.answer = 41
sys.modules["fake_mod"] = fake
import fake_mod
print(fake_mod.answer + 1, fake_mod.__name__)
print(type(fake).__name__)
print("a_pkg" in sys.modules, "a_pkg.sub_mod" in sys.modules)
from a_pkg import sub_mod
print("a_pkg" in sys.modules, "a_pkg.sub_mod" in sys.modules, "a_pkg.other_mod" in sys.modules)
sys.modules["blocked_mod"] = None
try:
    import blocked_mod
except ImportError as e:
    print(type(e).__name__, e)

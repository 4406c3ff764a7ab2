print("a_pkg.sub_mod running, __name__ =", __name__)
from . import other_mod
from .other_mod import thing
def func():
    return "a_pkg.sub_mod.func using " + thing
package_name = __package__

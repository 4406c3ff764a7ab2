import sys
print("first import:")
import helper_mod
print("second import:")
import helper_mod
print("from-import after import:")
from helper_mod import VALUE
print("import inside a function:")
def again():
    import helper_mod
    return helper_mod
mod = again()
print(mod is helper_mod)
for i in range(3):
    import helper_mod
print("loop imports done")
print("package imported twice:")
import a_pkg
import a_pkg
import a_pkg.sub_mod
import a_pkg.sub_mod
print("done")
helper_mod.VALUE = "changed"
import helper_mod
print(helper_mod.VALUE)
del helper_mod
print("helper_mod" in globals())
import helper_mod
print(helper_mod.VALUE)

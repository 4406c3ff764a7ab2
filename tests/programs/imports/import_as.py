import helper_mod as hm
print(hm.VALUE, hm.__name__)
try:
    helper_mod
except NameError as e:
    print(type(e).__name__, e)
from helper_mod import greet as hello, VALUE as answer
print(hello("alias"), answer)
import a_pkg.sub_mod as sm
print(sm.func(), sm.__name__)
try:
    a_pkg
except NameError as e:
    print(type(e).__name__, e)
import math as m, sys as system
print(m.sqrt(81), system.modules["helper_mod"] is hm)
import helper_mod
print(helper_mod is hm)
from a_pkg import sub_mod as sm2, x as pkg_x
print(sm2 is sm, pkg_x)
import a_pkg
print(a_pkg.sub_mod is sm)
def f():
    import helper_mod as inner_alias
    return inner_alias.name
print(f())
print("inner_alias" in globals())

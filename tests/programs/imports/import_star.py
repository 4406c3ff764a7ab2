from star_mod import *
print(public_a, exported_func())
try:
    public_b
except NameError as e:
    print(type(e).__name__, e)
try:
    _hidden
except NameError as e:
    print(type(e).__name__, e)
from nostar_all_mod import *
print(visible, helper())
try:
    _underscored
except NameError as e:
    print(type(e).__name__, e)
import star_mod
print(star_mod.__all__, star_mod.public_b, star_mod._hidden)
from star_mod import _hidden
print(_hidden)
print(sorted([n for n in globals() if not n.startswith("__")]))

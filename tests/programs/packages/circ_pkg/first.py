print("first: start")
from circ_pkg.second import helper
def value():
    return "first.value"

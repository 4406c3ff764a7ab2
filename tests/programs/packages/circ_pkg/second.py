print("second: start")
from circ_pkg.first import value
def helper():
    return value()

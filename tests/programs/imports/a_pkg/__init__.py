print("a_pkg/__init__ running, __name__ =", __name__)
x = "x from a_pkg"
pkg_counter = 0

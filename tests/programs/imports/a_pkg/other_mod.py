print("a_pkg.other_mod running, __name__ =", __name__)
thing = "other_mod.thing"

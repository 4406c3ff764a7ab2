# Cycles through split instance dicts are collected; a namespace taken
# with vars() keeps working after its instance is gone.
import gc


class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


a = A("a")
b = A("b")
a.other = b
b.other = a
del a, b
gc.collect()
print("after cycle")

c = A("c")
ns = vars(c)
c.self_ref = c
del c
gc.collect()
print("after self cycle", sorted(ns))

d = A("d")
ns = vars(d)
del d
print(sorted(ns), ns["name"])
ns["x"] = 1
print(sorted(ns))

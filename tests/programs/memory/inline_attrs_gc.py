# Cycles through instance attributes (inline, or in a dict object taken
# through __dict__) are found and freed by the cycle collector.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


class Noisy:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print("del", self.name)


gc.collect()
a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("collected inline cycle:", gc.collect() >= 2)

c = Node("c")
c.other = c
c.__dict__["via_dict"] = c
del c
print("collected dict cycle:", gc.collect() >= 1)

n = Noisy("n1")
del n
gc.collect()
print("after collect")

many = []
for i in range(1000):
    x = Node(i)
    x.other = x
    many.append(x)
del many, x
print("collected many:", gc.collect() >= 1000)

# a finalizer that resurrects attributes keeps them intact
keep = []


class Res:
    def __init__(self):
        self.payload = [1, 2, 3]
        self.me = self

    def __del__(self):
        keep.append(self.payload)


r = Res()
del r
gc.collect()
print(keep)

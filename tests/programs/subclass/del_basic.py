# __del__ runs when the last reference goes away.
class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)

a = Res("a")
b = a
del a
print("a deleted, b still holds it")
del b
print("after del b")

x = Res("x1")
x = Res("x2")
print("rebound x")
x = None
print("x is None")

def work():
    r = Res("local")
    print("working with", r.name)
    return 42
print("work returned", work())

def make():
    return Res("temp")
make()
print("discarded result")
print(make().name)
print("after temporary")

items = [Res("l1"), Res("l2")]
items.pop()
print("popped")
items.clear()
print("cleared")

d = {"k": Res("in-dict")}
d["k"] = 0
print("replaced dict value")

class Holder:
    def __init__(self):
        self.res = Res("held")
    def __del__(self):
        print("holder gone")
h = Holder()
del h
print("holder deleted")

class Once:
    count = 0
    def __del__(self):
        Once.count += 1
o = Once()
o.__del__()
print("explicit call", Once.count)
del o
print("after del", Once.count)

class Child(Res):
    pass
c = Child("child")
del c
print("child deleted")
last = Res("module-global")
print("end of program")

# Exceptions in __del__ are reported and ignored; __del__ sees instance state;
# objects created and dropped in loops; finalizer order for nested objects.
class Boom:
    def __del__(self):
        print("boom __del__ running")
        raise ValueError("ignored error")

b = Boom()
del b
print("program continues after ignored error")

class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def __del__(self):
        print("del", self.name, "child:", self.child.name if self.child else None)

root = Node("root", Node("mid", Node("leaf")))
del root
print("tree deleted")

for i in range(3):
    n = Node(f"loop{i}")
print("loop done")
del n

class Registry:
    live = 0
    def __init__(self):
        Registry.live += 1
    def __del__(self):
        Registry.live -= 1
objs = [Registry() for _ in range(5)]
print("live", Registry.live)
del objs[:2]
print("live", Registry.live)
objs = None
print("live", Registry.live)

class Reentrant:
    def __init__(self, name, other=None):
        self.name = name
        self.other = other
    def __del__(self):
        print("reentrant del", self.name)
        self.other = None
        print("after clearing other in", self.name)
r = Reentrant("outer", Reentrant("inner"))
r = 1
print("reentrant done")

def gen():
    holder = Node("in-generator")
    yield 1
    yield 2
g = gen()
print(next(g))
print(list(g))
print("generator exhausted")

class Attr:
    def __del__(self):
        print("attr value dropped")
class Owner:
    pass
ow = Owner()
ow.a = Attr()
ow.a = None
print("attribute rebound")
ow.b = Attr()
del ow.b
print("attribute deleted")
try:
    raise KeyError(Node("in-exception"))
except KeyError as e:
    print("caught", type(e).__name__)
print("after except block")

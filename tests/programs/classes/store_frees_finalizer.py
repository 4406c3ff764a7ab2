# Stores that free the last reference to an object with __del__ (attribute
# stores on a local or any object, item stores, local rebinding): the
# finalizer runs before the next statement, as in CPython.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class Box:
    pass
def f():
    b = Box()
    b.item = D(1)
    print("before store")
    b.item = D(2)          # StoreAttr via LoadFastStoreAttr: frees D(1)
    print("after store")
    o = b
    o.item, x = D(3), 0    # plain StoreAttr path
    print("after plain")
    xs = [D(4)]
    xs[0] = 5              # subscript store
    print("after subscr")
    d = D(5)
    d = None               # StoreFast frees
    print("end")
f()
print("done")

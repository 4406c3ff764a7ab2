# __del__ added to and removed from a base class after instances exist, and
# __class__ reassignment: the per-class "defines __del__" cache must follow.

class A:
    pass

class B(A):
    pass

a = B()
del a
print("no del yet")
A.__del__ = lambda self: print("del", type(self).__name__)
b = B()
del b
print("after add")
del A.__del__
c = B()
del c
print("after remove")
class C:
    def __del__(self):
        print("C del")
x = B()
x.__class__ = C
del x
print("end")

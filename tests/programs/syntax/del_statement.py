x = 1
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[2:4]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
class Obj:
    cls_attr = "c"
o = Obj()
o.a = 1
o.b = 2
del o.a
print(hasattr(o, "a"), hasattr(o, "b"))
try:
    del o.a
except AttributeError as e:
    print(type(e).__name__, e)
p, q, r = 1, 2, 3
del p, q
print(r, "p" in dir(), "q" in dir())
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
del Obj.cls_attr
print(hasattr(Obj, "cls_attr"))
try:
    del lst[5]
except IndexError as e:
    print(type(e).__name__, e)
def f():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
print(f())

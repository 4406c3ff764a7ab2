# getattr/setattr/delattr/hasattr with their error messages.
class C:
    cls_attr = "class"

    def __init__(self):
        self.x = 1


c = C()
print(getattr(c, "x"), getattr(c, "cls_attr"), getattr(c, "y", None))
setattr(c, "y", 2)
print(c.y, hasattr(c, "y"))
delattr(c, "y")
print(hasattr(c, "y"))
cases = [
    lambda: getattr(c, "nope"),
    lambda: getattr(c, 5),
    lambda: getattr(c),
    lambda: getattr(c, "a", "b", "c"),
    lambda: setattr(c, 1, 2),
    lambda: setattr(c, "x"),
    lambda: delattr(c, "nope"),
    lambda: delattr(c, None),
    lambda: hasattr(c, 3.0),
    lambda: hasattr(c),
    lambda: getattr(C, "nope"),
    lambda: delattr(C, "nope"),
    lambda: setattr(1, "x", 2),
    lambda: setattr("s", "upper", 2),
    lambda: delattr([], "append"),
    lambda: getattr(None, "x"),
    lambda: (5).real.nope,
    lambda: setattr(object(), "x", 1),
    lambda: setattr(int, "x", 1),
    lambda: delattr(str, "upper"),
]
for i, fn in enumerate(cases):
    try:
        print(i, fn())
    except (AttributeError, TypeError) as e:
        print(i, type(e).__name__, e)


# AttributeError carries name/obj
try:
    c.zzz
except AttributeError as e:
    print(e.name, e.obj is c)
try:
    getattr(c, "qq")
except AttributeError as e:
    print(e.name, e.obj is c)

# string subclasses work as names
class S(str):
    pass


setattr(c, S("sub"), 9)
print(getattr(c, S("sub")), c.sub)
print(sorted(vars(c)))

# class-level deletion and re-adding
C.extra = lambda self: "extra!"
print(c.extra())
del C.extra
print(hasattr(c, "extra"))
print(getattr(c, "__class__") is C)
print(getattr(c, "__dict__") is c.__dict__)

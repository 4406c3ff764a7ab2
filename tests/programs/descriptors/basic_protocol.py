# Descriptor protocol basics: __get__/__set__/__delete__ and precedence.
class Verbose:
    def __init__(self, label):
        self.label = label

    def __get__(self, obj, objtype=None):
        if obj is None:
            print("get via class", objtype.__name__)
            return self
        print("get", self.label, "on", type(obj).__name__)
        return obj.__dict__.get("_" + self.label, "<unset>")

    def __set__(self, obj, value):
        print("set", self.label, "=", value)
        obj.__dict__["_" + self.label] = value

    def __delete__(self, obj):
        print("delete", self.label)
        del obj.__dict__["_" + self.label]


class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata-from-" + (objtype.__name__ if objtype else "?")


class Point:
    x = Verbose("x")
    y = NonData()


p = Point()
print(p.x)
p.x = 10
print(p.x)
print(sorted(p.__dict__.items()))
# data descriptor wins over instance dict
p.__dict__["x"] = "shadow"
print(p.x)
del p.x
print(p.x)
try:
    del p.x
except KeyError as e:
    print("KeyError", e)

# non-data descriptor loses to instance dict
print(p.y)
p.y = "instance value"
print(p.y)
del p.y
print(p.y)

# descriptor accessed through the class
d = Point.x
print(type(d).__name__, d.label)
print(Point.y)
print(Point.__dict__["x"] is d)

# explicit __get__ calls
print(Point.__dict__["y"].__get__(p, Point))
print(Point.__dict__["y"].__get__(None, Point))


class OnlySet:
    def __set__(self, obj, value):
        obj.__dict__["seen"] = value * 2


class Holder:
    attr = OnlySet()


h = Holder()
h.attr = 21
print(h.seen)
print(type(h.attr).__name__)  # no __get__: returns the descriptor itself
h.__dict__["attr"] = "in dict"
print(h.attr)  # data descriptor without __get__: instance dict wins on read
try:
    del h.attr
except AttributeError as e:
    print("AttributeError", e)

# Lazy cached properties: a non-data descriptor writing into the instance dict.
class cached:
    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__
        self.name = func.__name__

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value


calls = []


class Circle:
    def __init__(self, r):
        self.r = r

    @cached
    def area(self):
        "The area, computed once."
        calls.append(("area", self.r))
        return 3 * self.r * self.r

    @cached
    def label(self):
        calls.append(("label", self.r))
        return f"circle r={self.r}"


c = Circle(2)
print("area" in c.__dict__)
print(c.area, c.area, c.area)
print("area" in c.__dict__)
print(c.label)
print(c.label)
print(calls)
c.r = 10
print(c.area)  # stale: cached value
del c.area
print(c.area)  # recomputed
print(calls)
print(Circle.area.__doc__)
print(type(Circle.area).__name__)
c.area = -1
print(c.area)
d = Circle(1)
print(d.area, c.area)
print(len(calls))


# A counter-of-accesses descriptor that is a data descriptor
class Counted:
    def __init__(self):
        self.hits = 0

    def __get__(self, obj, cls):
        self.hits += 1
        if obj is None:
            return self
        return obj.__dict__.get("v", 0)

    def __set__(self, obj, v):
        obj.__dict__["v"] = v


class W:
    v = Counted()


w = W()
for i in range(5):
    w.v = w.v + i
print(w.v, W.__dict__["v"].hits)

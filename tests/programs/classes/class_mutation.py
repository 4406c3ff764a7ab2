# Class namespaces change at run time: lookups made before must not be reused.
class Base:
    def greet(self):
        return "base"


class Child(Base):
    pass


c = Child()
print(c.greet(), Child.greet(c))
Base.greet = lambda self: "patched base"
print(c.greet())
Child.greet = lambda self: "child override"
print(c.greet(), Base().greet())
del Child.greet
print(c.greet())
setattr(Base, "extra", 42)
print(c.extra, hasattr(Child, "extra"))
del Base.extra
print(hasattr(c, "extra"))
try:
    del Base.extra
except AttributeError as e:
    print("AttributeError", e)


class Counter:
    count = 0

    def bump(self):
        type(self).count += 1
        return self.count


k = Counter()
print(k.bump(), k.bump(), Counter.count)
k.count = 100
print(k.count, Counter.count, k.bump(), k.count)
for i in range(3):
    Counter.label = f"v{i}"
    print(k.label, end=" ")
print()


def make_prop(name):
    return property(lambda self: f"{name}!")


class Late:
    pass


obj = Late()
obj.x = "instance"
print(obj.x)
Late.x = make_prop("data descriptor")
print(obj.x)
del Late.x
print(obj.x)

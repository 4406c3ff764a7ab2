# __dict__ manipulation and __class__ assignment.
class A:
    kind = "A"

    def hello(self):
        return "hello from A " + self.name


class B:
    kind = "B"

    def hello(self):
        return "hello from B " + self.name


a = A()
a.__dict__["name"] = "x"
print(a.name, a.hello())
a.__dict__.update(age=3, tag="t")
print(sorted(a.__dict__.items()))
a.__dict__.pop("tag")
print(hasattr(a, "tag"))
a.__class__ = B
print(type(a).__name__, a.kind, a.hello(), isinstance(a, B), isinstance(a, A))
a.__class__ = A
print(a.hello())
try:
    a.__class__ = 5
except TypeError as e:
    print("TypeError", e)
try:
    a.__class__ = int
except TypeError as e:
    print("TypeError", e)

# replacing __dict__ wholesale
a.__dict__ = {"name": "fresh"}
print(a.hello(), sorted(vars(a)))
try:
    a.__dict__ = [1]
except TypeError as e:
    print("TypeError", e)

# class __dict__ is a read-only mapping proxy
print(type(A.__dict__).__name__)
print("hello" in A.__dict__, "name" in A.__dict__)
try:
    A.__dict__["z"] = 1
except TypeError as e:
    print("TypeError", e)
print(sorted(k for k in A.__dict__ if not k.startswith("__")))

# vars() and instance dict identity
print(vars(a) is a.__dict__)
d = a.__dict__
a.extra = 1
print(d["extra"])
print(A.__dict__["kind"])


# classes without __dict__ entries fall back to class attrs
class Counter:
    count = 0

    def bump(self):
        self.count += 1  # reads class attr, writes instance attr
        return self.count


c1, c2 = Counter(), Counter()
print(c1.bump(), c1.bump(), c2.bump(), Counter.count)
print(c1.__dict__, c2.__dict__)
del c1.count
print(c1.count)
try:
    del c1.count
except AttributeError as e:
    print("AttributeError", e)

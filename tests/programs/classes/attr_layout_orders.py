# Instance attributes added, deleted and re-added in different orders:
# instance dicts share key layouts and are pre-sized from earlier instances,
# so each object must still see exactly its own attributes, in its own order.


class P:
    def __init__(self, a, b, first_a=True):
        if first_a:
            self.a = a
            self.b = b
        else:
            self.b = b
            self.a = a

    def get(self):
        return (self.a, self.b)


objs = [P(1, 2), P(3, 4, False), P(5, 6), P(7, 8, False)]
for o in objs:
    print(o.get(), list(vars(o)))

# Extra attributes on some instances only (and many on one).
objs[0].c = 9
objs[1].d = 10
big = P(0, 0)
for i in range(40):
    setattr(big, "x%d" % i, i)
print(len(vars(big)), list(vars(big))[:5], list(vars(big))[-3:])
small = P(11, 12)
print(list(vars(small)), small.get())
for o in objs:
    print(list(vars(o)), hasattr(o, "c"), hasattr(o, "d"))


# Delete and re-add: the order changes, cached reads follow.
def read_all(o):
    return [getattr(o, n, None) for n in ("a", "b", "c")]


q = P(1, 2)
q.c = 3
print(read_all(q), list(vars(q)))
del q.a
print(read_all(q), list(vars(q)))
q.a = 4
print(read_all(q), list(vars(q)))
del q.b
del q.c
q.c = 5
q.b = 6
print(read_all(q), list(vars(q)), q.get())
r = P(7, 8)
print(read_all(r), list(vars(r)), r.get())


# The same attribute-store site seen by several classes.
class Base:
    def __init__(self, v):
        self.v = v
        self.w = v * 2


class Sub(Base):
    def __init__(self, v):
        self.z = -v
        super().__init__(v)


class Other(Base):
    pass


for o in [Base(1), Sub(2), Other(3), Sub(4), Base(5)]:
    print(type(o).__name__, vars(o))


# Attribute names that are equal strings but different objects.
name = "".join(["dy", "namic"])
s1 = P(1, 1)
setattr(s1, name, 1)
name2 = "".join(["dyn", "amic"])
s2 = P(2, 2)
setattr(s2, name2, 2)
s3 = P(3, 3)
s3.dynamic = 3
for o in (s1, s2, s3):
    print(vars(o), o.dynamic)


# __dict__ replaced, cleared and updated directly.
t = P(1, 2)
t.__dict__.clear()
print(vars(t), hasattr(t, "a"))
t.b = 1
t.a = 2
print(vars(t), t.get())
t.__dict__ = {"a": 10, "b": 20}
print(t.get(), vars(t))
u = P(3, 4)
u.__dict__.update(c=5, a=6)
print(vars(u), u.get())
u.__dict__.pop("a")
u.a = 7
print(vars(u), u.get())

# Many instances after the hint grew: each still reads its own values.
many = [P(i, -i, i % 2 == 0) for i in range(50)]
print(sum(o.a for o in many), sum(o.b for o in many))
print([list(vars(o)) for o in many[:3]])

"""Attribute inline caches across layout changes: properties shadowing the instance dict, deleted attributes, replaced __dict__, reassigned __class__."""


class P:
    def __init__(self):
        self.__dict__["v"] = "in dict"

    @property
    def v(self):
        return "property"


class Q:
    def __init__(self, n):
        for i in range(n):
            setattr(self, f"a{i}", i)
        self.v = "q"


def read_v(objs):
    return [o.v for o in objs]


def write_v(objs, value):
    for o in objs:
        o.v = value


def main():
    objs = [P(), Q(0), Q(3), Q(1), P(), Q(5)]
    for _ in range(3):
        print(read_v(objs))
    q = Q(2)
    print(read_v([q, q]))
    del q.a0
    print(read_v([q]), q.__dict__)
    del q.v
    try:
        read_v([q])
    except AttributeError as e:
        print("AttributeError:", e)
    q.v = "back"
    print(read_v([q]), list(q.__dict__))
    q.__dict__ = {"v": "replaced"}
    print(read_v([q]))
    q.__dict__ = {}
    try:
        write_v([q], "w")
        print(read_v([q]), q.__dict__)
    except AttributeError as e:
        print("AttributeError:", e)
    q.__class__ = P
    print(read_v([q, q]))
    q.__class__ = Q
    print(read_v([q, q]))
    # a class attribute becomes a property after the cache was filled
    r = Q(1)
    print(read_v([r, r]))
    Q.v = property(lambda self: "late property")
    print(read_v([r, r]))
    del Q.v
    print(read_v([r, r]))
    # many layouts at one site
    many = []
    for n in range(12):
        o = Q(n)
        many.append(o)
    write_v(many, 7)
    print(sum(read_v(many)), [o.v for o in many][:3])
    # a huge dict (combined, not split)
    big = Q(40)
    print(read_v([big, big]))
    big.a3 = "x"
    del big.a1
    print(read_v([big]), big.a3)


main()

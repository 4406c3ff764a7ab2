"""Attribute caches on __slots__ attributes: loads, stores, unset slots, __getattr__, subclasses with a __dict__, reassigned __class__, a slot replaced by a class attribute."""


class S:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


class WithGetattr:
    __slots__ = ("v",)

    def __getattr__(self, name):
        return f"getattr {name}"


class Sub(S):
    pass


class Same(S):
    __slots__ = ()

    @property
    def b(self):
        return "Same.b is a property"


class Other:
    __slots__ = ("b", "a")


def get_a(objs):
    out = []
    for o in objs:
        try:
            out.append(o.a)
        except AttributeError as e:
            out.append(f"AttributeError: {e}")
    return out


def set_a(objs, v):
    for o in objs:
        o.a = v


def main():
    s = S(1)
    for i in range(3):
        s.a = s.a + i
        s.b = i
    print(s.a, s.b)
    t = S(5)
    del t.a
    print(get_a([s, t, s, t]))
    w = WithGetattr()
    for _ in range(2):
        print(w.v)
        w.v = 3
        print(w.v)
        del w.v
    sub = Sub(2)
    sub.__dict__["a"] = "from dict"
    print(get_a([sub, sub]), sub.__dict__)
    sub.c = 4
    set_a([sub, sub], 9)
    print(get_a([sub]), sub.__dict__)
    o = Other()
    o.a = "other a"
    o.b = "other b"
    print(get_a([s, o, s, o]))
    set_a([s, o, s, o], "same")
    print(s.a, s.b, o.a, o.b)
    try:
        s.c = 1
    except AttributeError as e:
        print("AttributeError:", e)
    for _ in range(2):
        set_a([s], 1)
        s.__class__ = Same
        print(get_a([s]), s.b)
        s.__class__ = S
        print(get_a([s]))
    S.a = "class attribute now"
    print(get_a([s]))

    class M:
        __slots__ = ("x",)

        def __init__(self):
            self.x = 0

        def bump(self):
            self.x += 1
            return self.x

    m = M()
    print([m.bump() for _ in range(4)])


main()

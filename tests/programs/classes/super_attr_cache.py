"""super().name through the attribute caches: several classes at one site, methods replaced after the first lookup, non-function attributes, __class__."""


class A:
    tag = "A.tag"

    def who(self):
        return f"A.who({type(self).__name__})"

    @classmethod
    def cm(cls):
        return f"A.cm({cls.__name__})"

    @staticmethod
    def sm():
        return "A.sm"

    @property
    def prop(self):
        return f"A.prop({type(self).__name__})"


class B(A):
    def who(self):
        return "B>" + super().who()

    def probe(self):
        return [super().tag, super().cm(), super().sm(), super().prop, super().__class__.__name__]


class C(B):
    def who(self):
        return "C>" + super().who()


class D(A):
    def who(self):
        return "D>" + super().who()


class E(C, D):
    pass


def main():
    objs = [B(), C(), E(), B(), E(), C()]
    for _ in range(2):
        print([o.who() for o in objs])
    print(B().probe(), E().probe())

    def new_who(self):
        return f"A.new_who({type(self).__name__})"

    A.who = new_who
    print([o.who() for o in objs[:3]])
    del A.who
    try:
        B().who()
    except AttributeError as e:
        print("AttributeError:", e)
    A.who = lambda self: "A.lambda"
    print(B().who(), E().who())
    m = super(B, objs[0]).who
    print(m(), m.__self__ is objs[0], m.__func__ is A.who)
    b = B()
    b.who = lambda: "instance attribute"
    print(b.who(), super(B, b).who())

    class Err(Exception):
        def __init__(self, code):
            super().__init__(f"code {code}")
            self.code = code

    class SubErr(Err):
        pass

    class Prop:
        @property
        def boom(self):
            raise KeyError("from property")

    class UsesProp(Prop):
        def get(self):
            return super().boom

    for cls in (Err, SubErr, Err, SubErr):
        e = cls(3)
        print(type(e).__name__, e.args, e.code, str(e))
    for _ in range(2):
        try:
            UsesProp().get()
        except KeyError as e:
            print("KeyError:", e)


main()

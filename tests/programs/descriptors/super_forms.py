# super() in all forms.
class Base:
    def who(self):
        return "Base.who(" + type(self).__name__ + ")"

    @classmethod
    def make(cls):
        return "Base.make(" + cls.__name__ + ")"

    @property
    def prop(self):
        return "Base.prop"

    def __repr__(self):
        return "<" + type(self).__name__ + ">"


class Mid(Base):
    def who(self):
        return "Mid>" + super().who()

    @classmethod
    def make(cls):
        return "Mid>" + super().make()

    @property
    def prop(self):
        return "Mid>" + super().prop


class Leaf(Mid):
    def who(self):
        return "Leaf>" + super(Leaf, self).who()

    @classmethod
    def make(cls):
        return "Leaf>" + super(Leaf, cls).make()

    def skip(self):
        return super(Mid, self).who()


x = Leaf()
print(x.who())
print(Leaf.make())
print(x.make())
print(x.prop)
print(x.skip())
print(super(Leaf, x).prop)
print(super(Mid, Leaf).make())

s = super(Leaf, x)
print(type(s).__name__)
print(s.__self__ is x, s.__thisclass__ is Leaf, s.__self_class__ is Leaf)
print(super(Mid, Leaf).__self__ is Leaf)

# unbound super
u = super(Leaf)
print(u.__thisclass__ is Leaf, u.__self__, u.__self_class__)

# errors
try:
    super(Leaf, 5)
except TypeError as e:
    print("TypeError", e)
try:
    super(5, x)
except TypeError as e:
    print("TypeError", e)
try:
    super(Leaf, x).nothing
except AttributeError as e:
    print("AttributeError", e)
try:
    super()
except RuntimeError as e:
    print("RuntimeError", e)


def outside():
    return super()


try:
    outside()
except RuntimeError as e:
    print("RuntimeError", e)


class NoArg:
    def m():
        return super()


try:
    NoArg.m()
except RuntimeError as e:
    print("RuntimeError", e)

# super with __getattribute__ for dunder lookups
class L(list):
    def append(self, v):
        super().append(v * 10)

    def __len__(self):
        return super().__len__() + 100


l = L()
l.append(1)
l.append(2)
print(list(l), len(l))
print(super(L, l).__len__())

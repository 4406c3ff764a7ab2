# __set_name__ and typed/validated field descriptors.
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.public = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.private, value)

    def validate(self, value):
        pass


class Typed(Field):
    def __init__(self, kind):
        self.kind = kind

    def validate(self, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, got {type(value).__name__}")


class Positive(Typed):
    def validate(self, value):
        super().validate(value)
        if value <= 0:
            raise ValueError(f"{self.public} must be > 0, got {value!r}")


class OneOf(Field):
    def __init__(self, *options):
        self.options = set(options)

    def validate(self, value):
        if value not in self.options:
            raise ValueError(f"{value!r} is not one of {sorted(self.options)}")


class Item:
    name = Typed(str)
    qty = Positive(int)
    price = Positive(float)
    kind = OneOf("tool", "food", "toy")

    def __init__(self, name, qty, price, kind):
        self.name = name
        self.qty = qty
        self.price = price
        self.kind = kind

    def __repr__(self):
        return f"Item({self.name!r}, {self.qty}, {self.price}, {self.kind!r})"


it = Item("hammer", 3, 9.5, "tool")
print(it)
print(sorted(vars(it)))
print(Item.qty.public, Item.qty.private, Item.qty.kind.__name__)

bad = [
    ("name", 5),
    ("qty", -1),
    ("qty", 2.5),
    ("price", 0.0),
    ("kind", "car"),
]
for attr, value in bad:
    try:
        setattr(it, attr, value)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(it)


# __set_name__ is only called at class creation time
class Late:
    pass


f = Field()
Late.extra = f
print(hasattr(f, "public"))
f.__set_name__(Late, "extra")
print(f.public)


# __set_name__ errors propagate (in 3.12 without wrapping)
class Boom:
    def __set_name__(self, owner, name):
        raise ValueError("cannot bind " + name)


try:
    class Broken:
        b = Boom()
except ValueError as e:
    print(type(e).__name__, e)

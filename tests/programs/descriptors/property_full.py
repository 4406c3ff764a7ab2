# property: getter/setter/deleter, doc, copies, and the error messages.
class Temp:
    def __init__(self):
        self._c = 0.0

    @property
    def celsius(self):
        "Temperature in Celsius."
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("resetting")
        self._c = 0.0

    fahrenheit = property(lambda self: self._c * 9 / 5 + 32, doc="Derived.")

    def _get_k(self):
        return self._c + 273.15

    kelvin = property(_get_k, None, None, "Kelvin, read only")


t = Temp()
t.celsius = 25
print(t.celsius, t.fahrenheit, round(t.kelvin, 2))
del t.celsius
print(t.celsius)
print(Temp.celsius.__doc__)
print(Temp.fahrenheit.__doc__)
print(Temp.kelvin.__doc__)
print(type(Temp.celsius).__name__)
print(Temp.celsius.fget.__name__, Temp.celsius.fset.__name__, Temp.celsius.fdel.__name__)
print(Temp.kelvin.fset, Temp.kelvin.fdel)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
for action in ("set_f", "del_f", "set_k", "del_k"):
    try:
        if action == "set_f":
            t.fahrenheit = 1
        elif action == "del_f":
            del t.fahrenheit
        elif action == "set_k":
            t.kelvin = 1
        else:
            del t.kelvin
    except AttributeError as e:
        print("AttributeError", e)


class NoGet:
    x = property(None, lambda self, v: None)
    y = property()


try:
    NoGet().x
except AttributeError as e:
    print("AttributeError", e)
try:
    NoGet().y
except AttributeError as e:
    print("AttributeError", e)

# property copies are independent
base = property(lambda self: 1)
with_set = base.setter(lambda self, v: None)
print(base is with_set, base.fset is None, with_set.fset is not None)
print(with_set.fget is base.fget)
# doc taken from getter
def g(self):
    "getter doc"
    return 5
p = property(g)
print(p.__doc__)
print(p.__get__(None, object) is p)
print(p.__get__(object()))
print(property(g, doc="explicit").__doc__)
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print("TypeError", e)
try:
    property(fget=g, bogus=1)
except TypeError as e:
    print("TypeError", e)

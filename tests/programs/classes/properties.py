class Circle:
    def __init__(self, radius):
        self._radius = radius
    @property
    def radius(self):
        print("getting radius")
        return self._radius
    @radius.setter
    def radius(self, value):
        print("setting radius", value)
        if value < 0:
            raise ValueError("radius must be non-negative")
        self._radius = value
    @radius.deleter
    def radius(self):
        print("deleting radius")
        del self._radius
    @property
    def area(self):
        return round(3.14159 * self._radius ** 2, 2)
c = Circle(2)
print(c.radius)
print(c.area)
c.radius = 3
print(c.area)
try:
    c.radius = -1
except ValueError as e:
    print(type(e).__name__, e)
print(c._radius)
try:
    c.area = 10
except AttributeError as e:
    print(type(e).__name__, e)
del c.radius
print(hasattr(c, "_radius"))
print(type(Circle.radius).__name__, Circle.area.fget.__name__)
class Temperature:
    def __init__(self):
        self.celsius = 0
    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
t = Temperature()
print(t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, t.fahrenheit)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return "v"
l = Lazy()
l.value; l.value
print(l.computed)
class Sub(Circle):
    @property
    def area(self):
        return "overridden"
print(Sub(1).area)

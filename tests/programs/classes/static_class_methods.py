class Date:
    created = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.created += 1
    @classmethod
    def from_string(cls, s):
        y, m, d = [int(p) for p in s.split("-")]
        return cls(y, m, d)
    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    @classmethod
    def count(cls):
        return cls.__name__ + " created " + str(cls.created)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
d = Date.from_string("2024-02-29")
print(d)
print(Date.is_leap(2024), Date.is_leap(1900), Date.is_leap(2000), d.is_leap(2023))
print(Date.count(), d.count())
class SubDate(Date):
    pass
sd = SubDate.from_string("1999-12-31")
print(sd, type(sd).__name__)
print(SubDate.count(), Date.count())
print(type(Date.__dict__["is_leap"]).__name__, type(Date.__dict__["from_string"]).__name__)
print(Date.is_leap.__name__, Date.from_string.__name__)
print(Date.from_string.__self__ is Date, SubDate.from_string.__self__ is SubDate)
class MathUtil:
    @staticmethod
    def add(a, b):
        return a + b
    @staticmethod
    def no_args():
        return "static with no args"
    def uses_static(self):
        return self.add(1, 2) + MathUtil.add(3, 4)
print(MathUtil.add(2, 3), MathUtil().add(2, 3), MathUtil.no_args(), MathUtil().no_args())
print(MathUtil().uses_static())
class Registry:
    items = []
    @classmethod
    def register(cls, item):
        cls.items.append(item)
        return cls
Registry.register("a").register("b")
print(Registry.items)
class Shape:
    sides = 0
    @classmethod
    def describe(cls):
        return f"{cls.__name__} has {cls.sides} sides"
class Triangle(Shape):
    sides = 3
print(Shape.describe(), Triangle.describe(), Triangle().describe())

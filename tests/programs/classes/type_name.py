class Widget:
    pass
class Button(Widget):
    pass
w = Widget()
b = Button()
for obj in (w, b, 1, 1.5, "s", b"b", [], (), {}, set(), None, True, 1j, range(3), len, lambda: 0, Widget, type):
    print(type(obj).__name__)
print(type(b) is Button, type(b) == Widget, type(b).__bases__[0] is Widget)
print(type(type(b)).__name__, type(Widget).__name__)
def describe(obj):
    return f"<{type(obj).__name__} instance>"
print(describe(w), describe(b), describe(42))
print(b.__class__.__name__, b.__class__ is Button)
print(Button.__name__, Button.__qualname__, Button.__module__)
class Outer:
    class Inner:
        pass
i = Outer.Inner()
print(type(i).__name__, type(i).__qualname__)
print(type(3) is int, type(True) is bool, type(True) is int)
class Renamed:
    pass
Renamed.__name__ = "NewName"
print(Renamed.__name__, type(Renamed()).__name__, Renamed.__qualname__)
values = [1, "two", 3.0, [4], Widget()]
counts = {}
for v in values:
    n = type(v).__name__
    counts[n] = counts.get(n, 0) + 1
print(counts)
print(type(None).__name__, type(NotImplemented).__name__, type(...).__name__)
print(isinstance(b, Widget) and type(b) is not Widget)

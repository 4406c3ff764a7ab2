# isinstance, issubclass, type().
class A:
    pass
class B(A):
    pass
class C:
    pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, (C, A)), isinstance(b, object))
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(1.0, (int, float)))
print(isinstance("s", str), isinstance(b"s", (str, bytes)), isinstance([], list), isinstance((), tuple))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(type, type), isinstance(type, object))
print(isinstance(1, ((str, (float, int)),)), isinstance(1, ()))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(bool, int), issubclass(int, object))
print(issubclass(A, A), issubclass(bool, (str, float)), issubclass(type, object), issubclass(object, type))
print(type(1), type("a"), type(1.5), type([]), type({}), type(()), type(None), type(b), type(A), type(type))
print(type(1).__name__, type(b).__name__, type(b) is B, type(b) == A, type(True) is bool)
print(B.__bases__ == (A,), B.__mro__ == (B, A, object), B.__name__, A.__qualname__)
D = type("D", (A,), {"x": 5, "hello": lambda self: "hi"})
d = D()
print(D.__name__, d.x, d.hello(), isinstance(d, A), issubclass(D, A))
for bad in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, "x"), lambda: isinstance(1, (int, 2))]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(type(int("5")), type(len), type(print).__name__, type(lambda: 0).__name__)

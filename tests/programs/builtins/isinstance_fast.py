# isinstance with plain classes and tuples of them, and with metaclass hooks.


class A:
    pass


class B(A):
    pass


class Meta(type):
    def __instancecheck__(cls, obj):
        print("hook", cls.__name__)
        return obj == 42


class M(metaclass=Meta):
    pass


vals = [1, True, 2.5, "s", None, [1], (1,), {1: 2}, A(), B(), M()]
for v in vals:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (list, tuple)),
          isinstance(v, A), isinstance(v, (str, (dict, A))), isinstance(v, object))
print(isinstance(42, M), isinstance(1, (str, M)), isinstance(42, (int, M)))
print(isinstance(B(), (M, A)))
print(isinstance(A, type), isinstance(M, Meta), isinstance(M, (int, type)))
for args in [(1,), (1, 2, 3), (1, 5), (1, (int, 5))]:
    try:
        print(isinstance(*args))
    except TypeError as exc:
        print("TypeError:", exc)
try:
    isinstance(1, int, obj=1)
except TypeError as exc:
    print("TypeError:", exc)

# Cooperative multiple inheritance with super() and **kwargs.
class Shape:
    def __init__(self, **kwargs):
        print("Shape init, leftover:", sorted(kwargs))
        super().__init__(**kwargs) if kwargs else super().__init__()


class Colored(Shape):
    def __init__(self, color="black", **kwargs):
        print("Colored init", color)
        self.color = color
        super().__init__(**kwargs)


class Named(Shape):
    def __init__(self, name="anon", **kwargs):
        print("Named init", name)
        self.name = name
        super().__init__(**kwargs)


class Box(Colored, Named):
    def __init__(self, size, **kwargs):
        print("Box init", size)
        self.size = size
        super().__init__(**kwargs)

    def describe(self):
        return f"{self.name}: {self.color} box of size {self.size}"


print([c.__name__ for c in Box.__mro__])
b = Box(3, color="red", name="crate")
print(b.describe())
b2 = Box(1)
print(b2.describe())
try:
    Box(2, color="blue", weight=5)
except TypeError as e:
    print("TypeError", e)


# cooperative methods other than __init__
class Logger:
    def log(self):
        return ["Logger"]


class A(Logger):
    def log(self):
        return ["A"] + super().log()


class B(Logger):
    def log(self):
        return ["B"] + super().log()


class C(A, B):
    def log(self):
        return ["C"] + super().log()


class D(B, A):
    def log(self):
        return ["D"] + super().log()


print(C().log())
print(D().log())
print(C.mro() == list(C.__mro__))


# super inside nested functions / comprehensions of a method
class E(C):
    def log(self):
        def inner():
            return super(E, self).log()
        return ["E"] + inner()

    def many(self):
        return [super().log()[0] for _ in range(2)]


print(E().log())
print(E().many())

# Constructor calls in their many shapes: __init__ written in Python, errors
# from it, inherited and replaced __init__/__new__, recursion while
# constructing, and constructors called from native code.

class Node:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right

    def total(self):
        t = self.value
        if self.left:
            t += self.left.total()
        if self.right:
            t += self.right.total()
        return t


def build(depth):
    if depth == 0:
        return Node(1)
    return Node(depth, build(depth - 1), build(depth - 1))


print(build(6).total())
print(Node(5, right=Node(2)).total())


class Bad:
    def __init__(self):
        return 42


try:
    Bad()
except TypeError as e:
    print("TypeError:", e)


class Raises:
    def __init__(self, n):
        if n < 0:
            raise ValueError(f"negative: {n}")
        self.n = n


try:
    Raises(-3)
except ValueError as e:
    print("ValueError:", e)
try:
    Raises()
except TypeError as e:
    print("TypeError:", e)
try:
    Raises(1, 2)
except TypeError as e:
    print("TypeError:", e)


class Child(Raises):
    pass


print(Child(7).n, type(Child(7)).__name__)


class WithNew:
    def __new__(cls, *args):
        print("WithNew.__new__", args)
        return super().__new__(cls)

    def __init__(self, a):
        print("WithNew.__init__", a)


WithNew(1)


class Other:
    pass


class NewReturnsOther:
    def __new__(cls, x):
        return Other()

    def __init__(self, x):
        print("never printed")


print(type(NewReturnsOther(1)).__name__)


class Late:
    def __init__(self):
        self.tag = "init"


print(Late().tag)
Late.__init__ = lambda self: setattr(self, "tag", "replaced")
print(Late().tag)
Late.__new__ = staticmethod(lambda cls: "from new")
print(Late())
del Late.__new__
print(Late().tag)


class Counter:
    made = 0

    def __init__(self):
        Counter.made += 1
        if Counter.made < 5:
            self.child = Counter()


Counter()
print(Counter.made)

print([type(x).__name__ for x in map(Node, range(3))])
print(sorted(map(Raises, [3, 1, 2]), key=lambda r: r.n)[0].n)


class Gen:
    def __init__(self):
        yield 1


try:
    Gen()
except TypeError as e:
    print("TypeError:", e)


class NoInit:
    pass


try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)


def outer():
    return Bad()


outer()

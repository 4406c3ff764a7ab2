a = [1, 2, 3]
b = a
c = list(a)
print(a is b, a is c, a == c, a is not c)
print(None is None, type(None).__name__)
x = None
print(x is None, x is not None, not x is None)
print(2 in a, 5 in a, 5 not in a, not 5 in a)
print("ell" in "hello", "" in "abc", "z" not in "abc")
print(b"b" in b"abc", 98 in b"abc")
d = {"key": "value"}
print("key" in d, "value" in d, "value" in d.values(), ("key", "value") in d.items())
print(3 in range(5), 3 in range(0, 10, 2), 4 in range(0, 10, 2))
print(1 in {1, 2}, (1, 2) in [(1, 2)], [1] in [[1]])
print(1.0 in [1], True in [1], 0 in [False])
nan = float("nan")
print(nan in [nan], nan == nan)
print(None in [None], None in [], "" in [""], () in [()], [] in [[]])
print(3 in (1, 2, 3), 4 not in (1, 2, 3), "b" in ("a", "b"), (1,) in ((1,), (2,)))
print(-1 in range(-5, 0), 0 in range(-5, 0), 10 in range(0, 10), 9 in range(0, 10))
print(frozenset([1]) in [frozenset([1])], 2 in frozenset([1, 2]))
print("key" in {"key": None}, None in {None: 1}, 1.0 in {1: "int key"})
x = [1, 2]
y = x
x = x + [3]
print(x is y, y)
n1 = None
n2 = None
print(n1 is n2, [] is [], [] == [], True is (1 == 1), 0 is not None)
try:
    print(1 in 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 in "abc")
except TypeError as e:
    print(type(e).__name__, e)
print(True is True, False is not True)

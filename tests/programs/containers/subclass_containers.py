# Subclasses of list, tuple, dict and set keep the builtin behaviour.
class Stack(list):
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.append(3)
s += [4]
print(s, s.peek(), len(s), s[1:3], type(s[1:3]).__name__, s + [5], [0] + s, s * 2, 3 in s, list(s))
s.sort(reverse=True)
s[0] = 40
del s[-1]
print(s, s.index(3), s.count(40), s == [40, 3, 2], s > [1], type(s).__name__, isinstance(s, list))
s.extend(range(3))
s.remove(0)
print(s, s.pop(), s.copy(), type(s.copy()).__name__)
print(sorted(s), [x for x in s], str(s), repr(Stack()))
class Point(tuple):
    def norm1(self):
        return abs(self[0]) + abs(self[1])
p = Point((3, -4))
print(p, p.norm1(), p[0], p[-1], p[::-1], len(p), p == (3, -4), p + (1,), hash(p) == hash((3, -4)), p.count(3), p.index(-4))
print({p: "pt"}[(3, -4)], type(p).__name__, tuple(p), p * 2, 3 in p, p < (4,))
class Registry(dict):
    def register(self, k, v):
        self[k] = v
        return self
reg = Registry(a=1)
reg.register("b", 2).register("c", 3)
print(reg, len(reg), reg["b"], reg.get("z", 0), list(reg), list(reg.items()), "c" in reg, reg == {"a": 1, "b": 2, "c": 3})
reg.update(d=4)
del reg["a"]
print(reg.pop("b"), reg.setdefault("e", 5), reg, reg | {"f": 6}, type(reg | {"f": 6}).__name__)
reg |= {"g": 7}
print(type(reg).__name__, reg, sorted(reg.keys()), dict(reg), reg.copy())
class Defaulting(dict):
    def __missing__(self, key):
        return key * 2
dd = Defaulting(x=1)
print(dd["x"], dd["yy"], dd.get("yy"), "yy" in dd, len(dd))
class Bag(set):
    pass
bag = Bag([1, 2])
bag.add(3)
bag |= {4}
print(bag, len(bag), 2 in bag, bag & {1, 9}, type(bag & {1, 9}).__name__, bag <= {1, 2, 3, 4, 5}, bag == {1, 2, 3, 4})
print(sorted(bag), bag.union([9]), type(bag.union([9])).__name__, {0} | bag, frozenset(bag))
try:
    hash(Stack())
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(Registry())
except TypeError as e:
    print(type(e).__name__, e)

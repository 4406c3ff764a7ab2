# In-place operators: __iadd__ and friends, fallbacks and aliasing.
class Bag:
    def __init__(self, items=()):
        self.items = list(items)
    def __repr__(self):
        return f"Bag({self.items})"
    def __iadd__(self, other):
        print("  __iadd__", other)
        if isinstance(other, (list, Bag)):
            self.items.extend(other.items if isinstance(other, Bag) else other)
            return self
        return NotImplemented
    def __add__(self, other):
        print("  __add__", other)
        if isinstance(other, int):
            return Bag(self.items + [other])
        return NotImplemented
    def __isub__(self, other):
        print("  __isub__")
        return NotImplemented
    def __rsub__(self, other):
        print("  __rsub__")
        return "rsub result"
    def __imul__(self, n):
        self.items *= n
        return None  # returns None: the name becomes None

b = Bag([1])
alias = b
b += [2, 3]
print(b, alias, b is alias)
b += 4
print(b, alias, b is alias)
b += Bag([9])
print(b)
x = 5
x -= b
print(x)
try:
    b -= 1
except TypeError as e:
    print("TypeError:", e)
c = Bag([1, 2])
c *= 2
print(c)

class Counter:
    def __init__(self, n):
        self.n = n
    def __add__(self, o):
        return Counter(self.n + o)
    def __repr__(self):
        return f"Counter({self.n})"
k = Counter(1)
k2 = k
k += 10
print(k, k2, k is k2)

# all in-place operators with fallback to the binary form
class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Num({self.v})"
for name, op in [("add", "+"), ("sub", "-"), ("mul", "*"), ("truediv", "/"), ("floordiv", "//"),
                 ("mod", "%"), ("pow", "**"), ("lshift", "<<"), ("rshift", ">>"), ("and", "&"),
                 ("or", "|"), ("xor", "^"), ("matmul", "@")]:
    setattr(Num, f"__i{name}__", (lambda nm: lambda self, o: Num(f"i{nm}({self.v},{o})"))(name))
n = Num(0)
n += 1; print(n)
n = Num(0); n -= 1; print(n)
n = Num(0); n *= 1; print(n)
n = Num(0); n /= 1; print(n)
n = Num(0); n //= 1; print(n)
n = Num(0); n %= 1; print(n)
n = Num(0); n **= 1; print(n)
n = Num(0); n <<= 1; print(n)
n = Num(0); n >>= 1; print(n)
n = Num(0); n &= 1; print(n)
n = Num(0); n |= 1; print(n)
n = Num(0); n ^= 1; print(n)
n = Num(0); n @= 1; print(n)

# builtins: list += is in place, tuple += rebinds
l = [1]; l2 = l; l += (2, 3); print(l, l2 is l)
t = (1,); t2 = t; t += (2,); print(t, t2, t is t2)
s = {1}; s2 = s; s |= {2}; print(s2)
d = {"a": 1}; d |= {"b": 2}; print(d)
try:
    l += 5
except TypeError as e:
    print(e)
try:
    t += [1]
except TypeError as e:
    print(e)
class P: pass
p = P()
for op in ["+=", "-=", "*=", "@=", "**=", "|="]:
    try:
        exec(f"p {op} 1")
    except TypeError as e:
        print(e)
# item and attribute targets
class Box:
    pass
bx = Box(); bx.val = Bag([0]); bx.val += [1]; print(bx.val)
lst = [Bag([5])]; lst[0] += [6]; print(lst)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print(e, tup)

class Stack:
    def __init__(self):
        self._items = []
    def push(self, item):
        self._items.append(item)
        return self
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def peek(self):
        return self._items[-1] if self._items else None
    def __len__(self):
        return len(self._items)
    def size_via_method(self):
        return self.__len__()
s = Stack()
s.push(1).push(2).push(3)
print(len(s), s.peek(), s.size_via_method())
print(s.pop(), s.pop(), len(s))
print(s.pop())
try:
    s.pop()
except IndexError as e:
    print(type(e).__name__, e)
print(s.peek())
push = s.push
push("bound")
print(s.peek(), len(s))
unbound = Stack.push
unbound(s, "explicit self")
print(s.peek())
class Calc:
    def __init__(self, value=0):
        self.value = value
    def add(self, n):
        return Calc(self.value + n)
    def mul(self, n):
        return Calc(self.value * n)
print(Calc(2).add(3).mul(4).value)
class Recursive:
    def fact(self, n):
        return 1 if n <= 1 else n * self.fact(n - 1)
print(Recursive().fact(6))
class CallOther:
    def a(self):
        return "a->" + self.b()
    def b(self):
        return "b"
print(CallOther().a())
class AttrFn:
    pass
obj = AttrFn()
obj.fn = lambda x: x * 2
print(obj.fn(21))
AttrFn.method = lambda self: "added to class"
print(obj.method())
class Shadow:
    def name(self):
        return "method"
sh = Shadow()
sh.name = "instance attr wins"
print(sh.name, Shadow().name())

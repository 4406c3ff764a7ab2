# reversed(): native sequences, dicts and views, __reversed__, the
# __len__/__getitem__ protocol, iterator type names and errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed("héllo☺")))
print(list(reversed(range(5))), list(reversed(range(10, 0, -3))), list(reversed(range(0))), list(reversed(range(2, 9, 3))))
print(list(reversed(range(-2**63, -2**63 + 3))), list(reversed(range(2**63 - 3, 2**63 - 1))))
print(list(reversed(b"xyz")), list(reversed(bytearray(b"ab"))), list(reversed([])), list(reversed("")))
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)))
for v in [[], (), "", range(2), {}, b""]:
    print(type(reversed(v)).__name__, end=" ")
print()
r = reversed([1, 2, 3])
print(next(r), r.__next__(), list(r), list(r), next(r, "end"))
lst = [1, 2, 3, 4]
r = reversed(lst)
print(next(r))
lst[len(lst):] = [5]
print(list(r))
lst = [1, 2, 3, 4]
r = reversed(lst)
print(next(r))
del lst[1:]
print(list(r), list(r))
d = {"x": 1, "y": 2}
r = reversed(d)
print(next(r))
d["z"] = 3
t(lambda: next(r))
rt = reversed((5, 6, 7))
print(type(rt) is reversed, isinstance(rt, reversed), iter(rt) is rt, next(rt), list(rt))

class Seq:
    def __len__(self):
        return 4
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Seq())))

class Short:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return i
print(list(reversed(Short())))

class Stop:
    def __len__(self):
        return 5
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(reversed(Stop())))

class Own:
    def __reversed__(self):
        return iter("own")
print(list(reversed(Own())))

class NotRev:
    __reversed__ = None
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i

class NoLen:
    def __getitem__(self, i):
        return i

class BadLen:
    def __len__(self):
        return -1
    def __getitem__(self, i):
        return i

class MyList(list):
    pass

class MyDict(dict):
    pass

print(list(reversed(MyList([1, 2, 3]))), list(reversed(MyDict(a=1, b=2))))
t(lambda: reversed(NotRev()))
t(lambda: reversed(NoLen()))
t(lambda: reversed(BadLen()))
t(lambda: reversed({1, 2}))
t(lambda: reversed(frozenset()))
t(lambda: reversed(5))
t(lambda: reversed(iter([1])))
t(lambda: reversed())
t(lambda: reversed([1], [2]))
t(lambda: reversed(seq=[1]))
t(lambda: reversed(x for x in "ab"))

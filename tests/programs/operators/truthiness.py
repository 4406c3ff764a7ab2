# __bool__ / __len__ truthiness and their error cases.
class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class Yes:
    def __bool__(self):
        return True
class No:
    def __bool__(self):
        return False
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Neither:
    pass

for o in [Empty(), Full(), Yes(), No(), Both(), Neither()]:
    name = type(o).__name__
    print(name, bool(o), not o, "yes" if o else "no", (o and 1) is o, (o or 2) is o)
print(len(Full()), len(Empty()))
print([type(x).__name__ for x in filter(None, [Empty(), Full(), No(), Yes()])])
print(any([Empty(), No()]), all([Full(), Yes()]))
n = 0
w = Full()
while w:
    n += 1
    if n == 3:
        break
print("loops", n)

class BoolInt:
    def __bool__(self):
        return 1
class BoolNone:
    def __bool__(self):
        return None
class NegLen:
    def __len__(self):
        return -1
class StrLen:
    def __len__(self):
        return "3"
class FloatLen:
    def __len__(self):
        return 2.0
class HugeLen:
    def __len__(self):
        return 2 ** 70
class BoolLen:
    def __len__(self):
        return True
class IndexLen:
    def __len__(self):
        class I:
            def __index__(self):
                return 4
        return I()
class Raises:
    def __bool__(self):
        raise RuntimeError("no truth")

cases = [BoolInt, BoolNone, NegLen, StrLen, FloatLen, HugeLen, BoolLen, IndexLen, Raises]
for cls in cases:
    for label, f in [("bool", bool), ("if", lambda o: 1 if o else 0), ("not", lambda o: not o),
                     ("len", len)]:
        try:
            print(cls.__name__, label, f(cls()))
        except (TypeError, ValueError, OverflowError, RuntimeError) as e:
            print(cls.__name__, label, type(e).__name__, e)

# __bool__ = None makes truth testing fail; __len__ used by builtins
class NoBool:
    __bool__ = None
try:
    bool(NoBool())
except TypeError as e:
    print("TypeError:", e)
print(bool(0), bool(0.0), bool(0j), bool(""), bool(b""), bool(()), bool([]), bool({}), bool(set()),
      bool(range(0)), bool(None), bool(...), bool(NotImplemented) if False else "skip")
class SubList(list):
    def __bool__(self):
        return True
print(bool(SubList()), len(SubList()), bool([0]))

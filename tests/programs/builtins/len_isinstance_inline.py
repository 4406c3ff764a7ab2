# len() and isinstance() calls the dispatch loop answers itself (common
# receivers, plain classes), next to the cases it leaves to the builtins.
def f(xs):
    n = 0
    for x in xs:
        if isinstance(x, int):
            n += len(str(x))
        elif isinstance(x, (list, tuple)):
            n += len(x)
        elif isinstance(x, str):
            n += len(x)
        elif isinstance(x, dict):
            n += len(x) * 100
    return n
class L(list):
    def __len__(self): return 42
print(f([1, 22, [1,2,3], (4,5), "héllo", {1:2}, L([1]), None, 3.5, True]))
len = lambda x: -1
print(f([1, "ab"]))
del len
print(isinstance(1, bool), isinstance(True, int), len([1,2]))
try:
    len(5)
except TypeError as e:
    print(e)
try:
    isinstance(1, 5)
except TypeError as e:
    print(e)


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"


class Magic(metaclass=Meta):
    pass


def g():
    out = []
    for v in ["magic", 1, Magic()]:
        out.append((isinstance(v, Magic), isinstance(v, (int, Magic))))
    d = {1: 2, 3: 4}
    lst = [1, 2, 3]
    out.append((len(d), len(lst), len(()), len("ab"), len(b"abc"), len({1, 2})))
    out.append(isinstance(lst, list) and not isinstance(lst, tuple))
    return out


print(g())

# Sequence patterns: lists, tuples, ranges and their subclasses; star patterns.

def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one({x!r})"
        case [x, y]:
            return f"two({x!r}, {y!r})"
        case (first, *middle, last) if len(middle) > 2:
            return f"long first={first!r} middle={middle} last={last!r}"
        case [first, *rest]:
            return f"head={first!r} rest={rest}"
        case _:
            return "not a sequence"

samples = [[], (), [1], (1,), [1, 2], (1, 2), [1, 2, 3], (1, 2, 3, 4, 5, 6),
           range(0), range(1), range(2), range(7), "", "ab", b"ab", bytearray(b"ab"),
           {1: 2}, {3}, frozenset(), (c for c in "xy"), 42, None]
for s in samples:
    print(type(s).__name__, repr(s) if not hasattr(s, "__next__") else "<gen>", "->", shape(s))

# The rest is always a new list, whatever the subject type.
match (1, 2, 3):
    case (a, *rest):
        print(type(rest).__name__, rest)
match range(10, 15):
    case [a, *rest, z]:
        print(a, rest, z)

# Star wildcards index the subject instead of unpacking it.
class Logged(list):
    def __len__(self):
        print("  __len__")
        return super().__len__()
    def __getitem__(self, i):
        print("  __getitem__", i)
        return super().__getitem__(i)
    def __iter__(self):
        print("  __iter__")
        return super().__iter__()

lg = Logged([10, 20, 30, 40])
print("star wildcard:")
match lg:
    case [first, *_, last]:
        print(" ", first, last)
print("named star:")
match lg:
    case [first, *others]:
        print(" ", first, others)
print("no star:")
match lg:
    case [a, b, c, d]:
        print(" ", a + b + c + d)

class Pair(tuple):
    pass
match Pair((3, 4)):
    case (x, y):
        print("tuple subclass", x, y)

# Nested sequences and mixed syntax: [..] and (..) mean the same.
def nested(v):
    match v:
        case [(a, b), [c, d]]:
            return a + b + c + d
        case [[a, *_], *_, (*_, z)]:
            return f"a={a} z={z}"
        case _:
            return None
print(nested([(1, 2), (3, 4)]))
print(nested(((1, 2), [3, 4])))
print(nested([[1, 9, 9], "x", (5, 6, 7)]))
print(nested([[], [1]]))
print(nested("ab"))

# Strings inside sequences are fine as elements.
match ["go", "north"]:
    case ["go", direction]:
        print("going", direction)
match "go":
    case [*letters]:
        print("str matched?!", letters)
    case str(word):
        print("a str is not a sequence pattern subject:", word)

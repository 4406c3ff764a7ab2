# __index__ in slicing, range, hex/bin/oct, sequence indexing and repetition.
class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
    def __repr__(self):
        return f"Idx({self.n})"

data = list(range(10))
s = "abcdefghij"
t = tuple(data)
print(data[Idx(2)], s[Idx(-1)], t[Idx(4)], b"xyz"[Idx(1)])
print(data[Idx(2):Idx(5)], s[Idx(1)::Idx(3)], t[::Idx(-4)])
print(list(range(Idx(3))), list(range(Idx(1), Idx(10), Idx(4))), range(Idx(5))[Idx(2)])
print(hex(Idx(255)), bin(Idx(5)), oct(Idx(8)), "%x" % Idx(255) if False else "")
print([0] * Idx(3), "ab" * Idx(2), Idx(2) * "xy", (1,) * Idx(2))
data[Idx(0)] = "first"
del data[Idx(1)]
data[Idx(1):Idx(3)] = ["A", "B", "C"]
print(data)
print(bytes(Idx(3)), bytearray(Idx(2)), int(Idx(7)), chr(Idx(65)))
print(round(3.14159, Idx(2)), [1, 2, 3].pop(Idx(0)), "abcabc".index("c", Idx(3)))
print(slice(Idx(1), Idx(9), Idx(2)).indices(5))
print(range(10)[Idx(2):Idx(8):Idx(3)])
print(int.__index__(5), (7).__index__(), True.__index__())

class NotIdx:
    pass
class BadIdx:
    def __index__(self):
        return "3"
class BoolIdx:
    def __index__(self):
        return True
class FloatLike:
    def __float__(self):
        return 2.0

errs = [
    lambda: data[NotIdx()],
    lambda: data[1.0],
    lambda: s["a"],
    lambda: data[BadIdx()],
    lambda: data[NotIdx():],
    lambda: data[:FloatLike()],
    lambda: range(NotIdx()),
    lambda: range(1.5),
    lambda: hex(NotIdx()),
    lambda: bin(FloatLike()),
    lambda: [1] * NotIdx(),
    lambda: "x" * 1.5,
    lambda: data[Idx(100)],
    lambda: t[Idx(-100)],
    lambda: s[Idx(2 ** 70)],
    lambda: chr(NotIdx()),
    lambda: data.pop(NotIdx()),
    lambda: "abc"[None:BadIdx()],
]
for i, f in enumerate(errs):
    try:
        print(i, f())
    except (TypeError, IndexError, ValueError, OverflowError) as e:
        print(i, type(e).__name__, e)
print(data[BoolIdx()], hex(BoolIdx()))

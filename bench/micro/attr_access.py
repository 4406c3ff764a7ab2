"""Micro-benchmark (issue 3): instance attribute reads and writes, a property, a slot."""


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


class Slotted:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v


def main():
    p = Point(1, 2)
    s = Slotted(0)
    total = 0
    for i in range(1_000_000):
        p.x = p.y + i
        p.y = p.x - i
        s.v = s.v + 1
        total += p.x + p.norm1
    print("attr_access", total, s.v)


main()

# yield from over non-generator iterables and iterator objects with send/throw/close.
def flat(*iterables):
    for it in iterables:
        r = yield from it
        print("  sub returned", r)


print(list(flat([1, 2], "ab", range(3), (x * 10 for x in range(2)), {"k": 1})))


class Channel:
    """An iterator with the generator methods, used through yield from."""

    def __init__(self, n):
        self.n = n
        self.sent = []

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("channel-done")
        self.n -= 1
        return self.n

    def send(self, v):
        self.sent.append(v)
        return self.__next__()

    def throw(self, exc):
        print("  Channel.throw got", repr(exc))
        if isinstance(exc, KeyError):
            return -1
        raise exc

    def close(self):
        print("  Channel.close called")


def relay(ch):
    result = yield from ch
    print("  relay result", result)
    yield "after"


ch = Channel(4)
g = relay(ch)
print(next(g), g.send("a"), g.send(None), g.send("b"))
print("sent log", ch.sent)
print("gi_yieldfrom is channel:", g.gi_yieldfrom is ch)
print(g.throw(KeyError("k")))
try:
    g.throw(ValueError("v"))
except ValueError as e:
    print("propagated", e, g.gi_frame)

g2 = relay(Channel(5))
next(g2)
g2.close()
print("g2 closed", g2.gi_yieldfrom)

g3 = relay(Channel(1))
print(next(g3), next(g3))


class NoSend:
    def __iter__(self):
        return self

    def __next__(self):
        return "n"


g4 = relay(NoSend())
next(g4)
try:
    g4.send("x")
except AttributeError as e:
    print(type(e).__name__, e)

g5 = relay(iter([1, 2, 3]))
next(g5)
try:
    g5.send(5)
except AttributeError as e:
    print(type(e).__name__, e)
g6 = relay(iter([7, 8]))
next(g6)
try:
    g6.throw(IndexError("into list iterator"))
except IndexError as e:
    print("list iterator throw", e)


def bad():
    yield from 42


try:
    next(bad())
except TypeError as e:
    print(type(e).__name__, e)

# What await accepts: __await__ returning iterators of several kinds, and
# CPython's errors for everything else.
def drive(coro):
    yielded = []
    try:
        while True:
            yielded.append(coro.send(None))
    except StopIteration as e:
        return yielded, e.value


class GenAwait:
    def __await__(self):
        x = yield "g1"
        yield "g2"
        return "gen-result"


class IterAwait:
    def __init__(self):
        self.n = 0

    def __await__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("iter-result")
        return "i%d" % self.n

    def __iter__(self):
        return self


class ListAwait:
    def __await__(self):
        return iter(["l1", "l2"])


async def user(obj):
    return await obj


for obj in [GenAwait(), IterAwait(), ListAwait()]:
    print(type(obj).__name__, drive(user(obj)))


class Bad:
    def __init__(self, result):
        self.result = result

    def __await__(self):
        return self.result


async def nothing():
    return 1


class ReturnsCoro:
    def __await__(self):
        return nothing()


class AsyncAwait:
    async def __await__(self):
        return 1


class NoneAwait:
    __await__ = None


def plain_gen():
    yield 1


cases = [
    Bad(5),
    Bad("str"),
    Bad([1, 2]),
    ReturnsCoro(),
    AsyncAwait(),
    NoneAwait(),
    42,
    None,
    [1],
    plain_gen(),
    "text",
]
for case in cases:
    c = user(case)
    try:
        print("ok?", drive(c))
    except TypeError as e:
        print(type(case).__name__, "->", type(e).__name__ + ":", e)
    c.close()


class Raises:
    def __await__(self):
        raise KeyError("inside __await__")


try:
    drive(user(Raises()))
except KeyError as e:
    print("propagated", repr(e))


async def nested():
    inner = user(GenAwait())
    first = await inner
    return first, await user(ListAwait())


print(drive(nested()))
co = nothing()
print(drive(user(co)))
try:
    drive(user(co))
except RuntimeError as e:
    print(type(e).__name__, e)

# Async generators that yield inside async with blocks: enter/exit order,
# exceptions thrown in reaching __aexit__, suppression, aclose mid-block.
class Tick:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        return (yield self.tag)


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await Tick("enter " + self.name)
        print("  enter", self.name)
        return self.name.upper()

    async def __aexit__(self, typ, exc, tb):
        await Tick("exit " + self.name)
        print("  exit", self.name, typ.__name__ if typ else None, exc)
        return self.suppress


def drive(aw, limit=10):
    waits = []
    try:
        for _ in range(limit):
            waits.append(aw.send(None))
    except StopIteration as e:
        return ("value", e.value, waits)
    except StopAsyncIteration:
        return ("end", waits)
    except BaseException as e:
        return (type(e).__name__, str(e), waits)


async def rows(name, suppress=False):
    async with Resource(name, suppress) as handle:
        yield handle + ":1"
        yield handle + ":2"
    yield "after block"


g = rows("db")
print(drive(g.__anext__()))
print(drive(g.__anext__()))
print(drive(g.__anext__()))
print(drive(g.__anext__()))

g = rows("err")
drive(g.__anext__())
print(drive(g.athrow(KeyError("inside"))))
print(drive(g.__anext__()))

g = rows("quiet", suppress=True)
drive(g.__anext__())
print(drive(g.athrow(KeyError("suppressed"))))
print(drive(g.__anext__()))

g = rows("closing")
drive(g.__anext__())
print(drive(g.aclose()))
print(drive(g.__anext__()))


async def nested():
    async with Resource("outer"):
        async with Resource("inner") as r:
            x = yield r
            print("  got sent", x)
        yield "between"


n = nested()
print(drive(n.__anext__()))
print(drive(n.asend("hello")))
print(drive(n.aclose()))


async def consumer():
    out = []
    async for item in rows("loop"):
        out.append(item)
    return out


print(drive(consumer()))


class BadExit:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *args):
        raise RuntimeError("exit failed")


async def bad():
    async with BadExit():
        yield 1


b = bad()
drive(b.__anext__())
print(drive(b.__anext__()))

# aclose(): finally blocks (including awaits) run, GeneratorExit handling,
# and "async generator ignored GeneratorExit".
class Pause:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        return (yield self.tag)


def drive(aw, *sends):
    out = []
    try:
        out.append(aw.send(None))
        for s in sends:
            out.append(aw.send(s))
    except StopIteration as e:
        out.append(("done", e.value))
    except StopAsyncIteration:
        out.append("StopAsyncIteration")
    except BaseException as e:
        out.append((type(e).__name__, str(e)))
    return out


async def with_cleanup(name):
    try:
        yield name + "-1"
        yield name + "-2"
    finally:
        print("  cleanup start", name)
        got = await Pause("cleanup-" + name)
        print("  cleanup got", got)


ag = with_cleanup("a")
print(drive(ag.__anext__()))
print(drive(ag.aclose(), "answer"))
print("after close:", drive(ag.__anext__()))
print("close again:", drive(ag.aclose()))

fresh = with_cleanup("fresh")
print("unstarted aclose:", drive(fresh.aclose()))
print(drive(fresh.__anext__()))

finished = with_cleanup("f")
drive(finished.__anext__(), None)
drive(finished.__anext__())
print(drive(finished.__anext__(), None))
print("aclose finished:", drive(finished.aclose()))


async def yields_in_finally():
    try:
        yield 1
    finally:
        yield "bad"


ag = yields_in_finally()
drive(ag.__anext__())
print(drive(ag.aclose()))


async def catches_and_yields():
    while True:
        try:
            yield "x"
        except GeneratorExit:
            print("  swallowed GeneratorExit")


ag = catches_and_yields()
drive(ag.__anext__())
print(drive(ag.aclose()))


async def converts_exit():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("converted")


ag = converts_exit()
drive(ag.__anext__())
print(drive(ag.aclose()))


async def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return


ag = returns_on_exit()
drive(ag.__anext__())
print(drive(ag.aclose()))

ag = with_cleanup("reuse")
drive(ag.__anext__())
closer = ag.aclose()
print(drive(closer))
print(drive(closer, "late"))
print("reuse closer:", drive(closer))
try:
    ag.aclose(1)
except TypeError as e:
    print(type(e).__name__, e)

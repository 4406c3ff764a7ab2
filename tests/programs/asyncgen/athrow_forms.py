# athrow(): exceptions thrown into async generators in every state.
class Pause:
    def __await__(self):
        return (yield "paused")


async def resilient():
    n = 0
    while True:
        try:
            yield n
        except (ValueError, KeyError) as e:
            n += 100
            await Pause()
            yield "recovered from " + type(e).__name__ + ": " + str(e)
        n += 1


def drive(aw, *sends):
    out = []
    try:
        out.append(aw.send(None))
        for s in sends:
            out.append(aw.send(s))
    except StopIteration as e:
        out.append(("value", e.value))
    except StopAsyncIteration:
        out.append("StopAsyncIteration")
    except BaseException as e:
        out.append((type(e).__name__, str(e)))
    return out


ag = resilient()
print(drive(ag.__anext__()))
print(drive(ag.athrow(ValueError("v1")), None))
print(drive(ag.__anext__()))
print(drive(ag.athrow(KeyError), None))
print(drive(ag.__anext__()))
print(drive(ag.athrow(TypeError("not handled"))))
print("after unhandled:", drive(ag.__anext__()))
print("athrow on finished:", drive(ag.athrow(ValueError("late"))))

fresh = resilient()
print("athrow unstarted:", drive(fresh.athrow(ValueError("early"))))
print("then:", drive(fresh.__anext__()))

ag = resilient()
drive(ag.__anext__())
aw = ag.athrow(ValueError("once"))
print(drive(aw))
print("athrow reuse:", drive(aw))
print(drive(ag.__anext__()))

for bad in [(1,), (ValueError("x"), 1), ()]:
    try:
        ag.athrow(*bad).send(None)
    except TypeError as e:
        print("TypeError:", e)


async def stop_raiser():
    yield 1
    raise StopAsyncIteration("leak")


sr = stop_raiser()
drive(sr.__anext__())
print(drive(sr.__anext__()))
sr2 = stop_raiser()
drive(sr2.__anext__())
print(drive(sr2.athrow(StopIteration("thrown stop"))))


async def passthrough():
    try:
        yield 1
    finally:
        print("  passthrough finally")


p = passthrough()
drive(p.__anext__())
aw = p.athrow(GeneratorExit)
print(drive(aw))
print(drive(p.__anext__()))

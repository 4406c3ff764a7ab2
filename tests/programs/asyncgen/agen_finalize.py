# Suspended async generators that are freed get closed like aclose() without
# awaiting: finally blocks run; awaiting inside them is reported on stderr.
class Tick:
    def __await__(self):
        yield "tick"


def first(agen):
    try:
        agen.__anext__().send(None)
    except StopIteration as e:
        return e.value


async def stream(name):
    try:
        for i in range(3):
            yield f"{name}{i}"
    finally:
        print("  finally of", name)


s = stream("a")
print(first(s))
del s
print("after del")

print(first(stream("temp")))
print("after temporary")


async def consume_some():
    async for v in stream("loop"):
        if v.endswith("1"):
            break
    return "broke out"


c = consume_some()
try:
    while True:
        c.send(None)
except StopIteration as e:
    print(e.value)


async def awaits_in_finally():
    try:
        yield 1
    finally:
        print("  cleanup wants to await")
        await Tick()
        print("  never printed")


w = awaits_in_finally()
print(first(w))
w = None
print("after dropping the awaiting one")


async def catches():
    try:
        yield 1
    except GeneratorExit:
        print("  GeneratorExit inside async generator")
        raise


k = catches()
first(k)
k = None

unstarted = stream("never")
del unstarted
done = stream("done")
for _ in range(4):
    try:
        done.__anext__().send(None)
    except StopIteration as e:
        print("step", e.value)
    except StopAsyncIteration:
        print("exhausted")
del done
print("end")

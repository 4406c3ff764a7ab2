# aclose() of an async generator that keeps yielding: uncaught RuntimeError.
async def stubborn():
    while True:
        try:
            yield "value"
        except GeneratorExit:
            print("not leaving")


def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value


ag = stubborn()
print(run(ag.__anext__()))
print(run(ag.__anext__()))
run(ag.aclose())
print("unreachable")

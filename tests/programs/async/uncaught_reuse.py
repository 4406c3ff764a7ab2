# Awaiting a finished coroutine again is an error.


async def value():
    return 10


async def main():
    c = value()
    first = await c
    print("first await:", first)
    second = await c
    print("unreachable", second)


m = main()
try:
    m.send(None)
except StopIteration:
    pass

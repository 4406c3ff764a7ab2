# Awaiting something that is not awaitable: uncaught TypeError.
async def compute():
    return 21


async def main():
    x = await compute()
    print("got", x)
    y = await (x * 2)
    print("never", y)


c = main()
try:
    c.send(None)
except StopIteration:
    pass

# An uncaught TypeError from async for over a plain value.


async def main():
    total = 0
    async for x in 42:
        total += x
    return total


coro = main()
print("driving")
coro.send(None)

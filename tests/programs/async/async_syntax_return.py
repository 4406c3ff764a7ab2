# 'return' with a value in an async generator is a SyntaxError.
print("never printed")


async def agen():
    yield 1
    return 2

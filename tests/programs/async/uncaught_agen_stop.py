# StopAsyncIteration raised inside an async generator surfaces as a
# RuntimeError when the generator is advanced.


async def agen():
    yield "first"
    raise StopAsyncIteration("inside")


g = agen()
try:
    g.__anext__().send(None)
except StopIteration as e:
    print("first value:", e.value)
g.__anext__().send(None)

# await and async for inside comprehensions in coroutines (inlined in 3.12).


class Ready:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        return self.v
        yield


class AIter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("suspended")


async def awaiting():
    x = "outer"
    r = [await Ready(x * 2) for x in range(3)]
    return r, x


print(run(awaiting()))


async def async_for():
    i = "kept"
    r = [i async for i in AIter(3)]
    s = {i: await Ready(i) async for i in AIter(2)}
    return r, s, i


print(run(async_for()))


async def nested_async():
    return [[j async for j in AIter(i)] for i in range(3)]


print(run(nested_async()))


async def error_inside():
    x = 1
    try:
        [await Ready(1 / x) for x in range(-1, 1)]
    except ZeroDivisionError as e:
        return "caught", str(e), x


print(run(error_inside()))


def sync_with_genexpr_await():
    try:
        compile("def f():\n    return [await x for x in y]\n", "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg)


sync_with_genexpr_await()

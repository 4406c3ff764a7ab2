# SyntaxErrors for misplaced async constructs, checked with compile().

SOURCES = [
    "await x",
    "def f():\n    await x\n",
    "class A:\n    await x\n",
    "async def f():\n    class A:\n        await x\n",
    "async def f():\n    lambda: await x\n",
    "def f():\n    async with x:\n        pass\n",
    "def f():\n    async for x in y:\n        pass\n",
    "async with x:\n    pass\n",
    "async for x in y:\n    pass\n",
    "def f():\n    return [x async for x in y]\n",
    "def f():\n    return [await x for x in y]\n",
    "[x async for x in y]\n",
    "{x: 1 async for x in y}\n",
    "def f():\n    return {await x for x in y}\n",
    "async def f():\n    yield 1\n    return 2\n",
    "async def f():\n    return 2\n    yield 1\n",
    "async def f():\n    yield 1\n    return None\n",
    "async def f():\n    yield from x\n",
    "async def f():\n    x = yield from y\n",
    "async def f():\n    return [(yield) for x in y]\n",
    "def f():\n    return {(yield) for x in y}\n",
    "def f():\n    return {(yield): 1 for x in y}\n",
    "def f():\n    return ((yield) for x in y)\n",
]

OK_SOURCES = [
    "async def f():\n    yield 1\n    return\n",
    "async def f():\n    await x\n    return 5\n",
    "def f():\n    return (await x for x in y)\n",
    "def f():\n    return (x async for x in y)\n",
    "(x async for x in y)\n",
    "def f():\n    return ([z async for z in x] for x in y)\n",
    "async def f():\n    return [[z async for z in x] for x in y]\n",
    "async def f():\n    x = [y for y in [await z]]\n",
    "async def f():\n    async with a as b, c:\n        async for d in e:\n            pass\n",
    "async def f():\n    def g():\n        yield from h\n",
]

for src in SOURCES:
    try:
        compile(src, "<async>", "exec")
        print("compiled?!", repr(src))
    except SyntaxError as e:
        print(e.args[0])

for src in OK_SOURCES:
    compile(src, "<async>", "exec")
    print("ok", src.splitlines()[0])

# An uncaught error raised inside a comprehension in a function.


def f(values):
    return {v: 10 // v for v in values}


print(f([1, 2, 5]))
f([3, 0])

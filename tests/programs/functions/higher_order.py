def apply(fn, value):
    return fn(value)
print(apply(len, "hello"), apply(str.upper, "x"), apply(lambda v: v * 3, 7))
def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed
pipeline = compose(str, lambda n: n * 2, abs)
print(repr(pipeline(-21)))
print(list(map(str, [1, 2, 3])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(sorted(["banana", "Apple", "cherry"]))
print(sorted(["banana", "Apple", "cherry"], key=str.lower))
print(sorted([(2, "b"), (1, "z"), (2, "a")], key=lambda t: (-t[0], t[1])))
print(max(["aa", "b", "cccc"], key=len), min([3, -7, 5], key=abs))
def my_reduce(fn, items, init):
    acc = init
    for it in items:
        acc = fn(acc, it)
    return acc
print(my_reduce(lambda a, b: a + b, range(10), 0))
print(my_reduce(lambda a, b: a * b, range(1, 6), 1))
def curry(f):
    return lambda a: lambda b: f(a, b)
print(curry(pow)(2)(10))
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def slow_square(n):
    print("computing", n)
    return n * n
print(slow_square(4), slow_square(4), slow_square(5))
print(sorted(slow_square.cache.items()))
funcs = {"len": len, "abs": abs, "neg": lambda v: -v}
for name, fn in funcs.items():
    print(name, fn(-3) if name != "len" else fn([1, 2]))
print(any([x > 3 for x in [1, 5]]), all([x > 3 for x in [1, 5]]), any([]), all([]))
print(list(enumerate("ab", start=1)), list(zip("ab", "cd", "ef")))
print(sum([[1], [2, 3]], []), sum(range(5), 100))
print(list(map(int.__add__, [1, 2], [10, 20])))

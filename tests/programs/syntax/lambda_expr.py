square = lambda x: x * x
print(square(7))
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
print((lambda: "no args")())
print((lambda *args: args)(1, 2, 3))
print((lambda **kw: sorted(kw.items()))(b=2, a=1))
print((lambda a, /, b, *, c: (a, b, c))(1, b=2, c=3))
print(square.__name__, add.__name__)
pairs = [(3, "c"), (1, "a"), (2, "b")]
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(list(map(lambda s: s.upper(), ["x", "y"])))
print(list(filter(lambda n: n % 3 == 0, range(10))))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])
cond = lambda n: "even" if n % 2 == 0 else "odd"
print(cond(4), cond(7))
print((lambda x: (lambda y: x + y))(10)(5))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print(type(square).__name__)
print((lambda: None)() is None)
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b}
print(ops["+"](3, 4), ops["-"](3, 4))
print(add.__defaults__)

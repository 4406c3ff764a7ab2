funcs = []
for i in range(3):
    def f():
        return i
    funcs.append(f)
print([fn() for fn in funcs])
i = 100
print([fn() for fn in funcs])
funcs = []
for i in range(3):
    def f(i=i):
        return i
    funcs.append(f)
print([fn() for fn in funcs])
def make(n):
    def f():
        return n
    return f
funcs = [make(i) for i in range(3)]
print([fn() for fn in funcs])
lambdas = [lambda: j for j in range(4)]
print([l() for l in lambdas])
lambdas = [lambda j=j: j * 10 for j in range(4)]
print([l() for l in lambdas])
def builder():
    fs = []
    for k in range(3):
        fs.append(lambda: k)
    k = "changed"
    return fs
print([f() for f in builder()])
def loop_closure():
    result = []
    x = 0
    while x < 3:
        result.append(lambda: x)
        x += 1
    return [r() for r in result]
print(loop_closure())
def capture_mutable():
    data = [0]
    fs = []
    for n in range(3):
        data[0] = n
        fs.append(lambda d=data: d[0])
    return [f() for f in fs]
print(capture_mutable())
def enclosing_rebind():
    v = 1
    get = lambda: v
    v = 2
    r1 = get()
    v = 3
    return r1, get()
print(enclosing_rebind())

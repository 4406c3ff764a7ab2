def nothing():
    pass
def bare_return():
    return
def early(n):
    if n < 0:
        return "negative"
    if n == 0:
        return
    return n * 2
print(nothing(), bare_return(), early(-1), early(0), early(4))
def multi():
    return 1, "two", [3]
r = multi()
print(r, type(r).__name__)
a, b, c = multi()
print(a, b, c)
def single_tuple():
    return 1,
print(single_tuple())
def starred_return():
    rest = [2, 3]
    return 1, *rest
print(starred_return())
def returns_function():
    def inner():
        return "inner result"
    return inner
print(returns_function()())
def loop_return(items):
    for i, x in enumerate(items):
        if x == "target":
            return i
    return -1
print(loop_return(["a", "target"]), loop_return([]))
def return_in_while():
    n = 0
    while True:
        n += 1
        if n * n > 50:
            return n
print(return_in_while())
def return_in_nested_loops():
    for i in range(5):
        for j in range(5):
            if i * j == 6:
                return i, j
print(return_in_nested_loops())
def side_effect_after_return():
    return "done"
    print("never")
print(side_effect_after_return())
def return_list():
    result = []
    result.append(1)
    return result
x = return_list()
y = return_list()
print(x is y, x == y)
print(print("inner print returns None"))
def ret_dict():
    return {"a": 1}
print(ret_dict()["a"], len(ret_dict()))

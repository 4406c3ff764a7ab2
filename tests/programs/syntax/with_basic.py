class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return "value-" + self.name
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type is None, exc is None, tb is None)
        return False
with CM("a") as v:
    print("body", v)
with CM("b"):
    print("body without as")
class SelfCM:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        print("exit args", args)
        self.closed = True
with SelfCM() as s:
    print(type(s).__name__)
print(s.closed)
def func():
    with CM("ret"):
        return "returned"
print(func())
for i in range(3):
    with CM(str(i)):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)
with CM("outer"):
    with CM("inner") as iv:
        print("nested", iv)
class Tgt:
    pass
t = Tgt()
with CM("attr") as t.value:
    pass
print(t.value)
lst = [None]
with CM("item") as lst[0]:
    pass
print(lst)
with CM("tuple") as (a, b, *rest):
    print(a, b, rest)

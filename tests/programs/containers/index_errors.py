# Indexing: valid indices (negative, __index__, bool) and each type's errors.
def t(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

class I:
    def __index__(self):
        return -1
class Bad:
    def __index__(self):
        return "x"
class Sub(int):
    pass
for obj in [[1, 2], (1, 2), "ab", b"ab", bytearray(b"ab"), range(2), range(5, 7)]:
    print(obj[0], obj[-1], obj[True], obj[I()], obj[Sub(1)])
    t(lambda: obj[5])
    t(lambda: obj[-3])
    t(lambda: obj["a"])
    t(lambda: obj[1.0])
    t(lambda: obj[None])
    t(lambda: obj[10 ** 30])
    t(lambda: obj[-10 ** 30])
    t(lambda: obj[Bad()])
t(lambda: {}[[]])
t(lambda: {1: 2}[2])
t(lambda: {(1, 2): 0}[1, 2])
five, nothing, aset = 5, None, {1}
t(lambda: five[0])
t(lambda: nothing[0])
t(lambda: aset[0])
t(lambda: {}.keys()[0])
t(lambda: [][0])
t(lambda: ()[0])
t(lambda: ""[0])
class A:
    pass
t(lambda: A()[0])
def del_a():
    del A()[0]
def set_a():
    A()[0] = 1
t(del_a)
t(set_a)
print([[1, 2], [3, 4]][1][0], ((1,), (2, 3))[-1][-1], "abc"[1][0], [1, 2][-2], {"a": [1, {"b": 2}]}["a"][1]["b"])
m = [[0] * 3 for _ in range(3)]
m[1][2] = 5
m[-1][0] += 7
print(m)

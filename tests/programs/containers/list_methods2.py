# list methods: normal use, argument checking and exact error messages.
def t(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

a = [5, 3, 8]
a.append(1)
a.extend((7, 7))
a.extend(x * 2 for x in range(2))
a.extend({"k": 1})
a.insert(0, "first")
a.insert(-1, "before-last")
a.insert(100, "end")
a.insert(-100, "start")
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a)
print(a.count(7), a.count("x"), a.index(7), a.index(7, 5), a.index(7, -4, -1))
a.remove(7)
print(a)
b = a.copy()
b.reverse()
print(b, a is b, a == b[::-1])
b.clear()
print(b, a)
c = [1, 2]
c.extend(c)
print(c)
c += c
print(c, c.count(1))
c *= 2
print(len(c))
x = [1, 2, 3]
x[len(x):] = [4]
print(x, x.index(4), [1, 1.0, True].count(1), [[1], [1]].count([1]))
nan = float("nan")
n = [nan]
print(n.count(nan), n.index(nan), nan in n)
# argument errors
t(lambda: [].append())
t(lambda: [].append(1, 2))
t(lambda: [].append(x=1))
t(lambda: [].pop(1, 2))
t(lambda: [].pop())
t(lambda: [1].pop(5))
t(lambda: [1].pop("a"))
t(lambda: [1].pop(2 ** 70))
t(lambda: [].insert(1))
t(lambda: [].insert("a", 1))
t(lambda: [].insert(2 ** 70, 1))
t(lambda: [].remove(1))
t(lambda: [1, 2].index(3))
t(lambda: ["a"].index("b"))
t(lambda: [1].index(1, "a"))
t(lambda: [1].index(1, None))
t(lambda: [1, 2, 3].index(3, 0, 2 ** 80))
t(lambda: [1, 2, 3].index(1, -2 ** 80))
t(lambda: [].count())
t(lambda: [].extend())
t(lambda: [].extend(1))
t(lambda: [].copy(1))
t(lambda: [].clear(1))
t(lambda: [].reverse(1))
t(lambda: [].index())
t(lambda: list.append())
t(lambda: list.append(1, 2))
t(lambda: list.append([], 2, 3))
t(lambda: list.pop((1, 2)))
# methods through the class, and on a subclass
y = [3, 1]
list.append(y, 2)
list.sort(y)
print(y, list.__len__(y), list.__getitem__(y, -1), list.__contains__(y, 3))
class Stack(list):
    def push(self, v):
        self.append(v)
        return self
s = Stack([1])
s.push(2).push(3)
s.extend([4])
print(s, len(s), s.pop(), s[0], s[-1], s[1:], type(s).__name__, isinstance(s, list))
print(s == [1, 2, 3], s != [1, 2], s < [1, 3], [1, 2, 3] == s, 2 in s, s.index(3), s.count(1))
s.sort(reverse=True)
print(s, s + [0], [0] + s, s * 2, 2 * s)
s += [9]
print(s, type(s).__name__)
s[0] = 100
del s[1]
print(s)
it = [1, 2, 3].__reversed__()
print(list(it))
class Idx:
    def __index__(self):
        return 1
print([10, 20, 30].pop(Idx()), [10, 20, 30][Idx()])

# All list methods.
a = [3, 1, 2]
a.append(4)
a.extend([5, 6])
a.extend((7,))
a.extend("ab")
a.extend(range(2))
print(a, len(a))
a.insert(0, "first")
a.insert(-1, "before-last")
a.insert(100, "end")
a.insert(-100, "start")
print(a)
a.remove("a")
a.remove(1)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(3), a)
print(a.index(2), a.index(0), a.count(0), a.count("zzz"), a.index(5, 2), a.index(6, 0, 8))
a.reverse()
print(a)
b = a.copy()
b.append("only-b")
print(len(a), len(b), b[-1], a is not b, a == b[:-1])
b.clear()
print(b, a[:3])
nums = [5, 2, 8, 1]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: [1, 2].index(3))
t(lambda: [1, 2].remove(3))
t(lambda: [].pop())
t(lambda: [1].pop(5))
t(lambda: ["a"].index("b"))
t(lambda: [1, 2, 3].index(1, 1))
t(lambda: [1].insert("x", 1))
t(lambda: [1].extend(5))
t(lambda: [1, "a"].sort())
print(list(), list("abc"), list(range(3)), list((1, 2)), list({"k": 1}), [[]] * 2)
x = [1, 2]
x += [3]
x += "de"
x *= 2
print(x)

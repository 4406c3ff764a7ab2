# min/max with key, default, multiple args, and errors.
print(max(3, 1, 2), min(3, 1, 2), max([4, 5]), min((9, 8)), max("hello"), min("b", "a", "c"))
print(max([1, 2, 3], key=lambda x: -x), min(["aaa", "b", "cc"], key=len), max(["aaa", "b", "cc"], key=len))
print(max([], default="empty"), min([], default=None), max([7], default=0), max(iter([2, 9, 4])))
print(max([(1, "b"), (1, "a"), (0, "z")]), min({"x": 3, "y": 1}), max({"x": 3, "y": 1}, key=lambda k: {"x": 3, "y": 1}[k]))
print(max(["b", "a2", "a1"], key=lambda s: s[0]), min(["b", "a2", "a1"], key=lambda s: s[0]))
print(max(1, 2.5, True), min(-1, -1.0), max(-0.0, 0.0), max(0.0, -0.0), max(2, 2.0), max(2.0, 2))
print(max("a", "b", key=str.upper), min(3, 1, 2, key=lambda v: v % 3))
print(max(range(10**6)), min(range(5, 10**6)))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: max([]))
t(lambda: min([]))
t(lambda: max())
t(lambda: min(5))
t(lambda: max(1, "a"))
t(lambda: max(1, 2, default=0))
t(lambda: min((), key=len))
t(lambda: max([1, 2], key=5))
t(lambda: max(iter([])))
t(lambda: max([], default=1, key=len))

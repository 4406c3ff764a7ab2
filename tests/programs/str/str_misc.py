# Assorted: str constructors, methods on subclasses, chaining, ord/chr round trip.
print(str(12), str(-0.0), str(1e100), str(2**70), str([]), str({}), str(()), str(range(3)))
print(str(object=5), str(b"a\xff", "latin-1"), str(b"\xff", "utf-8", "replace"))
print([chr(i) for i in range(65, 71)], [ord(c) for c in "AZaz09"])
print("".join([chr(ord(c) + 1) for c in "HAL"]))
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
m = MyStr("hey")
print(m, m.shout(), len(m), m + "x", type(m + "x").__name__, type(m.upper()).__name__, isinstance(m, str))
print(m == "hey", {"hey": 1}[m], m[1:], type(m[1:]).__name__)
print("  Mixed Case  ".strip().lower().replace(" ", "_").center(14, "*"))
print("a,b;c d".replace(",", " ").replace(";", " ").split())
print("%s|%s" % ("x".isidentifier(), "".isidentifier()), "x".zfill(3).rjust(5, "-"))
print("abc".__len__(), "abc".__contains__("b"), "abc".__getitem__(-1), "a".__add__("b"), "a".__mul__(3))
print("hello"[::-1].capitalize(), "Hello".swapcase().title())
words = "the quick brown fox jumps over the lazy dog".split()
print(len(words), sorted(set(words)), max(words, key=len), [w for w in words if len(w) == 3])
counts = {}
for c in "mississippi":
    counts[c] = counts.get(c, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print("{:s}".format("x"), "x".__format__(""), "x".__format__(">3"))

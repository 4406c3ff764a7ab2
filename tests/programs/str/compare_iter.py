# Comparisons, iteration, membership, hashing equality of strings.
print("a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a", "a" == "a")
print("apple" > "Apple", "10" < "9", "é" > "e", "abc" != "abd", "a" <= "a", "b" >= "c")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana", "10", "9", ""]))
print(sorted(["b", "a", "C"], key=str.lower), sorted(["bb", "a", "ccc"], key=len, reverse=True))
print(max("hello"), min("hello"), max(["x", "yy", "z"]), min("bca", "abc"))
for ch in "héy😀":
    print(ch, end="|")
print()
print(list("abc"), tuple("日本"), list(reversed("abc")), [c * 2 for c in "xy"])
it = iter("ab")
print(next(it), next(it), next(it, "done"))
print(list(enumerate("ab")), list(zip("abc", "12")))
print("a" * 3 == "aaa", "ab" + "c" == "abc", "abc" is not None)
a = "".join(["he", "llo"])
print(a == "hello", hash(a) == hash("hello"), {"hello": 1}[a])
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__, e)
print("a" == 1, "1" == 1, "abc".__eq__(1), "abc".__lt__("abd"))
print(str(), str(123), str(1.5), str([1, "a"]), str(None), str(True), str(b"x"))
print(len("abc" * 1000), "abc" * 2 < "abd", "".join(sorted("hello")))
print(min(["b", "a"], key=lambda s: -ord(s)), sorted("dcba"), "".join(reversed("stressed")))

# str.format, str.format_map and string multiplication / concatenation.
print("{} {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{name}!".format(name="hi"))
print("{0}{0}{0}".format("ab"), "{a}-{b}".format(**{"a": 1, "b": 2}), "{}".format([1, 2]))
d = {"x": 1, "y": 2}
print("{x}+{y}".format_map(d), "{x}".format_map({"x": "só"}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} {b} {c}".format_map(Default(a=1)))
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "" * 100, "-" * 20)
print("abc" + "def", "a" + "" + "b", "x" * 1 is not None)
s = "ab"
s *= 3
print(s)
s += "!"
print(s)
for f in [lambda: "a" + 1, lambda: 1 + "a", lambda: "a" * "b", lambda: "a" * 1.5,
          lambda: "{}".format(), lambda: "{0} {2}".format(1, 2), lambda: "{x}".format(y=1),
          lambda: "{".format(), lambda: "}".format(), lambda: "{} {0}".format(1, 2)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print("in:", "ell" in "hello", "" in "abc", "abc" in "", "x" not in "abc", "日本" in "日本語")

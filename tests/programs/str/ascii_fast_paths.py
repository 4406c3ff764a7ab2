# ASCII fast paths of splitlines, isprintable and one-character `in`,
# checked against the same operations on text with non-ASCII characters.
samples = [
    "", "a", "\n", "\r\n", "\r\r\n\n", "a\nb", "a\r\nb\rc\n", "x\x0by\x0cz\x1cw\x1dv\x1eu",
    "trailing\n", "\n\nlead", "no break", "tab\tis not\x1f a break", "mixed\n\r",
]
for s in samples:
    print(repr(s), s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))
    u = s + "\u2028é\x85end"
    print(repr(u), u.splitlines(), u.splitlines(True))
one = "only line"
print(one.splitlines()[0] is one, len("a\n".splitlines()))
for s in ["", "abc", "a b~", "tab\t", "del\x7f", "nl\n", " ", "~}|{", "é", "a\u2028"]:
    print(repr(s), s.isprintable())
hay = ['say "hi"', "back\\slash", "plain", "", "café ☃", "x"]
for h in hay:
    print(repr(h), ['"' in h, "\\" in h, "é" in h, "☃" in h, "x" in h, "" in h, "af" in h])
try:
    1 in "abc"
except TypeError as e:
    print(e)

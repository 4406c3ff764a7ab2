# split, rsplit and splitlines.
s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print(s.split(None, 1), s.split(maxsplit=2))
print(s.rsplit(None, 1), s.rsplit(maxsplit=2))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2))
print("".split(), "".split(","), "   ".split(), "   ".split(" "))
print("abcabcabc".split("bc"), "abcabcabc".rsplit("bc", 1), "aaa".split("aa"), "aaa".rsplit("aa"))
print("a b c".split(" ", 0), "a b c".split(" ", -1), " a b ".split(None, 0), " a b ".rsplit(None, 0))
print("one\u3000two\xa0three\x1cfour".split())
print("x".split("x"), "xx".split("x"))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
lines = "line1\nline2\r\nline3\rline4\n\nlast"
print(lines.splitlines())
print(lines.splitlines(True))
print(lines.splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(), "a\n\n".splitlines(True))
print("a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i".splitlines())
print("a\nb".split("\n"), "a\r\nb".split("\n"))
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="))
print("a--b--c".partition("--"), "a--b--c".rpartition("--"))
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
print("1 2 3".split(sep=None), "1;2;3".rsplit(sep=";", maxsplit=1))

# split/rsplit (whitespace and separator forms, maxsplit), splitlines, partition/rpartition.
texts = ["  the quick  brown\tfox\njumps  ", "a,b,,c,", "", "   ", "one", "a  b", " x ", "\u3000a\xa0b\x1cc\x85d\u2028"]
for s in texts:
    print(ascii(s))
    for n in [-1, 0, 1, 2, 5]:
        print("  ", n, ascii(s.split(None, n)), ascii(s.rsplit(None, n)), ascii(s.split(" ", n)), ascii(s.rsplit(",", n)))
print("abcabcabc".split("bc"), "abcabcabc".rsplit("bc", 1), "aaa".split("aa"), "aaa".rsplit("aa"))
print("x".split("x"), "xx".split("x"), "日本日本".split("本"), "😀a😀".rsplit("😀", 1), "a--b--c".split("--", 1))
print("1 2 3".split(sep=None), "1;2;3".rsplit(sep=";", maxsplit=1), "a b c".split(maxsplit=1), "a b c".rsplit(maxsplit=1))
print("a b c".split(" ", True), "a,b".split(",", False), "key=value=x".split("=", maxsplit=1))
lines = ["line1\nline2\r\nline3\rline4\n\nlast", "", "\n", "a\n", "a\n\n", "\r\n", "\r\r\n\n", "no newline",
         "a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i", "a\x1fb", "x\r"]
for s in lines:
    print(ascii(s), s.splitlines(), s.splitlines(True), s.splitlines(keepends=False), s.splitlines(keepends=1))
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="))
print("a--b--c".partition("--"), "a--b--c".rpartition("--"), "日本語".partition("本"), "".partition("x"))
print("abc".partition("abc"), "abc".rpartition("a"), "abc".partition("c"), "aaa".rpartition("a"))
class S(str):
    pass
p = S("no-sep").partition("=")
print(p, type(p[0]).__name__, type(S("a=b").partition("=")[0]).__name__, type(S("a b").split()[0]).__name__)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: "abc".split(""))
t(lambda: "abc".rsplit("", 1))
t(lambda: "abc".split(1))
t(lambda: "abc".rsplit(b"a"))
t(lambda: "abc".split(",", 1, 2))
t(lambda: "abc".split(x=1))
t(lambda: "abc".split(",", sep=","))
t(lambda: "abc".split(maxsplit="1"))
t(lambda: "abc".split(maxsplit=None))
t(lambda: "abc".split(None, 10 ** 30))
t(lambda: "abc".split(None, -(10 ** 30)))
t(lambda: "abc".splitlines(1, 2))
t(lambda: "abc".splitlines(ends=True))
t(lambda: "abc".partition(""))
t(lambda: "abc".rpartition(""))
t(lambda: "abc".partition(1))
t(lambda: "abc".partition())
t(lambda: "abc".rpartition("a", "b"))

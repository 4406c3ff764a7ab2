# bytes/bytearray searching, counting, splitting and partitioning.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

s = b"the cat sat on the mat"
for sub in [b"at", b"the", b"", b"x", 116, bytearray(b" ")]:
    print(sub, s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 5), s.rfind(sub, 0, 10), s.count(sub, -8))
print(s.index(b"sat"), s.rindex(b"at"), s.find(b"at", -3), s.find(b"at", 100), s.find(b"", 22), s.find(b"", 23))
print(s.find(b"the", None, None), s.count(b"", 0, 3), s.count(b"", 5, 2), s.rfind(b"", 5), s.rfind(b"", 30))
print(bytearray(s).find(b"mat"), bytearray(s).count(97), bytearray(s).index(116, 1))
t(lambda: s.index(b"dog"))
t(lambda: s.rindex(b"the", 1, 5))
t(lambda: s.find("at"))
t(lambda: s.find(256))
t(lambda: s.count(1.5))
t(lambda: s.find(b"a", "1"))
t(lambda: s.find())
t(lambda: s.find(b"a", 1, 2, 3))
t(lambda: s.find(b"a", start=1))

print(s.startswith(b"the"), s.startswith(b"cat", 4), s.startswith((b"x", b"th")), s.endswith(b"mat"), s.endswith(b"sat", 0, 11))
print(s.startswith(b""), s.startswith(b"", 22), s.startswith(b"", 23), s.endswith(bytearray(b"at")), s.startswith(()))
t(lambda: s.startswith("the"))
t(lambda: s.endswith(["mat"]))
t(lambda: s.startswith((b"a", "b")))

print(s.split(), s.split(b" "), s.split(b" ", 2), s.split(maxsplit=1), s.split(b"at"), s.split(sep=b"the"))
print(s.rsplit(), s.rsplit(b" ", 2), s.rsplit(maxsplit=1), s.rsplit(b"at", 1), b"".split(), b"".split(b","))
print(b"  a  b  ".split(), b"  a  b  ".rsplit(None, 1), b"  a  b  ".split(None, 1), b"a,,b,".split(b","), b",".rsplit(b","))
print(b"\ta\nb\x0bc\x0cd\re f".split(), b"a\x1cb\x85c".split(), b"x".split(None, 0), b" x ".split(None, 0), b" x ".rsplit(None, 0))
print(bytearray(b"1-2-3").split(b"-"), bytearray(b"1-2-3").rsplit(b"-", 1))
t(lambda: s.split(b""))
t(lambda: s.rsplit(b""))
t(lambda: s.split(" "))
t(lambda: s.split(maxsplit="2"))
t(lambda: s.split(b" ", 1, 2))
t(lambda: s.split(bad=1))

print(s.partition(b" "), s.rpartition(b" "), s.partition(b"dog"), s.rpartition(b"dog"), s.partition(b"the"))
print(bytearray(b"k=v=w").partition(b"="), bytearray(b"k=v=w").rpartition(bytearray(b"=")))
t(lambda: s.partition(b""))
t(lambda: s.partition(" "))
t(lambda: s.partition())

print(b"one\ntwo\r\nthree\rfour".splitlines(), b"one\ntwo\r\n\r\n".splitlines(True), b"".splitlines(), b"\n".splitlines())
print(b"a\x0bb\x0cc\x1cd".splitlines(), bytearray(b"x\ny").splitlines(keepends=True))
print(b"-".join([b"a", bytearray(b"b"), b"c"]), bytearray(b", ").join([b"x", b"y"]), b"".join(x for x in [b"p", b"q"]))
print(b"ab".join([]), b"ab".join([b"z"]), type(bytearray(b"").join([b"a"])).__name__)
t(lambda: b"-".join([b"a", "b"]))
t(lambda: b"-".join([1]))
t(lambda: b"-".join(5))
print(b"abc".__contains__(b"bc"), 97 in b"abc", b"" in b"", bytearray(b"b") in b"abc", b"d" in bytearray(b"abc"))
t(lambda: "a" in b"abc")
t(lambda: 256 in b"abc")
t(lambda: 1.0 in b"abc")

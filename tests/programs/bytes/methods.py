# bytes methods.
b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b"xxhixx".strip(b"x"), b.strip(b" H"))
print(b"a,b,,c".split(b","), b"a b  c".split(), b"a,b,c".split(b",", 1), b"a,b,c".rsplit(b",", 1))
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"".join([]), b", ".join((b"x", b"y")))
print(b"hello".replace(b"l", b"L"), b"hello".replace(b"l", b"", 1), b"aaa".replace(b"a", b"bb"))
print(b"hello".find(b"l"), b"hello".rfind(b"l"), b"hello".find(b"z"), b"hello".find(108), b"hello".index(b"e"))
print(b"hello".startswith(b"he"), b"hello".endswith((b"lo", b"x")), b"hello".startswith(b"l", 2))
print(b"Hello".upper(), b"Hello".lower(), b"hello world".title(), b"hELLO".swapcase(), b"hello".capitalize())
print(b"mississippi".count(b"ss"), b"mississippi".count(b"i"), b"mississippi".count(115))
print(b"abc".isalpha(), b"123".isdigit(), b"ab1".isalnum(), b" \t".isspace(), b"AB".isupper(), b"ab".islower())
print(b"\xe9".isalpha(), b"".isdigit(), b"Ab Cd".istitle(), b"abc".isascii(), b"\x80".isascii())
print(b"k=v".partition(b"="), b"a.b.c".rpartition(b"."), b"x\ny\r\nz".splitlines(), b"x\ny".splitlines(True))
print(b"ab".center(6, b"*"), b"ab".ljust(4), b"ab".rjust(4, b"0"), b"42".zfill(5), b"-4".zfill(4))
print(b"a\tb".expandtabs(4), b"file.py".removesuffix(b".py"), b"file.py".removeprefix(b"file"))
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"abc".translate(None, b"b"))
print(b"hello".decode(), b"hello".hex(), b"hello".hex(":"), b"hello".hex("-", 2))
ba = bytearray(b"mutable")
print(ba.upper(), type(ba.upper()).__name__, ba.split(b"t"), ba.find(b"t"), ba.decode())
for f in [lambda: b"abc".index(b"z"), lambda: b"a".split(b""), lambda: b"a".join(["b"]),
          lambda: b"abc".find("a"), lambda: b"a".center(3, "x")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

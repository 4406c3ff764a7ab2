# bytes/bytearray transforms: strip, replace, case, padding, tabs, translate, hex.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

s = b"  \t Hello, World! \n"
print(s.strip(), s.lstrip(), s.rstrip(), s.strip(b" \tH\n"), b"xxhixx".strip(b"x"), b"abc".strip(b""), b"".strip())
print(b"\x0b\x0cx\x1c".strip(), bytearray(b"..a..").strip(b"."), b"abcba".lstrip(bytearray(b"ab")), b"abc".rstrip(None))
t(lambda: b"a".strip("a"))
t(lambda: b"a".strip(1))
t(lambda: b"a".strip(b"a", b"b"))

print(b"aaaa".replace(b"a", b"b"), b"aaaa".replace(b"a", b"b", 2), b"aaaa".replace(b"aa", b"c"), b"abc".replace(b"", b"-"))
print(b"abc".replace(b"", b"-", 2), b"".replace(b"", b"x"), b"abc".replace(b"x", b"y"), b"abab".replace(b"ab", b""), b"a".replace(b"a", b"a", 0))
print(bytearray(b"hello").replace(b"l", bytearray(b"L")), b"abc".replace(b"b", b"XYZ", -1))
t(lambda: b"abc".replace("a", b"b"))
t(lambda: b"abc".replace(b"a"))
t(lambda: b"abc".replace(b"a", b"b", count=1))

w = b"hello WORLD 123 it's x-ray"
print(w.upper(), w.lower(), w.swapcase(), w.title(), w.capitalize())
print(b"\xe9t\xe9".upper(), b"ABC\xc9".lower(), b"".title(), b"1st 2nd".title(), b"mIxEd".capitalize())
for v in [b"", b"abc", b"ABC", b"Abc", b"a1", b"123", b" \t", b"Hello World", b"Hello world", b"hello", b"\x80", b"A B", b"1A"]:
    print(v, v.isalpha(), v.isdigit(), v.isalnum(), v.isspace(), v.isupper(), v.islower(), v.istitle(), v.isascii())
t(lambda: b"a".upper(1))
t(lambda: b"a".isalpha(1))

print(b"ab".center(6), b"ab".center(5), b"abc".center(6, b"*"), b"ab".center(1), b"ab".ljust(5, b"-"), b"ab".rjust(5, bytearray(b"0")))
print(b"42".zfill(5), b"-42".zfill(5), b"+42".zfill(2), b"".zfill(3), b"-".zfill(3), bytearray(b"7").zfill(3), b"ab".ljust(-1))
t(lambda: b"a".center())
t(lambda: b"a".center(3, "x"))
t(lambda: b"a".center(3, b"xy"))
t(lambda: b"a".ljust("3"))
t(lambda: b"a".zfill())

print(b"a\tbc\td".expandtabs(), b"a\tbc\td".expandtabs(4), b"a\tb".expandtabs(tabsize=1), b"x\n\ty\r\tz".expandtabs(3), b"\t".expandtabs(0))
print(b"file.tar.gz".removesuffix(b".gz"), b"file".removesuffix(b"x"), b"prefix-body".removeprefix(b"prefix-"), bytearray(b"ab").removeprefix(b"a"))
t(lambda: b"a".removeprefix("a"))

table = bytes.maketrans(b"abc", b"ABC")
print(len(table), table[97:100], b"aabbcc".translate(table), b"abc".translate(table, b"b"), b"abc".translate(None, b"ac"))
print(bytearray(b"cab").translate(table), b"abc".translate(None), bytearray.maketrans(b"x", b"y")[120], b"abc".translate(bytes(range(256)), delete=b"a"))
t(lambda: b"a".translate(b"short"))
t(lambda: bytes.maketrans(b"ab", b"a"))
t(lambda: bytes.maketrans("a", "b"))
t(lambda: b"a".translate(None, "a"))

h = b"\x00\x01\xab\xff\x10"
print(h.hex(), h.hex(":"), h.hex(b"-"), h.hex(" ", 2), h.hex(" ", -2), h.hex("|", 10), h.hex(sep="_", bytes_per_sep=3), bytearray(h).hex())
print(bytes.fromhex("00 01ab\tff\n10"), bytearray.fromhex("DEADbeef"), bytes.fromhex(""), bytes.fromhex("  "), type(bytearray.fromhex("00")).__name__)
t(lambda: h.hex("::"))
t(lambda: h.hex("\u00e9"))
t(lambda: h.hex(5))
t(lambda: bytes.fromhex("0"))
t(lambda: bytes.fromhex("0g"))
t(lambda: bytes.fromhex("00 0"))
t(lambda: bytes.fromhex("a b"))
t(lambda: bytes.fromhex(b"00"))
t(lambda: bytes.fromhex())
class B(bytes):
    pass
print(type(B.fromhex("41")).__name__, B.fromhex("41"), B(b"xy").upper(), B(b"a b").split(), len(B(b"abc")), B(b"ab") + b"c")
print(B(b"abc")[1], B(b"abc")[1:], b"b" in B(b"abc"), B(b"abc") == b"abc", hash(B(b"abc")) == hash(b"abc"), list(B(b"hi")))

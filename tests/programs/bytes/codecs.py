# bytes.decode / bytes(str, encoding): codecs, error handlers, Unicode errors.
def t(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, e)

data = [b"plain", b"caf\xc3\xa9", b"\xe2\x82\xac5", b"\xf0\x9f\x98\x80", b"bad\xffbyte", b"\xc3", b"\xe2\x28\xa1",
        b"\xf0\x28\x8c\x28", b"\xed\xa0\x80", b"\xc0\xaf", b"\xfe\xfe", b"ok\xe2\x82"]
for d in data:
    for errors in ["strict", "ignore", "replace", "backslashreplace"]:
        t(lambda: d.decode("utf-8", errors))
for enc in ["ascii", "latin-1", "utf8", "UTF_8", "Latin1", "iso-8859-1", "us-ascii", "L1", "u8", "utf-8-sig"]:
    t(lambda: b"A\xe9\xef\xbb\xbf".decode(enc))
    t(lambda: b"A\xe9".decode(enc, "replace"))
print(b"\xef\xbb\xbfhi".decode("utf-8-sig"), b"hi".decode("utf-8-sig"), bytearray(b"\xc3\xa9").decode(), b"x".decode(encoding="ascii"))
t(lambda: b"x".decode("no-such-codec"))
t(lambda: b"\xff".decode("utf-8", "no-such-handler"))
t(lambda: b"ok".decode("utf-8", "no-such-handler"))
t(lambda: b"\xff".decode("utf-8", "xmlcharrefreplace"))
t(lambda: b"x".decode(5))
t(lambda: b"x".decode("utf-8", 5))
t(lambda: b"x".decode("utf-8", "strict", 1))

for s in ["abc", "caf\u00e9", "\u20ac1", "a\u00e9\u20ac\U0001f600b\u00e9\u00e9"]:
    for enc in ["utf-8", "latin-1", "ascii"]:
        for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
            t(lambda: bytes(s, enc, errors))
print(bytes("x", encoding="utf-8"), bytearray("\u00e9", "latin-1"), bytes("\u00e9", "utf-8-sig"), bytes("", "ascii"))
t(lambda: bytes("x"))
t(lambda: bytes("x", "nope"))
t(lambda: bytes(5, "utf-8"))
t(lambda: bytes(b"x", "utf-8"))
t(lambda: bytes(errors="strict"))
t(lambda: bytes("x", 5))

try:
    b"ab\xffcd".decode()
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, e.args)
    print(isinstance(e, UnicodeError), isinstance(e, ValueError))
try:
    bytes("a\u20ac\u20acb", "ascii")
except UnicodeEncodeError as e:
    print(e.encoding, ascii(e.object), e.start, e.end, e.reason)
    print(e)
e = UnicodeDecodeError("utf-8", b"xyz", 1, 3, "custom reason")
print(e, "|", e.start, e.end, repr(e.object))
e = UnicodeDecodeError("ascii", bytearray(b"\x80"), 0, 1, "bad")
print(e, type(e.object).__name__)
e = UnicodeEncodeError("latin-1", "\U0001f600", 0, 1, "nope")
print(e)
t(lambda: UnicodeDecodeError("utf-8", b"", 0))
t(lambda: UnicodeDecodeError(1, b"", 0, 1, "r"))
t(lambda: UnicodeDecodeError("utf-8", "str", 0, 1, "r"))
t(lambda: UnicodeDecodeError("utf-8", b"", "0", 1, "r"))
t(lambda: UnicodeEncodeError("utf-8", b"", 0, 1, "r"))

# UnicodeDecodeError messages from bytes.decode.
cases = [b"\xff", b"abc\xff", b"\xc3", b"\xc3\x28", b"\xe2\x82", b"\xf0\x9f\x98", b"\xed\xa0\x80",
         b"\xc0\x80", b"\xf5\x80\x80\x80", b"\x80abc", b"ok\xe9ok"]
for c in cases:
    try:
        print(c.decode())
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
        print("  ", e.encoding, e.start, e.end, e.reason, e.object)
for enc in ["ascii", "utf-8", "latin-1"]:
    try:
        print(enc, b"caf\xe9".decode(enc))
    except UnicodeDecodeError as e:
        print(enc, type(e).__name__, e)
print(b"\xff".decode("utf-8", errors="replace"), b"\xff".decode("utf-8", "ignore") == "")
print(b"a\xffb".decode("utf-8", "backslashreplace"), b"\xe2\x82\xac".decode())
print(bytearray(b"\xc3\xa9").decode(), b"\xef\xbb\xbfhi".decode("utf-8"), len(b"\xef\xbb\xbfhi".decode("utf-8-sig")))
print(isinstance(UnicodeDecodeError("utf-8", b"", 0, 1, "x"), ValueError), issubclass(UnicodeDecodeError, UnicodeError))

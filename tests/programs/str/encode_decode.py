# str.encode with utf-8, latin-1, ascii and error handlers.
s = "héllo wörld €"
print(s.encode(), s.encode("utf-8"), s.encode("UTF8"), s.encode("utf_8"))
print("café".encode("latin-1"), "café".encode("latin1"), "café".encode("iso-8859-1"))
print("abc".encode("ascii"), "\x00\x7f".encode("ascii"), "\xff".encode("latin-1"))
print(s.encode("ascii", "ignore"), s.encode("ascii", "replace"), s.encode("ascii", "backslashreplace"))
print(s.encode("latin-1", "replace"), s.encode("ascii", "xmlcharrefreplace"))
print("😀".encode("utf-8"), "😀".encode("utf-16-le"), "😀".encode("utf-16-be"), "a".encode("utf-32-le"))
print(b"caf\xe9".decode("latin-1"), b"caf\xc3\xa9".decode(), b"caf\xc3\xa9".decode("utf-8"))
print(b"\xff\xfe".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"a\xffb".decode("ascii", "backslashreplace"))
for f in [lambda: "café".encode("ascii"), lambda: "€".encode("latin-1"),
          lambda: "😀".encode("latin-1"), lambda: "x".encode("nope"),
          lambda: b"\xe9".decode("ascii"), lambda: b"\xc3".decode("utf-8"),
          lambda: b"\xed\xa0\x80".decode("utf-8")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
try:
    "naïve".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, e.start, e.end, repr(e.object), e.reason)
print(str(b"abc", "ascii"), str(b"\xc3\xa9", "utf-8"), str(b"abc"), str(bytearray(b"xy"), "latin-1"))
print(len("€".encode()), len("€".encode("utf-16")), "€".encode("utf-8").hex())
print(bytes("é", "utf-8"), bytes("é", "latin-1"), "é".encode().decode("latin-1"))

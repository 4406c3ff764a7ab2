# str.encode: codecs and aliases, error handlers, UnicodeEncodeError details.
s = "héllo wörld €"
print(s.encode(), s.encode("utf-8"), s.encode("UTF8"), s.encode("utf_8"), s.encode(" Utf-8 "), s.encode("U8"))
print("café".encode("latin-1"), "café".encode("latin1"), "café".encode("iso-8859-1"), "café".encode("L1"), "café".encode("8859"))
print("abc".encode("ascii"), "\x00\x7f".encode("ascii"), "\xff".encode("latin-1"), "abc".encode("us-ascii"), "x".encode("646"))
print("😀".encode("utf-8"), "😀".encode("utf-16-le"), "😀".encode("utf-16-be"), "a".encode("utf-32-le"), "a".encode("UTF-32BE"))
print("é".encode("utf-16"), "é".encode("utf-32"), "é".encode("utf_8_sig"), "".encode("utf-16"), "".encode("utf-8-sig"))
print("é\n\x01😀€\\'".encode("unicode_escape"), "é\n😀€\\".encode("raw_unicode_escape"), "\t\r".encode("unicode-escape"))
print(s.encode("ascii", "ignore"), s.encode("ascii", "replace"), s.encode("ascii", "backslashreplace"))
print(s.encode("latin-1", "replace"), s.encode("ascii", "xmlcharrefreplace"), s.encode("latin-1", "xmlcharrefreplace"))
print("aé€😀".encode("ascii", errors="backslashreplace"), "aé€😀".encode(errors="strict"), "aé€😀".encode(encoding="latin-1", errors="ignore"))
print("plain".encode("ascii", "bogus-handler"), "é".encode("utf-8", "bogus"), len("€".encode()), list("€".encode("utf-8")))
print("日本語".encode("utf-8"), len("日本語".encode("utf-16-le")), list("Aé".encode("utf-16-be")))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: "café".encode("ascii"))
t(lambda: "€".encode("latin-1"))
t(lambda: "😀".encode("latin-1"))
t(lambda: "aé€😀".encode("ascii"))
t(lambda: "aé€😀x".encode("latin-1"))
t(lambda: "é€€x€".encode("ascii"))
t(lambda: "é".encode("ascii", "surrogateescape"))
t(lambda: "é".encode("ascii", "bogus"))
t(lambda: "x".encode("nope"))
t(lambda: "x".encode(""))
t(lambda: "x".encode(1))
t(lambda: "x".encode("utf-8", None))
t(lambda: "x".encode("a", "b", "c"))
t(lambda: "x".encode(x=1))
t(lambda: "x".encode("utf-8", encoding="utf-8"))
try:
    "naïve ☃".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, e.start, e.end, repr(e.object), e.reason, isinstance(e, UnicodeError), isinstance(e, ValueError))
    print(e.args)
try:
    "ab☃☃c".encode("latin-1")
except ValueError as e:
    print(type(e).__name__, str(e), e.start, e.end)

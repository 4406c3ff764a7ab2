# repr() of strings: quote selection, escapes, non-printables; ascii().
cases = ["it's", 'a"b', 'a"b\'c', "plain", "", "\x00\n\t\u200b", "\r\x7f\x80\x9f\xa0",
         "back\\slash", "\a\b\f\v", "é日😀", "\u00ad\u2028\u2029", "\U000e0001",
         "'", '"', "'\"", "\x1b[0m", "tab\there", "\xff\u0100", "\U0010ffff", " "]
for c in cases:
    print(repr(c), ascii(c), len(repr(c)))
print(repr(["it's", 'x"y']), repr(("a\n",)), repr({"k'": "v\""}))
print(str("it's"), str('a"b'))
print(ascii(["é", 1]), ascii("abc"), ascii(1.5), ascii(None))
print("%r" % "it's", "{!r}".format("x\ny"), f"{'é'!a}", f"{'q'!r:>6}")
print(repr("\\n"), repr(r"\n"), len(r"\n"), r"a\tb", "a\tb".__repr__())
print(repr("\u0300"), repr("a\u0300"), repr("\ufeff"), repr("\u3000"))
print(repr("\x00" * 3), repr("a\\b\\"), repr("\\'"), repr("'\\\""))
for cp in [0x7, 0x1f, 0x20, 0x7e, 0x7f, 0xa0, 0xad, 0xff, 0x2028, 0xfeff, 0x1f600, 0xe000]:
    print(hex(cp), repr(chr(cp)), ascii(chr(cp)))
print(eval(repr("mixed 'quotes' and \"doubles\"")) == "mixed 'quotes' and \"doubles\"")
print(len(repr("\t")), len(ascii("é")), len(repr("é")))

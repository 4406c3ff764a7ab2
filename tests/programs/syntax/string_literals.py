print('single', "double", '''triple single''', """triple double""")
print("tab:\tend", "nl:\\n", "quote:\"", 'apos:\'', "bs:\\")
print("\x41\x42", "\101\102", "\u00e9", "\U0001F600" == chr(0x1F600), "\N{BULLET}" == "\u2022")
print(len("\0"), repr("\0"), repr("\x7f"), repr("\a\b\f\v\r"))
print(r"raw \n stays", r'C:\path\to', len(r"\n"), R"\t")
print(rb"\x00", Rb"a\b", br"\n", len(rb"\x00"))
print(b"bytes", b"\x00\xff", type(b"").__name__, b"abc"[0], list(b"\x01\x02"))
print("implicit" " " "concatenation", "a" 'b' """c""")
s = ("multi "
     "line "
     "concat")
print(s)
print(b"by" b"tes")
t = """first line
second line
    indented"""
print(t)
print(repr(t))
u = """\
no leading newline\
 and joined"""
print(u)
print(len("""
"""))
print(repr('it\'s'), repr("say \"hi\""), repr("both ' and \""))
print(repr("caf\u00e9"), repr("\t\n"), repr("\\"), ascii("caf\u00e9"))
print(repr(b"\x00a\n'"), repr(b'"'), repr(b"'\""))
print(u"unicode prefix", U"also")
print("emoji \U0001F600 len", len("\U0001F600"))
print("a\
b")
print('"' + "'" + '"')
print("{}".format("braces"), "{{literal}}".format())

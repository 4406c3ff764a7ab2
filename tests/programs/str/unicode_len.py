# Non-ASCII text: lengths, ord/chr, iteration, comparisons.
for w in ["héllo", "日本語", "😀", "👍🏽", "e\u0301", "ß", "İ", "Ω", "\U0001F600x", "", "naïve café"]:
    print(repr(w), len(w), [ord(c) for c in w])
print(chr(233), chr(0x65E5), chr(0x1F600), repr(chr(0)), repr(chr(0x10FFFF)), chr(97))
print(ord("é"), ord("日"), ord("😀"), ord("\n"), ord("\x7f"))
print("日本" + "語", "日" * 3, "本" in "日本語", "日本語".index("語"))
print("é" < "f", "é" > "z", "日" > "z", "😀" > "日", sorted(["b", "é", "a", "日", "Z"]))
print("ß".upper(), "ß".lower(), "ß".casefold(), "İ".lower(), len("İ".lower()))
print("ǅ".upper(), "ǅ".lower(), "ǅ".title(), "ﬁ".upper())
print("ΣΑΣ".lower(), "ὈΔΥΣΣΕΎΣ".lower())
print("日本語".encode("utf-8"), len("日本語".encode("utf-8")), len("😀".encode("utf-8")))
print("héllo".encode("utf-8").decode("utf-8") == "héllo")
for c in "aé日😀":
    print(c, ord(c), c.isalpha(), c.isascii(), c.encode("utf-8"))
print("\N{GREEK SMALL LETTER ALPHA}", "\u03b1" == "α", "\x41\u0042\U00000043")
print(str(len("Привет, мир")), "Привет".upper(), "МИР".lower())
print("٣".isdigit(), "٣".isdecimal(), "½".isnumeric(), "½".isdigit(), "²".isdigit(), "²".isdecimal())
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord("")
except TypeError as e:
    print(type(e).__name__, e)

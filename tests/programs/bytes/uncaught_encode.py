# Encodes and decodes a few values, then fails with an uncaught UnicodeEncodeError.
for s in ["abc", "caf\u00e9", "\u00fcber"]:
    b = bytes(s, "latin-1")
    print(b, b.decode("latin-1") == s, len(b))
print(bytes("\u20ac", "ascii", "replace"), bytes("\u20ac", "utf-8"))
print(bytes("price: 5\u20ac", "ascii"))
print("not reached")

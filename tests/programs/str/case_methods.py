# upper/lower/title/capitalize/swapcase/casefold.
words = ["hello World", "HELLO", "they're bill's friends", "ß straße", "123abc DEF",
         "ǆemal", "hello_world-foo bar", "a1b2c3", "mIxEd CaSe", "", "ÉCOLE élève", "i\u0307"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print("ß".swapcase(), "ﬃ".upper(), "ŉ".upper(), "Σ".lower(), "aΣ".lower(), "aΣb".lower())
print("ᾳ".upper(), "ᾳ".title(), "ᾳ".capitalize())
print("hello".upper().lower() == "hello", "Straße".casefold() == "STRASSE".casefold())
print("don't stop".title(), "o'neil mcdonald".title(), "3rd place".title(), "x-ray".capitalize())
print("ABC".lower().upper(), "abc".capitalize().swapcase(), "Ab".swapcase().swapcase())
print("ǈ".upper(), "ǈ".lower(), "ǈ".title(), "ǈ".swapcase())
print("µ".upper(), "ÿ".upper(), "ı".upper(), "ſ".upper(), "K".lower())
print("hello world".title().istitle(), "Hello World".lower().islower(), "x".upper().isupper())
print("ﬀ".casefold(), "ΣΣ".casefold(), "ẞ".lower(), "ẞ".casefold())
for w in ["weft runtime", "PYTHON 3.12", "snake_case_name"]:
    print(w.title(), w.capitalize(), w.swapcase(), len(w.upper()) == len(w))

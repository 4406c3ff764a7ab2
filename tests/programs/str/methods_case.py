# Case conversion: upper/lower/casefold/swapcase/title/capitalize, incl. full Unicode mappings.
words = ["hello", "HELLO", "Hello World", "hELLO wORLD", "", "123", "a1b2", "ǆungla", "ǅ", "Ǆ",
         "straße", "STRASSE", "ﬁne ﬂow", "ﬃ", "İstanbul", "ıi", "ŉ", "ΐ", "ᾳ", "ᾼ", "ὒ",
         "Ωmega", "ΣΊΣΥΦΟΣ", "όσος", "Σ", "aΣ", "Σa", "aΣ.", "a.Σ", "aΣ'b", "ʰΣ", "1Σ",
         "Ꭰ", "ꭰ", "ǰ", "ǈǉǊ", "ß", "ẞ", "Ⓐⓑ", "𐐀𐐨", "ꟓ", "ƛ", "x\u0345", "ﬓ", "և"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.casefold()))
    print("   ", repr(w.swapcase()), repr(w.title()), repr(w.capitalize()))
print("they're bill's friends from the UK".title())
print("hello_world-foo.bar baz2qux 3x".title())
print("AbC dEf".swapcase(), "ǅ".swapcase(), "ß".swapcase(), "ΣΑΣ".swapcase())
print("éCOLE".capitalize(), "ǆ".capitalize(), "ﬁsh".capitalize(), " a".capitalize())
print("ΌΣΟΣ ΣΟΦΟΣ".lower(), "ΣΑΣ ΣΑΣ".lower(), "Σ Σ".lower(), "ΑΣ\u0301Α".lower())
print("ΑΣ\u0301".lower(), "Α\u0301Σ".lower(), "ΑΣ1".lower(), "ΑΣ-".lower())
print("ΑΣ".casefold(), "ΑΣ".title(), "σς".upper(), "ΣΑΣ".capitalize())
# lengths can change
for w in ["ß", "İ", "ﬃ", "ŉ", "ǰ", "ΐ"]:
    print(w, len(w), len(w.upper()), len(w.lower()), len(w.casefold()), len(w.title()))
# counting changed characters over ranges checks the tables broadly
def count_changes(lo, hi):
    up = low = fold = title = 0
    for i in range(lo, hi):
        c = chr(i)
        if c.upper() != c:
            up += 1
        if c.lower() != c:
            low += 1
        if c.casefold() != c.lower():
            fold += 1
        if c.title() != c.upper():
            title += 1
    return up, low, fold, title
print(count_changes(0, 0x800))
print(count_changes(0x1000, 0x2000))
print(count_changes(0x2000, 0x3000))
print(count_changes(0xa000, 0xb000))
print(count_changes(0xfb00, 0x10000))
print(count_changes(0x10400, 0x10600))
print(count_changes(0x1e900, 0x1e960))
# method objects and unbound calls
print(str.upper("abc"), str.lower("ABC"), str.title("a b"))
for f in [lambda: "a".upper(1), lambda: "a".lower(x=1), lambda: str.upper(),
          lambda: str.upper(5), lambda: str.title(None), lambda: "a".casefold(1, 2)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)

# The is* predicates over hand-picked strings and whole Unicode ranges.
samples = ["", "a", "A", "aA", "abc1", "ABC1", "Ab Cd", "Ab cd", "AB", "ab", "12", "1.5", "½", "²", "٣",
           "Ⅻ", "〇", "一", "𝟙", "\t\n ", "\x1c\x1d\x1e\x1f", "\x85", "\u200b", "\xa0", "\u3000",
           "_x", "x_1", "1x", "ℌ", "℘", "·", "x·y", "a\u0301", "\u0301", "ǅ", "ǅa", "Ǆa", "aǅ",
           "ᾼ", "A1B", "A_B", "a b", "😀", "\x7f", "é", "\ud7ff", "\ue000", "\U000e0001",
           "ǈeto", "Ωmega Σ", "ꭰ", "ʰ", "ⓐ", "Ⓐ", "ǂ", "ª", "º"]
names = ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower",
         "isnumeric", "isprintable", "isspace", "istitle", "isupper"]
print(" ".join([n[2:5] for n in names]))
for s in samples:
    flags = [getattr(s, n)() for n in names]
    print(ascii(s), "".join(["1" if f else "0" for f in flags]))

def census(lo, hi):
    counts = [0] * len(names)
    for i in range(lo, hi):
        if 0xd800 <= i < 0xe000:
            continue
        c = chr(i)
        for k in range(len(names)):
            if getattr(c, names[k])():
                counts[k] += 1
    return counts

for lo, hi in [(0, 0x100), (0x100, 0x800), (0x800, 0x1000), (0x1000, 0x2000), (0x2000, 0x3000),
               (0x3000, 0x4000), (0x4e00, 0x5000), (0xa000, 0xb000), (0xd000, 0xe800),
               (0xf000, 0x10000), (0x10000, 0x11000), (0x11000, 0x12000), (0x16800, 0x17000),
               (0x1d400, 0x1d800), (0x1e800, 0x1f000), (0x1f000, 0x1f800), (0x20000, 0x20100),
               (0xe0000, 0xe0200), (0x10fff0, 0x110000)]:
    print("%x" % lo, census(lo, hi))
print("Hello, World!".istitle(), "Hello  World".istitle(), "HeLLo".istitle(), "1A".istitle(), "A1a".istitle())
print("ABC DEF".isupper(), "ABC def".isupper(), "A1!".isupper(), "a b c".islower(), "ǆ".islower(), "ʰ".islower())
print("x".isidentifier(), "".isidentifier(), "None".isidentifier(), "a-b".isidentifier(), "λx".isidentifier())
for f in [lambda: "a".isalpha(1), lambda: "a".isdigit(k=1), lambda: str.isspace(3)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)

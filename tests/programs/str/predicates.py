# is* predicate methods.
samples = ["abc", "ABC", "Abc", "aBC", "123", "12.3", "", " ", " \t\n", "abc123", "abc 123",
           "Hello World", "Hello world", "HELLO WORLD", "héllo", "日本", "٣٤", "½", "²", "Ⅻ",
           "_id", "id_2", "2id", "class", "\x00", "a\tb", "é\u0301", "\xa0", "ǅ", "Σ"]
for s in samples:
    flags = [s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(),
             s.istitle(), s.isidentifier(), s.isdecimal(), s.isnumeric(), s.isprintable(), s.isascii()]
    print(repr(s), "".join(["1" if f else "0" for f in flags]))
print("A1".isupper(), "a1".islower(), "1".isupper(), "1".islower(), "ǅ".istitle())
print("Hello, World!".istitle(), "Hello  World".istitle(), "HeLLo".istitle(), "1A".istitle())
print("\u200b".isprintable(), "\u00ad".isprintable(), "\x7f".isprintable(), "é".isprintable(), "\U0001F600".isprintable())
print("\u2028".isspace(), "\x1c".isspace(), "\x85".isspace(), "\u200b".isspace())
print("𝟘".isdigit(), "𝟘".isdecimal(), "Ⅷ".isnumeric(), "Ⅷ".isalpha(), "〇".isnumeric())
print("ℌ".isidentifier(), "a-b".isidentifier(), "None".isidentifier(), "λ".isidentifier(), "😀".isidentifier())
print("".isalnum(), "".isupper(), "".istitle(), "".isidentifier(), "".isprintable(), "".isascii())
print("ABC DEF".isupper(), "ABC def".isupper(), "A1!".isupper(), "a b c".islower(), "ǆ".islower())
print("1_000".isdigit(), "-1".isdigit(), "1.5".isdecimal(), " 1".isnumeric(), "一二三".isnumeric(), "一".isdigit())

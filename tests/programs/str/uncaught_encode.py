# Text processing that ends in an uncaught UnicodeEncodeError.
records = ["alpha:1", "beta:22", "gamma:333", "délta:4444"]
for r in records:
    name, _, value = r.partition(":")
    print(name.ljust(8, "."), value.rjust(6), "{:>3}".format(len(value)), name.encode("utf-8"))
table = str.maketrans("aeiou", "AEIOU")
print([r.translate(table) for r in records])
print(" | ".join(r.split(":")[0].title() for r in records))
for r in records:
    print(r.encode("ascii"))
print("not reached")

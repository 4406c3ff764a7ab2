# An uncaught error raised lazily by a builtin iterator.
pairs = zip([1, 2, 3], "ab", strict=True)
print(next(pairs))
print(next(pairs))
for p in pairs:
    print("never", p)

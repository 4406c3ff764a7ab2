# Bytes as a sequence: iteration, comparisons, conversions, bytes %-formatting.
b = bytes(range(65, 75))
print(b, list(b)[:3], b[2:5], b.decode("ascii").lower())
total = 0
for x in b"\x01\x02\x03":
    total += x
print(total)
print(sorted([b"b", b"a", b"ab", b""]), max(b"abc"), min([b"x", b"w"]))
print(b"%d-%s-%x" % (3, b"q", 255), b"%5s|" % b"ab", b"%c" % 65, b"%%" % (), b"%r" % b"x")
print(bytes.maketrans(b"a", b"b")[97], len(bytes.maketrans(b"", b"")))
print(b"abc".__len__(), b"abc".__contains__(99), b"abc".__getitem__(0))
data = bytearray()
for i in range(10):
    data += bytes([i * 25])
print(data, data.hex(" "), sum(data))
h = b"ab".hex()
print(h, bytes.fromhex(h), bytes.fromhex(h) == b"ab")
words = b"one two three".split()
print(words, [w.upper() for w in words], b" ".join(reversed(words)))
print(int(b"12"), float(b"1.5"), int(b" -7 "), b"1" + bytes(1))
print(str(b"ab"), repr(bytearray(b"ab")), "%s" % b"x", f"{b'z'}", format(b"q"))
counts = {}
for byte in b"hello":
    counts[byte] = counts.get(byte, 0) + 1
print(counts)

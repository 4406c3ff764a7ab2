# str * int: empty operands, huge counts of the empty string, multi-byte
# text (lengths count code points), results on both sides of the inline size.
print(repr("" * 10**18), repr("abc" * 0), repr("abc" * -3), repr(-2 * "x"))
for n in range(0, 26, 5):
    s = "ab" * n
    print(n, len(s), s)
s = "é☃😀" * 9
print(len(s), s, s.encode("utf-8")[:12])
print(len("é" * 11), len("é" * 12), "é" * 12 == "éé" * 6)
t = "xy"
t *= 12
print(t, len(t), t.count("xy"))
print(("ab" * 3).upper(), hash("ab" * 3) == hash("ababab"))
try:
    "ab" * (2**62)
except OverflowError as e:
    print("OverflowError", e)
try:
    "ab" * (2**60)
except MemoryError as e:
    print("MemoryError", repr(str(e)))
try:
    "ab" * 2.0
except TypeError as e:
    print(e)
# str(int) for the digit-writing path: signs, extremes, every length.
for i in [0, -0, 7, -7, 10, -10, 2**63 - 1, -(2**63), 10**18, -(10**18) + 1]:
    print(str(i), len(str(i)), f"{i}")
print([str(10**k) for k in range(20)])
print(str(12345) == "12345", str(-5)[0], hash(str(99)) == hash("99"))

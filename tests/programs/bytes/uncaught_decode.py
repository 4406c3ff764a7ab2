# Decodes a few byte strings, then an uncaught UnicodeDecodeError.
data = [b"plain", b"caf\xc3\xa9", b"\xe6\x97\xa5", b""]
for d in data:
    s = d.decode("utf-8")
    print(d, s, len(d), len(s))
ok = bytearray()
for d in data:
    ok += d
print(ok, ok.decode())
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("caught once:", e)
print(b"latin \xff".decode("latin-1"))
print("now uncaught")
print(b"bad \xff byte".decode("utf-8"))
print("not reached")

# Converts ints to bytes, then fails with an uncaught OverflowError.
for n in [1, 255, 256, 65535]:
    print(n, n.to_bytes(2, "big"), int.from_bytes(n.to_bytes(2, "little"), "little"))
print((-1).to_bytes(2, "big", signed=True))
print((65536).to_bytes(2, "big"))
print("not reached")

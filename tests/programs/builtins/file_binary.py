# open() in binary mode: write, read, read(n), iteration.
name = "_tmp_weft_test.bin"
data = bytes(range(256))
with open(name, "wb") as f:
    print(f.write(data), f.write(b"\nline2\n"), f.write(bytearray(b"end")))
with open(name, "rb") as f:
    content = f.read()
print(len(content), content[:4], content[-8:], content[:256] == data)
with open(name, "rb") as f:
    print(f.read(3), f.read(2), len(f.read(1000)), f.read(), f.read(5))
with open(name, "rb") as f:
    chunks = []
    while True:
        c = f.read(100)
        if not c:
            break
        chunks.append(len(c))
print(chunks)
with open(name, "rb") as f:
    lines = list(f)
print(len(lines), [len(l) for l in lines], lines[-1])
with open(name, "rb") as f:
    print(f.readline()[:12], len(f.readlines()))
with open(name, "ab") as f:
    f.write(b"++")
with open(name, "rb") as f:
    print(f.read()[-5:])
with open(name, "wb") as f:
    f.write("é".encode("utf-8"))
with open(name, "r", encoding="utf-8") as f:
    print(f.read())
with open(name, "w") as f:
    try:
        f.write(b"bytes into text")
    except TypeError as e:
        print(type(e).__name__, e)
with open(name, "wb") as f:
    try:
        f.write("text into bytes")
    except TypeError as e:
        print(type(e).__name__, e)
with open(name, "rb") as f:
    print(f.read())

# open() text encodings (utf-8, latin-1, ascii), universal newlines,
# writelines and the encoding attribute.
name = "_tmp_weft_test.enc"
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

with open(name, "w", encoding="latin-1") as f:
    print(f.encoding, f.write("café ÿ\n"))
    f.writelines(["a\n", "b\n"])
    f.writelines(iter(["c"]))
with open(name, "rb") as f:
    print(f.read())
with open(name, encoding="latin-1") as f:
    print(repr(f.read()), f.encoding)
with open(name, encoding="utf-8") as f:
    t(lambda: f.read())
with open(name, encoding="ascii") as f:
    t(lambda: f.read())
with open(name, "w", encoding="ascii") as f:
    f.write("plain ")
    t(lambda: f.write("naïve"))
with open(name, "w", encoding="latin-1") as f:
    t(lambda: f.write("ok ā"))
with open(name, "w", encoding="utf-8") as f:
    f.write("x\r\ny\rz\n\r\n")
with open(name, encoding="utf-8") as f:
    print(repr(f.read()))
with open(name, encoding="utf-8", newline="") as f:
    print(repr(f.read()))
with open(name, encoding="utf-8") as f:
    print([line for line in f])
with open(name, "wb") as f:
    f.write(b"caf\xc3\xa9 \xe2\x82\xac \xc3")
with open(name, encoding="utf-8") as f:
    t(lambda: f.read())
with open(name, "wb") as f:
    f.write(b"ok\xff")
with open(name, encoding="UTF8") as f:
    t(lambda: f.read())
t(lambda: open(name, encoding="no-such-codec"))
t(lambda: open(name, "rb", encoding="utf-8"))
t(lambda: open(name, encoding=5))
with open(name, "w") as f:
    f.writelines([])
    t(lambda: f.writelines([1]))
    t(lambda: f.writelines(5))
with open(name) as f:
    print(repr(f.read()), f.encoding)

# open() for writing and reading a text file in the current folder.
name = "_tmp_weft_test.txt"
with open(name, "w", encoding="utf-8") as f:
    n = f.write("first line\n")
    f.write("second línea\n")
    f.writelines(["third\n", "fourth"])
print("wrote", n)
with open(name, encoding="utf-8") as f:
    print(repr(f.read()))
with open(name, "r", encoding="utf-8") as f:
    for line in f:
        print(repr(line))
with open(name, encoding="utf-8") as f:
    print(f.readlines())
with open(name, encoding="utf-8") as f:
    print(repr(f.read(5)), repr(f.read(6)), repr(f.readline()), repr(f.readline()))
    print(repr(f.read()), repr(f.read()))
with open(name, "a", encoding="utf-8") as f:
    f.write("\nappended")
with open(name, encoding="utf-8") as f:
    lines = f.read().splitlines()
print(len(lines), lines[-1])
with open(name, "w", encoding="latin-1") as f:
    f.write("café ÿ\n")
with open(name, "rb") as f:
    print(f.read())
with open(name, encoding="latin-1") as f:
    print(repr(f.read()))
try:
    with open(name, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
f = open(name, "w")
print(f.closed)
f.write("x")
f.close()
print(f.closed)
try:
    f.write("y")
except ValueError as e:
    print(type(e).__name__, e)
with open(name, encoding="utf-8") as f:
    print(f.read())
try:
    open("_tmp_weft_no_such_file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
with open(name, "w") as f:
    f.write("a\r\nb\rc\n")
with open(name, "rb") as f:
    print(f.read())
with open(name, encoding="utf-8") as f:
    print(repr(f.read()))

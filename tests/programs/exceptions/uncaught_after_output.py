import sys
sys.stdout.write("written without newline; ")
print("then print")
for i in range(20):
    print("line", i, "x" * i)
print("a", "b", "c", sep=", ", end="!\n")
print("partial line with end=''", end="")
print("... continued")
sys.stdout.write("multi\nline\nwrite\n")
print("tab\tseparated\tvalues")
print("unicode: é ü 中文")
print()
print("after a blank line")
print("last line without trailing newline", end="")
data = [3, 1, 2]
data.sort()
result = data[0] / (data[0] - 1)

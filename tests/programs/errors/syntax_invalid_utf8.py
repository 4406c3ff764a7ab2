# -*- coding: utf-8 -*-
# This file contains invalid UTF-8 bytes inside a string literal.
print("never runs")
items = [1, 2, 3]
for i in items:
    print(i)
def f(x):
    return x * 2
print(f(4))
name = "weft"
print(name)
count = 0
while count < 2:
    count += 1
print(count)
bad = "café ÿþ bytes"
print(bad)

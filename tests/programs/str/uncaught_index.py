# Prints characters, then an uncaught IndexError.
word = "weft"
for i in range(len(word)):
    print(i, word[i], word[-1 - i])
print(word.upper(), word[::-1], word[10:])
try:
    word[-5]
except IndexError as e:
    print("caught:", e)
def nth_char(s, n):
    return s[n]
print(nth_char("héllo", 1))
print(nth_char("日本語", -1))
print(nth_char(word, 3))
print(nth_char(word, len(word)))
print("not reached")

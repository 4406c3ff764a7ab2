# str.maketrans and str.translate.
t = str.maketrans("abc", "xyz")
print(sorted(t.items()))
print("aabbcc abc".translate(t))
t2 = str.maketrans("ab", "AB", "c")
print(sorted(t2.items()), "abcabc".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, "c": "333", ord("d"): "D", "é": 101})
print(sorted(t3.items()), "abcdeé".translate(t3))
print("hello".translate({ord("l"): None}), "hello".translate({108: "L"}), "hello".translate({}))
print("日本".translate({ord("日"): "sun"}), "abc".translate([None, None]), "abc".translate({97: 98, 98: 99}))
class Upper:
    def __getitem__(self, k):
        if k < 128:
            return k - 32 if 97 <= k <= 122 else k
        raise LookupError
print("hi there é".translate(Upper()))
for f in [lambda: str.maketrans("ab", "x"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans(1),
          lambda: "a".translate({97: 1.5}), lambda: str.maketrans("a")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
rot13 = str.maketrans("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
                      "nopqrstuvwxyzabcdefghijklmNOPQRSTUVWXYZABCDEFGHIJKLM")
msg = "Hello, World!"
print(msg.translate(rot13), msg.translate(rot13).translate(rot13))

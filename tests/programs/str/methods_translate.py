# str.maketrans (1, 2 and 3 argument forms) and str.translate with various tables.
t = str.maketrans("abc", "xyz")
print(t, "aabbcc abc".translate(t))
t2 = str.maketrans("ab", "AB", "c")
print(t2, "abcabc".translate(t2), str.maketrans("", ""), str.maketrans({}), "abc".maketrans("a", "b"))
t3 = str.maketrans({"a": "1", "b": None, "c": "333", ord("d"): "D", "é": 101, True: "T"})
print(t3, "abcdeé\x01".translate(t3))
print("hello".translate({ord("l"): None}), "hello".translate({108: "L"}), "hello".translate({}), "hello".translate({104: 0x1F600}))
print("日本".translate({ord("日"): "sun"}), "abc".translate([None, None]), "abc".translate({97: 98, 98: 99}))
print("abc".translate({97: "", 98: 0}) == "\x00c", "abc".translate({97: True}) == "\x01bc", "a".translate("abc"), "ab".translate([]))
class Upper:
    def __getitem__(self, k):
        if k < 128:
            return k - 32 if 97 <= k <= 122 else k
        raise LookupError
print("hi there é".translate(Upper()))
class Count:
    def __init__(self):
        self.n = 0
    def __getitem__(self, k):
        self.n += 1
        raise IndexError(k)
c = Count()
print("aaaaabbbbb".translate(c), c.n)
rot13 = str.maketrans("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
                      "nopqrstuvwxyzabcdefghijklmNOPQRSTUVWXYZABCDEFGHIJKLM")
msg = "Hello, World!"
print(msg.translate(rot13), msg.translate(rot13).translate(rot13))
strip_vowels = str.maketrans("", "", "aeiouAEIOU")
print("The Quick Brown Fox".translate(strip_vowels), "ÀÉÎ".translate(str.maketrans("ÀÉÎ", "AEI")))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: str.maketrans("ab", "x"))
t(lambda: str.maketrans({"ab": 1}))
t(lambda: str.maketrans({1.5: 1}))
t(lambda: str.maketrans(1))
t(lambda: str.maketrans("a"))
t(lambda: str.maketrans(None))
t(lambda: str.maketrans(1, "a"))
t(lambda: str.maketrans({"a": "b"}, "c"))
t(lambda: str.maketrans(1, 2))
t(lambda: str.maketrans("a", "b", 1))
t(lambda: str.maketrans("a", "b", None))
t(lambda: str.maketrans())
t(lambda: str.maketrans("a", "b", "c", "d"))
t(lambda: str.maketrans(x="a"))
t(lambda: "a".translate({97: 1.5}))
t(lambda: "a".translate({97: 0x110000}))
t(lambda: "a".translate({97: -1}))
t(lambda: "a".translate({97: b"x"}))
t(lambda: "a".translate(1))
t(lambda: "a".translate(None))
t(lambda: "a".translate())
t(lambda: "a".translate({}, {}))
class Bad:
    def __getitem__(self, k):
        raise RuntimeError("boom")
t(lambda: "a".translate(Bad()))
t(lambda: "".translate(Bad()))

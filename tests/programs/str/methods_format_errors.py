# str.format / format_map error cases, with CPython's exception types and messages.
def t(s, *a, **k):
    try:
        print(repr(s.format(*a, **k)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
t("{0.nope}", 1)
t("{0[5]}", [1])
t("{0[k]}", {})
t("{!x}", 1)
t("{!é}", 1)
t("{!\x01}", 1)
t("{0!}", 1)
t("{0!r", 1)
t("{0!rx}", 1)
t("{0!", 1)
t("{0", 1)
t("{", 1)
t("}", 1)
t("a}b")
t("x{0}}", 1)
t("{0:}}", 1)
t("{0[}", [1])
t("{[}", 1)
t("{0[0]x}", [1])
t("{0.}", 1)
t("{0..x}", 1)
t("{0[]}", [1])
t("{a{b}", 1)
t("{:{:{}}}", 1, 2, 3)
t("{0:{1:{2}}}", 1, 2, 3)
t("{:>{}}", "a")
t("{0:{1}}", "x")
t("{:{}}{}", 1, 2)
t("{}{1}", 1, 2)
t("{1}{}", 1, 2)
t("{0}{}", 1, 2)
t("{}{0}", 1, 2)
t("{0}")
t("{}{}", 1)
t("{a}")
t("{a}", 1)
t("{a.b}", a=1)
t("{0:d}", "s")
t("{0:x{a}}", 1, a="5")
t("{0:=5}", "s")
t("{0:{{}}}", 1)
t("{-1}", 1)
t("{ }", 1)
t("{0[-1]}", [1, 2])
t("{99999999999999999999}", 1)
t("{0[99999999999999999999]}", [1])
t("{0.x.y}", 1)
class Bad:
    def __format__(self, spec):
        return 5
t("{}", Bad())
class Boom:
    def __getattr__(self, name):
        raise RuntimeError("no " + name)
t("{0.attr}", Boom())
for s, m in [("{}", {}), ("{0}", {}), ("x{}y", {}), ("{a}", 1), ("{a}", {}), ("{a.b}", {"a": 1})]:
    try:
        print(repr(s.format_map(m)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
for f in [lambda: "a".format_map(), lambda: "a".format_map({}, {}), lambda: "a".format_map(mapping={}),
          lambda: str.format(), lambda: str.format(1), lambda: "{}".__format__(1), lambda: "a".__format__(),
          lambda: "a".__format__("d"), lambda: "a".__format__(None)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for s in ["{é", "{0é", "{0!é", "{0[é", "{0[é]é}", "{é}", "{0:é", "{0!ré}", "{0.é}", "{日本}"]:
    try:
        print(repr(s.format(1, **{"é": 2, "日本": 3})))
    except Exception as e:
        print(repr(s), type(e).__name__, e)

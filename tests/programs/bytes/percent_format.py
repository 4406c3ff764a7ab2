# printf-style formatting of bytes and bytearray.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(b"%s and %s" % (b"x", bytearray(b"y")), b"%b" % b"z", b"%5s|%-5s|" % (b"ab", b"cd"), b"%.2s" % b"abcdef")
print(b"%d %i %u" % (1, -2, 3), b"%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42), b"%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print(b"%e %E %f %F %g %G" % (1.5, 1.5, 2.25, 2.25, 1e20, 1e-20), b"%.3f %10.2f|%-8.1e|" % (3.14159, 2.5, 12345.678))
print(b"%c%c%c" % (72, b"i", bytearray(b"!")), b"%r %a" % ("\u00e9", b"x"), b"%%" % (), b"100%%" % ())
print(b"%(a)s-%(b)d" % {b"a": b"A", b"b": 7}, b"%s" % (b"only",), b"%d" % 3.99, b"%x" % 2**70, b"%d" % True)
print(bytearray(b"%s!") % b"hi", type(bytearray(b"%s") % b"x").__name__, b"%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print(b"no format", b"no format" % (), b"%s" % [1] if False else b"skip")
class HasBytes:
    def __bytes__(self):
        return b"<bytes>"
print(b"[%s]" % HasBytes(), b"[%b]" % (HasBytes(),))
t(lambda: b"%s" % "text")
t(lambda: b"%s" % 5)
t(lambda: b"%d" % "5")
t(lambda: b"%x" % 1.5)
t(lambda: b"%f" % "1")
t(lambda: b"%c" % 256)
t(lambda: b"%c" % b"ab")
t(lambda: b"%c" % "a")
t(lambda: b"%s %s" % (b"a",))
t(lambda: b"%s" % (b"a", b"b"))
t(lambda: b"x" % 5)
t(lambda: b"%" % ())
t(lambda: b"%z" % (1,))
t(lambda: b"%(a)s" % (1,))
t(lambda: b"%(a)s" % {b"b": 1})
t(lambda: b"%d" % float("inf"))

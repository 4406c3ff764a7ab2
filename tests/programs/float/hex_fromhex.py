# float.hex() and float.fromhex().
for v in [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 3.14, 1e300, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, 255.0, 1 / 3, float("inf"), float("-inf"), float("nan")]:
    h = v.hex()
    print(repr(v), h, repr(float.fromhex(h)))
for s in ["0x1p0", "0x1.8p1", "-0x1p-2", "0X1P+3", "  0x10  ", "0x.8", "ff", "0xffp0",
          "1p4", "0x1.fffffffffffffp1023",
          "inf", "-Infinity", "nan", "0x0p0", "-0x0p0", "0x1p-1074", "0x1p-1075", "0x3p-1076",
          "0x1.00000000000008p0", "0x1.00000000000018p0"]:
    print(repr(s), repr(float.fromhex(s)))
for bad in ["", "0x", "0xg", "0x1p", "1.2.3", "0x1p99999"]:
    try:
        print(float.fromhex(bad))
    except (ValueError, OverflowError) as e:
        print(repr(bad), type(e).__name__, e)

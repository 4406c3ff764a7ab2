print("lazy_pkg.heavy: loading"); DATA = [1, 2, 3]

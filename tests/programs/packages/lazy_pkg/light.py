print("lazy_pkg.light: loading"); DATA = "light"

def main():
    return "main_guard_mod.main() called"
if __name__ == "__main__":
    print("main_guard_mod run as a script")
else:
    print("main_guard_mod imported, __name__ =", __name__)

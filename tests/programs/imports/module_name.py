print("__name__ of this program:", __name__)
print(__name__ == "__main__")
import helper_mod
import main_guard_mod
print(helper_mod.__name__, main_guard_mod.__name__)
print(main_guard_mod.main())
import a_pkg.sub_mod
print(a_pkg.__name__, a_pkg.sub_mod.__name__)
def where():
    return __name__
print(where(), where.__module__, helper_mod.greet.__module__)
print(helper_mod.Thing.__module__)
class Local:
    pass
print(Local.__module__)
import sys
print(sys.modules["__main__"].__name__)
print(sys.modules["__main__"].where is where)
def main():
    print("main() called via guard")
if __name__ == "__main__":
    main()
else:
    print("not reached")

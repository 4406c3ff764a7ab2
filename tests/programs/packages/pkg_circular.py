# Circular imports: partially initialised modules.
import sys
import circ_pkg.alpha as alpha
print(alpha.A_LATE, alpha.use_beta())
print(alpha.beta.alpha is alpha, sys.modules["circ_pkg.beta"] is alpha.beta)

try:
    import circ_pkg.first
except ImportError as e:
    msg = str(e)
    print(type(e).__name__, msg.split(" (/")[0].split(" (")[0:2])
    print(e.name, e.path.replace("\\", "/").rsplit("/", 1)[-1])
print("circ_pkg.first" in sys.modules, "circ_pkg.second" in sys.modules)

# A module that imports a name from itself while it is being imported.
src = "import sys\nm = sys.modules[__name__]\ntry:\n    from selfref_mod import later\nexcept ImportError as e:\n    print(str(e).split(' (')[0:2])\nlater = 1\n"
mod = type(sys)("selfref_mod")
sys.modules["selfref_mod"] = mod
exec(src, mod.__dict__)
print(mod.later)

# importing from a module whose import failed leaves nothing behind
try:
    import circ_pkg.second
except ImportError as e:
    print("again:", type(e).__name__)
print(sorted(m for m in sys.modules if m.startswith("circ_pkg")))

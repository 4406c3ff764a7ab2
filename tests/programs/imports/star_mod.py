__all__ = ["public_a", "exported_func"]
public_a = "A"
public_b = "B (not in __all__)"
_hidden = "hidden"
def exported_func():
    return "exported"

//! Standard-library modules written in Python and embedded in the `weft`
//! binary. A module here is found after the script's folder and
//! `PYTHONPATH`, as CPython finds its own stdlib after them.
//!
//! Where a new module goes: add `python/<name>.py` and a line to [`source`].

/// The source of the embedded module `name`, if weft ships one.
pub fn source(name: &str) -> Option<&'static str> {
    Some(match name {
        "abc" => include_str!("../python/abc.py"),
        "importlib" => include_str!("../python/importlib/__init__.py"),
        "importlib.util" => include_str!("../python/importlib/util.py"),
        "importlib.machinery" => include_str!("../python/importlib/machinery.py"),
        _ => return None,
    })
}

/// Whether the embedded module `name` is a package (has submodules).
pub fn is_package(name: &str) -> bool {
    matches!(name, "importlib")
}

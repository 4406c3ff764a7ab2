//! `set` and `frozenset`: a dict whose values are unused.

use crate::types::dict::PyDict;

pub struct PySet {
    pub dict: PyDict,
}

impl PySet {
    pub fn new() -> PySet {
        PySet {
            dict: PyDict::new(),
        }
    }

    pub fn len(&self) -> usize {
        self.dict.len()
    }

    pub fn is_empty(&self) -> bool {
        self.dict.is_empty()
    }
}

impl Default for PySet {
    fn default() -> Self {
        PySet::new()
    }
}

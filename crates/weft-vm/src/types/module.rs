//! Module objects.

use std::rc::Rc;

use crate::types::dict::PyDict;

pub struct Module {
    pub name: String,
    /// The module namespace; also the globals of code run in it.
    pub dict: Rc<PyDict>,
}

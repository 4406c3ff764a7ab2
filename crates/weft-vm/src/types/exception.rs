//! The per-instance state of exceptions.

use std::rc::Rc;

use crate::types::dict::PyDict;
use crate::value::Value;
use crate::vm::code::Code;

/// One traceback object, as CPython's: a frame snapshot and a line, linked
/// towards the frame where the exception was raised. Unwinding a frame puts
/// a new object in front, so `__traceback__` is the outermost entry and the
/// objects stay the same as the exception travels (`tb is e.__traceback__`).
pub struct Traceback {
    pub code: Rc<Code>,
    pub line: u32,
    pub globals: Rc<PyDict>,
    pub next: Option<Rc<Traceback>>,
}

impl Traceback {
    /// The entries from outermost to innermost (printing order).
    pub fn iter(self: &Rc<Traceback>) -> impl Iterator<Item = &Rc<Traceback>> {
        std::iter::successors(Some(self), |t| t.next.as_ref())
    }
}

#[derive(Default)]
pub struct ExcData {
    pub args: Value,
    /// The outermost traceback object (`__traceback__`).
    pub traceback: Option<Rc<Traceback>>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
    pub notes: Option<Value>,
}

impl Default for Value {
    fn default() -> Self {
        Value::None
    }
}

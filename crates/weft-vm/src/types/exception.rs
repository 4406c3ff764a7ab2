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

/// The state of an exception instance. Only `args` is stored inline; the
/// rest (set when the exception is raised, chained or annotated) lives in a
/// separate allocation made on first write, so that `Option<RefCell<ExcData>>`,
/// which every [`Instance`](crate::types::class::Instance) carries, costs 40
/// bytes instead of 96. Reads and writes of the other fields go through
/// `Deref`/`DerefMut` to [`ExcMore`] (`d.cause`, `d.traceback = ...`).
#[derive(Default)]
pub struct ExcData {
    pub args: Value,
    /// Allocated on first write; use the fields through `Deref`.
    pub more: Option<Box<ExcMore>>,
}

#[derive(Default)]
pub struct ExcMore {
    /// The outermost traceback object (`__traceback__`).
    pub traceback: Option<Rc<Traceback>>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
    pub notes: Option<Value>,
}

impl std::ops::Deref for ExcData {
    type Target = ExcMore;

    #[inline]
    fn deref(&self) -> &ExcMore {
        match &self.more {
            Some(m) => m,
            None => &ExcMore {
                traceback: None,
                cause: None,
                context: None,
                suppress_context: false,
                notes: None,
            },
        }
    }
}

impl std::ops::DerefMut for ExcData {
    #[inline]
    fn deref_mut(&mut self) -> &mut ExcMore {
        self.more.get_or_insert_with(Default::default)
    }
}

impl Default for Value {
    fn default() -> Self {
        Value::None
    }
}

//! The per-instance state of exceptions.

use std::rc::Rc;

use crate::value::Value;
use crate::vm::code::Code;

/// One traceback entry: the code and line an exception passed through.
pub struct TbEntry {
    pub code: Rc<Code>,
    pub line: u32,
}

/// A traceback chain as exposed to Python (`tb_next`, `tb_lineno`).
pub struct Traceback {
    pub entries: Vec<(Rc<Code>, u32)>,
    pub index: usize,
}

#[derive(Default)]
pub struct ExcData {
    pub args: Value,
    /// Entries innermost-first; printed in reverse.
    pub traceback: Vec<TbEntry>,
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

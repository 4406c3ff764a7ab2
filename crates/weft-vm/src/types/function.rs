//! Python functions, builtin functions and bound methods.

use std::cell::RefCell;
use std::rc::Rc;

use crate::types::dict::PyDict;
use crate::types::misc::Cell;
use crate::types::str::PyStr;
use crate::value::Value;
use crate::vm::NativeFn;
use crate::vm::code::Code;

pub struct Function {
    pub code: Rc<Code>,
    pub globals: Rc<PyDict>,
    pub name: RefCell<Rc<PyStr>>,
    pub qualname: RefCell<Rc<PyStr>>,
    pub defaults: RefCell<Option<Rc<crate::types::tuple::PyTuple>>>,
    pub kwdefaults: RefCell<Option<Rc<PyDict>>>,
    pub closure: Box<[Rc<Cell>]>,
    pub doc: RefCell<Value>,
    pub module: RefCell<Value>,
    pub annotations: RefCell<Option<Rc<PyDict>>>,
    /// Arbitrary attributes set on the function (`f.calls = 0`).
    pub dict: Rc<PyDict>,
}

pub struct BuiltinFn {
    pub name: &'static str,
    pub func: NativeFn,
    /// For builtins bound to a module or object (`sys.stdout.write`).
    pub bound: Option<Value>,
    /// The class this method belongs to, for `__qualname__` and descriptor checks.
    pub owner: Option<&'static str>,
}

pub struct BoundMethod {
    pub receiver: Value,
    pub func: Value,
}

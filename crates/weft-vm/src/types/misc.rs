//! Small builtin objects: cells, ranges, slices and the `Native` grab-bag.

use std::cell::RefCell;
use std::rc::Rc;

use crate::types::class::Class;
use crate::types::dict::PyDict;
use crate::value::Value;

/// A closure cell.
#[derive(Default)]
pub struct Cell {
    pub value: RefCell<Option<Value>>,
}

impl Cell {
    pub fn new(v: Option<Value>) -> Cell {
        Cell {
            value: RefCell::new(v),
        }
    }

    pub fn get(&self) -> Option<Value> {
        self.value.borrow().clone()
    }

    pub fn set(&self, v: Option<Value>) {
        *self.value.borrow_mut() = v;
    }
}

pub struct PyRange {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl PyRange {
    /// The number of items, saturated at i64::MAX (see `vm::subscript::range_len`).
    pub fn len(&self) -> i64 {
        crate::vm::subscript::range_len(self).min(i64::MAX as i128) as i64
    }
}

pub struct PySlice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// Which view a dict view object shows.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

/// Builtin objects that are rare enough not to deserve their own `Value` variant.
pub enum Native {
    Property {
        fget: Value,
        fset: Value,
        fdel: Value,
        doc: Value,
    },
    ClassMethod(Value),
    /// A `__slots__` entry: the instance's value lives in `Instance::slots[index]`.
    Slot {
        name: Rc<crate::types::str::PyStr>,
        class_name: Rc<crate::types::str::PyStr>,
        index: usize,
    },
    StaticMethod(Value),
    /// `super(cls, obj)`.
    Super {
        class: Rc<Class>,
        obj: Value,
    },
    DictView {
        dict: Rc<PyDict>,
        kind: ViewKind,
    },
    /// An exception traceback entry chain, exposed as `__traceback__`.
    Traceback(Rc<crate::types::exception::Traceback>),
    /// A frame snapshot for tracebacks: code and line.
    Frame {
        code: Rc<crate::vm::code::Code>,
        line: u32,
        globals: Rc<PyDict>,
    },
    /// A frame from `sys._getframe`.
    PyFrame(Rc<crate::builtins::introspect::FrameInfo>),
    File(RefCell<crate::builtins::io::FileObj>),
    /// The `object()` instance.
    Object,
}

//! Native iterators over builtin containers.

use std::cell::RefCell;
use std::rc::Rc;

use crate::types::dict::PyDict;
use crate::types::misc::ViewKind;
use crate::types::str::PyStr;
use crate::types::tuple::PyTuple;
use crate::value::Value;

pub enum IterState {
    List {
        list: Rc<RefCell<Vec<Value>>>,
        pos: usize,
    },
    ListRev {
        list: Rc<RefCell<Vec<Value>>>,
        pos: usize,
    },
    Tuple {
        tuple: Rc<PyTuple>,
        pos: usize,
    },
    Str {
        s: Rc<PyStr>,
        byte_pos: usize,
    },
    Bytes {
        bytes: Rc<Vec<u8>>,
        pos: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    Dict {
        dict: Rc<PyDict>,
        pos: usize,
        kind: ViewKind,
        len: usize,
    },
    /// A snapshot of values (sets, reversed views, ...).
    Seq {
        items: Rc<Vec<Value>>,
        pos: usize,
    },
    /// `reversed(range)`: `left` more values from `next`, stepping by `step`.
    RangeCount {
        next: i64,
        step: i64,
        left: u64,
    },
    /// `reversed(str)`: characters before byte offset `byte_end`, last first.
    StrRev {
        s: Rc<PyStr>,
        byte_end: usize,
    },
    /// `reversed(seq)` through the sequence protocol: `seq[index]`, counting down.
    Reversed {
        seq: Value,
        index: i64,
    },
    /// `reversed(dict)` and reversed dict views: entry slots below `pos`.
    DictRev {
        dict: Rc<PyDict>,
        pos: usize,
        kind: ViewKind,
        len: usize,
    },
    /// `last` is the previous result tuple, refilled in place when nobody
    /// else holds it (as CPython does), so loops don't allocate per item.
    Enumerate {
        inner: Value,
        count: Value,
        last: Option<Rc<PyTuple>>,
    },
    Zip {
        inners: Rc<[Value]>,
        strict: bool,
        last: Option<Rc<PyTuple>>,
    },
    Map {
        func: Value,
        inners: Rc<[Value]>,
    },
    Filter {
        func: Value,
        inner: Value,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// Old-style iteration through `__getitem__`.
    GetItem {
        obj: Value,
        pos: i64,
    },
    Exhausted,
}

pub struct IterObj {
    pub state: RefCell<IterState>,
    pub type_name: &'static str,
}

impl IterObj {
    pub fn new(type_name: &'static str, state: IterState) -> IterObj {
        IterObj {
            state: RefCell::new(state),
            type_name,
        }
    }
}

//! Classes (`type` objects) and instances of user-defined classes.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::types::dict::PyDict;
use crate::types::exception::ExcData;
use crate::types::str::PyStr;
use crate::value::Value;
use crate::vm::{NativeFn, PyResult, Vm};

/// Which builtin layout instances of a class carry (for subclasses of builtins).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Object,
    Exception,
    /// A builtin type whose instances are not `Instance`s (int, str, list, ...).
    Builtin,
}

pub struct Class {
    pub name: RefCell<Rc<PyStr>>,
    pub qualname: RefCell<Rc<PyStr>>,
    /// Direct bases, in order.
    pub bases: Vec<Rc<Class>>,
    /// Method resolution order, excluding the class itself.
    pub mro: Vec<Rc<Class>>,
    pub dict: PyDict,
    pub layout: Layout,
    /// For builtin types: constructs an instance (`int("5")`); args exclude the class.
    pub native_new: std::cell::Cell<Option<NativeFn>>,
    /// The metaclass, when it isn't `type`.
    pub metaclass: RefCell<Option<Rc<Class>>>,
    /// Instances have no `__dict__` (`__slots__` or builtin types).
    pub no_dict: bool,
    /// Is this a builtin class (its attributes cannot be set).
    pub builtin: bool,
    pub abstract_methods: RefCell<Vec<Rc<PyStr>>>,
    /// Bumped whenever the namespace of this class (or a base) changes; for caches.
    pub version: Cell<u32>,
}

impl Class {
    pub fn name(&self) -> Rc<PyStr> {
        self.name.borrow().clone()
    }

    /// The class and its MRO, in lookup order.
    pub fn mro_iter<'a>(self: &'a Rc<Class>) -> impl Iterator<Item = &'a Rc<Class>> {
        std::iter::once(self).chain(self.mro.iter())
    }

    /// Find an attribute along the MRO without invoking descriptors.
    pub fn lookup(self: &Rc<Class>, name: &PyStr) -> Option<Value> {
        for c in self.mro_iter() {
            if let Some(v) = c.dict.get_pystr(name) {
                return Some(v);
            }
        }
        None
    }

    pub fn lookup_str(self: &Rc<Class>, name: &str) -> Option<Value> {
        for c in self.mro_iter() {
            if let Some(v) = c.dict.get_str(name) {
                return Some(v);
            }
        }
        None
    }

    pub fn is_subclass(self: &Rc<Class>, other: &Rc<Class>) -> bool {
        Rc::ptr_eq(self, other) || self.mro.iter().any(|c| Rc::ptr_eq(c, other))
    }

    /// The nearest builtin base that decides the instance layout (`int`, `list`, `Exception`...).
    pub fn builtin_base(self: &Rc<Class>) -> Option<&Rc<Class>> {
        self.mro_iter().find(|c| c.builtin)
    }
}

/// An instance of a user-defined class.
pub struct Instance {
    pub class: RefCell<Rc<Class>>,
    /// The instance namespace; shared (`Rc`) so `obj.__dict__` and `vars(obj)` are live views.
    pub dict: Option<Rc<PyDict>>,
    /// Exception state, for instances of BaseException subclasses.
    pub exc: Option<RefCell<ExcData>>,
    /// The builtin value an instance of a builtin subclass wraps (`class MyInt(int)`).
    pub base_value: RefCell<Option<Value>>,
    /// Values of `__slots__` attributes.
    pub slots: RefCell<Vec<Option<Value>>>,
}

impl Instance {
    pub fn class(&self) -> Rc<Class> {
        self.class.borrow().clone()
    }
}

/// Compute the C3 linearisation of a new class with these bases.
pub fn c3_mro(vm: &mut Vm, bases: &[Rc<Class>]) -> PyResult<Vec<Rc<Class>>> {
    let mut seqs: Vec<Vec<Rc<Class>>> = bases
        .iter()
        .map(|b| b.mro_iter().cloned().collect())
        .collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Rc<Class>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut chosen = None;
        for s in &seqs {
            let head = &s[0];
            let in_tail = seqs
                .iter()
                .any(|t| t[1..].iter().any(|c| Rc::ptr_eq(c, head)));
            if !in_tail {
                chosen = Some(head.clone());
                break;
            }
        }
        let Some(c) = chosen else {
            let names: Vec<String> = bases
                .iter()
                .map(|b| b.name().as_str().to_string())
                .collect();
            return Err(vm.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in &mut seqs {
            if Rc::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

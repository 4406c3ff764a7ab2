//! An instance's namespace ([`Attrs`]): reads, stores and deletions that
//! keep the values inline along a shared key layout while they can, and
//! the dict object made when something needs it.
//!
//! No method here runs Python code while the namespace is borrowed: values
//! replaced or removed are dropped (which can run `__del__`) after the
//! borrow ends, and dict operations that may compare keys with `__eq__`
//! run on a cloned `Rc<PyDict>`.

use std::rc::Rc;

use crate::types::class::{Attrs, Instance};
use crate::types::dict::{PyDict, SplitLayout};
use crate::types::str::PyStr;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Attrs {
    /// The namespace of an instance made with a dict object (`None`: no
    /// `__dict__`).
    pub(crate) fn from_dict(dict: Option<Rc<PyDict>>) -> Attrs {
        match dict {
            Some(d) => Attrs::Dict(d),
            None => Attrs::Absent,
        }
    }

    /// Turn inline values into a dict object (a split dict over the same
    /// layout, so layout ids and indices inline caches learned stay
    /// valid) and return it.
    fn materialise(&mut self) -> Option<Rc<PyDict>> {
        match self {
            Attrs::Absent => None,
            Attrs::Dict(d) => Some(d.clone()),
            Attrs::Inline { layout, values } => {
                let layout = std::mem::replace(layout, SplitLayout::empty());
                let values = std::mem::take(values);
                let d = Rc::new(PyDict::from_split(layout, values));
                *self = Attrs::Dict(d.clone());
                Some(d)
            }
        }
    }
}

impl Instance {
    /// The namespace cell, for the inline caches' hit paths.
    #[inline(always)]
    pub(crate) fn attrs(&self) -> &std::cell::RefCell<Attrs> {
        &self.attrs
    }

    /// Does the instance have a namespace (`__dict__`)?
    pub fn has_dict(&self) -> bool {
        !matches!(&*self.attrs.borrow(), Attrs::Absent)
    }

    /// The namespace as a dict object, made from the inline values on
    /// first use; from then on that dict is the namespace (a live view, as
    /// `obj.__dict__` is in CPython). `None` without a `__dict__`.
    pub fn dict(&self) -> Option<Rc<PyDict>> {
        if let Attrs::Dict(d) = &*self.attrs.borrow() {
            return Some(d.clone());
        }
        self.attrs.borrow_mut().materialise()
    }

    /// The dict object the namespace already is, if any (never makes one).
    pub fn dict_if_made(&self) -> Option<Rc<PyDict>> {
        match &*self.attrs.borrow() {
            Attrs::Dict(d) => Some(d.clone()),
            _ => None,
        }
    }

    /// `obj.__dict__ = d`: `d` becomes the namespace. `false` (nothing
    /// changed) when instances have no `__dict__`.
    pub fn set_dict(&self, d: Rc<PyDict>) -> bool {
        let mut a = self.attrs.borrow_mut();
        if matches!(&*a, Attrs::Absent) {
            return false;
        }
        let old = std::mem::replace(&mut *a, Attrs::Dict(d));
        drop(a);
        drop(old);
        true
    }

    /// The attribute `name` from the namespace, without making a dict.
    pub fn get_attr(&self, name: &PyStr) -> Option<Value> {
        match &*self.attrs.borrow() {
            Attrs::Absent => None,
            Attrs::Inline { layout, values } => layout
                .index_of_str(name)
                .and_then(|i| values.get(i).cloned()),
            Attrs::Dict(d) => d.get_pystr(name),
        }
    }

    /// Is `name` in the namespace?
    pub fn has_attr(&self, name: &PyStr) -> bool {
        match &*self.attrs.borrow() {
            Attrs::Absent => false,
            Attrs::Inline { layout, .. } => layout.index_of_str(name).is_some(),
            Attrs::Dict(d) => d.map.borrow().index_of_str(name).is_some(),
        }
    }

    /// Store `name` in the namespace: inline while the shared layouts
    /// allow it, in the dict object (made now if need be) otherwise.
    /// `Ok(false)` when instances have no `__dict__`.
    pub fn set_attr(&self, vm: &mut Vm, name: &Rc<PyStr>, value: Value) -> PyResult<bool> {
        match self.store_inline(name, value) {
            Ok(()) => Ok(true),
            Err((None, _)) => Ok(false),
            Err((Some(d), value)) => {
                d.insert(vm, Value::Str(name.clone()), value)?;
                Ok(true)
            }
        }
    }

    /// [`Instance::set_attr`] for callers without a VM (error attributes
    /// set by the runtime): `str` keys compare without Python code.
    pub fn set_attr_str(&self, name: &str, value: Value) -> bool {
        let name = crate::types::str::intern(name);
        match self.store_inline(&name, value) {
            Ok(()) => true,
            Err((None, _)) => false,
            Err((Some(d), value)) => {
                d.insert_native(Value::Str(name.clone()), name.hash(), value);
                true
            }
        }
    }

    /// The inline part of a store: replace or append along the shared
    /// layout. Otherwise hands the value back with the dict object to
    /// insert it into (made from the inline values if the layout cannot
    /// grow), or `None` without a namespace.
    #[allow(clippy::type_complexity)]
    fn store_inline(
        &self,
        name: &Rc<PyStr>,
        value: Value,
    ) -> Result<(), (Option<Rc<PyDict>>, Value)> {
        let mut a = self.attrs.borrow_mut();
        match &mut *a {
            Attrs::Absent => Err((None, value)),
            Attrs::Dict(d) => Err((Some(d.clone()), value)),
            Attrs::Inline { layout, values } => {
                if let Some(i) = layout.index_of_str(name) {
                    let old = std::mem::replace(&mut values[i], value);
                    drop(a);
                    drop(old);
                    return Ok(());
                }
                if let Some(child) = layout.child(name) {
                    *layout = child;
                    values.push(value);
                    return Ok(());
                }
                Err((a.materialise(), value))
            }
        }
    }

    /// Append `name`, which the layout of the inline namespace lacks (an
    /// inline cache knows), along the shared layouts; hands `value` back
    /// when the namespace is not inline or the layout cannot grow.
    #[inline]
    pub(crate) fn append_inline(&self, name: &Rc<PyStr>, value: Value) -> Result<(), Value> {
        let Ok(mut a) = self.attrs.try_borrow_mut() else {
            return Err(value);
        };
        if let Attrs::Inline { layout, values } = &mut *a {
            if let Some(child) = layout.child(name) {
                *layout = child;
                values.push(value);
                return Ok(());
            }
        }
        Err(value)
    }

    /// Remove `name` from the namespace (made a dict first: indices shift),
    /// returning its value; `Ok(None)` if absent or without a namespace.
    pub fn remove_attr(&self, vm: &mut Vm, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        match &*self.attrs.borrow() {
            Attrs::Absent => return Ok(None),
            Attrs::Inline { layout, .. } if layout.index_of_str(name).is_none() => {
                return Ok(None);
            }
            _ => {}
        }
        let Some(d) = self.dict() else {
            return Ok(None);
        };
        d.remove(vm, &Value::Str(name.clone()))
    }

    /// How many attributes the namespace holds.
    pub fn attr_len(&self) -> usize {
        match &*self.attrs.borrow() {
            Attrs::Absent => 0,
            Attrs::Inline { values, .. } => values.len(),
            Attrs::Dict(d) => d.len(),
        }
    }

    /// The namespace's (key, value) pairs in insertion order.
    pub fn attr_items(&self) -> Vec<(Value, Value)> {
        match &*self.attrs.borrow() {
            Attrs::Absent => Vec::new(),
            Attrs::Inline { layout, values } => values
                .iter()
                .enumerate()
                .filter_map(|(i, v)| Some((layout.key(i)?.clone(), v.clone())))
                .collect(),
            Attrs::Dict(d) => d.items(),
        }
    }

    /// For the cycle collector: call `f` on every value the namespace
    /// owns (and, for a dict object only the instance holds, its keys).
    /// A dict someone else also holds (`d = obj.__dict__`) is left to its
    /// other owners. `false` when the namespace is borrowed.
    pub(crate) fn visit_attrs(&self, f: &mut dyn FnMut(&Value)) -> bool {
        let Ok(a) = self.attrs.try_borrow() else {
            return false;
        };
        match &*a {
            Attrs::Absent => true,
            Attrs::Inline { values, .. } => {
                values.iter().for_each(f);
                true
            }
            Attrs::Dict(d) if Rc::strong_count(d) == 1 => {
                let Ok(map) = d.map.try_borrow() else {
                    return false;
                };
                for e in map.iter() {
                    f(e.key);
                    f(e.value);
                }
                true
            }
            Attrs::Dict(_) => true,
        }
    }

    /// For the cycle collector: move the namespace's references into
    /// `dump` (freed once the collector lets go), leaving it empty. A dict
    /// someone else also holds is left alone.
    pub(crate) fn clear_attrs(&self, dump: &mut Vec<Value>) {
        let Ok(mut a) = self.attrs.try_borrow_mut() else {
            return;
        };
        match &mut *a {
            Attrs::Absent => {}
            Attrs::Inline { layout, values } => {
                dump.append(values);
                *layout = SplitLayout::empty();
            }
            Attrs::Dict(d) if Rc::strong_count(d) == 1 => {
                if let Ok(mut map) = d.map.try_borrow_mut() {
                    let old = std::mem::take(&mut *map);
                    for e in old.iter() {
                        dump.push(e.key.clone());
                        dump.push(e.value.clone());
                    }
                }
            }
            Attrs::Dict(_) => {}
        }
    }
}

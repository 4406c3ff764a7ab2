//! An instance's namespace ([`Attrs`]): reads, stores and deletions that
//! keep the values inline along a shared key layout while they can, and
//! the dict object made when something needs it.
//!
//! No method here runs Python code while the instance is borrowed: values
//! replaced or removed are dropped (which can run `__del__`) after the
//! borrow ends, and dict operations that may compare keys with `__eq__`
//! run on a cloned `Rc<PyDict>`.

use std::rc::Rc;

use crate::types::class::{Attrs, Inner, Instance};
use crate::types::dict::{PyDict, SplitLayout};
use crate::types::str::PyStr;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Attrs {
    /// Value slots for `n` attributes, all `None` until stored.
    #[inline]
    pub(crate) fn room(n: usize) -> Box<[Value]> {
        // Not `vec![Value::None; n]`: that clones through `Value::clone`.
        (0..n).map(|_| Value::None).collect()
    }

    /// Append `name`, absent from the inline namespace (`layout`,
    /// `values`), along the shared layouts; hands `value` back when the
    /// layout cannot grow that way (the namespace must become a dict).
    #[inline(always)]
    pub(crate) fn append_inline(
        layout: &mut Rc<SplitLayout>,
        values: &mut Box<[Value]>,
        name: &Rc<PyStr>,
        value: Value,
    ) -> Result<(), Value> {
        let Some(child) = layout.child(name) else {
            return Err(value);
        };
        Attrs::append_child(layout, values, child, value);
        Ok(())
    }

    /// Append the last key of `child`, a child layout of `layout`, with
    /// `value` to the inline namespace (`layout`, `values`).
    #[inline(always)]
    pub(crate) fn append_child(
        layout: &mut Rc<SplitLayout>,
        values: &mut Box<[Value]>,
        child: Rc<SplitLayout>,
        value: Value,
    ) {
        // The new key's index; its slot holds `None` (making room when the
        // slots are full), so there is nothing to drop (spelled out, so no
        // drop glue is called).
        let i = child.key_count() - 1;
        *layout = child;
        if i >= values.len() {
            Attrs::grow(values, i + 1);
        }
        match std::mem::replace(&mut values[i], value) {
            Value::None => {}
            old => drop(old),
        }
    }

    /// Room for at least `need` values (doubling: instances that get many
    /// attributes before their class's size hint is known).
    #[cold]
    fn grow(values: &mut Box<[Value]>, need: usize) {
        let cap = need.max(values.len() * 2).max(2);
        let mut v = std::mem::take(values).into_vec();
        v.reserve_exact(cap - v.len());
        v.extend((v.len()..cap).map(|_| Value::None));
        *values = v.into_boxed_slice();
    }

    /// Turn inline values into a dict object (a split dict over the same
    /// layout, so layout ids and indices inline caches learned stay
    /// valid) and return it.
    fn materialise(&mut self) -> Option<Rc<PyDict>> {
        match self {
            Attrs::Dict(d) => d.clone(),
            Attrs::Inline { layout, values } => {
                let layout = std::mem::replace(layout, SplitLayout::empty());
                let mut values = std::mem::take(values).into_vec();
                values.truncate(layout.key_count());
                let d = Rc::new(PyDict::from_split(layout, values));
                *self = Attrs::Dict(Some(d.clone()));
                Some(d)
            }
        }
    }
}

impl Instance {
    /// The class and namespace cell, for the inline caches' hit paths.
    #[inline(always)]
    pub(crate) fn inner(&self) -> &std::cell::RefCell<Inner> {
        &self.inner
    }

    /// Does the instance have a namespace (`__dict__`)?
    pub fn has_dict(&self) -> bool {
        !matches!(&self.inner.borrow().attrs, Attrs::Dict(None))
    }

    /// The namespace as a dict object, made from the inline values on
    /// first use; from then on that dict is the namespace (a live view, as
    /// `obj.__dict__` is in CPython). `None` without a `__dict__`.
    pub fn dict(&self) -> Option<Rc<PyDict>> {
        if let Attrs::Dict(d) = &self.inner.borrow().attrs {
            return d.clone();
        }
        self.inner.borrow_mut().attrs.materialise()
    }

    /// The dict object the namespace already is, if any (never makes one).
    pub fn dict_if_made(&self) -> Option<Rc<PyDict>> {
        match &self.inner.borrow().attrs {
            Attrs::Dict(d) => d.clone(),
            Attrs::Inline { .. } => None,
        }
    }

    /// `obj.__dict__ = d`: `d` becomes the namespace. `false` (nothing
    /// changed) when instances have no `__dict__`.
    pub fn set_dict(&self, d: Rc<PyDict>) -> bool {
        let mut inner = self.inner.borrow_mut();
        if matches!(&inner.attrs, Attrs::Dict(None)) {
            return false;
        }
        let old = std::mem::replace(&mut inner.attrs, Attrs::Dict(Some(d)));
        drop(inner);
        drop(old);
        true
    }

    /// The attribute `name` from the namespace, without making a dict.
    pub fn get_attr(&self, name: &PyStr) -> Option<Value> {
        match &self.inner.borrow().attrs {
            Attrs::Inline { layout, values } => layout
                .index_of_str(name)
                .and_then(|i| values.get(i).cloned()),
            Attrs::Dict(Some(d)) => d.get_pystr(name),
            Attrs::Dict(None) => None,
        }
    }

    /// Is `name` in the namespace?
    pub fn has_attr(&self, name: &PyStr) -> bool {
        match &self.inner.borrow().attrs {
            Attrs::Inline { layout, .. } => layout.index_of_str(name).is_some(),
            Attrs::Dict(Some(d)) => d.map.borrow().index_of_str(name).is_some(),
            Attrs::Dict(None) => false,
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
        let mut inner = self.inner.borrow_mut();
        match &mut inner.attrs {
            Attrs::Dict(d) => Err((d.clone(), value)),
            Attrs::Inline { layout, values } => {
                if let Some(i) = layout.index_of_str(name) {
                    let old = std::mem::replace(&mut values[i], value);
                    drop(inner);
                    drop(old);
                    return Ok(());
                }
                match Attrs::append_inline(layout, values, name, value) {
                    Ok(()) => Ok(()),
                    Err(value) => Err((inner.attrs.materialise(), value)),
                }
            }
        }
    }

    /// Remove `name` from the namespace (made a dict first: indices shift),
    /// returning its value; `Ok(None)` if absent or without a namespace.
    pub fn remove_attr(&self, vm: &mut Vm, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        match &self.inner.borrow().attrs {
            Attrs::Dict(None) => return Ok(None),
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
        match &self.inner.borrow().attrs {
            Attrs::Inline { layout, .. } => layout.key_count(),
            Attrs::Dict(Some(d)) => d.len(),
            Attrs::Dict(None) => 0,
        }
    }

    /// The namespace's (key, value) pairs in insertion order.
    pub fn attr_items(&self) -> Vec<(Value, Value)> {
        match &self.inner.borrow().attrs {
            Attrs::Inline { layout, values } => values
                .iter()
                .enumerate()
                .filter_map(|(i, v)| Some((layout.key(i)?.clone(), v.clone())))
                .collect(),
            Attrs::Dict(Some(d)) => d.items(),
            Attrs::Dict(None) => Vec::new(),
        }
    }

    /// For the cycle collector: call `f` on every value the namespace
    /// owns (and, for a dict object only the instance holds, its keys). A
    /// dict someone else also holds (`d = obj.__dict__`) is left to its
    /// other owners. `false` when the instance is borrowed.
    pub(crate) fn visit_attrs(&self, f: &mut dyn FnMut(&Value)) -> bool {
        let Ok(inner) = self.inner.try_borrow() else {
            return false;
        };
        match &inner.attrs {
            Attrs::Inline { layout, values } => {
                values[..layout.key_count()].iter().for_each(f);
                true
            }
            Attrs::Dict(Some(d)) if Rc::strong_count(d) == 1 => {
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
        let Ok(mut inner) = self.inner.try_borrow_mut() else {
            return;
        };
        match &mut inner.attrs {
            Attrs::Inline { layout, values } => {
                dump.extend(
                    std::mem::take(values)
                        .into_vec()
                        .drain(..layout.key_count()),
                );
                *layout = SplitLayout::empty();
            }
            Attrs::Dict(Some(d)) if Rc::strong_count(d) == 1 => crate::gc::clear_dict(d, dump),
            Attrs::Dict(_) => {}
        }
    }
}

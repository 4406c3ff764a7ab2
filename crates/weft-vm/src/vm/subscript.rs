//! Subscription: `obj[key]`, `obj[key] = v` and `del obj[key]` for the
//! builtin sequences and mappings, with CPython's index and slice semantics
//! (`PySlice_Unpack` + `PySlice_AdjustIndices`) and its exact messages.
//!
//! Python code can run in the middle of a subscript (`__index__` of a key,
//! iterating the assigned value), so container borrows are taken only after
//! all conversions are done and positions are re-checked against the
//! current length.

use std::cell::RefCell;
use std::rc::Rc;

use num_traits::Signed;

use crate::types::misc::{PyRange, PySlice};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// Which sequence an index is for; decides the error messages.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum SeqKind {
    List,
    ListAssign,
    Tuple,
    Str,
    Bytes,
    ByteArray,
    Range,
}

impl SeqKind {
    fn out_of_range(self) -> &'static str {
        match self {
            SeqKind::List => "list index out of range",
            SeqKind::ListAssign => "list assignment index out of range",
            SeqKind::Tuple => "tuple index out of range",
            SeqKind::Str => "string index out of range",
            SeqKind::Bytes => "index out of range",
            SeqKind::ByteArray => "bytearray index out of range",
            SeqKind::Range => "range object index out of range",
        }
    }

    fn bad_type(self, type_name: &str) -> String {
        let what = match self {
            SeqKind::List | SeqKind::ListAssign => "list",
            SeqKind::Tuple => "tuple",
            SeqKind::Str => return format!("string indices must be integers, not '{type_name}'"),
            SeqKind::Bytes => "byte",
            SeqKind::ByteArray => "bytearray",
            SeqKind::Range => "range",
        };
        format!("{what} indices must be integers or slices, not {type_name}")
    }
}

/// A slice resolved against a sequence length.
#[derive(Clone, Copy, Debug)]
pub struct SliceIdx {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    /// Number of selected positions.
    pub len: usize,
}

impl SliceIdx {
    /// The selected positions, in slice order.
    pub fn positions(&self) -> impl Iterator<Item = usize> + use<> {
        let (start, step) = (self.start, self.step);
        // Every position lies in [0, length), so this cannot overflow.
        (0..self.len).map(move |i| (start + i as i64 * step) as usize)
    }
}

/// The number of items of a range (may exceed i64 for extreme bounds).
pub fn range_len(r: &PyRange) -> i128 {
    let (start, stop, step) = (r.start as i128, r.stop as i128, r.step as i128);
    if step > 0 && stop > start {
        (stop - start - 1) / step + 1
    } else if step < 0 && stop < start {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    }
}

/// Is `i` one of the values of the range? O(1).
pub fn range_contains_int(r: &PyRange, i: i64) -> bool {
    let (start, stop, step, i) = (r.start as i128, r.stop as i128, r.step as i128, i as i128);
    if step > 0 {
        i >= start && i < stop && (i - start) % step == 0
    } else {
        i <= start && i > stop && (start - i) % (-step) == 0
    }
}

/// `obj[key]` for a list or tuple and an in-range int key, without a call,
/// or for a dict holding the `str` key: `None` sends the caller to
/// `Vm::get_item`.
#[inline(always)]
pub fn subscr_fast(obj: &Value, key: &Value) -> Option<Value> {
    match key {
        Value::Str(k) => dict_str_hit(obj, k),
        _ => subscr_int_fast(obj, key),
    }
}

/// The int-key cases of [`subscr_fast`] (a list or tuple item), which call
/// nothing.
#[inline(always)]
pub fn subscr_int_fast(obj: &Value, key: &Value) -> Option<Value> {
    let Value::Int(i) = key else {
        return None;
    };
    match obj {
        Value::List(l) => {
            let items = l.try_borrow().ok()?;
            let j = if *i < 0 {
                i.checked_add(items.len() as i64)?
            } else {
                *i
            };
            items.get(usize::try_from(j).ok()?).cloned()
        }
        Value::Tuple(t) => {
            let j = if *i < 0 {
                i.checked_add(t.items.len() as i64)?
            } else {
                *i
            };
            t.items.get(usize::try_from(j).ok()?).cloned()
        }
        _ => None,
    }
}

/// `d[k]` for an exact dict holding the `str` key `k` (compared by
/// pointer, cached hash and text): its value. `None` sends the lookup the
/// general way, which also finds keys that only compare equal (a `str`
/// subclass instance) and raises the `KeyError`.
#[inline(never)]
fn dict_str_hit(obj: &Value, k: &crate::types::str::PyStr) -> Option<Value> {
    match obj {
        Value::Dict(d) => d.try_get_pystr(k),
        _ => None,
    }
}

/// `d[k] = value` for an exact dict that already holds the `str` key `k`
/// (compared by pointer, cached hash and text): the value replaced in place,
/// `None` when done. Anything else (a new key, a key that only compares
/// equal) hands `value` back for `Vm::set_item`.
#[inline(never)]
fn dict_str_replace(obj: &Value, k: &crate::types::str::PyStr, value: Value) -> Option<Value> {
    let Value::Dict(d) = obj else {
        return Some(value);
    };
    let Ok(mut m) = d.map.try_borrow_mut() else {
        return Some(value);
    };
    let Some(i) = m.index_of_str(k) else {
        return Some(value);
    };
    let old = m.replace_value_at(i, value);
    // The old value is released after the map is: its finalizer may use it.
    drop(m);
    drop(old);
    None
}

/// `obj[key] = value` for a list and an in-range int key, or a dict that
/// already holds the str key: `None` when done,
/// else `value` back for `Vm::set_item`.
#[inline(always)]
pub fn store_subscr_fast(obj: &Value, key: &Value, value: Value) -> Option<Value> {
    let (Value::List(l), Value::Int(i)) = (obj, key) else {
        if let Value::Str(k) = key {
            return dict_str_replace(obj, k, value);
        }
        return Some(value);
    };
    let Ok(mut items) = l.try_borrow_mut() else {
        return Some(value);
    };
    let len = items.len() as i64;
    let j = if *i < 0 { i.wrapping_add(len) } else { *i };
    if j < 0 || j >= len {
        return Some(value);
    }
    let old = std::mem::replace(&mut items[j as usize], value);
    // The old item is released after the list is: its finalizer may use it.
    drop(items);
    drop(old);
    None
}

#[inline(always)]
fn int_or_none(v: &Value) -> Option<Option<i64>> {
    match v {
        Value::None => Some(None),
        Value::Int(i) => Some(Some(*i)),
        _ => None,
    }
}

/// `slice_adjust` for a slice whose fields are ints or None (no Python code,
/// no error): `None` for anything else, including a zero step.
#[inline(always)]
pub fn slice_fast(s: &PySlice, len: usize) -> Option<SliceIdx> {
    let step = int_or_none(&s.step)?.unwrap_or(1);
    if step == 0 {
        return None;
    }
    let start = int_or_none(&s.start)?;
    let stop = int_or_none(&s.stop)?;
    Some(adjust_slice(start, stop, step, len))
}

/// `PySlice_Unpack`'s defaults plus `PySlice_AdjustIndices`, for a nonzero
/// step and bounds already clipped to i64.
#[inline(always)]
fn adjust_slice(start: Option<i64>, stop: Option<i64>, step: i64, len: usize) -> SliceIdx {
    let step = step.max(-i64::MAX);
    let start = start.unwrap_or(if step < 0 { i64::MAX } else { 0 });
    let stop = stop.unwrap_or(if step < 0 { i64::MIN } else { i64::MAX });
    let length = len as i64;
    let adjust = |i: i64| -> i64 {
        if i < 0 {
            let j = i + length;
            if j < 0 {
                if step < 0 { -1 } else { 0 }
            } else {
                j
            }
        } else if i >= length {
            if step < 0 { length - 1 } else { length }
        } else {
            i
        }
    };
    let (start, stop) = (adjust(start), adjust(stop));
    // Both bounds now lie in [-1, length], and `step` is at least
    // -i64::MAX, so none of this can overflow an i64.
    let n = if step < 0 {
        if stop < start {
            ((start - stop - 1) / -step + 1) as usize
        } else {
            0
        }
    } else if start < stop {
        ((stop - start - 1) / step + 1) as usize
    } else {
        0
    };
    SliceIdx {
        start,
        stop,
        step,
        len: n,
    }
}

impl Vm {
    /// `operator.index(v)`: `Ok(i)` when it fits an i64, `Err(is_negative)` for
    /// larger ints. TypeError for objects without `__index__`.
    pub fn index_or_big(&mut self, v: &Value) -> PyResult<Result<i64, bool>> {
        match v {
            Value::Int(i) => Ok(Ok(*i)),
            b @ (Value::True | Value::False) => Ok(Ok(matches!(b, Value::True) as i64)),
            Value::BigInt(b) => Ok(Err(b.is_negative())),
            Value::Instance(inst) => {
                let base = inst.base_value().clone();
                if let Some(b @ (Value::Int(_) | Value::True | Value::False | Value::BigInt(_))) =
                    base
                {
                    return self.index_or_big(&b);
                }
                match self.call_method_opt(v, "__index__", &[])? {
                    Some(r @ (Value::Int(_) | Value::True | Value::False | Value::BigInt(_))) => {
                        self.index_or_big(&r)
                    }
                    Some(r) => {
                        if let Value::Instance(ri) = &r {
                            let base = ri.base_value().clone();
                            if let Some(b @ (Value::Int(_) | Value::BigInt(_))) = base {
                                return self.index_or_big(&b);
                            }
                        }
                        Err(self.type_error(format!(
                            "__index__ returned non-int (type {})",
                            self.type_name(&r)
                        )))
                    }
                    None => Err(self.not_integer(v)),
                }
            }
            _ => Err(self.not_integer(v)),
        }
    }

    fn not_integer(&self, v: &Value) -> PyErr {
        self.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            self.type_name(v)
        ))
    }

    /// Does `v` support `__index__` (ints, int subclasses, user `__index__`)?
    pub fn has_index(&self, v: &Value) -> bool {
        match v {
            Value::Int(_) | Value::True | Value::False | Value::BigInt(_) => true,
            Value::Instance(inst) => {
                matches!(
                    &*inst.base_value(),
                    Some(Value::Int(_) | Value::True | Value::False | Value::BigInt(_))
                ) || inst.class().lookup_str("__index__").is_some()
            }
            _ => false,
        }
    }

    /// Normalise a (possibly negative) index into a sequence of length `len`.
    pub fn seq_index(&mut self, key: &Value, len: usize, kind: SeqKind) -> PyResult<usize> {
        let i = match key {
            Value::Int(i) => *i,
            _ => {
                if !self.has_index(key) {
                    return Err(self.type_error(kind.bad_type(&self.type_name(key))));
                }
                match self.index_or_big(key)? {
                    Ok(i) => i,
                    Err(_) if kind == SeqKind::Range => {
                        return Err(self.index_error(kind.out_of_range()));
                    }
                    Err(_) => {
                        let ty = match key {
                            Value::Instance(_) => self.type_name(key),
                            _ => "int".into(),
                        };
                        return Err(self.index_error(format!(
                            "cannot fit '{ty}' into an index-sized integer"
                        )));
                    }
                }
            }
        };
        let j = if i < 0 {
            i.saturating_add(len as i64)
        } else {
            i
        };
        if j < 0 || j >= len as i64 {
            return Err(self.index_error(kind.out_of_range()));
        }
        Ok(j as usize)
    }

    /// One bound of a slice, clipped to i64 like `_PyEval_SliceIndex`.
    fn slice_bound(&mut self, v: &Value) -> PyResult<i64> {
        if !self.has_index(v) {
            return Err(self
                .type_error("slice indices must be integers or None or have an __index__ method"));
        }
        Ok(match self.index_or_big(v)? {
            Ok(i) => i,
            Err(true) => i64::MIN,
            Err(false) => i64::MAX,
        })
    }

    /// `PySlice_Unpack` + `PySlice_AdjustIndices` for a sequence of length `len`.
    pub fn slice_adjust(&mut self, s: &PySlice, len: usize) -> PyResult<SliceIdx> {
        if let Some(si) = slice_fast(s, len) {
            return Ok(si);
        }
        let step = match &s.step {
            Value::None => 1,
            Value::Int(i) => *i,
            v => self.slice_bound(v)?,
        };
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let start = match &s.start {
            Value::None => None,
            v => Some(self.slice_bound(v)?),
        };
        let stop = match &s.stop {
            Value::None => None,
            v => Some(self.slice_bound(v)?),
        };
        Ok(adjust_slice(start, stop, step, len))
    }

    /// `obj[start:stop]` (`BinarySlice`): without a slice object for a
    /// list, tuple or str with int-or-None bounds, else through a slice
    /// object and `get_item`, exactly like `obj[slice(start, stop)]`.
    pub fn binary_slice(&mut self, obj: &Value, start: Value, stop: Value) -> PyResult<Value> {
        if let Some(v) = slice_simple(obj, &start, &stop, &Value::None) {
            return Ok(v);
        }
        let key = Value::Slice(Rc::new(PySlice {
            start,
            stop,
            step: Value::None,
        }));
        self.get_item(obj, &key)
    }

    /// `obj[start:stop] = value` (`StoreSlice`): a list with int-or-None
    /// bounds directly, anything else through a slice object and `set_item`.
    pub fn store_slice(
        &mut self,
        obj: &Value,
        start: Value,
        stop: Value,
        value: Value,
    ) -> PyResult<()> {
        if let (Value::List(l), Some(a), Some(b)) = (obj, int_or_none(&start), int_or_none(&stop)) {
            if let Ok(items) = l.try_borrow() {
                let si = adjust_slice(a, b, 1, items.len());
                drop(items);
                return self.list_assign_resolved(l, si, Some(value));
            }
        }
        let key = Value::Slice(Rc::new(PySlice {
            start,
            stop,
            step: Value::None,
        }));
        self.set_item(obj, key, value)
    }

    pub fn get_item(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        match obj {
            Value::List(l) => {
                if let Value::Int(i) = key {
                    let items = l.borrow();
                    let j = if *i < 0 {
                        i.saturating_add(items.len() as i64)
                    } else {
                        *i
                    };
                    if j >= 0 && (j as usize) < items.len() {
                        return Ok(items[j as usize].clone());
                    }
                    return Err(self.index_error(SeqKind::List.out_of_range()));
                }
                if let Value::Slice(s) = key {
                    let len = l.borrow().len();
                    let si = match slice_fast(s, len) {
                        Some(si) => si,
                        None => self.slice_adjust(s, len)?,
                    };
                    let items = l.borrow();
                    return Ok(Value::list(slice_of(&items, si)));
                }
                let len = l.borrow().len();
                let i = self.seq_index(key, len, SeqKind::List)?;
                let item = l.borrow().get(i).cloned();
                item.ok_or_else(|| self.index_error(SeqKind::List.out_of_range()))
            }
            Value::Tuple(t) => {
                if let Value::Slice(s) = key {
                    let si = self.slice_adjust(s, t.len())?;
                    return Ok(tuple_slice(obj, &t.items, si));
                }
                let i = self.seq_index(key, t.len(), SeqKind::Tuple)?;
                Ok(t.items[i].clone())
            }
            Value::Str(st) => {
                if let Value::Slice(s) = key {
                    let si = self.slice_adjust(s, st.char_len())?;
                    return Ok(str_slice(obj, st, si));
                }
                let i = self.seq_index(key, st.char_len(), SeqKind::Str)?;
                Ok(crate::types::str::char_value(st.char_at(i)))
            }
            Value::Bytes(b) => {
                if let Value::Slice(s) = key {
                    let si = self.slice_adjust(s, b.len())?;
                    if si.step == 1 && si.len == b.len() {
                        return Ok(obj.clone());
                    }
                    return Ok(Value::Bytes(Rc::new(slice_of(b, si))));
                }
                let i = self.seq_index(key, b.len(), SeqKind::Bytes)?;
                Ok(Value::Int(b[i] as i64))
            }
            Value::ByteArray(b) => {
                if let Value::Slice(s) = key {
                    let len = b.borrow().len();
                    let si = self.slice_adjust(s, len)?;
                    let bytes = b.borrow();
                    return Ok(Value::ByteArray(Rc::new(RefCell::new(slice_of(
                        &bytes, si,
                    )))));
                }
                let len = b.borrow().len();
                let i = self.seq_index(key, len, SeqKind::ByteArray)?;
                let byte = b.borrow().get(i).copied();
                match byte {
                    Some(x) => Ok(Value::Int(x as i64)),
                    None => Err(self.index_error(SeqKind::ByteArray.out_of_range())),
                }
            }
            Value::Range(r) => self.range_item(obj, r, key),
            Value::Dict(d) => match d.get(self, key)? {
                Some(v) => Ok(v),
                None => Err(self.key_error(key.clone())),
            },
            Value::Class(c) => {
                if let Some(f) =
                    crate::builtins::classattrs::meta_special(self, obj, "__getitem__")?
                {
                    return self.call(&f, &[key.clone()]);
                }
                if let Some(cg) = c.lookup_str("__class_getitem__") {
                    let f = self.bind_descriptor(&cg, obj, c)?;
                    let f = match f {
                        Value::Function(_) => Value::method(crate::types::function::BoundMethod {
                            receiver: obj.clone(),
                            func: f,
                        }),
                        other => other,
                    };
                    return self.call(&f, &[key.clone()]);
                }
                if c.builtin && generic_origin(c) {
                    return Ok(crate::builtins::generic_alias::make(self, obj, key));
                }
                Err(self.type_error(format!("type '{}' is not subscriptable", c.name().as_str())))
            }
            _ => {
                if let Value::Instance(inst) = obj {
                    let cls = inst.class();
                    if let Some(m) = cls.lookup_str("__getitem__") {
                        let f = self.bind_descriptor(&m, obj, &cls)?;
                        return self.call(&f, &[key.clone()]);
                    }
                    let base = inst.base_value().clone();
                    if let Some(b) = base {
                        return self.get_item(&b, key);
                    }
                }
                Err(self.type_error(format!(
                    "'{}' object is not subscriptable",
                    self.type_name(obj)
                )))
            }
        }
    }

    /// `range[key]`: an int, or a range for slices.
    fn range_item(&mut self, obj: &Value, r: &PyRange, key: &Value) -> PyResult<Value> {
        if let Value::Slice(_) = key {
            return crate::builtins::range_slice::range_subscript(self, obj, key);
        }
        let len = range_len(r);
        let i: i128 = match key {
            Value::Int(i) => *i as i128,
            _ => {
                if !self.has_index(key) {
                    return Err(self.type_error(SeqKind::Range.bad_type(&self.type_name(key))));
                }
                match self.index_or_big(key)? {
                    Ok(i) => i as i128,
                    Err(_) => return Err(self.index_error(SeqKind::Range.out_of_range())),
                }
            }
        };
        let j = if i < 0 { i + len } else { i };
        if j < 0 || j >= len {
            return Err(self.index_error(SeqKind::Range.out_of_range()));
        }
        // The value lies between start and stop, so it fits an i64.
        Ok(Value::Int((r.start as i128 + j * r.step as i128) as i64))
    }

    /// `obj[key] = value`. A plain dict (the common target) goes straight
    /// to the insertion, without the general function's set-up.
    #[inline]
    pub fn set_item(&mut self, obj: &Value, key: Value, value: Value) -> PyResult<()> {
        if let Value::Dict(d) = obj {
            return d.insert(self, key, value);
        }
        self.set_item_any(obj, key, value)
    }

    #[inline(never)]
    fn set_item_any(&mut self, obj: &Value, key: Value, value: Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = &key {
                    return self.list_assign_slice(l, s, Some(value));
                }
                if let Value::Int(i) = &key {
                    let mut items = l.borrow_mut();
                    let j = if *i < 0 {
                        i.saturating_add(items.len() as i64)
                    } else {
                        *i
                    };
                    if j >= 0 && (j as usize) < items.len() {
                        let old = std::mem::replace(&mut items[j as usize], value);
                        drop(items);
                        drop(old);
                        return Ok(());
                    }
                    return Err(self.index_error(SeqKind::ListAssign.out_of_range()));
                }
                let len = l.borrow().len();
                let i = self.seq_index(&key, len, SeqKind::ListAssign)?;
                let mut items = l.borrow_mut();
                match items.get_mut(i) {
                    Some(slot) => {
                        let old = std::mem::replace(slot, value);
                        drop(items);
                        drop(old);
                        Ok(())
                    }
                    None => Err(self.index_error(SeqKind::ListAssign.out_of_range())),
                }
            }
            Value::Dict(d) => d.insert(self, key, value),
            Value::ByteArray(b) => {
                if let Value::Slice(s) = &key {
                    return self.bytearray_assign_slice(b, s, Some(&value));
                }
                let len = b.borrow().len();
                let i = self.seq_index(&key, len, SeqKind::ByteArray)?;
                let v = self.byte_value(&value)?;
                match b.borrow_mut().get_mut(i) {
                    Some(slot) => {
                        *slot = v;
                        Ok(())
                    }
                    None => Err(self.index_error(SeqKind::ByteArray.out_of_range())),
                }
            }
            Value::Instance(inst) => {
                let cls = inst.class();
                if let Some(m) = cls.lookup_str("__setitem__") {
                    let f = self.bind_descriptor(&m, obj, &cls)?;
                    self.call(&f, &[key, value])?;
                    return Ok(());
                }
                let base = inst.base_value().clone();
                if let Some(b @ (Value::List(_) | Value::Dict(_) | Value::ByteArray(_))) = base {
                    return self.set_item(&b, key, value);
                }
                Err(self.type_error(format!(
                    "'{}' object does not support item assignment",
                    self.type_name(obj)
                )))
            }
            _ => Err(self.type_error(format!(
                "'{}' object does not support item assignment",
                self.type_name(obj)
            ))),
        }
    }

    pub fn del_item(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = key {
                    return self.list_assign_slice(l, s, None);
                }
                let len = l.borrow().len();
                let i = self.seq_index(key, len, SeqKind::ListAssign)?;
                let mut items = l.borrow_mut();
                if i >= items.len() {
                    return Err(self.index_error(SeqKind::ListAssign.out_of_range()));
                }
                let old = items.remove(i);
                drop(items);
                drop(old);
                Ok(())
            }
            Value::Dict(d) => match d.remove(self, key)? {
                Some(_) => Ok(()),
                None => Err(self.key_error(key.clone())),
            },
            Value::ByteArray(b) => {
                if let Value::Slice(s) = key {
                    return self.bytearray_assign_slice(b, s, None);
                }
                let len = b.borrow().len();
                let i = self.seq_index(key, len, SeqKind::ByteArray)?;
                let mut bytes = b.borrow_mut();
                if i >= bytes.len() {
                    return Err(self.index_error(SeqKind::ByteArray.out_of_range()));
                }
                bytes.remove(i);
                Ok(())
            }
            Value::Instance(inst) => {
                let cls = inst.class();
                if let Some(m) = cls.lookup_str("__delitem__") {
                    let f = self.bind_descriptor(&m, obj, &cls)?;
                    self.call(&f, &[key.clone()])?;
                    return Ok(());
                }
                let base = inst.base_value().clone();
                if let Some(b @ (Value::List(_) | Value::Dict(_) | Value::ByteArray(_))) = base {
                    return self.del_item(&b, key);
                }
                Err(self.type_error(format!(
                    "'{}' object doesn't support item deletion",
                    self.type_name(obj)
                )))
            }
            _ => {
                // Types with sequence slots say "doesn't", the rest "does not".
                let seq_like = matches!(
                    obj,
                    Value::Str(_)
                        | Value::Bytes(_)
                        | Value::Tuple(_)
                        | Value::Range(_)
                        | Value::Set(_)
                        | Value::FrozenSet(_)
                ) || matches!(obj, Value::Native(n)
                    if matches!(&**n, crate::types::misc::Native::DictView { .. }));
                let verb = if seq_like { "doesn't" } else { "does not" };
                Err(self.type_error(format!(
                    "'{}' object {verb} support item deletion",
                    self.type_name(obj)
                )))
            }
        }
    }

    /// `l[s] = value` (or `del l[s]` when `value` is None).
    fn list_assign_slice(
        &mut self,
        l: &Rc<RefCell<Vec<Value>>>,
        s: &PySlice,
        value: Option<Value>,
    ) -> PyResult<()> {
        let len = l.borrow().len();
        let si = match slice_fast(s, len) {
            Some(si) => si,
            None => self.slice_adjust(s, len)?,
        };
        self.list_assign_resolved(l, si, value)
    }

    /// `l[s] = value` (or `del l[s]`) for a slice resolved against the
    /// list's length before `value` is iterated.
    fn list_assign_resolved(
        &mut self,
        l: &Rc<RefCell<Vec<Value>>>,
        si: SliceIdx,
        value: Option<Value>,
    ) -> PyResult<()> {
        let new = match &value {
            None => None,
            Some(v) => {
                let items = match v {
                    // A list nobody else holds (a temporary like `l[k::-1]`)
                    // gives up its items instead of being copied.
                    Value::List(src) if !Rc::ptr_eq(src, l) && Rc::strong_count(src) == 1 => {
                        match src.try_borrow_mut() {
                            Ok(mut items) => std::mem::take(&mut *items),
                            Err(_) => src.borrow().clone(),
                        }
                    }
                    Value::List(_) | Value::Tuple(_) => self.collect(v)?,
                    _ => {
                        let msg = if si.step == 1 {
                            "can only assign an iterable"
                        } else {
                            "must assign iterable to extended slice"
                        };
                        match self.iter(v) {
                            Ok(it) => {
                                let mut out = Vec::new();
                                while let Some(x) = self.next(&it)? {
                                    out.push(x);
                                }
                                out
                            }
                            Err(e) if self.err_is(&e, "TypeError") => {
                                return Err(self.type_error(msg));
                            }
                            Err(e) => return Err(e),
                        }
                    }
                };
                Some(items)
            }
        };
        let mut items = l.borrow_mut();
        let cur = items.len();
        if si.step == 1 {
            let start = (si.start.max(0) as usize).min(cur);
            let stop = ((si.start.max(0) as usize).saturating_add(si.len)).min(cur);
            let removed: Vec<Value> = match new {
                // Same length: swap in place; `new` then holds the old items.
                Some(mut new) if new.len() == stop - start => {
                    items[start..stop].swap_with_slice(&mut new);
                    new
                }
                Some(new) => items.splice(start..stop, new).collect(),
                None => items.drain(start..stop).collect(),
            };
            drop(items);
            drop(removed);
            return Ok(());
        }
        match new {
            Some(new) => {
                if new.len() != si.len {
                    drop(items);
                    return Err(self.value_error(format!(
                        "attempt to assign sequence of size {} to extended slice of size {}",
                        new.len(),
                        si.len
                    )));
                }
                let mut old = Vec::with_capacity(new.len());
                for (p, v) in si.positions().zip(new) {
                    if let Some(slot) = items.get_mut(p) {
                        old.push(std::mem::replace(slot, v));
                    }
                }
                drop(items);
                drop(old);
            }
            None => {
                let removed = delete_positions(&mut items, si);
                drop(items);
                drop(removed);
            }
        }
        Ok(())
    }

    /// `b[s] = value` (or `del b[s]` when `value` is None) for a bytearray.
    fn bytearray_assign_slice(
        &mut self,
        b: &Rc<RefCell<Vec<u8>>>,
        s: &PySlice,
        value: Option<&Value>,
    ) -> PyResult<()> {
        let len = b.borrow().len();
        let si = self.slice_adjust(s, len)?;
        let new = match value {
            None => None,
            Some(Value::Bytes(x)) => Some((**x).clone()),
            Some(Value::ByteArray(x)) => Some(x.borrow().clone()),
            Some(
                Value::Str(_)
                | Value::Int(_)
                | Value::True
                | Value::False
                | Value::BigInt(_)
                | Value::Float(_)
                | Value::Complex(_),
            ) => {
                return Err(self.type_error(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                ));
            }
            Some(v) => {
                let it = match self.iter(v) {
                    Ok(it) => it,
                    Err(e) if self.err_is(&e, "TypeError") => {
                        return Err(self.type_error(
                            "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                        ));
                    }
                    Err(e) => return Err(e),
                };
                let mut out = Vec::new();
                while let Some(x) = self.next(&it)? {
                    out.push(self.byte_value(&x)?);
                }
                Some(out)
            }
        };
        let mut bytes = b.borrow_mut();
        let cur = bytes.len();
        if si.step == 1 {
            let start = (si.start.max(0) as usize).min(cur);
            let stop = ((si.start.max(0) as usize).saturating_add(si.len)).min(cur);
            match new {
                Some(new) => {
                    bytes.splice(start..stop, new);
                }
                None => {
                    bytes.drain(start..stop);
                }
            }
            return Ok(());
        }
        match new {
            Some(new) => {
                if new.len() != si.len {
                    drop(bytes);
                    return Err(self.value_error(format!(
                        "attempt to assign bytes of size {} to extended slice of size {}",
                        new.len(),
                        si.len
                    )));
                }
                for (p, v) in si.positions().zip(new) {
                    if let Some(slot) = bytes.get_mut(p) {
                        *slot = v;
                    }
                }
            }
            None => {
                delete_positions(&mut bytes, si);
            }
        }
        Ok(())
    }

    /// An int in range(0, 256) for storing into a bytearray.
    pub fn byte_value(&mut self, v: &Value) -> PyResult<u8> {
        match self.index_or_big(v)? {
            Ok(n) if (0..256).contains(&n) => Ok(n as u8),
            _ => Err(self.value_error("byte must be in range(0, 256)")),
        }
    }
}

/// `obj[start:stop:step]` for a list, tuple or str and int-or-None fields
/// (no Python code, no error): `None` for anything else, including a zero
/// step.
#[inline]
pub fn slice_simple(obj: &Value, start: &Value, stop: &Value, step: &Value) -> Option<Value> {
    let (start, stop) = (int_or_none(start)?, int_or_none(stop)?);
    let step = int_or_none(step)?.unwrap_or(1);
    if step == 0 {
        return None;
    }
    match obj {
        Value::List(l) => {
            let items = l.try_borrow().ok()?;
            let si = adjust_slice(start, stop, step, items.len());
            Some(Value::list(slice_of(&items, si)))
        }
        Value::Tuple(t) => {
            let si = adjust_slice(start, stop, step, t.len());
            Some(tuple_slice(obj, &t.items, si))
        }
        Value::Str(st) => {
            let si = adjust_slice(start, stop, step, st.char_len());
            Some(str_slice(obj, st, si))
        }
        _ => None,
    }
}

/// The tuple `obj` (whose items are `items`) sliced by `si`; the tuple
/// itself when the slice takes all of it.
fn tuple_slice(obj: &Value, items: &[Value], si: SliceIdx) -> Value {
    if si.step == 1 && si.len == items.len() {
        return obj.clone();
    }
    Value::tuple(slice_of(items, si))
}

/// The str `obj` (whose text is `st`) sliced by `si`; the str itself when
/// the slice takes all of it.
fn str_slice(obj: &Value, st: &crate::types::str::PyStr, si: SliceIdx) -> Value {
    if si.len == 0 {
        return Value::str("");
    }
    if si.step == 1 {
        if si.len == st.char_len() {
            return obj.clone();
        }
        let start = si.start as usize;
        return crate::types::str::str_value_counted(
            st.substring(start, start + si.len).to_string(),
            si.len,
        );
    }
    let out: String = if st.is_ascii() {
        let b = st.as_str().as_bytes();
        let mut out = Vec::with_capacity(si.len);
        out.extend(si.positions().map(|p| b[p]));
        // Bytes of ASCII text are ASCII.
        String::from_utf8(out).unwrap_or_default()
    } else {
        let chars: Vec<char> = st.as_str().chars().collect();
        si.positions().map(|p| chars[p]).collect()
    };
    crate::types::str::str_value_counted(out, si.len)
}

/// The items a resolved slice selects.
fn slice_of<T: Clone>(items: &[T], si: SliceIdx) -> Vec<T> {
    if si.len == 0 {
        return Vec::new();
    }
    if si.step == 1 {
        let start = (si.start.max(0) as usize).min(items.len());
        let stop = start.saturating_add(si.len).min(items.len());
        return items[start..stop].to_vec();
    }
    if si.step == -1 {
        // Positions start, start-1, ..., start-len+1: a reversed run.
        let hi = si.start as usize;
        if si.start >= 0 && hi < items.len() && si.len <= hi + 1 {
            return items[hi + 1 - si.len..=hi].iter().rev().cloned().collect();
        }
    }
    let mut out = Vec::with_capacity(si.len);
    for p in si.positions() {
        if let Some(x) = items.get(p) {
            out.push(x.clone());
        }
    }
    out
}

/// Remove the positions of an extended slice, returning the removed items.
fn delete_positions<T>(items: &mut Vec<T>, si: SliceIdx) -> Vec<T> {
    if si.len == 0 {
        return Vec::new();
    }
    let mut doomed = vec![false; items.len()];
    for p in si.positions() {
        if let Some(d) = doomed.get_mut(p) {
            *d = true;
        }
    }
    let mut kept = Vec::with_capacity(items.len());
    let mut removed = Vec::new();
    for (x, d) in std::mem::take(items).into_iter().zip(doomed) {
        if d {
            removed.push(x);
        } else {
            kept.push(x);
        }
    }
    *items = kept;
    removed
}

/// Builtin classes whose subscription makes a `types.GenericAlias`.
fn generic_origin(c: &crate::types::class::Class) -> bool {
    matches!(
        c.name().as_str(),
        "list" | "dict" | "tuple" | "set" | "frozenset" | "type" | "enumerate"
    )
}

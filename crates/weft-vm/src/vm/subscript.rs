//! Subscription: `obj[key]`, `obj[key] = v`, `del obj[key]`, with slices.

use std::rc::Rc;

use crate::types::misc::PySlice;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// Normalise an index for a sequence of length `len` (IndexError message uses `what`).
    pub fn seq_index(&mut self, key: &Value, len: usize, what: &str) -> PyResult<usize> {
        let i = match key {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::BigInt(_) => {
                return Err(
                    self.index_error(format!("cannot fit 'int' into an index-sized integer"))
                );
            }
            _ => self.index_value(key).map_err(|_| {
                self.type_error(format!(
                    "{what} indices must be integers or slices, not {}",
                    self.type_name(key)
                ))
            })?,
        };
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            return Err(self.index_error(format!("{what} index out of range")));
        }
        Ok(j as usize)
    }

    /// `slice.indices(len)`: (start, stop, step) clamped as CPython does.
    pub fn slice_indices(&mut self, s: &PySlice, len: usize) -> PyResult<(i64, i64, i64)> {
        let len = len as i64;
        let step = match &s.step {
            Value::None => 1,
            v => self.index_value(v)?,
        };
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let clamp = |vm: &mut Vm, v: &Value, default: i64| -> PyResult<i64> {
            if v.is_none() {
                return Ok(default);
            }
            let i = match v {
                Value::BigInt(b) => {
                    if num_traits::Signed::is_negative(&**b) {
                        i64::MIN / 2
                    } else {
                        i64::MAX / 2
                    }
                }
                _ => vm.index_value(v)?,
            };
            Ok(if i < 0 {
                (i + len).max(lower)
            } else {
                i.min(upper)
            })
        };
        let start = clamp(self, &s.start, if step < 0 { upper } else { lower })?;
        let stop = clamp(self, &s.stop, if step < 0 { lower } else { upper })?;
        Ok((start, stop, step))
    }

    pub fn slice_positions(&mut self, s: &PySlice, len: usize) -> PyResult<Vec<usize>> {
        let (start, stop, step) = self.slice_indices(s, len)?;
        let mut out = Vec::new();
        let mut i = start;
        if step > 0 {
            while i < stop {
                out.push(i as usize);
                i += step;
            }
        } else {
            while i > stop {
                out.push(i as usize);
                i += step;
            }
        }
        Ok(out)
    }

    pub fn get_item(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = key {
                    let items = l.borrow().clone();
                    let pos = self.slice_positions(s, items.len())?;
                    return Ok(Value::list(
                        pos.into_iter().map(|i| items[i].clone()).collect(),
                    ));
                }
                let len = l.borrow().len();
                let i = self.seq_index(key, len, "list")?;
                Ok(l.borrow()[i].clone())
            }
            Value::Tuple(t) => {
                if let Value::Slice(s) = key {
                    let pos = self.slice_positions(s, t.len())?;
                    return Ok(Value::tuple(
                        pos.into_iter().map(|i| t.items[i].clone()).collect(),
                    ));
                }
                let i = self.seq_index(key, t.len(), "tuple")?;
                Ok(t.items[i].clone())
            }
            Value::Str(st) => {
                if let Value::Slice(s) = key {
                    let (start, stop, step) = self.slice_indices(s, st.char_len())?;
                    if step == 1 {
                        if start >= stop {
                            return Ok(Value::str(""));
                        }
                        return Ok(Value::str(st.substring(start as usize, stop as usize)));
                    }
                    let chars: Vec<char> = st.as_str().chars().collect();
                    let pos = self.slice_positions(s, chars.len())?;
                    return Ok(Value::string(pos.into_iter().map(|i| chars[i]).collect()));
                }
                let i = self.seq_index(key, st.char_len(), "string")?;
                Ok(Value::string(st.char_at(i).to_string()))
            }
            Value::Bytes(b) => crate::builtins::bytes::getitem(self, b, key),
            Value::ByteArray(b) => crate::builtins::bytes::bytearray_getitem(self, b, key),
            Value::Range(r) => {
                if let Value::Slice(s) = key {
                    let (start, stop, step) = self.slice_indices(s, r.len() as usize)?;
                    let r2 = crate::types::misc::PyRange {
                        start: r.get(start),
                        stop: r.get(stop),
                        step: r.step * step,
                    };
                    return Ok(Value::Range(Rc::new(r2)));
                }
                let i = self.seq_index(key, r.len() as usize, "range object")?;
                Ok(Value::Int(r.get(i as i64)))
            }
            Value::Dict(d) => match d.get(self, key)? {
                Some(v) => Ok(v),
                None => Err(self.key_error(key.clone())),
            },
            Value::Class(c) => {
                if let Some(cg) = c.lookup_str("__class_getitem__") {
                    let f = self.bind_descriptor(&cg, obj, c)?;
                    let f = match f {
                        Value::Function(_) => {
                            Value::Method(Rc::new(crate::types::function::BoundMethod {
                                receiver: obj.clone(),
                                func: f,
                            }))
                        }
                        other => other,
                    };
                    return self.call(&f, &[key.clone()]);
                }
                if c.builtin {
                    return Ok(obj.clone());
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
                    if let Some(b) = inst.base_value.borrow().clone() {
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

    pub fn set_item(&mut self, obj: &Value, key: Value, value: Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = &key {
                    let new = self.collect(&value)?;
                    let len = l.borrow().len();
                    let (start, stop, step) = self.slice_indices(s, len)?;
                    if step == 1 {
                        let stop = stop.max(start);
                        l.borrow_mut().splice(start as usize..stop as usize, new);
                        return Ok(());
                    }
                    let pos = self.slice_positions(s, len)?;
                    if pos.len() != new.len() {
                        return Err(self.value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            new.len(),
                            pos.len()
                        )));
                    }
                    let mut lb = l.borrow_mut();
                    for (i, v) in pos.into_iter().zip(new) {
                        lb[i] = v;
                    }
                    return Ok(());
                }
                let len = l.borrow().len();
                let i = self.seq_index(&key, len, "list assignment")?;
                l.borrow_mut()[i] = value;
                Ok(())
            }
            Value::Dict(d) => d.insert(self, key, value),
            Value::ByteArray(b) => crate::builtins::bytes::bytearray_setitem(self, b, &key, &value),
            Value::Instance(inst) => {
                let cls = inst.class();
                if let Some(m) = cls.lookup_str("__setitem__") {
                    let f = self.bind_descriptor(&m, obj, &cls)?;
                    self.call(&f, &[key, value])?;
                    return Ok(());
                }
                if let Some(b) = inst.base_value.borrow().clone() {
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
                    let len = l.borrow().len();
                    let mut pos = self.slice_positions(s, len)?;
                    pos.sort_unstable();
                    let mut lb = l.borrow_mut();
                    for i in pos.into_iter().rev() {
                        lb.remove(i);
                    }
                    return Ok(());
                }
                let len = l.borrow().len();
                let i = self.seq_index(key, len, "list assignment")?;
                l.borrow_mut().remove(i);
                Ok(())
            }
            Value::Dict(d) => match d.remove(self, key)? {
                Some(_) => Ok(()),
                None => Err(self.key_error(key.clone())),
            },
            Value::ByteArray(b) => crate::builtins::bytes::bytearray_delitem(self, b, key),
            Value::Instance(inst) => {
                let cls = inst.class();
                if let Some(m) = cls.lookup_str("__delitem__") {
                    let f = self.bind_descriptor(&m, obj, &cls)?;
                    self.call(&f, &[key.clone()])?;
                    return Ok(());
                }
                if let Some(b) = inst.base_value.borrow().clone() {
                    return self.del_item(&b, key);
                }
                Err(self.type_error(format!(
                    "'{}' object doesn't support item deletion",
                    self.type_name(obj)
                )))
            }
            _ => Err(self.type_error(format!(
                "'{}' object doesn't support item deletion",
                self.type_name(obj)
            ))),
        }
    }
}

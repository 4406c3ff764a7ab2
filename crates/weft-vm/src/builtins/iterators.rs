//! `next()` for the native iterator kinds.

use std::rc::Rc;

use crate::types::iter::{IterObj, IterState};
use crate::types::misc::ViewKind;
use crate::types::tuple::PyTuple;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `next()` of a list, tuple or range iterator that can take its next item
/// without running Python code: `Some(Some(item))`, or `Some(None)` for an
/// exhausted iterator. `None` sends the caller to the general path (other
/// kinds, a borrowed state). At the end of a list the iterator lets go of
/// it, as CPython's does; freeing it runs no Python code (`__del__`
/// finalizers are queued, see `vm/finalize.rs`, and run before the next
/// instruction).
#[inline(always)]
pub fn next_fast(it: &Value) -> Option<Option<Value>> {
    let Value::Iter(obj) = it else {
        return None;
    };
    let mut st = obj.state.try_borrow_mut().ok()?;
    match &mut *st {
        IterState::List { list, pos } => {
            {
                let l = list.try_borrow().ok()?;
                if let Some(v) = l.get(*pos) {
                    let v = v.clone();
                    *pos += 1;
                    return Some(Some(v));
                }
            }
            let done = std::mem::replace(&mut *st, IterState::Exhausted);
            drop(st);
            drop(done);
            Some(None)
        }
        IterState::Range { next, stop, step } => {
            let v = *next;
            if (*step > 0 && v < *stop) || (*step < 0 && v > *stop) {
                *next = v.checked_add(*step)?;
                Some(Some(Value::Int(v)))
            } else {
                Some(None)
            }
        }
        IterState::Tuple { tuple, pos } => match tuple.items.get(*pos) {
            Some(v) => {
                let v = v.clone();
                *pos += 1;
                Some(Some(v))
            }
            None => Some(None),
        },
        IterState::Str { s, byte_pos } => match s.as_str()[*byte_pos..].chars().next() {
            Some(c) => {
                *byte_pos += c.len_utf8();
                Some(Some(crate::types::str::char_value(c)))
            }
            None => Some(None),
        },
        IterState::Exhausted => Some(None),
        _ => None,
    }
}

/// The cases of [`next_fast`] that produce an item without any call: the
/// next item of a list, tuple or range iterator. `None` for the rest (the
/// end of the iteration too), which the caller takes to `next_fast` or
/// the general path.
#[inline(always)]
pub fn next_item_leaf(it: &Value) -> Option<Value> {
    let Value::Iter(obj) = it else {
        return None;
    };
    let mut st = obj.state.try_borrow_mut().ok()?;
    match &mut *st {
        IterState::List { list, pos } => {
            let l = list.try_borrow().ok()?;
            let v = l.get(*pos)?.clone();
            *pos += 1;
            Some(v)
        }
        IterState::Range { next, stop, step } => {
            let v = *next;
            if (*step > 0 && v < *stop) || (*step < 0 && v > *stop) {
                *next = v.checked_add(*step)?;
                Some(Value::Int(v))
            } else {
                None
            }
        }
        IterState::Tuple { tuple, pos } => {
            let v = tuple.items.get(*pos)?.clone();
            *pos += 1;
            Some(v)
        }
        _ => None,
    }
}

pub fn iter_next(vm: &mut Vm, obj: &Rc<IterObj>) -> PyResult<Option<Value>> {
    let mut st = obj.state.borrow_mut();
    match &mut *st {
        IterState::List { list, pos } => {
            let l = list.borrow();
            if *pos < l.len() {
                *pos += 1;
                return Ok(Some(l[*pos - 1].clone()));
            }
            drop(l);
            *st = IterState::Exhausted;
            Ok(None)
        }
        IterState::ListRev { list, pos } => {
            let l = list.borrow();
            if *pos > 0 && *pos <= l.len() {
                *pos -= 1;
                return Ok(Some(l[*pos].clone()));
            }
            drop(l);
            *st = IterState::Exhausted;
            Ok(None)
        }
        IterState::Tuple { tuple, pos } => {
            if *pos < tuple.len() {
                *pos += 1;
                return Ok(Some(tuple.items[*pos - 1].clone()));
            }
            Ok(None)
        }
        IterState::Str { s, byte_pos } => match s.as_str()[*byte_pos..].chars().next() {
            Some(c) => {
                *byte_pos += c.len_utf8();
                Ok(Some(crate::types::str::char_value(c)))
            }
            None => Ok(None),
        },
        IterState::Bytes { bytes, pos } => {
            if *pos < bytes.len() {
                *pos += 1;
                return Ok(Some(Value::Int(bytes[*pos - 1] as i64)));
            }
            Ok(None)
        }
        IterState::Range { next, stop, step } => {
            if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                let v = *next;
                match next.checked_add(*step) {
                    Some(n) => *next = n,
                    // Past the end of i64: `v` was the last value.
                    None => *st = IterState::Exhausted,
                }
                return Ok(Some(Value::Int(v)));
            }
            Ok(None)
        }
        IterState::RangeCount { next, step, left } => {
            if *left == 0 {
                return Ok(None);
            }
            let v = *next;
            *left -= 1;
            // Only used again while `left > 0`, when it stays inside the range.
            *next = next.wrapping_add(*step);
            Ok(Some(Value::Int(v)))
        }
        IterState::StrRev { s, byte_end } => match s.as_str()[..*byte_end].chars().next_back() {
            Some(c) => {
                *byte_end -= c.len_utf8();
                Ok(Some(crate::types::str::char_value(c)))
            }
            None => Ok(None),
        },
        IterState::Reversed { seq, index } => {
            if *index < 0 {
                return Ok(None);
            }
            let i = *index;
            *index -= 1;
            let item = match seq {
                Value::Tuple(t) => t.items.get(i as usize).cloned(),
                Value::Bytes(b) => b.get(i as usize).map(|x| Value::Int(*x as i64)),
                Value::ByteArray(b) => b.borrow().get(i as usize).map(|x| Value::Int(*x as i64)),
                _ => {
                    let seq = seq.clone();
                    drop(st);
                    return match vm.get_item(&seq, &Value::Int(i)) {
                        Ok(v) => Ok(Some(v)),
                        Err(e) if vm.err_is(&e, "IndexError") || vm.err_is(&e, "StopIteration") => {
                            *obj.state.borrow_mut() = IterState::Exhausted;
                            Ok(None)
                        }
                        Err(e) => Err(e),
                    };
                }
            };
            if item.is_none() {
                *st = IterState::Exhausted;
            }
            Ok(item)
        }
        IterState::DictRev {
            dict,
            pos,
            kind,
            len,
        } => {
            let dict = dict.clone();
            let m = dict.map.borrow();
            if m.len() != *len {
                *len = usize::MAX - 1;
                drop(m);
                drop(st);
                return Err(vm.error("RuntimeError", "dictionary changed size during iteration"));
            }
            while *pos > 0 {
                *pos -= 1;
                if let Some(Some(e)) = m.entry_at(*pos) {
                    return Ok(Some(match kind {
                        ViewKind::Keys => e.key.clone(),
                        ViewKind::Values => e.value.clone(),
                        ViewKind::Items => Value::tuple(vec![e.key.clone(), e.value.clone()]),
                    }));
                }
            }
            Ok(None)
        }
        IterState::Dict {
            dict,
            pos,
            kind,
            len,
        } => {
            let dict = dict.clone();
            let m = dict.map.borrow();
            if m.len() != *len {
                *len = usize::MAX - 1;
                drop(m);
                drop(st);
                return Err(vm.error("RuntimeError", "dictionary changed size during iteration"));
            }
            while *pos < m.slots() {
                let p = *pos;
                *pos += 1;
                if let Some(Some(e)) = m.entry_at(p) {
                    return Ok(Some(match kind {
                        ViewKind::Keys => e.key.clone(),
                        ViewKind::Values => e.value.clone(),
                        ViewKind::Items => Value::tuple(vec![e.key.clone(), e.value.clone()]),
                    }));
                }
            }
            Ok(None)
        }
        IterState::Seq { items, pos } => {
            if *pos < items.len() {
                *pos += 1;
                return Ok(Some(items[*pos - 1].clone()));
            }
            Ok(None)
        }
        IterState::Enumerate { inner, count, last } => {
            // An int count over a list, tuple or range: no Python code can
            // run, so the state stays borrowed.
            if let Value::Int(c) = count {
                if *c < i64::MAX {
                    if let Some(r) = next_fast(inner) {
                        let Some(v) = r else {
                            return Ok(None);
                        };
                        let c0 = *c;
                        *c += 1;
                        return Ok(Some(reuse_pair(last, Value::Int(c0), v)));
                    }
                }
            }
            let inner = inner.clone();
            drop(st);
            let Some(v) = vm.next(&inner)? else {
                return Ok(None);
            };
            let mut st = obj.state.borrow_mut();
            let IterState::Enumerate { count, last, .. } = &mut *st else {
                return Ok(None);
            };
            let c = count.clone();
            *count = match &c {
                Value::Int(i) if *i < i64::MAX => Value::Int(i + 1),
                Value::Int(i) => Value::from_bigint(num_bigint::BigInt::from(*i) + 1),
                Value::BigInt(b) => Value::from_bigint(&**b + 1),
                _ => {
                    drop(st);
                    let next =
                        vm.binary_op(&c, &Value::Int(1), weft_compiler::bytecode::BinOp::Add)?;
                    if let IterState::Enumerate { count, .. } = &mut *obj.state.borrow_mut() {
                        *count = next;
                    }
                    return Ok(Some(Value::tuple(vec![c, v])));
                }
            };
            Ok(Some(reuse_pair(last, c, v)))
        }
        IterState::Zip {
            inners,
            strict,
            last,
        } => {
            // Non-strict two-way zip whose first input is a list, tuple or
            // range iterator: its item needs no Python code.
            if !*strict && inners.len() == 2 {
                if let Some(a) = next_fast(&inners[0]) {
                    let Some(a) = a else {
                        return Ok(None);
                    };
                    return match next_fast(&inners[1]) {
                        Some(Some(b)) => Ok(Some(reuse_pair(last, a, b))),
                        Some(None) => Ok(None),
                        None => {
                            let second = inners[1].clone();
                            drop(st);
                            let Some(b) = vm.next(&second)? else {
                                return Ok(None);
                            };
                            match &mut *obj.state.borrow_mut() {
                                IterState::Zip { last, .. } => Ok(Some(reuse_pair(last, a, b))),
                                _ => Ok(Some(Value::tuple(vec![a, b]))),
                            }
                        }
                    };
                }
            }
            let inners = inners.clone();
            let strict = *strict;
            drop(st);
            if inners.is_empty() {
                return Ok(None);
            }
            if let [first, second] = &*inners {
                // The common two-way zip, without collecting into a Vec.
                let Some(a) = vm.next(first)? else {
                    if strict {
                        zip_strict_check(vm, &inners, 0)?;
                    }
                    return Ok(None);
                };
                let Some(b) = vm.next(second)? else {
                    if strict {
                        zip_strict_check(vm, &inners, 1)?;
                    }
                    return Ok(None);
                };
                return match &mut *obj.state.borrow_mut() {
                    IterState::Zip { last, .. } => Ok(Some(reuse_pair(last, a, b))),
                    _ => Ok(Some(Value::tuple(vec![a, b]))),
                };
            }
            let mut out = Vec::with_capacity(inners.len());
            for (i, it) in inners.iter().enumerate() {
                match vm.next(it)? {
                    Some(v) => out.push(v),
                    None => {
                        if strict {
                            zip_strict_check(vm, &inners, i)?;
                        }
                        return Ok(None);
                    }
                }
            }
            match &mut *obj.state.borrow_mut() {
                IterState::Zip { last, .. } => Ok(Some(reuse_tuple(last, out.into_iter()))),
                _ => Ok(Some(Value::tuple(out))),
            }
        }
        IterState::Map { func, inners } => {
            let (func, inners) = (func.clone(), inners.clone());
            drop(st);
            if let [it] = &*inners {
                return match vm.next(it)? {
                    Some(v) => vm.call(&func, std::slice::from_ref(&v)).map(Some),
                    None => Ok(None),
                };
            }
            let mut args = Vec::with_capacity(inners.len());
            for it in inners.iter() {
                match vm.next(it)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            vm.call(&func, &args).map(Some)
        }
        IterState::Filter { func, inner } => {
            let (func, inner) = (func.clone(), inner.clone());
            drop(st);
            while let Some(v) = vm.next(&inner)? {
                let keep = if func.is_none() {
                    vm.truthy(&v)?
                } else {
                    let r = vm.call(&func, std::slice::from_ref(&v))?;
                    vm.truthy(&r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            }
            Ok(None)
        }
        IterState::Callable { func, sentinel } => {
            let (func, sentinel) = (func.clone(), sentinel.clone());
            drop(st);
            let v = match vm.call(&func, &[]) {
                Ok(v) => v,
                Err(e) if vm.err_is(&e, "StopIteration") => {
                    *obj.state.borrow_mut() = IterState::Exhausted;
                    return Ok(None);
                }
                Err(e) => return Err(e),
            };
            if vm.eq(&v, &sentinel)? {
                *obj.state.borrow_mut() = IterState::Exhausted;
                return Ok(None);
            }
            Ok(Some(v))
        }
        IterState::GetItem { obj: o, pos } => {
            let (o, p) = (o.clone(), *pos);
            *pos += 1;
            drop(st);
            match vm.get_item(&o, &Value::Int(p)) {
                Ok(v) => Ok(Some(v)),
                Err(e) if vm.err_is(&e, "IndexError") || vm.err_is(&e, "StopIteration") => Ok(None),
                Err(e) => Err(e),
            }
        }
        IterState::Exhausted => Ok(None),
    }
}

/// A result tuple holding `items`: the previous one refilled in place when
/// the iterator holds its only reference, else a new one (kept for next time).
pub(crate) fn reuse_tuple<I: ExactSizeIterator<Item = Value>>(
    last: &mut Option<Rc<PyTuple>>,
    items: I,
) -> Value {
    if let Some(rc) = last {
        if let Some(t) = Rc::get_mut(rc) {
            if t.items.len() == items.len() {
                for (slot, v) in t.items.iter_mut().zip(items) {
                    // The old item is usually still referenced elsewhere
                    // (the loop's unpacked variables): release it inline.
                    Value::release(std::mem::replace(slot, v));
                }
                return Value::Tuple(rc.clone());
            }
        }
    }
    let rc = Rc::new(PyTuple::new(items.collect()));
    *last = Some(rc.clone());
    Value::Tuple(rc)
}

/// [`reuse_tuple`] for the pairs of `enumerate` and two-way `zip`: the two
/// slots are written directly (the generic version walks an array iterator,
/// about twice the instructions).
#[inline]
pub(crate) fn reuse_pair(last: &mut Option<Rc<PyTuple>>, a: Value, b: Value) -> Value {
    if let Some(rc) = last {
        if let Some(t) = Rc::get_mut(rc) {
            if let [x, y] = &mut *t.items {
                Value::release(std::mem::replace(x, a));
                Value::release(std::mem::replace(y, b));
                return Value::Tuple(rc.clone());
            }
        }
    }
    let rc = Rc::new(PyTuple::new(vec![a, b]));
    *last = Some(rc.clone());
    Value::Tuple(rc)
}

/// `zip(strict=True)` after argument `i` (0-based) ran out: an error unless
/// all the arguments ended together.
fn zip_strict_check(vm: &mut Vm, inners: &[Value], i: usize) -> PyResult<()> {
    let plural = |n: usize| {
        if n == 1 {
            " 1".to_string()
        } else {
            format!("s 1-{n}")
        }
    };
    if i > 0 {
        return Err(vm.value_error(format!(
            "zip() argument {} is shorter than argument{}",
            i + 1,
            plural(i)
        )));
    }
    for (j, other) in inners.iter().enumerate().skip(1) {
        if vm.next(other)?.is_some() {
            return Err(vm.value_error(format!(
                "zip() argument {} is longer than argument{}",
                j + 1,
                plural(j)
            )));
        }
    }
    Ok(())
}

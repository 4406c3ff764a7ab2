//! Operators and the object protocols the VM uses everywhere: truthiness,
//! hashing, binary and unary operators, containment, iteration, unpacking
//! and `len`. Equality and ordering are in `compare.rs`.

use std::rc::Rc;

use weft_compiler::bytecode::{BinOp, Op};

use crate::types::iter::{IterObj, IterState};
use crate::types::misc::{Native, ViewKind};
use crate::types::set::PySet;
use crate::value::Value;
use crate::vm::numeric::{self, as_num};
use crate::vm::{PyErr, PyResult, Vm};

/// `next(it)` for list, tuple and range iterators, inline (see
/// `iterators::next_fast`); `None` means "use `Vm::next`".
pub use crate::builtins::iterators::next_fast;

impl Vm {
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None => false,
            b @ (Value::True | Value::False) => matches!(b, Value::True),
            Value::Int(i) => *i != 0,
            Value::BigInt(_) => true,
            Value::Float(f) => **f != 0.0,
            Value::Complex(c) => c.0 != 0.0 || c.1 != 0.0,
            Value::Str(s) => !s.as_str().is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::ByteArray(b) => !b.borrow().is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::List(l) => !l.borrow().is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::Set(s) | Value::FrozenSet(s) => !s.is_empty(),
            Value::Range(r) => r.len() != 0,
            Value::Instance(_) | Value::Class(_) => {
                if let Some(r) = self.call_method_opt(v, "__bool__", &[])? {
                    return match r {
                        b @ (Value::True | Value::False) => Ok(matches!(b, Value::True)),
                        other => Err(self.type_error(format!(
                            "__bool__ should return bool, returned {}",
                            self.type_name(&other)
                        ))),
                    };
                }
                if let Some(r) = self.call_method_opt(v, "__len__", &[])? {
                    return Ok(self.len_result(&r)? != 0);
                }
                true
            }
            Value::Native(n) => match &**n {
                Native::DictView { dict, .. } => !dict.is_empty(),
                _ => true,
            },
            _ => true,
        })
    }

    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        Ok(match v {
            Value::Str(s) => s.hash(),
            Value::Int(i) => numeric::hash_int(*i),
            b @ (Value::True | Value::False) => matches!(b, Value::True) as i64,
            Value::BigInt(b) => numeric::hash_big(b),
            Value::Float(f) => numeric::hash_float(f.get()),
            Value::None => 0x5f3759df,
            Value::Tuple(t) => {
                // CPython's xxHash-based tuple hash.
                let mut acc: u64 = 0x27D4EB2F165667C5;
                for item in t.items.iter() {
                    let h = self.hash(item)? as u64;
                    acc = acc.wrapping_add(h.wrapping_mul(0xC2B2AE3D27D4EB4F));
                    acc = acc.rotate_left(31);
                    acc = acc.wrapping_mul(0x9E3779B185EBCA87);
                }
                acc = acc.wrapping_add((t.len() as u64) ^ (0x27D4EB2F165667C5 ^ 3527539));
                if acc as i64 == -1 {
                    1546275796
                } else {
                    acc as i64
                }
            }
            Value::Bytes(b) => {
                let h = crate::types::str::fx_hash(b) as i64;
                if h == -1 { -2 } else { h }
            }
            Value::FrozenSet(s) => s.frozen_hash(),
            Value::Complex(c) => {
                let hr = numeric::hash_float(c.0);
                let hi = numeric::hash_float(c.1);
                let h = hr.wrapping_add(1000003i64.wrapping_mul(hi));
                if h == -1 { -2 } else { h }
            }
            Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::ByteArray(_) => {
                return Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))));
            }
            Value::Native(n) if matches!(&**n, Native::DictView { kind, .. } if *kind != ViewKind::Values) =>
            {
                return Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))));
            }
            Value::Range(r) => crate::builtins::range_slice::range_hash(self, r)?,
            Value::Slice(sl) => {
                let t = Value::tuple(vec![sl.start.clone(), sl.stop.clone(), sl.step.clone()]);
                self.hash(&t)?
            }
            Value::Instance(inst) => {
                let cls = inst.class();
                match cls.lookup_str("__hash__") {
                    Some(Value::None) => {
                        return Err(
                            self.type_error(format!("unhashable type: '{}'", self.type_name(v)))
                        );
                    }
                    Some(Value::Builtin(b)) if b.owner == Some("object") => identity_hash(v),
                    Some(h) => {
                        let f = self.bind_descriptor(&h, v, &cls)?;
                        let r = self.call(&f, &[])?;
                        match r {
                            Value::Int(i) => {
                                if i == -1 {
                                    -2
                                } else {
                                    i
                                }
                            }
                            Value::BigInt(b) => numeric::hash_big(&b),
                            b @ (Value::True | Value::False) => matches!(b, Value::True) as i64,
                            _ => {
                                return Err(
                                    self.type_error("__hash__ method should return an integer")
                                );
                            }
                        }
                    }
                    None => identity_hash(v),
                }
            }
            Value::Method(m) => identity_hash(&m.receiver) ^ identity_hash(&m.func),
            _ => identity_hash(v),
        })
    }

    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        if let (Value::Str(x), Value::Str(y), BinOp::Add | BinOp::IAdd) = (a, b, op) {
            // `str + str`, common in string building, first: exact strs
            // (subclasses are instances) have no `__add__` to look up.
            return Ok(str_add(a, x, b, y));
        }
        if let (Some(x), Some(y)) = (a.as_bool(), b.as_bool()) {
            match op.base() {
                BinOp::And => return Ok(Value::Bool(x & y)),
                BinOp::Or => return Ok(Value::Bool(x | y)),
                BinOp::Xor => return Ok(Value::Bool(x ^ y)),
                _ => {}
            }
        }
        if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
            if let Some(v) = numeric::binary(self, op, &x, &y)? {
                return Ok(v);
            }
        }
        if let Some(v) = self.sequence_op(a, b, op)? {
            return Ok(v);
        }
        let (name, rname, iname) = op.dunders();
        if op.is_inplace() && matches!(a, Value::Instance(_)) {
            if let Some(r) = self.call_method_opt(a, iname, &[b.clone()])? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        let a_user = matches!(a, Value::Instance(_) | Value::Class(_));
        let b_user = matches!(b, Value::Instance(_) | Value::Class(_));
        let ca = self.class_of(a);
        let cb = self.class_of(b);
        let same = Rc::ptr_eq(&ca, &cb);
        // The right operand goes first only when its type is a proper
        // subclass that overrides the reflected method (CPython's
        // `method_is_overloaded`).
        let b_first = b_user && !same && cb.is_subclass(&ca) && {
            match cb.lookup_str(rname) {
                None => false,
                Some(rb) => match ca.lookup_str(rname) {
                    None => true,
                    Some(ra) => !ra.is(&rb),
                },
            }
        };
        // `str`/`list`/`tuple`/`bytes` concatenation and repetition are
        // sequence slots: CPython tries the other operand's number methods
        // first and never calls the sequence's own `__rmul__`/`__radd__`.
        let seq_slot = matches!(op.base(), BinOp::Add | BinOp::Mul);
        let a_seq = seq_slot && is_builtin_seq(a);
        let b_seq = seq_slot && is_builtin_seq(b);
        if b_first {
            if let Some(r) = self.call_method_opt(b, rname, &[a.clone()])? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        // With a user object on either side, builtin operands' methods take
        // part too (`1.5 + IntSubclass(2)` is `float.__add__`).
        let any_user = a_user || b_user;
        if any_user && !a_seq {
            if let Some(r) = self.call_method_opt(a, name, &[b.clone()])? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if any_user && !b_first && !same && !b_seq {
            if let Some(r) = self.call_method_opt(b, rname, &[a.clone()])? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if any_user && op.base() == BinOp::Mul && (a_seq || b_seq) {
            let (seq, n) = if a_seq { (a, b) } else { (b, a) };
            if self.class_of(n).lookup_str("__index__").is_some() {
                let k = self.index_value(n)?;
                if let Some(v) = self.sequence_op(seq, &Value::Int(k), op)? {
                    return Ok(v);
                }
            }
            return Err(self.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                self.type_name(n)
            )));
        }
        // Instances of builtin subclasses (`class L(list)`) operate as their value.
        let base = |v: &Value| match v {
            Value::Instance(i) => i.base_value().clone(),
            _ => None,
        };
        let (ba, bb) = (base(a), base(b));
        if ba.is_some() || bb.is_some() {
            let x = ba.unwrap_or_else(|| a.clone());
            let y = bb.unwrap_or_else(|| b.clone());
            if let Some(v) = self.sequence_op(&x, &y, op)? {
                return Ok(v);
            }
        }
        if op.base() == BinOp::Mod {
            if let Value::Str(s) = a {
                return crate::builtins::strformat::percent_format(self, s.as_str(), b);
            }
            if let Value::Bytes(_) | Value::ByteArray(_) = a {
                let fmt = crate::builtins::bytes::buffer_of(a).unwrap_or_default();
                let out = crate::builtins::bytes_format::bytes_percent(self, &fmt, b)?;
                return Ok(crate::builtins::bytes::make_bytes(
                    out,
                    matches!(a, Value::ByteArray(_)),
                ));
            }
        }
        if op == BinOp::Pow {
            return Err(self.type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
                self.type_name(a),
                self.type_name(b)
            )));
        }
        if op.base() == BinOp::Add && matches!(a, Value::Str(_)) {
            return Err(self.type_error(format!(
                "can only concatenate str (not \"{}\") to str",
                self.type_name(b)
            )));
        }
        if op.base() == BinOp::Add && matches!(a, Value::Bytes(_) | Value::ByteArray(_)) {
            return Err(self.type_error(format!(
                "can't concat {} to {}",
                self.type_name(b),
                self.type_name(a)
            )));
        }
        if op.base() == BinOp::Add && matches!(a, Value::List(_)) {
            return Err(self.type_error(format!(
                "can only concatenate list (not \"{}\") to list",
                self.type_name(b)
            )));
        }
        if op.base() == BinOp::Add && matches!(a, Value::Tuple(_)) {
            return Err(self.type_error(format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                self.type_name(b)
            )));
        }
        if op.base() == BinOp::Mul
            && (matches!(
                a,
                Value::Str(_)
                    | Value::List(_)
                    | Value::Tuple(_)
                    | Value::Bytes(_)
                    | Value::ByteArray(_)
            ) && matches!(
                b,
                Value::Float(_) | Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::None
            ) || matches!(
                b,
                Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_)
            ) && matches!(a, Value::Float(_) | Value::None))
        {
            let other = if matches!(
                a,
                Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_)
            ) {
                b
            } else {
                a
            };
            return Err(self.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                self.type_name(other)
            )));
        }
        Err(self.type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            op.symbol(),
            self.type_name(a),
            self.type_name(b)
        )))
    }

    /// `+` and `*` on sequences, `|`/`&`/`-`/`^` on sets and dicts.
    fn sequence_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        let inplace = op.is_inplace();
        Ok(Some(match (op.base(), a, b) {
            (BinOp::Add, Value::Str(x), Value::Str(y)) => str_add(a, x, b, y),
            (BinOp::Add, Value::List(x), Value::List(y)) => {
                if inplace {
                    let items = y.borrow().clone();
                    x.borrow_mut().extend(items);
                    a.clone()
                } else {
                    let mut v = x.borrow().clone();
                    v.extend(y.borrow().iter().cloned());
                    Value::list(v)
                }
            }
            (BinOp::Add, Value::List(x), other) if inplace => {
                let items = self.collect(other)?;
                x.borrow_mut().extend(items);
                a.clone()
            }
            (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) => {
                let mut v = x.items.to_vec();
                v.extend(y.items.iter().cloned());
                Value::tuple(v)
            }
            (BinOp::Add, Value::Bytes(_) | Value::ByteArray(_), _)
                if crate::builtins::bytes::buffer_of(b).is_some() =>
            {
                match crate::builtins::bytes::concat(a, b, inplace) {
                    Some(v) => v,
                    None => return Ok(None),
                }
            }
            (BinOp::Mul, seq @ (Value::Bytes(_) | Value::ByteArray(_)), n)
            | (BinOp::Mul, n, seq @ (Value::Bytes(_) | Value::ByteArray(_)))
                if matches!(
                    n,
                    Value::Int(_) | Value::True | Value::False | Value::BigInt(_)
                ) =>
            {
                let inplace = inplace && matches!(a, Value::ByteArray(_));
                return crate::builtins::bytes::repeat(self, seq, n, inplace).map(Some);
            }
            (BinOp::Mul, seq, Value::Int(n)) | (BinOp::Mul, Value::Int(n), seq)
                if matches!(seq, Value::Str(_) | Value::List(_) | Value::Tuple(_)) =>
            {
                use crate::builtins::list_methods::repeat_items;
                let n = (*n).max(0) as usize;
                match seq {
                    Value::Str(s) => {
                        if s.as_str()
                            .len()
                            .checked_mul(n)
                            .is_none_or(|t| t > isize::MAX as usize)
                        {
                            return Err(self.error("OverflowError", "repeated string is too long"));
                        }
                        match crate::types::str::repeat_value(s, n) {
                            Some(v) => v,
                            None => return Err(self.error("MemoryError", "")),
                        }
                    }
                    Value::List(l) => {
                        let items = l.borrow().clone();
                        let v = repeat_items(self, &items, n)?;
                        if inplace && matches!(a, Value::List(_)) {
                            let old = std::mem::replace(&mut *l.borrow_mut(), v);
                            drop(old);
                            a.clone()
                        } else {
                            Value::list(v)
                        }
                    }
                    Value::Tuple(t) => Value::tuple(repeat_items(self, &t.items, n)?),
                    Value::Bytes(b) => Value::Bytes(Rc::new(repeat_items(self, b, n)?)),
                    Value::ByteArray(b) => {
                        let items = b.borrow().clone();
                        let v = repeat_items(self, &items, n)?;
                        if inplace && matches!(a, Value::ByteArray(_)) {
                            *b.borrow_mut() = v;
                            a.clone()
                        } else {
                            Value::ByteArray(Rc::new(std::cell::RefCell::new(v)))
                        }
                    }
                    _ => unreachable!(),
                }
            }
            (BinOp::Mul, seq, Value::BigInt(_)) | (BinOp::Mul, Value::BigInt(_), seq)
                if matches!(
                    seq,
                    Value::Str(_)
                        | Value::List(_)
                        | Value::Tuple(_)
                        | Value::Bytes(_)
                        | Value::ByteArray(_)
                ) =>
            {
                return Err(self.overflow_error("cannot fit 'int' into an index-sized integer"));
            }
            (BinOp::Mul, seq, n @ (Value::True | Value::False))
            | (BinOp::Mul, n @ (Value::True | Value::False), seq)
                if matches!(seq, Value::Str(_) | Value::List(_) | Value::Tuple(_)) =>
            {
                return self.sequence_op(seq, &Value::Int(matches!(n, Value::True) as i64), op);
            }
            (
                BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor,
                Value::Set(x) | Value::FrozenSet(x),
                Value::Set(_) | Value::FrozenSet(_),
            ) => {
                use crate::builtins::set_methods;
                if inplace && matches!(a, Value::Set(_)) {
                    set_methods::inplace(self, x, b, op.base())?;
                    a.clone()
                } else {
                    let r = set_methods::binary(self, x, b, op.base())?;
                    if matches!(a, Value::FrozenSet(_)) {
                        Value::FrozenSet(Rc::new(r))
                    } else {
                        Value::Set(Rc::new(r))
                    }
                }
            }
            (BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor, x, y)
                if (crate::builtins::set_methods::is_set_view(x)
                    || crate::builtins::set_methods::is_set_view(y))
                    && !matches!(x, Value::Instance(_))
                    && !(inplace && matches!(x, Value::Dict(_))) =>
            {
                crate::builtins::set_methods::view_binary(self, x, y, op.base())?
            }
            (BinOp::Or, Value::Dict(x), other) if inplace && !matches!(other, Value::Dict(_)) => {
                crate::builtins::dict_methods::update_from(self, x, other)?;
                a.clone()
            }
            (BinOp::Or, Value::Dict(x), Value::Dict(y)) => {
                if inplace {
                    for (k, v) in y.items() {
                        x.insert(self, k, v)?;
                    }
                    a.clone()
                } else {
                    let d = x.copy();
                    for (k, v) in y.items() {
                        d.insert(self, k, v)?;
                    }
                    Value::dict(d)
                }
            }
            _ => return Ok(None),
        }))
    }

    pub fn set_from_iter(&mut self, items: Vec<Value>) -> PyResult<PySet> {
        let s = PySet::new();
        for k in items {
            s.add(self, k)?;
        }
        Ok(s)
    }

    pub fn unary_op(&mut self, a: &Value, dunder: &str) -> PyResult<Value> {
        match (dunder, a) {
            ("__neg__", Value::Int(i)) => {
                return Ok(match i.checked_neg() {
                    Some(v) => Value::Int(v),
                    None => Value::from_bigint(-num_bigint::BigInt::from(*i)),
                });
            }
            ("__neg__", b @ (Value::True | Value::False)) => {
                return Ok(Value::Int(-(matches!(b, Value::True) as i64)));
            }
            ("__neg__", Value::BigInt(b)) => return Ok(Value::from_bigint(-(**b).clone())),
            ("__neg__", Value::Float(f)) => return Ok(Value::float(-f.get())),
            ("__neg__", Value::Complex(c)) => return Ok(Value::Complex(Rc::new((-c.0, -c.1)))),
            ("__pos__", Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Complex(_)) => {
                return Ok(a.clone());
            }
            ("__pos__", b @ (Value::True | Value::False)) => {
                return Ok(Value::Int(matches!(b, Value::True) as i64));
            }
            ("__invert__", Value::Int(i)) => return Ok(Value::Int(!i)),
            ("__invert__", b @ (Value::True | Value::False)) => {
                return Ok(Value::Int(!(matches!(b, Value::True) as i64)));
            }
            ("__invert__", Value::BigInt(b)) => return Ok(Value::from_bigint(-(**b).clone() - 1)),
            _ => {}
        }
        if let Some(r) = self.call_method_opt(a, dunder, &[])? {
            return Ok(r);
        }
        let sym = match dunder {
            "__neg__" => "unary -",
            "__pos__" => "unary +",
            _ => "unary ~",
        };
        Err(self.type_error(format!(
            "bad operand type for {sym}: '{}'",
            self.type_name(a)
        )))
    }

    /// Look up `name` on the type of `obj` and call it bound; `None` if absent.
    pub fn call_method_opt(
        &mut self,
        obj: &Value,
        name: &str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let cls = self.class_of(obj);
        match cls.lookup_str(name) {
            Some(m) => {
                let f = self.bind_descriptor(&m, obj, &cls)?;
                Ok(Some(self.call(&f, args)?))
            }
            None => Ok(None),
        }
    }

    /// A special method looked up on the type, bound to `obj`, or TypeError.
    pub fn get_special(&mut self, obj: &Value, name: &str, protocol: &str) -> PyResult<Value> {
        let cls = self.class_of(obj);
        match cls.lookup_str(name) {
            Some(m) => self.bind_descriptor(&m, obj, &cls),
            None => {
                // CPython looks `__enter__` up first, so a missing `__exit__`
                // is only named when `__enter__` exists.
                let missed = if name == "__exit__" && cls.lookup_str("__enter__").is_some() {
                    " (missed __exit__ method)"
                } else {
                    ""
                };
                Err(self.type_error(format!(
                    "'{}' object does not support {protocol}{missed}",
                    self.type_name(obj)
                )))
            }
        }
    }

    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::Str(s) => match item {
                // One ASCII character (`'"' in text`): a byte search (memchr; an
                // ASCII byte never occurs inside a longer UTF-8 sequence)
                // instead of setting up a substring searcher.
                Value::Str(sub) if sub.as_str().len() == 1 => {
                    Ok(s.as_str().as_bytes().contains(&sub.as_str().as_bytes()[0]))
                }
                Value::Str(sub) => Ok(s.as_str().contains(sub.as_str())),
                _ => Err(self.type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.type_name(item)
                ))),
            },
            Value::Dict(d) => d.contains(self, item),
            Value::Set(s) | Value::FrozenSet(s) => {
                crate::builtins::set_methods::contains_key(self, s, item)
            }
            Value::Range(r) => match item {
                Value::Int(i) => Ok(crate::vm::subscript::range_contains_int(r, *i)),
                b @ (Value::True | Value::False) => Ok(crate::vm::subscript::range_contains_int(
                    r,
                    matches!(b, Value::True) as i64,
                )),
                // A range's values all fit an i64.
                Value::BigInt(_) => Ok(false),
                _ => {
                    let it = self.iter(container)?;
                    while let Some(v) = self.next(&it)? {
                        if v.is(item) || self.eq(&v, item)? {
                            return Ok(true);
                        }
                    }
                    Ok(false)
                }
            },
            Value::List(l) => {
                // Item by item: `__eq__` may mutate the list.
                let mut i = 0;
                loop {
                    let v = l.borrow().get(i).cloned();
                    let Some(v) = v else { return Ok(false) };
                    if v.is(item) || self.eq(&v, item)? {
                        return Ok(true);
                    }
                    i += 1;
                }
            }
            Value::Tuple(t) => self.seq_contains(&t.items, item),
            Value::Bytes(b) => crate::builtins::bytes::contains(self, b, item),
            Value::ByteArray(b) => crate::builtins::bytes::bytearray_contains(self, b, item),
            Value::Native(n) => match &**n {
                Native::DictView {
                    dict,
                    kind: ViewKind::Keys,
                } => dict.contains(self, item),
                Native::DictView {
                    dict,
                    kind: ViewKind::Items,
                } => {
                    if let Value::Tuple(t) = item {
                        if t.len() == 2 {
                            if let Some(v) = dict.get(self, &t.items[0])? {
                                return self.eq(&v, &t.items[1]);
                            }
                        }
                    }
                    Ok(false)
                }
                _ => {
                    let items = self.collect(container)?;
                    self.seq_contains(&items, item)
                }
            },
            Value::Instance(_) | Value::Class(_) => {
                let cls = self.class_of(container);
                match cls.lookup_str("__contains__") {
                    Some(Value::None) => {
                        return Err(self.type_error(format!(
                            "'{}' object is not a container",
                            self.type_name(container)
                        )));
                    }
                    Some(m) => {
                        let f = self.bind_descriptor(&m, container, &cls)?;
                        let r = self.call(&f, &[item.clone()])?;
                        return self.truthy(&r);
                    }
                    None => {}
                }
                let not_iterable = |vm: &mut Vm| {
                    vm.type_error(format!(
                        "argument of type '{}' is not iterable",
                        vm.type_name(container)
                    ))
                };
                if cls.lookup_str("__iter__").is_none() && cls.lookup_str("__getitem__").is_none() {
                    return Err(not_iterable(self));
                }
                let it = match self.iter(container) {
                    Ok(it) => it,
                    Err(e) if self.err_is(&e, "TypeError") => return Err(not_iterable(self)),
                    Err(e) => return Err(e),
                };
                while let Some(v) = self.next(&it)? {
                    if v.is(item) || self.eq(&v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Iter(_) | Value::Generator(_) => {
                while let Some(v) = self.next(container)? {
                    if v.is(item) || self.eq(&v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(self.type_error(format!(
                "argument of type '{}' is not iterable",
                self.type_name(container)
            ))),
        }
    }

    fn seq_contains(&mut self, items: &[Value], item: &Value) -> PyResult<bool> {
        for v in items {
            if v.is(item) || self.eq(v, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `iter(v)`.
    pub fn iter(&mut self, v: &Value) -> PyResult<Value> {
        let (name, state) = match v {
            Value::List(l) => (
                "list_iterator",
                IterState::List {
                    list: l.clone(),
                    pos: 0,
                },
            ),
            Value::Tuple(t) => (
                "tuple_iterator",
                IterState::Tuple {
                    tuple: t.clone(),
                    pos: 0,
                },
            ),
            Value::Str(s) => (
                if s.is_ascii() {
                    "str_ascii_iterator"
                } else {
                    "str_iterator"
                },
                IterState::Str {
                    s: s.clone(),
                    byte_pos: 0,
                },
            ),
            Value::Bytes(b) => (
                "bytes_iterator",
                IterState::Bytes {
                    bytes: b.clone(),
                    pos: 0,
                },
            ),
            Value::ByteArray(b) => (
                "bytearray_iterator",
                IterState::Bytes {
                    bytes: Rc::new(b.borrow().clone()),
                    pos: 0,
                },
            ),
            Value::Range(r) => (
                "range_iterator",
                IterState::Range {
                    next: r.start,
                    stop: r.stop,
                    step: r.step,
                },
            ),
            Value::Dict(d) => (
                "dict_keyiterator",
                IterState::Dict {
                    dict: d.clone(),
                    pos: 0,
                    kind: ViewKind::Keys,
                    len: d.len(),
                },
            ),
            Value::Set(s) | Value::FrozenSet(s) => (
                "set_iterator",
                IterState::Seq {
                    items: Rc::new(s.keys()),
                    pos: 0,
                },
            ),
            Value::Iter(_) => return Ok(v.clone()),
            Value::Generator(g) if crate::builtins::generator::is_iterable(g) => {
                return Ok(v.clone());
            }
            Value::Native(n) => match &**n {
                Native::DictView { dict, kind } => {
                    let name = match kind {
                        ViewKind::Keys => "dict_keyiterator",
                        ViewKind::Values => "dict_valueiterator",
                        ViewKind::Items => "dict_itemiterator",
                    };
                    (
                        name,
                        IterState::Dict {
                            dict: dict.clone(),
                            pos: 0,
                            kind: *kind,
                            len: dict.len(),
                        },
                    )
                }
                Native::File(_) => return Ok(v.clone()),
                _ => return Err(self.not_iterable(v)),
            },
            Value::Instance(inst) => {
                let cls = inst.class();
                if let Some(m) = cls.lookup(&self.names.iter.clone()) {
                    if m.is_none() {
                        return Err(self.not_iterable(v));
                    }
                    let f = self.bind_descriptor(&m, v, &cls)?;
                    let it = self.call(&f, &[])?;
                    let itc = self.class_of(&it);
                    if !matches!(it, Value::Iter(_) | Value::Generator(_))
                        && itc.lookup(&self.names.next.clone()).is_none()
                    {
                        return Err(self.type_error(format!(
                            "iter() returned non-iterator of type '{}'",
                            self.type_name(&it)
                        )));
                    }
                    return Ok(it);
                }
                if cls.lookup_str("__getitem__").is_some() {
                    (
                        "iterator",
                        IterState::GetItem {
                            obj: v.clone(),
                            pos: 0,
                        },
                    )
                } else {
                    return Err(self.not_iterable(v));
                }
            }
            Value::Class(_) => {
                return match crate::builtins::classattrs::meta_special(self, v, "__iter__")? {
                    Some(f) => self.call(&f, &[]),
                    None => Err(self.not_iterable(v)),
                };
            }
            _ => return Err(self.not_iterable(v)),
        };
        Ok(Value::Iter(Rc::new(IterObj::new(name, state))))
    }

    fn not_iterable(&self, v: &Value) -> PyErr {
        self.type_error(format!("'{}' object is not iterable", self.type_name(v)))
    }

    /// `next(it)`: `Ok(None)` when exhausted.
    #[inline]
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        if let Some(r) = next_fast(it) {
            return Ok(r);
        }
        self.next_slow(it)
    }

    #[inline(never)]
    fn next_slow(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Iter(obj) => crate::builtins::iterators::iter_next(self, obj),
            Value::Generator(g) => crate::builtins::generator::gen_next(self, g),
            Value::Native(n) if matches!(&**n, Native::File(_)) => {
                crate::builtins::io::file_next(self, it)
            }
            _ => {
                let cls = self.class_of(it);
                let Some(m) = cls.lookup(&self.names.next.clone()) else {
                    return Err(self.type_error(format!(
                        "'{}' object is not an iterator",
                        self.type_name(it)
                    )));
                };
                let f = self.bind_descriptor(&m, it, &cls)?;
                match self.call(&f, &[]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.err_is(&e, "StopIteration") => Ok(None),
                    Err(e) => Err(e),
                }
            }
        }
    }

    /// Collect an iterable into a vector.
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.borrow().clone()),
            Value::Tuple(t) => return Ok(t.items.to_vec()),
            // Iterating an exact dict runs no Python code: take the keys.
            Value::Dict(d) => return Ok(d.keys()),
            _ => {}
        }
        let it = self.iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// Unpack for assignment: exactly `n` items, or with a starred target
    /// `n` before and `after` after the star.
    pub fn unpack(&mut self, v: &Value, n: usize, after: Option<usize>) -> PyResult<Vec<Value>> {
        let items = match v {
            Value::List(_) | Value::Tuple(_) => self.collect(v)?,
            _ => {
                let it = match self.iter(v) {
                    Ok(it) => it,
                    Err(_) => {
                        return Err(self.type_error(format!(
                            "cannot unpack non-iterable {} object",
                            self.type_name(v)
                        )));
                    }
                };
                let mut out = Vec::new();
                while let Some(x) = self.next(&it)? {
                    out.push(x);
                    if after.is_none() && out.len() > n {
                        break;
                    }
                }
                out
            }
        };
        match after {
            None => {
                if items.len() < n {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected {n}, got {})",
                        items.len()
                    )));
                }
                if items.len() > n {
                    return Err(
                        self.value_error(format!("too many values to unpack (expected {n})"))
                    );
                }
                Ok(items)
            }
            Some(after) => {
                if items.len() < n + after {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        n + after,
                        items.len()
                    )));
                }
                let mut out = Vec::with_capacity(n + after + 1);
                out.extend_from_slice(&items[..n]);
                out.push(Value::list(items[n..items.len() - after].to_vec()));
                out.extend_from_slice(&items[items.len() - after..]);
                Ok(out)
            }
        }
    }

    pub fn new_set(&mut self, items: Vec<Value>) -> PyResult<Value> {
        Ok(Value::Set(Rc::new(self.set_from_iter(items)?)))
    }

    /// `f(**v)`: merge `v` into the keyword dict, refusing duplicates.
    pub(crate) fn dict_merge(&mut self, target: &Value, v: Value, func: &Value) -> PyResult<()> {
        let Value::Dict(d) = target else {
            return Err(self.error("SystemError", "bad collection op"));
        };
        let keys = match &v {
            Value::Dict(src) => src.keys(),
            other => match self.get_attr_opt(other, "keys")? {
                Some(k) => {
                    let ks = self.call(&k, &[])?;
                    self.collect(&ks)?
                }
                None => {
                    return Err(self.type_error(format!(
                        "{} argument after ** must be a mapping, not {}",
                        self.function_str(func),
                        self.type_name(other)
                    )));
                }
            },
        };
        for k in keys {
            let Value::Str(name) = &k else {
                return Err(self.type_error("keywords must be strings"));
            };
            if d.contains(self, &k)? {
                return Err(self.type_error(format!(
                    "{} got multiple values for keyword argument '{}'",
                    self.function_str(func),
                    name.as_str()
                )));
            }
            let val = self.get_item(&v, &k)?;
            d.insert(self, k, val)?;
        }
        Ok(())
    }

    /// CPython's `_PyObject_FunctionStr`: `module.qualname()` for error messages.
    pub fn function_str(&self, f: &Value) -> String {
        let qualified = |module: &Value, qualname: &str| match module {
            Value::Str(m) if m.as_str() != "builtins" => format!("{}.{qualname}()", m.as_str()),
            _ => format!("{qualname}()"),
        };
        match f {
            Value::Function(func) => {
                qualified(&func.module.borrow(), func.qualname.borrow().as_str())
            }
            Value::Method(m) => self.function_str(&m.func),
            Value::Builtin(b) => match b.owner {
                Some(o) => format!("{o}.{}()", b.name),
                None => format!("{}()", b.name),
            },
            Value::Class(c) => {
                let module = c.dict.get_str("__module__").unwrap_or(Value::None);
                qualified(&module, c.qualname.borrow().as_str())
            }
            other => format!("{} object", self.type_name(other)),
        }
    }

    /// ListAppend/SetAdd/ListExtend/SetUpdate/DictUpdate/DictMerge.
    pub(crate) fn collection_add(&mut self, op: Op, target: &Value, v: Value) -> PyResult<()> {
        match (op, target) {
            (Op::ListAppend, Value::List(l)) => l.borrow_mut().push(v),
            (Op::ListExtend, Value::List(l)) => {
                let items = self.collect(&v).map_err(|e| {
                    if self.err_is(&e, "TypeError") && !matches!(v, Value::Instance(_)) {
                        self.type_error(format!(
                            "Value after * must be an iterable, not {}",
                            self.type_name(&v)
                        ))
                    } else {
                        e
                    }
                })?;
                l.borrow_mut().extend(items);
            }
            (Op::SetAdd, Value::Set(s)) => s.add(self, v)?,
            (Op::SetUpdate, Value::Set(s)) => {
                crate::builtins::set_methods::update_internal(self, s, &v)?;
            }
            (Op::DictUpdate | Op::DictMerge, Value::Dict(d)) => match &v {
                Value::Dict(src) => {
                    for (k, val) in src.items() {
                        if op == Op::DictMerge && d.contains(self, &k)? {
                            let name = match &k {
                                Value::Str(s) => s.as_str().to_string(),
                                other => self.repr_string(other)?,
                            };
                            return Err(self.type_error(format!(
                                "function got multiple values for keyword argument '{name}'"
                            )));
                        }
                        d.insert(self, k, val)?;
                    }
                }
                other => {
                    let keys_fn = match self.get_attr_opt(other, "keys")? {
                        Some(k) => k,
                        None => {
                            return Err(self.type_error(format!(
                                "'{}' object is not a mapping",
                                self.type_name(other)
                            )));
                        }
                    };
                    let keys = self.call(&keys_fn, &[])?;
                    for k in self.collect(&keys)? {
                        let val = self.get_item(other, &k)?;
                        d.insert(self, k, val)?;
                    }
                }
            },
            _ => return Err(self.error("SystemError", "bad collection op")),
        }
        Ok(())
    }

    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        Ok(match v {
            Value::Str(s) => s.char_len(),
            Value::Bytes(b) => b.len(),
            Value::ByteArray(b) => b.borrow().len(),
            Value::Tuple(t) => t.len(),
            Value::List(l) => l.borrow().len(),
            Value::Dict(d) => d.len(),
            Value::Set(s) | Value::FrozenSet(s) => s.len(),
            Value::Range(r) => match usize::try_from(crate::vm::subscript::range_len(r)) {
                Ok(n) if n <= i64::MAX as usize => n,
                _ => {
                    return Err(self.overflow_error("Python int too large to convert to C ssize_t"));
                }
            },
            Value::Native(n) if matches!(&**n, Native::DictView { .. }) => match &**n {
                Native::DictView { dict, .. } => dict.len(),
                _ => unreachable!(),
            },
            _ => match self.call_method_opt(v, "__len__", &[])? {
                Some(r) => self.len_result(&r)?,
                None => {
                    return Err(self.type_error(format!(
                        "object of type '{}' has no len()",
                        self.type_name(v)
                    )));
                }
            },
        })
    }

    /// Check and convert what a `__len__` method returned (CPython's `slot_sq_length`).
    pub fn len_result(&mut self, r: &Value) -> PyResult<usize> {
        let n = match r {
            Value::Int(i) => *i,
            b @ (Value::True | Value::False) => matches!(b, Value::True) as i64,
            Value::BigInt(_) => {
                return Err(self.overflow_error("cannot fit 'int' into an index-sized integer"));
            }
            Value::Instance(_) if self.class_of(r).lookup_str("__index__").is_some() => {
                match self.index_value(r) {
                    Ok(n) => n,
                    Err(e) if self.err_is(&e, "IndexError") => {
                        return Err(
                            self.overflow_error("cannot fit 'int' into an index-sized integer")
                        );
                    }
                    Err(e) => return Err(e),
                }
            }
            _ => {
                return Err(self.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    self.type_name(r)
                )));
            }
        };
        if n < 0 {
            return Err(self.value_error("__len__() should return >= 0"));
        }
        Ok(n as usize)
    }

    /// `operator.index(v)` as i64 (OverflowError-free variant for indices).
    pub fn index_value(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            b @ (Value::True | Value::False) => Ok(matches!(b, Value::True) as i64),
            Value::BigInt(_) => Err(self.error(
                "IndexError",
                format!("cannot fit 'int' into an index-sized integer"),
            )),
            Value::Instance(inst) => {
                if let Some(b) = inst.base_value().clone() {
                    return self.index_value(&b);
                }
                match self.call_method_opt(v, "__index__", &[])? {
                    Some(Value::Int(i)) => Ok(i),
                    Some(b @ (Value::True | Value::False)) => Ok(matches!(b, Value::True) as i64),
                    Some(Value::BigInt(_)) => Err(self.error(
                        "IndexError",
                        format!(
                            "cannot fit '{}' into an index-sized integer",
                            self.type_name(v)
                        ),
                    )),
                    Some(r @ Value::Instance(_)) if int_subclass_value(&r) => self.index_value(&r),
                    Some(r) => Err(self.type_error(format!(
                        "__index__ returned non-int (type {})",
                        self.type_name(&r)
                    ))),
                    None => Err(self.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        self.type_name(v)
                    ))),
                }
            }
            _ => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(v)
            ))),
        }
    }
}

/// An instance of an `int` subclass.
fn int_subclass_value(v: &Value) -> bool {
    match v {
        Value::Instance(i) => matches!(
            i.base_value().as_ref(),
            Some(Value::Int(_) | Value::BigInt(_) | Value::True | Value::False)
        ),
        _ => false,
    }
}

/// `str`, `list`, `tuple`, `bytes` or `bytearray` (not a subclass instance).
fn is_builtin_seq(v: &Value) -> bool {
    matches!(
        v,
        Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_) | Value::ByteArray(_)
    )
}

/// The default hash: derived from the object's address, like CPython.
pub fn identity_hash(v: &Value) -> i64 {
    let p = v.ptr().unwrap_or(0);
    (p >> 4) as i64
}

/// `a + b` for the `str` values `a` (holding `x`) and `b` (holding `y`).
fn str_add(
    a: &Value,
    x: &crate::types::str::PyStr,
    b: &Value,
    y: &crate::types::str::PyStr,
) -> Value {
    if y.as_str().is_empty() {
        return a.clone();
    }
    if x.as_str().is_empty() {
        return b.clone();
    }
    crate::types::str::concat_value(x.as_str(), y.as_str(), x.char_len() + y.char_len())
}

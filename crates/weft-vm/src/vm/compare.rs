//! Equality and ordering: `==`, rich comparisons with reflection and
//! `NotImplemented`, and the native comparisons of builtin values
//! (numbers, strings, sequences, dicts, sets).

use std::cmp::Ordering;
use std::rc::Rc;

use weft_compiler::bytecode::CmpOp;

use crate::types::dict::PyDict;
use crate::types::set::PySet;
use crate::value::Value;
use crate::vm::numeric::{self, Num, as_num};
use crate::vm::{PyResult, Vm};

impl Vm {
    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = crate::types::dict::native_eq(a, b) {
            return Ok(r);
        }
        if a.is(b) && !matches!(a, Value::Float(_)) {
            return Ok(true);
        }
        let r = self.compare(a, b, CmpOp::Eq)?;
        self.truthy(&r)
    }

    /// Rich comparison with reflection and CPython's fallbacks.
    pub fn compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        self.check_stack()?;
        if let Some(r) = self.native_compare(a, b, op)? {
            return Ok(Value::Bool(r));
        }
        // User-defined comparison methods.
        let a_inst = matches!(a, Value::Instance(_));
        let b_inst = matches!(b, Value::Instance(_));
        let reflected_first = b_inst && {
            let ca = self.class_of(a);
            let cb = self.class_of(b);
            !std::rc::Rc::ptr_eq(&ca, &cb) && cb.is_subclass(&ca)
        };
        if reflected_first {
            if let Some(r) = self.try_cmp_method(b, a, op.swapped())? {
                return Ok(r);
            }
        }
        // With an instance on either side, both operands' methods get their
        // turn (a builtin's, like `float.__gt__`, may accept an int subclass).
        let any_inst = a_inst || b_inst;
        if any_inst {
            if let Some(r) = self.try_cmp_method(a, b, op)? {
                return Ok(r);
            }
        }
        if any_inst && !reflected_first {
            if let Some(r) = self.try_cmp_method(b, a, op.swapped())? {
                return Ok(r);
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::Ne => Ok(Value::Bool(!a.is(b))),
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                self.type_name(a),
                self.type_name(b)
            ))),
        }
    }

    fn try_cmp_method(&mut self, obj: &Value, other: &Value, op: CmpOp) -> PyResult<Option<Value>> {
        let cls = self.class_of(obj);
        let Some(m) = cls.lookup_str(op.dunder()) else {
            return Ok(None);
        };
        if let Value::Builtin(b) = &m {
            if b.owner == Some("object") {
                // object.__ne__ inverts __eq__.
                if op == CmpOp::Ne {
                    if let Some(eqm) = cls.lookup_str("__eq__") {
                        if !matches!(&eqm, Value::Builtin(b) if b.owner == Some("object")) {
                            let f = self.bind_descriptor(&eqm, obj, &cls)?;
                            let r = self.call(&f, &[other.clone()])?;
                            if matches!(r, Value::NotImplemented) {
                                return Ok(None);
                            }
                            let t = self.truthy(&r)?;
                            return Ok(Some(Value::Bool(!t)));
                        }
                    }
                }
                return Ok(None);
            }
        }
        let f = self.bind_descriptor(&m, obj, &cls)?;
        let r = self.call(&f, &[other.clone()])?;
        if matches!(r, Value::NotImplemented) {
            return Ok(None);
        }
        Ok(Some(r))
    }

    /// Comparison between builtin values; `None` when not handled natively.
    fn native_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
        let ord = |o: Option<Ordering>| -> bool {
            match o {
                None => op == CmpOp::Ne,
                // `o` against `Equal` orders exactly as the operands did.
                Some(o) => op.apply(&o, &Ordering::Equal),
            }
        };
        if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
            if let (Num::Complex(..), _) | (_, Num::Complex(..)) = (&x, &y) {
                if matches!(op, CmpOp::Eq | CmpOp::Ne) {
                    let c = |n: &Num| match n {
                        Num::Complex(r, i) => (*r, *i),
                        Num::Int(i) => (*i as f64, 0.0),
                        Num::Float(f) => (*f, 0.0),
                        Num::Big(b) => (
                            num_traits::ToPrimitive::to_f64(&**b).unwrap_or(f64::INFINITY),
                            0.0,
                        ),
                    };
                    let eq = c(&x) == c(&y);
                    return Ok(Some(if op == CmpOp::Eq { eq } else { !eq }));
                }
                return Ok(None);
            }
            return Ok(Some(ord(numeric::num_cmp(&x, &y))));
        }
        Ok(Some(match (a, b) {
            (Value::Str(x), Value::Str(y)) => ord(Some(x.as_str().cmp(y.as_str()))),
            (Value::Bytes(x), Value::Bytes(y)) => ord(Some(x.as_slice().cmp(y.as_slice()))),
            (Value::ByteArray(x), Value::ByteArray(y)) => {
                ord(Some(x.borrow().as_slice().cmp(y.borrow().as_slice())))
            }
            (Value::Bytes(x), Value::ByteArray(y)) => {
                ord(Some(x.as_slice().cmp(y.borrow().as_slice())))
            }
            (Value::ByteArray(x), Value::Bytes(y)) => {
                ord(Some(x.borrow().as_slice().cmp(y.as_slice())))
            }
            (Value::Tuple(x), Value::Tuple(y)) => {
                // Tuples are immutable: holding them keeps the items alive.
                let (x, y) = (x.clone(), y.clone());
                self.enter_frame()?;
                let r = self.seq_compare(&x.items, &y.items, op);
                self.depth -= 1;
                return r.map(Some);
            }
            (Value::List(x), Value::List(y)) => {
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                self.enter_frame()?;
                let r = self.seq_compare(&x, &y, op);
                self.depth -= 1;
                return r.map(Some);
            }
            (Value::Dict(x), Value::Dict(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let eq = self.dict_eq(x, y)?;
                if op == CmpOp::Eq { eq } else { !eq }
            }
            (Value::Set(x) | Value::FrozenSet(x), Value::Set(y) | Value::FrozenSet(y)) => {
                let sub = self.set_is_subset(x, y)?;
                let sup = self.set_is_subset(y, x)?;
                match op {
                    CmpOp::Eq => sub && sup,
                    CmpOp::Ne => !(sub && sup),
                    CmpOp::Le => sub,
                    CmpOp::Lt => sub && !sup,
                    CmpOp::Ge => sup,
                    CmpOp::Gt => sup && !sub,
                }
            }
            (Value::Range(x), Value::Range(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let (lx, ly) = (
                    crate::vm::subscript::range_len(x),
                    crate::vm::subscript::range_len(y),
                );
                let eq =
                    lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step)));
                if op == CmpOp::Eq { eq } else { !eq }
            }
            (Value::Slice(x), Value::Slice(y)) => {
                let a = [x.start.clone(), x.stop.clone(), x.step.clone()];
                let b = [y.start.clone(), y.stop.clone(), y.step.clone()];
                return self.seq_compare(&a, &b, op).map(Some);
            }
            (Value::Method(x), Value::Method(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                // Bound methods: the same receiver (by identity) and equal functions.
                let eq = x.receiver.is(&y.receiver) && x.func.is(&y.func);
                if op == CmpOp::Eq { eq } else { !eq }
            }
            (Value::Native(_), _) | (_, Value::Native(_)) => {
                return crate::builtins::dict_methods::view_compare(self, a, b, op);
            }
            (Value::Instance(_), _) | (_, Value::Instance(_)) => return Ok(None),
            _ => match op {
                CmpOp::Eq => a.is(b),
                CmpOp::Ne => !a.is(b),
                _ => return Ok(None),
            },
        }))
    }

    fn seq_compare(&mut self, x: &[Value], y: &[Value], op: CmpOp) -> PyResult<bool> {
        for (p, q) in x.iter().zip(y.iter()) {
            if p.is(q) {
                continue;
            }
            if !self.eq(p, q)? {
                return match op {
                    CmpOp::Eq => Ok(false),
                    CmpOp::Ne => Ok(true),
                    _ => {
                        let r = self.compare(p, q, op)?;
                        self.truthy(&r)
                    }
                };
            }
        }
        Ok(op.apply(&x.len(), &y.len()))
    }

    fn dict_eq(&mut self, x: &Rc<PyDict>, y: &Rc<PyDict>) -> PyResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        for (k, v) in x.items() {
            match y.get(self, &k)? {
                Some(w) => {
                    if !self.eq(&v, &w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    pub fn set_is_subset(&mut self, x: &Rc<PySet>, y: &Rc<PySet>) -> PyResult<bool> {
        crate::builtins::set_methods::is_subset(self, x, &Value::Set(y.clone()))
    }

    /// `a < b` etc. as a Rust bool (for sorting and min/max).
    pub fn lt(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(x < y);
        }
        let r = self.compare(a, b, CmpOp::Lt)?;
        self.truthy(&r)
    }
}

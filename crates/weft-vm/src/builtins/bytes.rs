//! `bytes` and `bytearray`: constructors, conversion of other objects to
//! bytes, indexing and slice assignment, containment, concatenation and
//! repetition, the bytearray mutators and the sequence dunders. The
//! text-like methods shared by both types are in `bytes_methods.rs`, codecs
//! in `bytes_codec.rs` and `%`-formatting in `bytes_format.rs`.

use std::cell::RefCell;
use std::rc::Rc;

use weft_compiler::bytecode::CmpOp;

use crate::builtins::add_method;
use crate::builtins::numeric_methods::{parse_args, unwrap};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// A new bytearray value.
pub fn bytearray_value(data: Vec<u8>) -> Value {
    Value::ByteArray(Rc::new(RefCell::new(data)))
}

/// `data` as a bytes value, or a bytearray when `ba`.
pub fn make_bytes(data: Vec<u8>, ba: bool) -> Value {
    if ba {
        bytearray_value(data)
    } else {
        Value::Bytes(Rc::new(data))
    }
}

/// `repr(bytearray)`: like a bytes literal, except that CPython escapes a
/// single quote even inside double quotes.
pub fn bytearray_repr(data: &[u8]) -> String {
    let r = crate::builtins::repr::bytes_repr(data);
    let r = if r.starts_with("b\"") && data.contains(&b'\'') {
        r.replace('\'', "\\'")
    } else {
        r
    };
    format!("bytearray({r})")
}

/// The contents of a bytes-like object (bytes, bytearray or an instance of
/// a subclass). A bytearray is copied, so no borrow outlives the call.
pub fn buffer_of(v: &Value) -> Option<Rc<Vec<u8>>> {
    match v {
        Value::Bytes(b) => Some(b.clone()),
        Value::ByteArray(b) => Some(Rc::new(b.borrow().clone())),
        Value::Instance(_) => match unwrap(v) {
            u @ (Value::Bytes(_) | Value::ByteArray(_)) => buffer_of(&u),
            _ => None,
        },
        _ => None,
    }
}

/// A bytes-like argument, or `TypeError: a bytes-like object is required`.
pub fn buffer_arg(vm: &Vm, v: &Value) -> PyResult<Rc<Vec<u8>>> {
    buffer_of(v).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))
    })
}

/// An int in range(256) (`ba[0] = v`, `ba.append(v)`, `v in b`).
pub fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let n = match unwrap(v) {
        Value::BigInt(_) => -1,
        _ => vm.index_value(v)?,
    };
    u8::try_from(n).map_err(|_| vm.value_error("byte must be in range(0, 256)"))
}

/// The ints of an iterable, each in range(256).
fn ints_of_iterable(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    let items = vm.collect(v)?;
    let mut out = Vec::with_capacity(items.len());
    for i in items {
        let n = match unwrap(&i) {
            Value::BigInt(_) => -1,
            _ => vm.index_value(&i)?,
        };
        match u8::try_from(n) {
            Ok(b) => out.push(b),
            Err(_) => return Err(vm.value_error("bytes must be in range(0, 256)")),
        }
    }
    Ok(out)
}

fn is_iterable(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Instance(_) => {
            let c = vm.class_of(v);
            c.lookup_str("__iter__").is_some() || c.lookup_str("__getitem__").is_some()
        }
        Value::List(_)
        | Value::Tuple(_)
        | Value::Dict(_)
        | Value::Set(_)
        | Value::FrozenSet(_)
        | Value::Range(_)
        | Value::Iter(_)
        | Value::Generator(_)
        | Value::Str(_) => true,
        Value::Native(_) => true,
        _ => false,
    }
}

/// PyBytes_FromObject: bytes-like data, or an iterable of ints in range(256).
pub fn bytes_from(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    bytes_from_as(vm, v, "bytes")
}

fn bytes_from_as(vm: &mut Vm, v: &Value, what: &str) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer_of(v) {
        return Ok((*b).clone());
    }
    if matches!(unwrap(v), Value::Str(_)) || !is_iterable(vm, v) {
        return Err(vm.type_error(format!(
            "cannot convert '{}' object to {what}",
            vm.type_name(v)
        )));
    }
    ints_of_iterable(vm, v)
}

/// A zero-filled buffer of `n` bytes, or MemoryError.
fn zeros(vm: &Vm, n: usize) -> PyResult<Vec<u8>> {
    let mut v = Vec::new();
    v.try_reserve_exact(n)
        .map_err(|_| vm.error("MemoryError", ""))?;
    v.resize(n, 0);
    Ok(v)
}

/// `bytes(...)` / `bytearray(...)`: the constructed contents.
fn construct(vm: &mut Vm, args: &Args, ba: bool) -> PyResult<Vec<u8>> {
    let fname = if ba { "bytearray" } else { "bytes" };
    let a = parse_args(vm, args, fname, &["source", "encoding", "errors"], 3)?;
    let enc_str = |vm: &Vm, v: &Option<Value>, what: &str| -> PyResult<Option<String>> {
        match v {
            None => Ok(None),
            Some(Value::Str(s)) => Ok(Some(s.as_str().to_string())),
            Some(other) => Err(vm.type_error(format!(
                "{fname}() argument '{what}' must be str, not {}",
                vm.type_name(other)
            ))),
        }
    };
    let encoding = enc_str(vm, &a[1], "encoding")?;
    let errors = enc_str(vm, &a[2], "errors")?;
    let Some(src) = &a[0] else {
        if encoding.is_some() {
            return Err(vm.type_error("encoding without a string argument"));
        }
        if errors.is_some() {
            return Err(vm.type_error("errors without a string argument"));
        }
        return Ok(Vec::new());
    };
    if let Value::Str(s) = unwrap(src) {
        let Some(enc) = encoding else {
            return Err(vm.type_error("string argument without an encoding"));
        };
        let s = s.clone();
        return crate::builtins::str_methods2::encode_str(
            vm,
            &s,
            &enc,
            errors.as_deref().unwrap_or("strict"),
        );
    }
    if encoding.is_some() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(vm.type_error("errors without a string argument"));
    }
    if !ba && matches!(src, Value::Instance(_)) {
        if let Some(r) = vm.call_method_opt(src, "__bytes__", &[])? {
            return match buffer_of(&r) {
                Some(b) if matches!(unwrap(&r), Value::Bytes(_)) => Ok((*b).clone()),
                _ => Err(vm.type_error(format!(
                    "__bytes__ returned non-bytes (type {})",
                    vm.type_name(&r)
                ))),
            };
        }
    }
    let int_like = match unwrap(src) {
        Value::Int(_) | Value::True | Value::False | Value::BigInt(_) => true,
        Value::Instance(_) => vm.class_of(src).lookup_str("__index__").is_some(),
        _ => false,
    };
    if int_like {
        if let Value::BigInt(_) = unwrap(src) {
            return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
        }
        let n = vm.index_value(src)?;
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        return zeros(vm, n as usize);
    }
    bytes_from_as(vm, src, fname)
}

fn bytes_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if let ([_, Value::Bytes(b)], true) = (args.args, args.kwnames.is_empty()) {
        return Ok(Value::Bytes(b.clone()));
    }
    Ok(Value::Bytes(Rc::new(construct(vm, args, false)?)))
}

fn bytearray_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(bytearray_value(construct(vm, args, true)?))
}

// ----- indexing ----------------------------------------------------------------

/// An index into a sequence of `len` items, or `None` when out of range.

/// What `x in data` looks for: a subsequence or a single byte.
enum Needle {
    Sub(Rc<Vec<u8>>),
    Byte(u8),
}

fn needle_of(vm: &mut Vm, item: &Value) -> PyResult<Needle> {
    if let Some(sub) = buffer_of(item) {
        return Ok(Needle::Sub(sub));
    }
    let int_like = match unwrap(item) {
        Value::Int(_) | Value::True | Value::False | Value::BigInt(_) => true,
        Value::Instance(_) => vm.class_of(item).lookup_str("__index__").is_some(),
        _ => false,
    };
    if !int_like {
        return Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(item)
        )));
    }
    byte_value(vm, item).map(Needle::Byte)
}

fn needle_in(n: &Needle, data: &[u8]) -> bool {
    match n {
        Needle::Sub(sub) => find_sub(data, sub, 0).is_some(),
        Needle::Byte(b) => data.contains(b),
    }
}

/// `item in data` for bytes-like `data`.
pub fn contains(vm: &mut Vm, data: &[u8], item: &Value) -> PyResult<bool> {
    let n = needle_of(vm, item)?;
    Ok(needle_in(&n, data))
}

/// `item in ba` without copying the bytearray.
pub fn bytearray_contains(vm: &mut Vm, ba: &Rc<RefCell<Vec<u8>>>, item: &Value) -> PyResult<bool> {
    let n = needle_of(vm, item)?;
    Ok(needle_in(&n, &ba.borrow()))
}

/// The first position of `needle` in `hay` at or after `from`.
pub fn find_sub(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return (from <= hay.len()).then_some(from);
    }
    if needle.len() > hay.len() {
        return None;
    }
    if needle.len() == 1 {
        return hay
            .get(from..)?
            .iter()
            .position(|&c| c == needle[0])
            .map(|p| p + from);
    }
    (from..=hay.len() - needle.len()).find(|&i| &hay[i..i + needle.len()] == needle)
}

/// `a + b` when `a` is bytes-like: `None` if `b` isn't bytes-like.
pub fn concat(a: &Value, b: &Value, inplace: bool) -> Option<Value> {
    let rhs = buffer_of(b)?;
    match a {
        Value::Bytes(x) => {
            let mut v = Vec::with_capacity(x.len() + rhs.len());
            v.extend_from_slice(x);
            v.extend_from_slice(&rhs);
            Some(Value::Bytes(Rc::new(v)))
        }
        Value::ByteArray(x) => {
            if inplace {
                x.borrow_mut().extend_from_slice(&rhs);
                Some(a.clone())
            } else {
                let mut v = x.borrow().clone();
                v.extend_from_slice(&rhs);
                Some(bytearray_value(v))
            }
        }
        _ => None,
    }
}

/// `data * n` for bytes or bytearray (`ba`), with CPython's overflow errors.
pub fn repeat(vm: &mut Vm, seq: &Value, n: &Value, inplace: bool) -> PyResult<Value> {
    let count = match unwrap(n) {
        Value::BigInt(b) if num_traits::Signed::is_negative(&*b) => 0,
        Value::BigInt(_) => {
            return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
        }
        _ => vm.index_value(n)?.max(0) as usize,
    };
    let data = buffer_of(seq).unwrap_or_default();
    let total = data
        .len()
        .checked_mul(count)
        .filter(|t| *t <= isize::MAX as usize)
        .ok_or_else(|| vm.overflow_error("repeated bytes are too long"))?;
    let mut out = Vec::new();
    out.try_reserve_exact(total)
        .map_err(|_| vm.error("MemoryError", ""))?;
    for _ in 0..count {
        out.extend_from_slice(&data);
    }
    match seq {
        Value::ByteArray(b) if inplace => {
            *b.borrow_mut() = out;
            Ok(seq.clone())
        }
        Value::ByteArray(_) => Ok(bytearray_value(out)),
        _ => Ok(Value::Bytes(Rc::new(out))),
    }
}

// ----- methods shared by bytes and bytearray ------------------------------------

/// `self` of a bytes (`BA` false) or bytearray method, unwrapped.
pub fn recv<const BA: bool>(vm: &Vm, args: &Args, name: &str) -> PyResult<Value> {
    let tname = if BA { "bytearray" } else { "bytes" };
    let Some(v) = args.args.first() else {
        return Err(vm.type_error(format!("unbound method {tname}.{name}() needs an argument")));
    };
    let u = unwrap(v);
    match (&u, BA) {
        (Value::Bytes(_), false) | (Value::ByteArray(_), true) => Ok(u),
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' for '{tname}' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        ))),
    }
}

/// The contents of `self` of a bytes/bytearray method.
pub fn recv_data<const BA: bool>(vm: &Vm, args: &Args, name: &str) -> PyResult<Rc<Vec<u8>>> {
    let v = recv::<BA>(vm, args, name)?;
    Ok(buffer_of(&v).unwrap_or_default())
}

/// The arguments after `self` of a slot wrapper taking exactly `n`.
fn slot(vm: &Vm, args: &Args, name: &str, n: usize) -> PyResult<()> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let got = args.args.len().saturating_sub(1);
    if got != n {
        let plural = if n == 1 { "argument" } else { "arguments" };
        return Err(vm.type_error(format!("expected {n} {plural}, got {got}")));
    }
    Ok(())
}

/// A method of `bytearray` taking exactly `n` arguments (`append`, `remove`).
fn exact_args(vm: &Vm, args: &Args, name: &str, n: usize) -> PyResult<()> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("bytearray.{name}() takes no keyword arguments")));
    }
    let got = args.args.len().saturating_sub(1);
    if got != n {
        return Err(vm.type_error(if n == 0 {
            format!("bytearray.{name}() takes no arguments ({got} given)")
        } else {
            format!("bytearray.{name}() takes exactly one argument ({got} given)")
        }));
    }
    Ok(())
}

fn m_len<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = recv_data::<BA>(vm, args, "__len__")?;
    slot(vm, args, "__len__", 0)?;
    Ok(Value::Int(d.len() as i64))
}

fn m_getitem<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    // The underlying bytes value, not a subclass instance (whose
    // `__getitem__` would lead straight back here).
    let v = recv::<BA>(vm, args, "__getitem__")?;
    slot(vm, args, "__getitem__", 1)?;
    let key = args.args[1].clone();
    vm.get_item(&v, &key)
}

fn m_contains<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = recv::<BA>(vm, args, "__contains__")?;
    slot(vm, args, "__contains__", 1)?;
    match &v {
        Value::ByteArray(b) => bytearray_contains(vm, b, &args.args[1]).map(Value::Bool),
        Value::Bytes(b) => contains(vm, b, &args.args[1]).map(Value::Bool),
        _ => Err(vm.type_error("expected bytes")),
    }
}

fn m_iter<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = recv::<BA>(vm, args, "__iter__")?;
    slot(vm, args, "__iter__", 0)?;
    vm.iter(&v)
}

/// `repr()`: a bytearray subclass shows its own class name.
fn m_repr<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = recv_data::<BA>(vm, args, "__repr__")?;
    slot(vm, args, "__repr__", 0)?;
    if !BA {
        return Ok(Value::string(crate::builtins::repr::bytes_repr(&d)));
    }
    let r = bytearray_repr(&d);
    let name = vm.type_name(&args.args[0]);
    Ok(Value::string(match r.strip_prefix("bytearray") {
        Some(rest) => format!("{name}{rest}"),
        None => r,
    }))
}

fn m_hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = recv::<false>(vm, args, "__hash__")?;
    slot(vm, args, "__hash__", 0)?;
    vm.hash(&v).map(Value::Int)
}

fn m_add<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = recv::<BA>(vm, args, "__add__")?;
    slot(vm, args, "__add__", 1)?;
    // NotImplemented lets the other operand's __radd__ run; the operator
    // itself reports "can't concat X to bytes".
    Ok(concat(&v, &args.args[1], false).unwrap_or(Value::NotImplemented))
}

fn m_mul<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = recv::<BA>(vm, args, "__mul__")?;
    slot(vm, args, "__mul__", 1)?;
    let n = &args.args[1];
    let int_like = matches!(
        unwrap(n),
        Value::Int(_) | Value::True | Value::False | Value::BigInt(_)
    ) || vm.class_of(n).lookup_str("__index__").is_some();
    if !int_like {
        return Ok(Value::NotImplemented);
    }
    repeat(vm, &v, n, false)
}

fn m_imul(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = recv::<true>(vm, args, "__imul__")?;
    slot(vm, args, "__imul__", 1)?;
    repeat(vm, &v, &args.args[1], true)
}

fn m_iadd(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = recv::<true>(vm, args, "__iadd__")?;
    slot(vm, args, "__iadd__", 1)?;
    match concat(&v, &args.args[1], true) {
        Some(r) => Ok(r),
        None => Err(vm.type_error(format!(
            "can't concat {} to bytearray",
            vm.type_name(&args.args[1])
        ))),
    }
}

fn m_mod<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = recv_data::<BA>(vm, args, "__mod__")?;
    slot(vm, args, "__mod__", 1)?;
    let out = crate::builtins::bytes_format::bytes_percent(vm, &d, &args.args[1])?;
    Ok(make_bytes(out, BA))
}

fn cmp<const BA: bool>(vm: &mut Vm, args: &Args, op: CmpOp, name: &str) -> PyResult<Value> {
    let d = recv_data::<BA>(vm, args, name)?;
    slot(vm, args, name, 1)?;
    let other = &args.args[1];
    // bytes only compares with bytes; bytearray with any bytes-like object.
    let ok = BA || matches!(unwrap(other), Value::Bytes(_));
    let Some(o) = buffer_of(other).filter(|_| ok) else {
        return Ok(Value::NotImplemented);
    };
    Ok(Value::Bool(op.apply(&d.as_slice(), &o.as_slice())))
}

fn m_lt<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    cmp::<BA>(vm, args, CmpOp::Lt, "__lt__")
}
fn m_le<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    cmp::<BA>(vm, args, CmpOp::Le, "__le__")
}
fn m_eq<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    cmp::<BA>(vm, args, CmpOp::Eq, "__eq__")
}
fn m_ne<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    cmp::<BA>(vm, args, CmpOp::Ne, "__ne__")
}
fn m_gt<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    cmp::<BA>(vm, args, CmpOp::Gt, "__gt__")
}
fn m_ge<const BA: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    cmp::<BA>(vm, args, CmpOp::Ge, "__ge__")
}

// ----- bytearray mutators --------------------------------------------------------

/// The shared buffer of a bytearray `self`.
fn ba_self(vm: &Vm, args: &Args, name: &str) -> PyResult<Rc<RefCell<Vec<u8>>>> {
    match recv::<true>(vm, args, name)? {
        Value::ByteArray(b) => Ok(b),
        _ => Err(vm.type_error("expected a bytearray")),
    }
}

fn ba_setitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = ba_self(vm, args, "__setitem__")?;
    slot(vm, args, "__setitem__", 2)?;
    vm.set_item(
        &Value::ByteArray(b),
        args.args[1].clone(),
        args.args[2].clone(),
    )?;
    Ok(Value::None)
}

fn ba_delitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = ba_self(vm, args, "__delitem__")?;
    slot(vm, args, "__delitem__", 1)?;
    vm.del_item(&Value::ByteArray(b), &args.args[1])?;
    Ok(Value::None)
}

fn ba_append(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = ba_self(vm, args, "append")?;
    exact_args(vm, args, "append", 1)?;
    let v = byte_value(vm, &args.args[1])?;
    b.borrow_mut().push(v);
    Ok(Value::None)
}

fn ba_extend(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = ba_self(vm, args, "extend")?;
    exact_args(vm, args, "extend", 1)?;
    let src = &args.args[1];
    let data = match buffer_of(src) {
        Some(d) => (*d).clone(),
        None => {
            if !is_iterable(vm, src) {
                return Err(
                    vm.type_error(format!("can't extend bytearray with {}", vm.type_name(src)))
                );
            }
            let items = vm.collect(src)?;
            let mut out = Vec::with_capacity(items.len());
            for i in &items {
                out.push(byte_value(vm, i)?);
            }
            out
        }
    };
    b.borrow_mut().extend_from_slice(&data);
    Ok(Value::None)
}

fn ba_pop(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = ba_self(vm, args, "pop")?;
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("bytearray.pop() takes no keyword arguments"));
    }
    let rest = &args.args[1..];
    if rest.len() > 1 {
        return Err(vm.type_error(format!(
            "pop expected at most 1 argument, got {}",
            rest.len()
        )));
    }
    let i = match rest.first() {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    let len = b.borrow().len();
    if len == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let j = if i < 0 { i + len as i64 } else { i };
    if !(0..len as i64).contains(&j) {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(Value::Int(b.borrow_mut().remove(j as usize) as i64))
}

fn ba_insert(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = ba_self(vm, args, "insert")?;
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("bytearray.insert() takes no keyword arguments"));
    }
    let rest = &args.args[1..];
    if rest.len() != 2 {
        return Err(vm.type_error(format!("insert expected 2 arguments, got {}", rest.len())));
    }
    let i = vm.index_value(&rest[0])?;
    let v = byte_value(vm, &rest[1])?;
    let len = b.borrow().len() as i64;
    let pos = if i < 0 { (i + len).max(0) } else { i.min(len) };
    b.borrow_mut().insert(pos as usize, v);
    Ok(Value::None)
}

fn ba_remove(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = ba_self(vm, args, "remove")?;
    exact_args(vm, args, "remove", 1)?;
    let v = byte_value(vm, &args.args[1])?;
    let pos = b.borrow().iter().position(|&c| c == v);
    match pos {
        Some(p) => {
            b.borrow_mut().remove(p);
            Ok(Value::None)
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

fn ba_clear(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = ba_self(vm, args, "clear")?;
    exact_args(vm, args, "clear", 0)?;
    b.borrow_mut().clear();
    Ok(Value::None)
}

fn ba_copy(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = ba_self(vm, args, "copy")?;
    exact_args(vm, args, "copy", 0)?;
    let data = b.borrow().clone();
    Ok(bytearray_value(data))
}

fn ba_reverse(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = ba_self(vm, args, "reverse")?;
    exact_args(vm, args, "reverse", 0)?;
    b.borrow_mut().reverse();
    Ok(Value::None)
}

pub fn install(vm: &mut Vm) {
    let (bytes, bytearray) = (vm.types.bytes.clone(), vm.types.bytearray.clone());
    bytes.native_new.set(Some(bytes_new));
    bytearray.native_new.set(Some(bytearray_new));
    type F = crate::vm::NativeFn;
    let both: [(&'static str, F, F); 14] = [
        ("__repr__", m_repr::<false>, m_repr::<true>),
        ("__str__", m_repr::<false>, m_repr::<true>),
        ("__len__", m_len::<false>, m_len::<true>),
        ("__getitem__", m_getitem::<false>, m_getitem::<true>),
        ("__contains__", m_contains::<false>, m_contains::<true>),
        ("__iter__", m_iter::<false>, m_iter::<true>),
        ("__add__", m_add::<false>, m_add::<true>),
        ("__mul__", m_mul::<false>, m_mul::<true>),
        ("__rmul__", m_mul::<false>, m_mul::<true>),
        ("__mod__", m_mod::<false>, m_mod::<true>),
        ("__lt__", m_lt::<false>, m_lt::<true>),
        ("__le__", m_le::<false>, m_le::<true>),
        ("__eq__", m_eq::<false>, m_eq::<true>),
        ("__ne__", m_ne::<false>, m_ne::<true>),
    ];
    for (name, fb, fba) in both {
        add_method(&bytes, "bytes", name, fb);
        add_method(&bytearray, "bytearray", name, fba);
    }
    for (name, fb, fba) in [
        ("__gt__", m_gt::<false> as F, m_gt::<true> as F),
        ("__ge__", m_ge::<false>, m_ge::<true>),
    ] {
        add_method(&bytes, "bytes", name, fb);
        add_method(&bytearray, "bytearray", name, fba);
    }
    add_method(&bytes, "bytes", "__hash__", m_hash);
    bytearray.dict.set_str("__hash__", Value::None);
    for (name, f) in [
        ("__setitem__", ba_setitem as F),
        ("__delitem__", ba_delitem),
        ("__iadd__", m_iadd),
        ("__imul__", m_imul),
        ("append", ba_append),
        ("extend", ba_extend),
        ("pop", ba_pop),
        ("insert", ba_insert),
        ("remove", ba_remove),
        ("clear", ba_clear),
        ("copy", ba_copy),
        ("reverse", ba_reverse),
    ] {
        add_method(&bytearray, "bytearray", name, f);
    }
    crate::builtins::bytes_methods::install(vm);
    crate::builtins::bytes_codec::install(vm);
}

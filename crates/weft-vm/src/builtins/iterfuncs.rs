//! Builtin functions over iterables: `sum`, `min`, `max`, `any`, `all`,
//! `iter`, and the lazy iterator types `enumerate`, `zip`, `map`, `filter`
//! and `reversed` (real classes, so `isinstance(x, zip)` and `print(map)`
//! behave as in CPython). Their `__next__` logic lives in `iterators.rs`.

use std::cell::RefCell;
use std::rc::Rc;

use weft_compiler::bytecode::{BinOp, CmpOp};

use crate::builtins::args::{Sig, exactly_one, positional, sig_args};
use crate::builtins::types::new_class;
use crate::builtins::{add_method, builtin};
use crate::types::class::Layout;
use crate::types::iter::{IterObj, IterState};
use crate::types::misc::{Native, ViewKind};
use crate::types::tuple::PyTuple;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

// ----- item sources -------------------------------------------------------------

/// The items of an iterable: lists and tuples are read by index (as their
/// iterators do) without an iterator object; anything else through `iter()`.
enum Src {
    List(Rc<RefCell<Vec<Value>>>, usize),
    Tuple(Rc<PyTuple>, usize),
    Iter(Value),
}

impl Src {
    fn new(vm: &mut Vm, v: &Value) -> PyResult<Src> {
        Ok(match v {
            Value::List(l) => Src::List(l.clone(), 0),
            Value::Tuple(t) => Src::Tuple(t.clone(), 0),
            _ => Src::Iter(vm.iter(v)?),
        })
    }

    #[inline]
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        match self {
            Src::List(l, i) => {
                let item = l.borrow().get(*i).cloned();
                *i += 1;
                Ok(item)
            }
            Src::Tuple(t, i) => {
                let item = t.items.get(*i).cloned();
                *i += 1;
                Ok(item)
            }
            Src::Iter(it) => vm.next(it),
        }
    }

    /// Consume leading items of a list or tuple while `f` accepts them;
    /// `f` must not run Python code (the list stays borrowed).
    #[inline]
    fn scan(&mut self, mut f: impl FnMut(&Value) -> bool) {
        let mut run = |items: &[Value], i: &mut usize| {
            for v in items.get(*i..).unwrap_or(&[]) {
                if !f(v) {
                    break;
                }
                *i += 1;
            }
        };
        match self {
            Src::List(l, i) => run(&l.borrow(), i),
            Src::Tuple(t, i) => run(&t.items, i),
            Src::Iter(_) => {}
        }
    }
}

// ----- sum ------------------------------------------------------------------

const SUM: Sig = Sig {
    name: "sum",
    posonly: 1,
    kw: &["start"],
    minpos: 1,
    maxpos: 2,
};

fn sum(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    // `sum(iterable)`, the common call: no signature binding.
    let bound;
    let (iterable, start) = match (args.args, args.kwnames) {
        ([iterable], []) => (Some(iterable), Value::Int(0)),
        _ => {
            bound = sig_args(vm, args, &SUM)?;
            (bound[0].as_ref(), bound[1].clone().unwrap_or(Value::Int(0)))
        }
    };
    match &start {
        Value::Str(_) => {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
        }
        Value::Bytes(_) => {
            return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
        }
        Value::ByteArray(_) => {
            return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"));
        }
        _ => {}
    }
    let Some(iterable) = iterable else {
        return Err(vm.type_error("sum() takes at least 1 positional argument (0 given)"));
    };
    let mut it = Src::new(vm, iterable)?;
    let mut result = start;
    // Exact ints: add in i64 until an item isn't a small int or the sum overflows.
    if let Value::Int(mut acc) = result {
        loop {
            it.scan(|v| {
                let b = match v {
                    Value::Int(b) => *b,
                    b @ (Value::True | Value::False) => matches!(b, Value::True) as i64,
                    _ => return false,
                };
                match acc.checked_add(b) {
                    Some(s) => {
                        acc = s;
                        true
                    }
                    None => false,
                }
            });
            let Some(item) = it.next(vm)? else {
                return Ok(Value::Int(acc));
            };
            let b = match &item {
                Value::Int(b) => Some(*b),
                b @ (Value::True | Value::False) => Some(matches!(b, Value::True) as i64),
                _ => None,
            };
            if let Some(s) = b.and_then(|b| acc.checked_add(b)) {
                acc = s;
                continue;
            }
            result = vm.binary_op(&Value::Int(acc), &item, BinOp::Add)?;
            break;
        }
    }
    // Exact floats: Neumaier's compensated summation, bit-for-bit as CPython.
    if let Value::Float(f0) = result {
        let mut f = f0.get();
        let mut c = 0.0f64;
        loop {
            it.scan(|v| {
                let x = match v {
                    Value::Float(x) => x.get(),
                    Value::Int(i) => {
                        f += *i as f64;
                        return true;
                    }
                    b @ (Value::True | Value::False) => {
                        f += matches!(b, Value::True) as i64 as f64;
                        return true;
                    }
                    _ => return false,
                };
                let t = f + x;
                if f.abs() >= x.abs() {
                    c += (f - t) + x;
                } else {
                    c += (x - t) + f;
                }
                f = t;
                true
            });
            let Some(item) = it.next(vm)? else {
                if c != 0.0 && c.is_finite() {
                    f += c;
                }
                return Ok(Value::float(f));
            };
            let x = match item {
                Value::Float(x) => x.get(),
                Value::Int(i) => {
                    f += i as f64;
                    continue;
                }
                b @ (Value::True | Value::False) => {
                    f += matches!(b, Value::True) as i64 as f64;
                    continue;
                }
                _ => {
                    if c != 0.0 && c.is_finite() {
                        f += c;
                    }
                    result = vm.binary_op(&Value::float(f), &item, BinOp::Add)?;
                    break;
                }
            };
            let t = f + x;
            if f.abs() >= x.abs() {
                c += (f - t) + x;
            } else {
                c += (x - t) + f;
            }
            f = t;
        }
    }
    while let Some(item) = it.next(vm)? {
        result = vm.binary_op(&result, &item, BinOp::Add)?;
    }
    Ok(result)
}

// ----- min / max --------------------------------------------------------------

fn min(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    min_max(vm, args, false)
}

fn max(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    min_max(vm, args, true)
}

/// Is `a` strictly better than `b` (greater for max, less for min)?
fn better(vm: &mut Vm, a: &Value, b: &Value, is_max: bool) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(if is_max { x > y } else { x < y }),
        (Value::Float(x), Value::Float(y)) => Ok(if is_max { **x > **y } else { **x < **y }),
        _ => {
            let r = vm.compare(a, b, if is_max { CmpOp::Gt } else { CmpOp::Lt })?;
            match r {
                b @ (Value::True | Value::False) => Ok(matches!(b, Value::True)),
                other => vm.truthy(&other),
            }
        }
    }
}

fn min_max(vm: &mut Vm, args: &Args, is_max: bool) -> PyResult<Value> {
    let name = if is_max { "max" } else { "min" };
    let mut key = None;
    let mut default = None;
    for (k, v) in args.kwargs() {
        match k.as_str() {
            "key" => key = Some(v.clone()),
            "default" => default = Some(v.clone()),
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for {name}()"
                )));
            }
        }
    }
    let pos = args.pos();
    if pos.is_empty() {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    if pos.len() > 1 && default.is_some() {
        return Err(vm.type_error(format!(
            "Cannot specify a default for {name}() with multiple positional arguments"
        )));
    }
    let key = key.filter(|k| !k.is_none());
    let mut it = if pos.len() == 1 {
        Some(Src::new(vm, &pos[0])?)
    } else {
        None
    };
    let mut i = 0;
    let mut best: Option<(Value, Value)> = None;
    loop {
        if let (Some(src), None) = (&mut it, &key) {
            // Runs of ints or floats compare natively.
            match best.as_ref().map(|b| &b.0) {
                Some(Value::Int(b)) => {
                    let mut cur = *b;
                    src.scan(|v| match v {
                        Value::Int(x) => {
                            if (is_max && *x > cur) || (!is_max && *x < cur) {
                                cur = *x;
                            }
                            true
                        }
                        _ => false,
                    });
                    best = Some((Value::Int(cur), Value::Int(cur)));
                }
                Some(Value::Float(b)) => {
                    let mut cur = b.get();
                    src.scan(|v| match v {
                        Value::Float(x) => {
                            if (is_max && **x > cur) || (!is_max && **x < cur) {
                                cur = x.get();
                            }
                            true
                        }
                        _ => false,
                    });
                    best = Some((Value::float(cur), Value::float(cur)));
                }
                _ => {}
            }
        }
        let item = match &mut it {
            Some(it) => match it.next(vm)? {
                Some(v) => v,
                None => break,
            },
            None => match pos.get(i) {
                Some(v) => {
                    i += 1;
                    v.clone()
                }
                None => break,
            },
        };
        let k = match &key {
            Some(f) => match Vm::one_arg_simple(f) {
                Some(func) => vm.call_simple1(func, &item)?,
                None => vm.call(f, std::slice::from_ref(&item))?,
            },
            None => item.clone(),
        };
        best = match best {
            None => Some((k, item)),
            Some((bk, bv)) => {
                if better(vm, &k, &bk, is_max)? {
                    Some((k, item))
                } else {
                    Some((bk, bv))
                }
            }
        };
    }
    match (best, default) {
        (Some((_, v)), _) => Ok(v),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(vm.value_error(format!("{name}() iterable argument is empty"))),
    }
}

// ----- any / all --------------------------------------------------------------

fn any(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = exactly_one(vm, args, "any")?;
    let it = vm.iter(v)?;
    while let Some(x) = vm.next(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::True);
        }
    }
    Ok(Value::False)
}

fn all(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = exactly_one(vm, args, "all")?;
    let it = vm.iter(v)?;
    while let Some(x) = vm.next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::False);
        }
    }
    Ok(Value::True)
}

// ----- iter -------------------------------------------------------------------

/// `callable(v)`.
pub fn is_callable(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Builtin(_) | Value::Method(_) | Value::Class(_) => true,
        Value::Native(n) => matches!(&**n, Native::StaticMethod(_)),
        Value::Instance(_) => vm.class_of(v).lookup_str("__call__").is_some(),
        _ => false,
    }
}

fn iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = positional(vm, args, "iter", 1, 2)?;
    if let [func, sentinel] = pos {
        if !is_callable(vm, func) {
            return Err(vm.type_error("iter(object, sentinel): object must be callable"));
        }
        return Ok(Value::Iter(Rc::new(IterObj::new(
            "callable_iterator",
            IterState::Callable {
                func: func.clone(),
                sentinel: sentinel.clone(),
            },
        ))));
    }
    vm.iter(&pos[0])
}

// ----- the iterator classes ---------------------------------------------------

/// The constructor's arguments without the class (`args[0]`).
fn ctor_args<'a>(args: &Args<'a>) -> Args<'a> {
    Args {
        args: args.args.get(1..).unwrap_or(&[]),
        kwnames: args.kwnames,
    }
}

fn new_iter(type_name: &'static str, state: IterState) -> Value {
    Value::Iter(Rc::new(IterObj::new(type_name, state)))
}

/// An `int` (or an object with `__index__`) as an int value of any size.
pub(crate) fn index_int(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        b @ (Value::True | Value::False) => Ok(Value::Int(matches!(b, Value::True) as i64)),
        Value::Instance(inst) => {
            if let Some(b) = inst.base_value().clone() {
                if matches!(
                    b,
                    Value::Int(_) | Value::BigInt(_) | Value::True | Value::False
                ) {
                    return index_int(vm, &b);
                }
            }
            match vm.call_method_opt(v, "__index__", &[])? {
                Some(r @ (Value::Int(_) | Value::BigInt(_))) => Ok(r),
                Some(b @ (Value::True | Value::False)) => {
                    Ok(Value::Int(matches!(b, Value::True) as i64))
                }
                Some(r) => Err(vm.type_error(format!(
                    "__index__ returned non-int (type {})",
                    vm.type_name(&r)
                ))),
                None => Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(v)
                ))),
            }
        }
        _ => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
    }
}

fn enumerate_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = ctor_args(args);
    let nargs = a.pos().len();
    let nkw = a.kwnames.len();
    let check = |vm: &Vm, i: usize, want: &str| -> PyResult<()> {
        let k = a.kwnames[i].as_str();
        if k == want {
            Ok(())
        } else {
            Err(vm.type_error(format!(
                "'{k}' is an invalid keyword argument for enumerate()"
            )))
        }
    };
    // CPython's hand-written argument handling for enumerate(iterable, start=0).
    let (iterable, start) = match (nargs + nkw, nkw) {
        (2, 1) => {
            check(vm, 0, "start")?;
            (&a.args[0], Some(&a.args[1]))
        }
        (2, 2) => {
            if a.kwnames[0].as_str() == "start" {
                check(vm, 1, "iterable")?;
                (&a.args[1], Some(&a.args[0]))
            } else {
                check(vm, 0, "iterable")?;
                check(vm, 1, "start")?;
                (&a.args[0], Some(&a.args[1]))
            }
        }
        (2, _) => (&a.args[0], Some(&a.args[1])),
        (1, 1) => {
            check(vm, 0, "iterable")?;
            (&a.args[0], None)
        }
        (1, _) => (&a.args[0], None),
        (n, _) => {
            if nargs == 0 {
                return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
            }
            return Err(vm.type_error(format!("enumerate() takes at most 2 arguments ({n} given)")));
        }
    };
    let inner = vm.iter(iterable)?;
    let count = match start {
        Some(s) => index_int(vm, s)?,
        None => Value::Int(0),
    };
    Ok(new_iter(
        "enumerate",
        IterState::Enumerate {
            inner,
            count,
            last: None,
        },
    ))
}

fn zip_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = ctor_args(args);
    let mut strict = false;
    if a.kwnames.len() > 1 {
        return Err(vm.type_error(format!(
            "zip() takes at most 1 keyword argument ({} given)",
            a.kwnames.len()
        )));
    }
    for (k, v) in a.kwargs() {
        if k.as_str() != "strict" {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for zip()",
                k.as_str()
            )));
        }
        strict = vm.truthy(v)?;
    }
    let mut inners = Vec::with_capacity(a.pos().len());
    for v in a.pos() {
        inners.push(vm.iter(v)?);
    }
    Ok(new_iter(
        "zip",
        IterState::Zip {
            inners: inners.into(),
            strict,
            last: None,
        },
    ))
}

fn map_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = ctor_args(args);
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("map() takes no keyword arguments"));
    }
    let pos = a.pos();
    if pos.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut inners = Vec::with_capacity(pos.len() - 1);
    for v in &pos[1..] {
        inners.push(vm.iter(v)?);
    }
    Ok(new_iter(
        "map",
        IterState::Map {
            func: pos[0].clone(),
            inners: inners.into(),
        },
    ))
}

fn filter_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = ctor_args(args);
    let pos = positional(vm, &a, "filter", 2, 2)?;
    let inner = vm.iter(&pos[1])?;
    Ok(new_iter(
        "filter",
        IterState::Filter {
            func: pos[0].clone(),
            inner,
        },
    ))
}

fn not_reversible(vm: &Vm, v: &Value) -> crate::vm::PyErr {
    vm.type_error(format!("'{}' object is not reversible", vm.type_name(v)))
}

pub fn dict_rev(dict: &Rc<crate::types::dict::PyDict>, kind: ViewKind) -> Value {
    let name = match kind {
        ViewKind::Keys => "dict_reversekeyiterator",
        ViewKind::Values => "dict_reversevalueiterator",
        ViewKind::Items => "dict_reverseitemiterator",
    };
    let m = dict.map.borrow();
    let state = IterState::DictRev {
        dict: dict.clone(),
        pos: m.slots(),
        kind,
        len: m.len(),
    };
    Value::Iter(Rc::new(IterObj::new(name, state)))
}

/// `reversed(v)`.
pub fn reversed_of(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let seq = |seq: Value, len: usize| {
        new_iter(
            "reversed",
            IterState::Reversed {
                seq,
                index: len as i64 - 1,
            },
        )
    };
    Ok(match v {
        Value::List(l) => {
            let pos = l.borrow().len();
            Value::Iter(Rc::new(IterObj::new(
                "list_reverseiterator",
                IterState::ListRev {
                    list: l.clone(),
                    pos,
                },
            )))
        }
        Value::Range(r) => {
            // Computed in i128: `stop - start` may not fit an i64.
            let (start, stop, step) = (r.start as i128, r.stop as i128, r.step as i128);
            let len = if step > 0 && stop > start {
                (stop - start - 1) / step + 1
            } else if step < 0 && stop < start {
                (start - stop - 1) / -step + 1
            } else {
                0
            };
            let last = if len > 0 { start + (len - 1) * step } else { 0 };
            Value::Iter(Rc::new(IterObj::new(
                "range_iterator",
                IterState::RangeCount {
                    next: last as i64,
                    step: r.step.wrapping_neg(),
                    left: len as u64,
                },
            )))
        }
        Value::Str(s) => new_iter(
            "reversed",
            IterState::StrRev {
                s: s.clone(),
                byte_end: s.as_str().len(),
            },
        ),
        Value::Tuple(t) => seq(v.clone(), t.len()),
        Value::Bytes(b) => seq(v.clone(), b.len()),
        Value::ByteArray(b) => {
            let n = b.borrow().len();
            seq(v.clone(), n)
        }
        Value::Dict(d) => match vm.class_of(v).lookup_str("__reversed__") {
            Some(m) if !m.is_none() => {
                let dict_cls = vm.types.dict.clone();
                let f = vm.bind_descriptor(&m, v, &dict_cls)?;
                vm.call(&f, &[])?
            }
            _ => dict_rev(d, ViewKind::Keys),
        },
        Value::Native(n) => match &**n {
            Native::DictView { dict, kind } => dict_rev(dict, *kind),
            _ => return Err(not_reversible(vm, v)),
        },
        Value::Instance(inst) => {
            let icls = inst.class();
            if let Some(m) = icls.lookup_str("__reversed__") {
                if m.is_none() {
                    return Err(not_reversible(vm, v));
                }
                if !matches!(m, Value::Builtin(_)) || inst.base_value().is_none() {
                    let f = vm.bind_descriptor(&m, v, &icls)?;
                    return vm.call(&f, &[]);
                }
            }
            // A subclass of a builtin type without its own `__reversed__`.
            let base = inst.base_value().clone();
            if let Some(b) = base {
                if icls
                    .lookup_str("__getitem__")
                    .is_none_or(|g| matches!(g, Value::Builtin(_)))
                {
                    return reversed_of(vm, &b);
                }
            }
            if icls.lookup_str("__getitem__").is_none() || icls.is_subclass(&vm.types.dict.clone())
            {
                return Err(not_reversible(vm, v));
            }
            let n = vm.len(v)?;
            seq(v.clone(), n)
        }
        _ => return Err(not_reversible(vm, v)),
    })
}

fn reversed_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = ctor_args(args);
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("reversed() takes no keyword arguments"));
    }
    let pos = positional(vm, &a, "reversed", 1, 1)?;
    reversed_of(vm, &pos[0])
}

// ----- iterator methods ---------------------------------------------------------

/// The native iterator behind `self` (an iterator, or an instance of a
/// subclass of one of the iterator classes).
fn iter_self(vm: &Vm, v: &Value, name: &str) -> PyResult<Rc<IterObj>> {
    match v {
        Value::Iter(it) => Ok(it.clone()),
        Value::Instance(inst) => match &*inst.base_value() {
            Some(Value::Iter(it)) => Ok(it.clone()),
            _ => Err(vm.type_error(format!(
                "descriptor '{name}' requires an iterator object but received '{}'",
                vm.type_name(v)
            ))),
        },
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' requires an iterator object but received '{}'",
            vm.type_name(v)
        ))),
    }
}

fn m_iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    iter_self(vm, &this, "__iter__")?;
    Ok(this)
}

/// `__new__` of the iterator types that Python code cannot instantiate.
fn no_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let name = match args.args.first() {
        Some(Value::Class(c)) => c.name().as_str().to_string(),
        _ => "iterator".to_string(),
    };
    Err(vm.type_error(format!("cannot create '{name}' instances")))
}

fn m_next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    let it = iter_self(vm, &this, "__next__")?;
    match crate::builtins::iterators::iter_next(vm, &it)? {
        Some(v) => Ok(v),
        None => Err(crate::builtins::generator::stop_iteration(vm, Value::None)),
    }
}

pub fn install(vm: &mut Vm) {
    let b = vm.builtins.clone();
    for (name, f) in [
        ("sum", sum as crate::vm::NativeFn),
        ("min", min),
        ("max", max),
        ("any", any),
        ("all", all),
        ("iter", iter),
    ] {
        b.set_str(name, builtin(name, f));
    }
    let iterator = vm.types.iterator.clone();
    add_method(&iterator, "iterator", "__iter__", m_iter);
    add_method(&iterator, "iterator", "__next__", m_next);
    let object = vm.types.object.clone();
    let mut make = |name: &'static str, ctor: crate::vm::NativeFn| {
        let cls = new_class(name, vec![object.clone()], Layout::Builtin, true);
        cls.native_new.set(Some(ctor));
        add_method(&cls, name, "__iter__", m_iter);
        add_method(&cls, name, "__next__", m_next);
        vm.iter_classes.insert(name, cls.clone());
        cls
    };
    for (name, ctor) in [
        ("enumerate", enumerate_new as crate::vm::NativeFn),
        ("zip", zip_new),
        ("map", map_new),
        ("filter", filter_new),
        ("reversed", reversed_new),
    ] {
        let cls = make(name, ctor);
        b.set_str(name, Value::Class(cls));
    }
    // The native iterators' own types, as `type(iter([]))` shows them.
    for name in [
        "list_iterator",
        "list_reverseiterator",
        "tuple_iterator",
        "str_ascii_iterator",
        "str_iterator",
        "bytes_iterator",
        "bytearray_iterator",
        "range_iterator",
        "dict_keyiterator",
        "dict_valueiterator",
        "dict_itemiterator",
        "dict_reversekeyiterator",
        "dict_reversevalueiterator",
        "dict_reverseitemiterator",
        "set_iterator",
        "callable_iterator",
    ] {
        make(name, no_new);
    }
}

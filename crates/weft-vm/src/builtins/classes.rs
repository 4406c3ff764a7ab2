//! Methods of `object`, `type`, `BaseException` and the constructors of
//! the builtin types. Per-type method tables live in their own modules.

use std::rc::Rc;

use num_bigint::BigInt;

use crate::builtins::add_method;
use crate::types::misc::PyRange;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

fn object_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let Some(obj) = args.args.first() else {
        return Err(vm.type_error("descriptor '__init__' of 'object' object needs an argument"));
    };
    if args.args.len() > 1 {
        // Extra arguments are an error unless only `__new__` was overridden.
        let cls = vm.class_of(obj);
        let own_init = !matches!(cls.lookup_str("__init__"),
            Some(Value::Builtin(b)) if b.owner == Some("object"));
        let own_new = !matches!(cls.lookup_str("__new__"), Some(Value::Builtin(_)) | None)
            && !matches!(cls.lookup_str("__new__"), Some(Value::Native(n))
                if matches!(&*n, crate::types::misc::Native::StaticMethod(Value::Builtin(_))));
        if own_init {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if !own_new {
            return Err(vm.type_error(format!("{}() takes no arguments", cls.name().as_str())));
        }
    }
    Ok(Value::None)
}

fn object_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    match args.args.first() {
        Some(Value::Class(c)) => {
            let c = c.clone();
            if Rc::ptr_eq(&c, &vm.types.object) {
                return Ok(Value::Native(Rc::new(crate::types::misc::Native::Object)));
            }
            // The same path `cls()` takes for a builtin `__new__`. For
            // exceptions this is `BaseException.__new__` (which weft does
            // not define separately): the arguments become `args`.
            if crate::builtins::exceptions::exc_facts(vm, &c).layout() {
                return vm.builtin_new(&c, args);
            }
            vm.builtin_new(&c, &Args::new(&[Value::Class(c.clone())]))
        }
        _ => Err(vm.type_error("object.__new__(X): X is not a type object")),
    }
}

fn object_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = &args.args[0];
    let cls = vm.class_of(v);
    let module = match cls.dict.get_str("__module__") {
        Some(Value::Str(m)) => format!("{}.", m.as_str()),
        _ => String::new(),
    };
    Ok(Value::string(format!(
        "<{}{} object at {:#x}>",
        module,
        cls.qualname.borrow().as_str(),
        v.ptr().unwrap_or(0)
    )))
}

fn object_str(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    vm.repr(&args.args[0])
}

fn object_eq(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(if args.args[0].is(&args.args[1]) {
        Value::True
    } else {
        Value::NotImplemented
    })
}

fn object_ne(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let r = vm.eq(&args.args[0], &args.args[1])?;
    Ok(Value::Bool(!r))
}

fn object_hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(vm.hash(&args.args[0])?))
}

fn object_setattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.args.len() != 3 {
        return Err(vm.type_error(format!(
            " expected 2 arguments, got {}",
            args.args.len().saturating_sub(1)
        )));
    }
    let name = &crate::builtins::classattrs::attr_name(vm, &args.args[1])?;
    vm.generic_setattr(&args.args[0], name, args.args[2].clone())?;
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let Some(Value::Str(name)) = args.args.get(1) else {
        return Err(vm.type_error("attribute name must be string"));
    };
    let obj = &args.args[0];
    if !matches!(obj, Value::Instance(_)) {
        return vm.get_attr(obj, name);
    }
    let cls = vm.class_of(obj);
    match vm.generic_getattr_opt(obj, &cls, name)? {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(obj, name.as_str())),
    }
}

fn object_delattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.args.len() != 2 {
        return Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            args.args.len().saturating_sub(1)
        )));
    }
    let name = &crate::builtins::classattrs::attr_name(vm, &args.args[1])?;
    vm.generic_delattr(&args.args[0], name)?;
    Ok(Value::None)
}

fn object_format(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let spec = match args.args.get(1) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => String::new(),
    };
    if !spec.is_empty() {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(&args.args[0])
        )));
    }
    vm.str(&args.args[0])
}

fn object_init_subclass(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let name = match args.args.first() {
        Some(Value::Class(c)) => c.qualname.borrow().as_str().to_string(),
        _ => "object".to_string(),
    };
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    if args.args.len() > 1 {
        return Err(vm.type_error(format!(
            "{name}.__init_subclass__() takes no arguments ({} given)",
            args.args.len() - 1
        )));
    }
    Ok(Value::None)
}

fn exc_with_traceback(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.args.len() != 2 {
        return Err(vm.type_error(format!(
            "BaseException.with_traceback() takes exactly one argument ({} given)",
            args.args.len().saturating_sub(1)
        )));
    }
    let name = vm.intern("__traceback__");
    vm.set_attr(&args.args[0], &name, args.args[1].clone())?;
    Ok(args.args[0].clone())
}

fn exc_add_note(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if let Some(d) = vm.exc_data(&args.args[0]) {
        let mut d = d.borrow_mut();
        let note = args.args.get(1).cloned().unwrap_or(Value::None);
        match &d.notes {
            Some(Value::List(l)) => l.borrow_mut().push(note),
            _ => d.notes = Some(Value::list(vec![note])),
        }
    }
    Ok(Value::None)
}

fn int_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    if args.args.len() > 3 {
        return Err(vm.type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            args.args.len() - 1
        )));
    }
    let mut base = pos.get(1).cloned();
    for (k, v) in args.kwargs() {
        match k.as_str() {
            "base" if base.is_none() => base = Some(v.clone()),
            "base" => {
                return Err(
                    vm.type_error("argument for int() given by name ('base') and position (2)")
                );
            }
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for int()"
                )));
            }
        }
    }
    match (pos.first(), base) {
        (None, None) => Ok(Value::Int(0)),
        (None, Some(_)) => Err(vm.type_error("int() missing string argument")),
        (Some(v), None) => crate::builtins::functions::to_int(vm, v),
        (Some(v), Some(b)) => {
            let v = crate::builtins::numeric_methods::unwrap(v);
            crate::builtins::numparse::int_with_base(vm, &v, &b)
        }
    }
}

/// Floats are unboxed, so `is` compares bits. Each NaN made by `float()`
/// gets its own payload, so two `float("nan")` calls are not identical
/// (`[float("nan")] == [float("nan")]` is False) while a NaN compared with
/// itself still is, as with CPython's separate float objects.
fn fresh_nan(f: f64) -> f64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(1);
    if !f.is_nan() {
        return f;
    }
    let payload = NEXT.fetch_add(1, Ordering::Relaxed) & 0x0007_ffff_ffff_ffff;
    f64::from_bits((f.to_bits() & 0xfff8_0000_0000_0000) | payload.max(1))
}

fn float_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("float() takes no keyword arguments"));
    }
    let pos = &args.pos()[1..];
    match pos {
        [] => Ok(Value::float(0.0)),
        [v] => crate::builtins::functions::to_float(vm, v).map(|f| Value::float(fresh_nan(f))),
        _ => Err(vm.type_error(format!(
            "float expected at most 1 argument, got {}",
            pos.len()
        ))),
    }
}

fn bool_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("bool() takes no keyword arguments"));
    }
    match &args.pos()[1..] {
        [] => Ok(Value::False),
        [v] => vm.truthy(v).map(Value::Bool),
        more => Err(vm.type_error(format!(
            "bool expected at most 1 argument, got {}",
            more.len()
        ))),
    }
}

fn str_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() > 4 {
        return Err(vm.type_error(format!(
            "str() takes at most 3 arguments ({} given)",
            pos.len() - 1
        )));
    }
    for (k, _) in args.kwargs() {
        if !matches!(k.as_str(), "object" | "encoding" | "errors") {
            return Err(vm.type_error(format!(
                "str() got an unexpected keyword argument '{}'",
                k.as_str()
            )));
        }
    }
    for (i, name) in [(2, "encoding"), (3, "errors")] {
        if let Some(v) = pos.get(i).or(args.kw(name)) {
            if !matches!(v, Value::Str(_)) {
                return Err(vm.type_error(format!(
                    "str() argument '{name}' must be str, not {}",
                    vm.type_name(v)
                )));
            }
        }
    }
    match pos.get(1).or(args.kw("object")) {
        None => Ok(Value::str("")),
        Some(v) => {
            let encoding = pos.get(2).or(args.kw("encoding"));
            let errors = pos.get(3).or(args.kw("errors"));
            if encoding.is_some() || errors.is_some() {
                if let Some(data) = crate::builtins::bytes::buffer_of(v) {
                    let text = |v: Option<&Value>, default: &'static str| match v {
                        Some(Value::Str(s)) => s.as_str().to_string(),
                        _ => default.to_string(),
                    };
                    let (enc, err) = (text(encoding, "utf-8"), text(errors, "strict"));
                    let s = crate::builtins::bytes_codec::decode_bytes(vm, &data, &enc, &err)?;
                    return Ok(Value::string(s));
                }
            }
            vm.str(v)
        }
    }
}

fn list_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    match args.pos().get(1) {
        None => Ok(Value::list(Vec::new())),
        Some(v) => Ok(Value::list(vm.collect(v)?)),
    }
}

fn tuple_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    match args.pos().get(1) {
        None => Ok(Value::tuple(Vec::new())),
        Some(Value::Tuple(t)) => Ok(Value::Tuple(t.clone())),
        Some(v) => Ok(Value::tuple(vm.collect(v)?)),
    }
}

fn dict_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = Rc::new(crate::types::dict::PyDict::new());
    let dv = Value::Dict(d.clone());
    if let Some(src) = args.pos().get(1) {
        crate::builtins::functions::dict_update_from(vm, &d, src)?;
    }
    for (k, v) in args.kwargs() {
        d.insert(vm, Value::Str(k.clone()), v.clone())?;
    }
    Ok(dv)
}

fn set_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let items = match args.pos().get(1) {
        None => Vec::new(),
        Some(v) => vm.collect(v)?,
    };
    vm.new_set(items)
}

fn frozenset_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let items = match args.pos().get(1) {
        None => Vec::new(),
        Some(v) => vm.collect(v)?,
    };
    Ok(Value::FrozenSet(Rc::new(vm.set_from_iter(items)?)))
}

fn range_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    let mut n = Vec::with_capacity(3);
    for v in pos {
        n.push(vm.index_value(v).map_err(|_| {
            vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            ))
        })?);
    }
    let (start, stop, step) = match n.len() {
        1 => (0, n[0], 1),
        2 => (n[0], n[1], 1),
        3 => (n[0], n[1], n[2]),
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        k => return Err(vm.type_error(format!("range expected at most 3 arguments, got {k}"))),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Rc::new(PyRange { start, stop, step })))
}

/// `complex(real=0, imag=0)` with CPython's argument rules.
fn complex_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a =
        crate::builtins::numeric_methods::parse_args(vm, args, "complex", &["real", "imag"], 2)?;
    let (r, i) = (a[0].clone(), a[1].clone());
    if let Some(Value::Str(s)) = r.as_ref().map(crate::builtins::numeric_methods::unwrap) {
        if i.is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        let (re, im) = crate::builtins::numparse::complex_from_str(vm, s.as_str())?;
        return Ok(Value::Complex(Rc::new((re, im))));
    }
    if let Some(Value::Str(_)) = i.as_ref().map(crate::builtins::numeric_methods::unwrap) {
        return Err(vm.type_error("complex() second arg can't be a string"));
    }
    let r = r.unwrap_or(Value::Int(0));
    if let (Value::Complex(c), None) = (&r, &i) {
        return Ok(Value::Complex(c.clone()));
    }
    let (mut cr_re, cr_im, cr_complex) = complex_part(vm, &r, "first argument")?;
    let (mut ci_re, ci_im, ci_complex) = match &i {
        Some(v) => complex_part(vm, v, "second argument")?,
        None => (cr_im, 0.0, false),
    };
    if ci_complex {
        cr_re -= ci_im;
    }
    if cr_complex && i.is_some() {
        ci_re += cr_im;
    }
    Ok(Value::Complex(Rc::new((cr_re, ci_re))))
}

/// One argument of `complex()`: (real, imag, was it complex).
fn complex_part(vm: &mut Vm, v: &Value, which: &str) -> PyResult<(f64, f64, bool)> {
    let b = crate::builtins::numeric_methods::unwrap(v);
    match &b {
        Value::Complex(c) => return Ok((c.0, c.1, true)),
        Value::Int(_) | Value::BigInt(_) | Value::True | Value::False | Value::Float(_) => {
            return Ok((crate::builtins::functions::to_float(vm, &b)?, 0.0, false));
        }
        _ => {}
    }
    // Only the first argument may use __complex__.
    let first = which == "first argument";
    if first {
        if let Some(c) = vm.call_method_opt(v, "__complex__", &[])? {
            return match crate::builtins::numeric_methods::unwrap(&c) {
                Value::Complex(z) => Ok((z.0, z.1, true)),
                _ => Err(vm.type_error(format!(
                    "__complex__ returned non-complex (type {})",
                    vm.type_name(&c)
                ))),
            };
        }
    }
    let cls = vm.class_of(v);
    if cls.lookup_str("__float__").is_some() || cls.lookup_str("__index__").is_some() {
        return Ok((crate::builtins::functions::to_float(vm, v)?, 0.0, false));
    }
    let what = if first {
        "a string or a number"
    } else {
        "a number"
    };
    Err(vm.type_error(format!(
        "complex() {which} must be {what}, not '{}'",
        vm.type_name(v)
    )))
}

fn type_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() == 2 {
        return Ok(Value::Class(vm.class_of(&pos[1])));
    }
    if pos.len() != 4 {
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    }
    let meta = match &pos[0] {
        Value::Class(c) => c.clone(),
        _ => vm.types.type_.clone(),
    };
    vm.create_class(&meta, &pos[1], &pos[2], &pos[3], args)
}

fn type_init(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn type_call(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    match args.args.first() {
        Some(Value::Class(c)) => {
            let c = c.clone();
            vm.construct(
                &c,
                &Args {
                    args: &args.args[1..],
                    kwnames: args.kwnames,
                },
            )
        }
        _ => Err(vm.type_error("descriptor '__call__' requires a 'type' object")),
    }
}

fn type_mro(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    match &args.args[0] {
        Value::Class(c) => Ok(Value::list(
            c.mro_iter().map(|k| Value::Class(k.clone())).collect(),
        )),
        _ => Ok(Value::list(vec![])),
    }
}

pub fn to_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        b @ (Value::True | Value::False) => Some(BigInt::from(matches!(b, Value::True) as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    let o = t.object.clone();
    add_method(&o, "object", "__init__", object_init);
    add_method(&o, "object", "__repr__", object_repr);
    add_method(&o, "object", "__str__", object_str);
    add_method(&o, "object", "__eq__", object_eq);
    add_method(&o, "object", "__ne__", object_ne);
    add_method(&o, "object", "__hash__", object_hash);
    add_method(&o, "object", "__setattr__", object_setattr);
    add_method(&o, "object", "__getattribute__", object_getattribute);
    add_method(&o, "object", "__delattr__", object_delattr);
    add_method(&o, "object", "__format__", object_format);
    o.dict.set_str(
        "__init_subclass__",
        Value::Native(Rc::new(crate::types::misc::Native::ClassMethod(
            crate::builtins::builtin("__init_subclass__", object_init_subclass),
        ))),
    );
    o.dict.set_str(
        "__new__",
        Value::Native(Rc::new(crate::types::misc::Native::StaticMethod(
            crate::builtins::builtin("__new__", object_new),
        ))),
    );
    let ty = t.type_.clone();
    add_method(&ty, "type", "__init__", type_init);
    add_method(&ty, "type", "__call__", type_call);
    add_method(&ty, "type", "mro", type_mro);
    let be = t.base_exception.clone();
    add_method(
        &be,
        "BaseException",
        "__init__",
        crate::builtins::exceptions::exc_init,
    );
    add_method(&be, "BaseException", "with_traceback", exc_with_traceback);
    add_method(&be, "BaseException", "add_note", exc_add_note);
    for (cls, f) in [
        (&t.int, int_new as crate::vm::NativeFn),
        (&t.float, float_new),
        (&t.bool_, bool_new),
        (&t.str_, str_new),
        (&t.list, list_new),
        (&t.tuple, tuple_new),
        (&t.dict, dict_new),
        (&t.set, set_new),
        (&t.frozenset, frozenset_new),
        (&t.range, range_new),
        (&t.complex, complex_new),
        (&t.type_, type_new),
    ] {
        cls.native_new.set(Some(f));
    }
}

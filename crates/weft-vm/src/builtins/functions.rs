//! The builtin functions (`print`, `len`, `isinstance`, ...) and `__build_class__`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use num_bigint::BigInt;

use crate::builtins::builtin;
use crate::types::class::{Class, Layout, c3_mro};
use crate::types::dict::PyDict;
use crate::types::misc::Native;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// Argument `i` of a call to builtin `fname`, after checking the whole
/// call's arity with CPython's messages for that builtin.
#[inline(always)]
fn arg<'a>(vm: &Vm, args: &Args<'a>, i: usize, fname: &str) -> PyResult<&'a Value> {
    use crate::builtins::args::{exactly_one, positional};
    let pos = match fname {
        "isinstance" | "issubclass" | "hasattr" | "delattr" => positional(vm, args, fname, 2, 2)?,
        "getattr" => positional(vm, args, fname, 2, 3)?,
        "setattr" => positional(vm, args, fname, 3, 3)?,
        "next" => positional(vm, args, fname, 1, 2)?,
        _ => std::slice::from_ref(exactly_one(vm, args, fname)?),
    };
    pos.get(i)
        .ok_or_else(|| vm.type_error(format!("{fname}() missing required argument")))
}

fn print(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    for (k, _) in args.kwargs() {
        if !matches!(k.as_str(), "sep" | "end" | "file" | "flush") {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for print()",
                k.as_str()
            )));
        }
    }
    let sep = match args.kw("sep") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(Value::None) | None => " ".into(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "sep must be None or a string, not {}",
                vm.type_name(other)
            )));
        }
    };
    let end = match args.kw("end") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(Value::None) | None => "\n".into(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "end must be None or a string, not {}",
                vm.type_name(other)
            )));
        }
    };
    let mut out = String::new();
    for (i, v) in args.pos().iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match v {
            Value::Str(s) => out.push_str(s.as_str()),
            other => out.push_str(&vm.str_string(other)?),
        }
    }
    out.push_str(&end);
    let file = match args.kw("file") {
        Some(Value::None) | None => vm.sys_stdout(),
        Some(f) => f.clone(),
    };
    crate::builtins::io::write_to(vm, &file, &out)?;
    if matches!(args.kw("flush"), Some(Value::True)) {
        vm.stdout.flush();
    }
    Ok(Value::None)
}

/// The builtins the dispatch loop's call handler runs itself for common
/// arguments (CPython 3.12's `CALL_NO_KW_LEN`, `CALL_NO_KW_ISINSTANCE`):
/// `f(*args)`'s result when `f` is `len` or `isinstance` and the answer
/// needs no call, `None` to call `f`.
#[inline(always)]
pub(crate) fn call_inline_builtin(
    vm: &Vm,
    f: crate::vm::NativeFn,
    args: &[Value],
) -> Option<Value> {
    match args {
        [v] if std::ptr::fn_addr_eq(f, len as crate::vm::NativeFn) => len_fast(v),
        [v, t] if std::ptr::fn_addr_eq(f, isinstance as crate::vm::NativeFn) => {
            crate::builtins::typecheck::isinstance_fast(vm, v, t).map(Value::Bool)
        }
        _ => None,
    }
}

/// `len(v)` for the common receivers, without a call.
#[inline(always)]
fn len_fast(v: &Value) -> Option<Value> {
    let n = match v {
        Value::Str(s) => s.char_len(),
        Value::List(l) => l.try_borrow().ok()?.len(),
        Value::Tuple(t) => t.len(),
        Value::Dict(d) => d.len(),
        _ => return None,
    };
    Some(Value::Int(n as i64))
}

fn len(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    // The common receivers, read without the argument check's call.
    if let ([v], []) = (args.args, args.kwnames) {
        if let Some(n) = len_fast(v) {
            return Ok(n);
        }
    }
    let v = arg(vm, args, 0, "len")?;
    Ok(Value::Int(vm.len(v)? as i64))
}

fn repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = arg(vm, args, 0, "repr")?;
    vm.repr(v)
}

fn ascii(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = arg(vm, args, 0, "ascii")?;
    vm.ascii(v)
}

fn isinstance(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if let ([v, t], []) = (args.args, args.kwnames) {
        return Ok(Value::Bool(crate::builtins::typecheck::isinstance(
            vm, v, t,
        )?));
    }
    let v = arg(vm, args, 0, "isinstance")?.clone();
    let t = arg(vm, args, 1, "isinstance")?.clone();
    Ok(Value::Bool(crate::builtins::typecheck::isinstance(
        vm, &v, &t,
    )?))
}

fn issubclass(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = arg(vm, args, 0, "issubclass")?.clone();
    let t = arg(vm, args, 1, "issubclass")?.clone();
    Ok(Value::Bool(crate::builtins::typecheck::issubclass(
        vm, &v, &t,
    )?))
}

fn getattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let obj = arg(vm, args, 0, "getattr")?.clone();
    let name = arg(vm, args, 1, "getattr")?.clone();
    let name = crate::builtins::classattrs::attr_name(vm, &name)?;
    match vm.get_attr(&obj, &name) {
        Ok(v) => Ok(v),
        Err(e) if args.pos().len() > 2 && vm.err_is(&e, "AttributeError") => {
            Ok(args.pos()[2].clone())
        }
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let obj = arg(vm, args, 0, "setattr")?.clone();
    let name = arg(vm, args, 1, "setattr")?.clone();
    let name = crate::builtins::classattrs::attr_name(vm, &name)?;
    let v = arg(vm, args, 2, "setattr")?.clone();
    vm.set_attr(&obj, &name, v)?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let obj = arg(vm, args, 0, "hasattr")?.clone();
    let name = arg(vm, args, 1, "hasattr")?.clone();
    let name = crate::builtins::classattrs::attr_name(vm, &name)?;
    match vm.get_attr(&obj, &name) {
        Ok(_) => Ok(Value::True),
        Err(e) if vm.err_is(&e, "AttributeError") => Ok(Value::False),
        Err(e) => Err(e),
    }
}

fn delattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let obj = arg(vm, args, 0, "delattr")?.clone();
    let name = arg(vm, args, 1, "delattr")?.clone();
    let name = crate::builtins::classattrs::attr_name(vm, &name)?;
    vm.del_attr(&obj, &name)?;
    Ok(Value::None)
}

fn id(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = arg(vm, args, 0, "id")?;
    Ok(Value::Int(
        v.ptr()
            .map(|p| p as i64)
            .unwrap_or_else(|| crate::vm::ops::identity_hash(v)),
    ))
}

fn hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = arg(vm, args, 0, "hash")?.clone();
    Ok(Value::Int(vm.hash(&v)?))
}

fn next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let it = arg(vm, args, 0, "next")?.clone();
    if !matches!(it, Value::Iter(_) | Value::Generator(_) | Value::Native(_))
        && vm.class_of(&it).lookup_str("__next__").is_none()
    {
        return Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(&it))));
    }
    if let Value::Generator(g) = &it {
        // Keep the value a generator's StopIteration carries.
        return crate::builtins::generator::builtin_next(vm, g, args.pos().get(1));
    }
    match vm.next(&it)? {
        Some(v) => Ok(v),
        None => match args.pos().get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(crate::builtins::generator::stop_iteration(vm, Value::None)),
        },
    }
}

fn callable(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = arg(vm, args, 0, "callable")?;
    Ok(Value::Bool(vm.is_callable(v)))
}

fn chr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = crate::builtins::args::exactly_one(vm, args, "chr")?.clone();
    let n = vm.index_value(&v)?;
    match u32::try_from(n).ok().and_then(char::from_u32) {
        Some(c) => Ok(crate::types::str::char_value(c)),
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if let ([Value::Str(s)], []) = (args.args, args.kwnames) {
        if s.char_len() == 1 {
            return Ok(Value::Int(s.char_at(0) as i64));
        }
    }
    let v = arg(vm, args, 0, "ord")?;
    match v {
        Value::Str(s) if s.char_len() == 1 => Ok(Value::Int(s.char_at(0) as i64)),
        Value::Str(s) => Err(vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.char_len()
        ))),
        Value::Bytes(b) if b.len() == 1 => Ok(Value::Int(b[0] as i64)),
        other => Err(vm.type_error(format!(
            "ord() expected string of length 1, but {} found",
            vm.type_name(other)
        ))),
    }
}

fn abs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = arg(vm, args, 0, "abs")?.clone();
    match &v {
        Value::Int(i) => Ok(match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::from_bigint(BigInt::from(*i).magnitude().clone().into()),
        }),
        b @ (Value::True | Value::False) => Ok(Value::Int(matches!(b, Value::True) as i64)),
        Value::BigInt(b) => Ok(Value::from_bigint(b.magnitude().clone().into())),
        Value::Float(f) => Ok(Value::float(f.abs())),
        Value::Complex(c) => Ok(Value::float(c.0.hypot(c.1))),
        _ => match vm.call_method_opt(&v, "__abs__", &[])? {
            Some(r) => Ok(r),
            None => Err(vm.type_error(format!(
                "bad operand type for abs(): '{}'",
                vm.type_name(&v)
            ))),
        },
    }
}

fn build_class(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::classbuild::build_class(vm, args)
}

impl Vm {
    /// `type(name, bases, ns)` for metaclass `meta`.
    pub fn create_class(
        &mut self,
        meta: &Rc<Class>,
        name: &Value,
        bases: &Value,
        ns: &Value,
        args: &Args,
    ) -> PyResult<Value> {
        use crate::builtins::classbuild::{NewClass, check_type_new};
        let (meta, bases, ns) = match check_type_new(self, meta, name, bases, ns, args)? {
            NewClass::Done(v) => return Ok(v),
            NewClass::Build { meta, bases, ns } => (meta, bases, ns),
        };
        let meta = &meta;
        let Value::Str(name) = name else {
            return Err(self.type_error("type.__new__() argument 1 must be str"));
        };
        let bases = if bases.is_empty() {
            vec![self.types.object.clone()]
        } else {
            bases
        };
        for b in &bases {
            if b.builtin
                && (Rc::ptr_eq(b, &self.types.bool_)
                    || Rc::ptr_eq(b, &self.types.range)
                    || Rc::ptr_eq(b, &self.types.function))
            {
                return Err(self.type_error(format!(
                    "type '{}' is not an acceptable base type",
                    b.name().as_str()
                )));
            }
        }
        let mro = c3_mro(self, &bases)?;
        let layout = mro
            .iter()
            .find(|c| c.layout != Layout::Object)
            .map(|c| c.layout)
            .unwrap_or(Layout::Object);
        let slot_names = match ns.get_str("__slots__") {
            None => None,
            Some(Value::Str(s)) => Some(vec![s]),
            Some(v) => {
                let mut names = Vec::new();
                for item in self.collect(&v)? {
                    match item {
                        Value::Str(s) => names.push(s),
                        other => {
                            return Err(self.type_error(format!(
                                "__slots__ items must be strings, not '{}'",
                                self.type_name(&other)
                            )));
                        }
                    }
                }
                Some(names)
            }
        };
        // Instances lack a __dict__ only if every class in the MRO agrees.
        let has_slots = slot_names
            .as_ref()
            .is_some_and(|n| !n.iter().any(|s| s.as_str() == "__dict__"))
            && mro.iter().all(|c| c.no_dict);
        let qualname = match ns.get_str("__qualname__") {
            Some(Value::Str(q)) => q,
            _ => name.clone(),
        };
        let cls = Rc::new(Class {
            name: RefCell::new(name.clone()),
            qualname: RefCell::new(qualname),
            bases,
            mro,
            dict: PyDict::new(),
            layout,
            native_new: Cell::new(None),
            metaclass: RefCell::new(if Rc::ptr_eq(meta, &self.types.type_) {
                None
            } else {
                Some(meta.clone())
            }),
            no_dict: has_slots,
            builtin: false,
            abstract_methods: RefCell::new(Vec::new()),
            subclasses: RefCell::new(Vec::new()),
            del_cache: Cell::new(0),
            dict_hint: Cell::new(0),
            new_cache: Default::default(),
        });
        crate::gc::track_class(&cls);
        crate::builtins::classbuild::default_namespace(self, &cls);
        crate::builtins::classbuild::register_subclass(&cls);
        // The new class's namespace is filled below; no lookup may be
        // cached for it (or its bases) from before.
        crate::types::class::lookup_cache::invalidate();
        for (k, v) in ns.items() {
            if let Value::Str(s) = &k {
                if s.as_str() == "__qualname__" || s.as_str() == "__classcell__" {
                    continue;
                }
            }
            // Functions defined in the class body become methods; `__new__`
            // and `__init_subclass__`/`__class_getitem__` are implicitly static/class methods.
            let v = match (&k, &v) {
                (Value::Str(s), Value::Function(_)) if s.as_str() == "__new__" => {
                    Value::Native(Rc::new(Native::StaticMethod(v.clone())))
                }
                (Value::Str(s), Value::Function(_))
                    if s.as_str() == "__init_subclass__" || s.as_str() == "__class_getitem__" =>
                {
                    Value::Native(Rc::new(Native::ClassMethod(v.clone())))
                }
                _ => v,
            };
            cls.dict.insert(self, k, v)?;
        }
        if let Some(names) = &slot_names {
            // Slots of the bases come first.
            let mut next = cls
                .mro
                .iter()
                .flat_map(|c| c.dict.values())
                .filter_map(|v| match v {
                    Value::Native(n) => match &*n {
                        Native::Slot { index, .. } => Some(index + 1),
                        _ => None,
                    },
                    _ => None,
                })
                .max()
                .unwrap_or(0);
            for n in names {
                if n.as_str() == "__dict__" || n.as_str() == "__weakref__" {
                    continue;
                }
                if cls.dict.get_pystr(n).is_some() {
                    return Err(self.value_error(format!(
                        "'{}' in __slots__ conflicts with class variable",
                        n.as_str()
                    )));
                }
                cls.dict.set_str(
                    n.as_str(),
                    Value::Native(Rc::new(Native::Slot {
                        name: n.clone(),
                        class_name: name.clone(),
                        index: next,
                    })),
                );
                next += 1;
            }
        }
        if cls.dict.get_str("__eq__").is_some() && cls.dict.get_str("__hash__").is_none() {
            cls.dict.set_str("__hash__", Value::None);
        }
        let cls = crate::builtins::classbuild::apply_custom_mro(self, meta, cls)?;
        let clsv = Value::Class(cls.clone());
        // __set_name__ on descriptors.
        for (k, v) in cls.dict.items() {
            if let Value::Instance(_) = v {
                if let Some(sn) = self.get_attr_opt(&v, "__set_name__")? {
                    self.call(&sn, &[clsv.clone(), k])?;
                }
            }
        }
        // __init_subclass__ of the parent.
        if let Some(parent) = cls.mro.first().cloned() {
            if let Some(isc) = parent.lookup_str("__init_subclass__") {
                let f = match &isc {
                    Value::Native(n) => match &**n {
                        Native::ClassMethod(f) => f.clone(),
                        _ => isc.clone(),
                    },
                    _ => isc.clone(),
                };
                if !matches!(&f, Value::Builtin(_)) || !args.kwnames.is_empty() {
                    let mut a = vec![clsv.clone()];
                    let mut names = Vec::new();
                    for (k, v) in args.kwargs() {
                        names.push(k.clone());
                        a.push(v.clone());
                    }
                    self.call_args(
                        &f,
                        &Args {
                            args: &a,
                            kwnames: &names,
                        },
                    )?;
                }
            }
        }
        crate::types::class::lookup_cache::invalidate();
        Ok(clsv)
    }

    pub fn sys_stdout(&mut self) -> Value {
        if self.modules.get_str("sys").is_none() {
            if let Ok(Some(m)) = crate::builtins::modules::builtin_module(self, "sys") {
                self.modules.set_str("sys", m);
            }
        }
        match self.modules.get_str("sys") {
            Some(Value::Module(m)) => m.dict.get_str("stdout").unwrap_or(Value::None),
            _ => Value::None,
        }
    }
}

/// `int(v)`: PyNumber_Long (`__int__`, `__index__`, `__trunc__`, text).
pub fn to_int(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    use crate::builtins::numeric_methods::{float_to_int, unwrap};
    use crate::builtins::numparse;
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        b @ (Value::True | Value::False) => Ok(Value::Int(matches!(b, Value::True) as i64)),
        Value::Float(f) => float_to_int(vm, f.get()),
        Value::Str(s) => numparse::int_from_str(vm, s.as_str(), 10),
        Value::Bytes(b) => numparse::int_from_bytes_text(vm, b, 10),
        Value::ByteArray(b) => {
            let data = b.borrow().clone();
            numparse::int_from_bytes_text(vm, &data, 10)
        }
        _ => {
            let is_int = |r: &Value| {
                matches!(
                    r,
                    Value::Int(_) | Value::BigInt(_) | Value::True | Value::False
                )
            };
            for m in ["__int__", "__index__"] {
                if let Some(r) = vm.call_method_opt(v, m, &[])? {
                    let u = unwrap(&r);
                    if !is_int(&u) {
                        return Err(vm.type_error(format!(
                            "{m} returned non-int (type {})",
                            vm.type_name(&r)
                        )));
                    }
                    return to_int(vm, &u);
                }
            }
            if let Some(r) = vm.call_method_opt(v, "__trunc__", &[])? {
                let u = unwrap(&r);
                if is_int(&u) {
                    return to_int(vm, &u);
                }
                return match vm.call_method_opt(&r, "__index__", &[])? {
                    Some(i) if is_int(&unwrap(&i)) => to_int(vm, &unwrap(&i)),
                    _ => Err(vm.type_error(format!(
                        "__trunc__ returned non-Integral (type {})",
                        vm.type_name(&r)
                    ))),
                };
            }
            let base = unwrap(v);
            if matches!(base, Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_)) {
                return to_int(vm, &base);
            }
            Err(vm.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                vm.type_name(v)
            )))
        }
    }
}

/// `float(v)`: PyNumber_Float (`__float__`, `__index__`, text).
pub fn to_float(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    use crate::builtins::numeric_methods::{index_big, unwrap};
    use crate::builtins::numparse;
    match v {
        Value::Float(f) => Ok(f.get()),
        Value::Int(i) => Ok(*i as f64),
        b @ (Value::True | Value::False) => Ok(matches!(b, Value::True) as i64 as f64),
        Value::BigInt(b) => crate::vm::numeric::big_to_f64(vm, b),
        Value::Str(s) => numparse::float_from_str(vm, s.as_str()),
        Value::Bytes(b) => numparse::float_from_bytes_text(vm, b),
        Value::ByteArray(b) => {
            let data = b.borrow().clone();
            numparse::float_from_bytes_text(vm, &data)
        }
        _ => {
            if let Some(r) = vm.call_method_opt(v, "__float__", &[])? {
                return match unwrap(&r) {
                    Value::Float(f) => Ok(f.get()),
                    _ => Err(vm.type_error(format!(
                        "{}.__float__ returned non-float (type {})",
                        vm.type_name(v),
                        vm.type_name(&r)
                    ))),
                };
            }
            if vm.class_of(v).lookup_str("__index__").is_some() {
                let i = index_big(vm, v)?;
                return crate::vm::numeric::big_to_f64(vm, &i);
            }
            let base = unwrap(v);
            if matches!(base, Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_)) {
                return to_float(vm, &base);
            }
            Err(vm.type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                vm.type_name(v)
            )))
        }
    }
}

pub fn dict_update_from(vm: &mut Vm, d: &Rc<PyDict>, src: &Value) -> PyResult<()> {
    if let Value::Dict(s) = src {
        for (k, v) in s.items() {
            d.insert(vm, k, v)?;
        }
        return Ok(());
    }
    if let Some(keys) = vm.get_attr_opt(src, "keys")? {
        let keys = vm.call(&keys, &[])?;
        for k in vm.collect(&keys)? {
            let v = vm.get_item(src, &k)?;
            d.insert(vm, k, v)?;
        }
        return Ok(());
    }
    for (i, item) in vm.collect(src)?.into_iter().enumerate() {
        let pair = vm.collect(&item).map_err(|_| {
            vm.type_error(format!(
                "cannot convert dictionary update sequence element #{i} to a sequence"
            ))
        })?;
        if pair.len() != 2 {
            return Err(vm.value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        d.insert(vm, pair[0].clone(), pair[1].clone())?;
    }
    Ok(())
}

pub fn install(vm: &mut Vm) {
    let b = vm.builtins.clone();
    for (name, f) in [
        ("print", print as crate::vm::NativeFn),
        ("len", len),
        ("repr", repr),
        ("ascii", ascii),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("getattr", getattr),
        ("setattr", setattr),
        ("hasattr", hasattr),
        ("delattr", delattr),
        ("id", id),
        ("hash", hash),
        ("next", next),
        ("callable", callable),
        ("chr", chr),
        ("ord", ord),
        ("abs", abs),
        ("__build_class__", build_class),
    ] {
        b.set_str(name, builtin(name, f));
    }
    let t = &vm.types;
    for (name, c) in [
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("bool", &t.bool_),
        ("float", &t.float),
        ("complex", &t.complex),
        ("str", &t.str_),
        ("bytes", &t.bytes),
        ("bytearray", &t.bytearray),
        ("tuple", &t.tuple),
        ("list", &t.list),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
    ] {
        b.set_str(name, Value::Class(c.clone()));
    }
    for (name, c) in &t.exceptions {
        b.set_str(name, Value::Class(c.clone()));
    }
    b.set_str("None", Value::None);
    b.set_str("Ellipsis", Value::Ellipsis);
    b.set_str("NotImplemented", Value::NotImplemented);
    b.set_str(
        "EnvironmentError",
        Value::Class(t.exceptions["OSError"].clone()),
    );
    b.set_str("IOError", Value::Class(t.exceptions["OSError"].clone()));
}

//! Class creation: `__build_class__` (metaclass selection and conflicts,
//! `__prepare__` and custom namespace mappings), the checks `type.__new__`
//! makes on its arguments, `type.__prepare__`, and `type.__new__` itself.

use std::rc::Rc;

use crate::types::class::Class;
use crate::types::dict::PyDict;
use crate::types::misc::Native;
use crate::types::str::PyStr;
use crate::value::Value;
use crate::vm::frame::Frame;
use crate::vm::{Args, PyResult, Vm};

const CONFLICT: &str = "metaclass conflict: the metaclass of a derived class must be a \
                        (non-strict) subclass of the metaclasses of all its bases";

/// `_PyType_CalculateMetaclass`: the most derived of `meta` and the types
/// of `bases`, or a metaclass conflict.
pub fn calculate_meta(vm: &mut Vm, meta: &Rc<Class>, bases: &[Value]) -> PyResult<Rc<Class>> {
    let mut winner = meta.clone();
    for b in bases {
        let t = vm.class_of(b);
        if winner.is_subclass(&t) {
            continue;
        }
        if t.is_subclass(&winner) {
            winner = t;
            continue;
        }
        return Err(vm.type_error(CONFLICT));
    }
    Ok(winner)
}

/// `name` looked up in a class body's custom namespace mapping.
pub fn map_lookup(vm: &mut Vm, m: &Value, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
    match vm.get_item(m, &Value::Str(name.clone())) {
        Ok(v) => Ok(Some(v)),
        Err(e) if vm.err_is(&e, "KeyError") => Ok(None),
        Err(e) => Err(e),
    }
}

/// `del name` in a class body with a custom namespace mapping.
pub fn map_delete(vm: &mut Vm, m: &Value, name: &Value) -> PyResult<()> {
    match vm.del_item(m, name) {
        Err(e) if vm.err_is(&e, "KeyError") => {
            let n = match name {
                Value::Str(s) => s.as_str().to_string(),
                _ => String::new(),
            };
            Err(vm.name_error(&n))
        }
        r => r,
    }
}

/// Whether `v` can serve as a class namespace (`PyMapping_Check`).
fn is_mapping(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Dict(_) => true,
        Value::Instance(_) => vm.class_of(v).lookup_str("__getitem__").is_some(),
        _ => false,
    }
}

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
pub fn build_class(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let Value::Function(body) = &pos[0] else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let name = pos[1].clone();
    if !matches!(name, Value::Str(_)) {
        return Err(vm.type_error("__build_class__: name is not a string"));
    }
    let bases: Vec<Value> = pos[2..].to_vec();
    let mut kwnames: Vec<Rc<PyStr>> = Vec::new();
    let mut kwvals: Vec<Value> = Vec::new();
    let mut meta: Option<Value> = None;
    for (k, v) in args.kwargs() {
        if k.as_str() == "metaclass" {
            meta = Some(v.clone());
        } else {
            kwnames.push(k.clone());
            kwvals.push(v.clone());
        }
    }
    let meta = match meta {
        Some(Value::Class(m)) => Value::Class(calculate_meta(vm, &m, &bases)?),
        Some(other) => other,
        None => {
            let first = match bases.first() {
                Some(b) => vm.class_of(b),
                None => vm.types.type_.clone(),
            };
            Value::Class(calculate_meta(vm, &first, &bases)?)
        }
    };
    // __prepare__(name, bases, **kwds)
    let bases_t = Value::tuple(bases.clone());
    let ns = match vm.get_attr_opt(&meta, "__prepare__")? {
        Some(prep) => {
            let mut a = vec![name.clone(), bases_t.clone()];
            a.extend(kwvals.iter().cloned());
            vm.call_args(
                &prep,
                &Args {
                    args: &a,
                    kwnames: &kwnames,
                },
            )?
        }
        None => Value::dict(PyDict::new()),
    };
    if !is_mapping(vm, &ns) {
        let mname = match &meta {
            Value::Class(c) => c.name().as_str().to_string(),
            _ => "<metaclass>".to_string(),
        };
        return Err(vm.type_error(format!(
            "{mname}.__prepare__() must return a mapping, not {}",
            vm.type_name(&ns)
        )));
    }
    let mut frame = match &ns {
        Value::Dict(d) => Frame::new(body.code.clone(), body.globals.clone(), Some(d.clone())),
        other => {
            let mut f = Frame::new(body.code.clone(), body.globals.clone(), None);
            f.names_map = Some(other.clone());
            f
        }
    };
    frame.cells.extend(body.closure.iter().cloned());
    let cell = vm.run_frame(frame)?;
    let mut call_args = vec![name, bases_t, ns];
    call_args.extend(kwvals);
    let cls = vm.call_args(
        &meta,
        &Args {
            args: &call_args,
            kwnames: &kwnames,
        },
    )?;
    if let (Value::Cell(c), Value::Class(_)) = (&cell, &cls) {
        c.set(Some(cls.clone()));
    }
    Ok(cls)
}

/// The namespace dict of `type.__new__`'s third argument (a dict or an
/// instance of a dict subclass).
pub fn namespace_dict(vm: &Vm, ns: &Value) -> PyResult<Rc<PyDict>> {
    match ns {
        Value::Dict(d) => Ok(d.clone()),
        Value::Instance(i) => match &*i.base_value() {
            Some(Value::Dict(d)) => Ok(d.clone()),
            _ => Err(vm.type_error(format!(
                "type.__new__() argument 3 must be dict, not {}",
                vm.type_name(ns)
            ))),
        },
        _ => Err(vm.type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            vm.type_name(ns)
        ))),
    }
}

/// The checks `type.__new__(meta, name, bases, ns)` makes before building
/// a class. Returns the bases as classes and the namespace, or, when a
/// more derived metaclass with its own `__new__` must build the class, the
/// finished class.
pub enum NewClass {
    Build {
        meta: Rc<Class>,
        bases: Vec<Rc<Class>>,
        ns: Rc<PyDict>,
    },
    Done(Value),
}

pub fn check_type_new(
    vm: &mut Vm,
    meta: &Rc<Class>,
    name: &Value,
    bases: &Value,
    ns: &Value,
    args: &Args,
) -> PyResult<NewClass> {
    let Value::Str(name_s) = name else {
        return Err(vm.type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            vm.type_name(name)
        )));
    };
    let Value::Tuple(bt) = bases else {
        return Err(vm.type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            vm.type_name(bases)
        )));
    };
    let ns_d = namespace_dict(vm, ns)?;
    let base_vals: Vec<Value> = bt.items.to_vec();
    let winner = calculate_meta(vm, meta, &base_vals)?;
    if !Rc::ptr_eq(&winner, meta) {
        if let Some(new) = winner.lookup_str("__new__") {
            let user = match &new {
                Value::Function(_) => true,
                Value::Native(n) => matches!(&**n, Native::StaticMethod(Value::Function(_))),
                _ => false,
            };
            if user {
                let f = match &new {
                    Value::Native(n) => match &**n {
                        Native::StaticMethod(f) => f.clone(),
                        _ => new.clone(),
                    },
                    _ => new.clone(),
                };
                let mut a = vec![Value::Class(winner.clone())];
                a.extend(args.args.iter().skip(1).cloned());
                return vm
                    .call_args(
                        &f,
                        &Args {
                            args: &a,
                            kwnames: args.kwnames,
                        },
                    )
                    .map(NewClass::Done);
            }
        }
    }
    let mut classes: Vec<Rc<Class>> = Vec::with_capacity(base_vals.len());
    for b in &base_vals {
        match b {
            Value::Class(c) => {
                if classes.iter().any(|k| Rc::ptr_eq(k, c)) {
                    return Err(
                        vm.type_error(format!("duplicate base class {}", c.name().as_str()))
                    );
                }
                classes.push(c.clone());
            }
            other => {
                return Err(
                    vm.type_error(format!("bases must be types, not {}", vm.type_name(other)))
                );
            }
        }
    }
    if name_s.as_str().contains('\0') {
        return Err(vm.value_error("type name must not contain null characters"));
    }
    if let Some(q) = ns_d.get_str("__qualname__") {
        if !matches!(q, Value::Str(_)) {
            return Err(vm.type_error(format!(
                "type __qualname__ must be a str, not {}",
                vm.type_name(&q)
            )));
        }
    }
    Ok(NewClass::Build {
        meta: winner,
        bases: classes,
        ns: ns_d,
    })
}

/// Fill the namespace entries every class has: `__module__` (from the
/// caller's globals) and `__doc__` (None).
pub fn default_namespace(vm: &mut Vm, cls: &Rc<Class>) {
    if cls.dict.get_str("__module__").is_none() {
        let module = vm
            .caller_frame()
            .and_then(|f| f.globals.get_str("__name__"))
            .unwrap_or_else(|| Value::str("builtins"));
        cls.dict.set_str("__module__", module);
    }
    if cls.dict.get_str("__doc__").is_none() {
        cls.dict.set_str("__doc__", Value::None);
    }
}

/// A metaclass that overrides `mro()` decides the new class's MRO: the
/// class is rebuilt with the order it returns (CPython calls `mro()` while
/// readying the type, before `__set_name__` and `__init_subclass__`).
pub fn apply_custom_mro(vm: &mut Vm, meta: &Rc<Class>, cls: Rc<Class>) -> PyResult<Rc<Class>> {
    if Rc::ptr_eq(meta, &vm.types.type_) {
        return Ok(cls);
    }
    let f = match meta.lookup_str("mro") {
        Some(Value::Builtin(_)) | None => return Ok(cls),
        Some(f) => f,
    };
    let bound = vm.bind_descriptor(&f, &Value::Class(cls.clone()), meta)?;
    let r = vm.call(&bound, &[])?;
    let mut order: Vec<Rc<Class>> = Vec::new();
    for item in vm.collect(&r)? {
        match item {
            Value::Class(c) => order.push(c),
            other => {
                return Err(vm.type_error(format!(
                    "mro() returned a non-class ('{}')",
                    vm.type_name(&other)
                )));
            }
        }
    }
    // The stored MRO excludes the class itself.
    let mro: Vec<Rc<Class>> = order.into_iter().filter(|c| !Rc::ptr_eq(c, &cls)).collect();
    let new = Rc::new(Class {
        name: std::cell::RefCell::new(cls.name()),
        qualname: std::cell::RefCell::new(cls.qualname.borrow().clone()),
        bases: cls.bases.clone(),
        mro,
        dict: cls.dict.copy(),
        layout: cls.layout,
        native_new: std::cell::Cell::new(cls.native_new.get()),
        metaclass: std::cell::RefCell::new(cls.metaclass.borrow().clone()),
        no_dict: cls.no_dict,
        builtin: cls.builtin,
        abstract_methods: std::cell::RefCell::new(cls.abstract_methods.borrow().clone()),
        subclasses: std::cell::RefCell::new(Vec::new()),
        del_cache: std::cell::Cell::new(0),
        dict_hint: std::cell::Cell::new(0),
        new_cache: Default::default(),
    });
    crate::gc::track_class(&new);
    // Replace the provisional class in its bases' subclass lists.
    for b in &new.bases {
        b.subclasses
            .borrow_mut()
            .retain(|w| !std::ptr::eq(w.as_ptr(), Rc::as_ptr(&cls)));
    }
    register_subclass(&new);
    crate::types::class::lookup_cache::invalidate();
    Ok(new)
}

/// Record `cls` as a direct subclass of each of its bases.
pub fn register_subclass(cls: &Rc<Class>) {
    for b in &cls.bases {
        let mut subs = b.subclasses.borrow_mut();
        // Drop dead entries now and then, so classes created and freed in
        // a loop don't make the list grow without bound.
        if subs.len() >= 64 && subs.len().is_power_of_two() {
            subs.retain(|w| w.strong_count() > 0);
        }
        subs.push(Rc::downgrade(cls));
    }
}

/// `C.__subclasses__()`: the live direct subclasses, oldest first.
fn type_subclasses(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let Some(Value::Class(c)) = args.args.first() else {
        return Err(vm.type_error("descriptor '__subclasses__' of 'type' object needs an argument"));
    };
    if args.args.len() > 1 {
        return Err(vm.type_error(format!(
            "type.__subclasses__() takes no arguments ({} given)",
            args.args.len() - 1
        )));
    }
    let live: Vec<Value> = c
        .subclasses
        .borrow()
        .iter()
        .filter_map(|w| w.upgrade())
        .map(Value::Class)
        .collect();
    Ok(Value::list(live))
}

/// `object.__subclasshook__(subclass)`: NotImplemented.
fn object_subclasshook(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::NotImplemented)
}

/// `type.__prepare__(name, bases, **kwds)`: an empty dict.
fn type_prepare(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::dict(PyDict::new()))
}

/// `type.__new__(meta, ...)`.
fn type_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let Some(first) = args.args.first() else {
        return Err(vm.type_error("type.__new__(): not enough arguments"));
    };
    let Value::Class(c) = first else {
        return Err(vm.type_error(format!(
            "type.__new__(X): X is not a type object ({})",
            vm.type_name(first)
        )));
    };
    if !c.is_subclass(&vm.types.type_) {
        let n = c.name().as_str().to_string();
        return Err(vm.type_error(format!("type.__new__({n}): {n} is not a subtype of type")));
    }
    let n = args.pos().len();
    if n != 2 && n != 4 {
        return Err(vm.type_error("type.__new__() takes exactly 3 arguments (0 given)"));
    }
    let c = c.clone();
    vm.builtin_new(&c, args)
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.type_.clone();
    crate::builtins::add_method(&t, "type", "__subclasses__", type_subclasses);
    vm.types.object.dict.set_str(
        "__subclasshook__",
        Value::Native(Rc::new(Native::ClassMethod(crate::builtins::builtin(
            "__subclasshook__",
            object_subclasshook,
        )))),
    );
    t.dict.set_str(
        "__prepare__",
        Value::Native(Rc::new(Native::ClassMethod(crate::builtins::builtin(
            "__prepare__",
            type_prepare,
        )))),
    );
    t.dict.set_str(
        "__new__",
        Value::Native(Rc::new(Native::StaticMethod(crate::builtins::builtin(
            "__new__", type_new,
        )))),
    );
}

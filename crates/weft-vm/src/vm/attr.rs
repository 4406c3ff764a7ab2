//! The attribute protocol: `getattr`, `setattr`, `delattr`, descriptors and
//! method lookup without bound-method allocation.

use std::rc::Rc;

use crate::types::class::Class;
use crate::types::function::BoundMethod;
use crate::types::misc::Native;
use crate::types::str::PyStr;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// Apply the descriptor protocol to `attr` found on `cls` for `obj`.
    pub fn bind_descriptor(
        &mut self,
        attr: &Value,
        obj: &Value,
        cls: &Rc<Class>,
    ) -> PyResult<Value> {
        Ok(match attr {
            Value::Function(_) => Value::method(BoundMethod {
                receiver: obj.clone(),
                func: attr.clone(),
            }),
            Value::Builtin(b) if b.bound.is_none() && b.owner.is_some() => {
                Value::method(BoundMethod {
                    receiver: obj.clone(),
                    func: attr.clone(),
                })
            }
            Value::Native(n) => match &**n {
                Native::ClassMethod(f) => Value::method(BoundMethod {
                    receiver: Value::Class(cls.clone()),
                    func: f.clone(),
                }),
                Native::StaticMethod(f) => f.clone(),
                Native::Slot { name, index, .. } => {
                    let v = match obj {
                        Value::Instance(i) => i
                            .slots()
                            .and_then(|s| s.borrow().get(*index).cloned().flatten()),
                        _ => None,
                    };
                    match v {
                        Some(v) => v,
                        None => return Err(self.no_attribute(obj, name.as_str())),
                    }
                }
                Native::Property { fget, .. } => {
                    if fget.is_none() {
                        return Err(self.attribute_error(format!(
                            "property of '{}' object has no getter",
                            self.type_name(obj)
                        )));
                    }
                    let fget = fget.clone();
                    self.call(&fget, &[obj.clone()])?
                }
                _ => attr.clone(),
            },
            Value::Instance(_) => {
                let acls = self.class_of(attr);
                match acls.lookup_str("__get__") {
                    Some(get) => {
                        let f = self.bind_descriptor(&get, attr, &acls)?;
                        self.call(&f, &[obj.clone(), Value::Class(cls.clone())])?
                    }
                    None => attr.clone(),
                }
            }
            _ => attr.clone(),
        })
    }

    pub(crate) fn is_data_descriptor(&self, attr: &Value) -> bool {
        match attr {
            Value::Native(n) => matches!(&**n, Native::Property { .. } | Native::Slot { .. }),
            Value::Instance(_) => {
                let c = self.class_of(attr);
                c.lookup_str("__set__").is_some() || c.lookup_str("__delete__").is_some()
            }
            _ => false,
        }
    }

    /// Whether a data descriptor also defines `__get__` (one without it
    /// lets the instance dict win on reads, as in CPython).
    fn has_descr_get(&self, attr: &Value) -> bool {
        match attr {
            Value::Instance(_) => self.class_of(attr).lookup_str("__get__").is_some(),
            _ => true,
        }
    }

    /// `property 'x' of 'A' object has no getter` (or setter/deleter).
    pub fn property_error(
        &self,
        _prop: &Value,
        obj: &Value,
        name: &PyStr,
        which: &str,
    ) -> crate::vm::PyErr {
        self.attribute_error(format!(
            "property '{}' of '{}' object has no {which}",
            name.as_str(),
            self.type_name(obj)
        ))
    }

    pub fn get_attr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        match self.get_attr_inner(obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.no_attribute(obj, name.as_str())),
        }
    }

    pub fn get_attr_opt(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        let n = Rc::new(PyStr::new(name));
        match self.get_attr_inner(obj, &n) {
            Ok(v) => Ok(v),
            Err(e) if self.err_is(&e, "AttributeError") => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub fn get_attr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let n = Rc::new(PyStr::new(name));
        self.get_attr(obj, &n)
    }

    pub fn no_attribute(&self, obj: &Value, name: &str) -> crate::vm::PyErr {
        let err = self.no_attribute_message(obj, name);
        if let Value::Instance(i) = &err.0 {
            i.set_attr_str("name", Value::str(name));
            i.set_attr_str("obj", obj.clone());
        }
        err
    }

    fn no_attribute_message(&self, obj: &Value, name: &str) -> crate::vm::PyErr {
        match obj {
            Value::Class(c) => self.attribute_error(format!(
                "type object '{}' has no attribute '{}'",
                c.name().as_str(),
                name
            )),
            Value::Module(m) if crate::builtins::modspec::is_initializing(m) => {
                self.attribute_error(format!(
                    "partially initialized module '{}' has no attribute '{}' (most likely due to a circular import)",
                    m.name, name
                ))
            }
            Value::Module(m) => {
                self.attribute_error(format!("module '{}' has no attribute '{}'", m.name, name))
            }
            _ => self.attribute_error(format!(
                "'{}' object has no attribute '{}'",
                self.type_name(obj),
                name
            )),
        }
    }

    fn get_attr_inner(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        match obj {
            Value::Module(m) => {
                if let Some(v) = m.dict.get_pystr(name) {
                    return Ok(Some(v));
                }
                if name.as_str() == "__dict__" {
                    return Ok(Some(Value::Dict(m.dict.clone())));
                }
                if let Some(ga) = m.dict.get_str("__getattr__") {
                    return match self.call(&ga, &[Value::Str(name.clone())]) {
                        Ok(v) => Ok(Some(v)),
                        Err(e) => Err(e),
                    };
                }
                return Ok(None);
            }
            Value::Class(c) => return self.class_getattr(c, name),
            Value::Native(n) => {
                if let Native::Super { class, obj: target } = &**n {
                    if name.as_str() == "__get__" {
                        return Ok(Some(crate::builtins::descriptors::super_get_method(obj)));
                    }
                    return crate::builtins::descriptors::super_getattr(self, class, target, name);
                }
            }
            _ => {}
        }
        let cls = self.class_of(obj);
        // A user-defined __getattribute__ overrides everything.
        if let Value::Instance(_) = obj {
            if let Some(ga) = cls.lookup(&self.names.getattribute.clone()) {
                if !matches!(&ga, Value::Builtin(b) if b.owner == Some("object")) {
                    let f = self.bind_descriptor(&ga, obj, &cls)?;
                    return match self.call(&f, &[Value::Str(name.clone())]) {
                        Ok(v) => Ok(Some(v)),
                        Err(e) if self.err_is(&e, "AttributeError") => {
                            self.try_getattr_hook(obj, &cls, name, e)
                        }
                        Err(e) => Err(e),
                    };
                }
            }
        }
        let found = match self.generic_getattr_opt(obj, &cls, name) {
            Err(e) if matches!(obj, Value::Instance(_)) && self.err_is(&e, "AttributeError") => {
                return self.try_getattr_hook(obj, &cls, name, e);
            }
            r => r?,
        };
        if let Some(v) = found {
            return Ok(Some(v));
        }
        if let Value::Instance(_) = obj {
            let e = self.no_attribute(obj, name.as_str());
            return self.try_getattr_hook(obj, &cls, name, e);
        }
        Ok(None)
    }

    /// `object.__getattribute__`: data descriptors on the type, then the
    /// instance's own attributes, then other class attributes. Neither a
    /// user `__getattribute__` nor `__getattr__` is consulted.
    pub fn generic_getattr_opt(
        &mut self,
        obj: &Value,
        cls: &Rc<Class>,
        name: &Rc<PyStr>,
    ) -> PyResult<Option<Value>> {
        let class_attr = cls.lookup(name);
        if let Some(a) = &class_attr {
            if self.is_data_descriptor(a) && self.has_descr_get(a) {
                if let Value::Native(n) = a {
                    if let Native::Property {
                        fget: Value::None, ..
                    } = &**n
                    {
                        return Err(self.property_error(a, obj, name, "getter"));
                    }
                }
                return self.bind_descriptor(a, obj, cls).map(Some);
            }
        }
        if class_attr.is_none() && exc_state_of(obj, name) {
            return crate::builtins::attrs::instance_special(self, obj, name.as_str());
        }
        if let Some(v) = self.instance_attr(obj, name)? {
            return Ok(Some(v));
        }
        if let Some(a) = class_attr {
            return self.bind_descriptor(&a, obj, cls).map(Some);
        }
        Ok(None)
    }

    fn try_getattr_hook(
        &mut self,
        obj: &Value,
        cls: &Rc<Class>,
        name: &Rc<PyStr>,
        err: crate::vm::PyErr,
    ) -> PyResult<Option<Value>> {
        if let Some(ga) = cls.lookup(&self.names.getattr.clone()) {
            let f = self.bind_descriptor(&ga, obj, cls)?;
            return self.call(&f, &[Value::Str(name.clone())]).map(Some);
        }
        Err(err)
    }

    /// Attributes stored on the object itself, and per-type builtin attributes.
    fn instance_attr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        match obj {
            Value::Instance(inst) => {
                if let Some(v) = inst.get_attr(name) {
                    return Ok(Some(v));
                }
                crate::builtins::attrs::instance_special(self, obj, name.as_str())
            }
            Value::Function(f) => {
                if let Some(v) = f.dict.get_pystr(name) {
                    return Ok(Some(v));
                }
                crate::builtins::attrs::function_attr(self, f, name.as_str())
            }
            _ => crate::builtins::attrs::builtin_attr(self, obj, name.as_str()),
        }
    }

    fn class_getattr(&mut self, c: &Rc<Class>, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        // The metaclass's data descriptors first, then the class's MRO.
        if let Some(v) = crate::builtins::classattrs::meta_data_descriptor(self, c, name)? {
            return Ok(Some(v));
        }
        if let Some(v) = c.lookup(name) {
            return Ok(Some(match &v {
                Value::Function(_) => v,
                Value::Native(n) => match &**n {
                    Native::ClassMethod(f) => Value::method(BoundMethod {
                        receiver: Value::Class(c.clone()),
                        func: f.clone(),
                    }),
                    Native::StaticMethod(f) => f.clone(),
                    _ => v,
                },
                Value::Instance(_) => {
                    let acls = self.class_of(&v);
                    match acls.lookup_str("__get__") {
                        Some(get) => {
                            let f = self.bind_descriptor(&get, &v, &acls)?;
                            self.call(&f, &[Value::None, Value::Class(c.clone())])?
                        }
                        None => v,
                    }
                }
                _ => v,
            }));
        }
        if let Some(v) = crate::builtins::attrs::class_attr(self, c, name.as_str())? {
            return Ok(Some(v));
        }
        // Methods defined on the metaclass.
        let meta = c
            .metaclass
            .borrow()
            .clone()
            .unwrap_or_else(|| self.types.type_.clone());
        if let Some(v) = meta.lookup(name) {
            let obj = Value::Class(c.clone());
            return self.bind_descriptor(&v, &obj, &meta).map(Some);
        }
        crate::builtins::classattrs::meta_getattr_hook(self, c, &meta, name)
    }

    /// For `LoadMethod`: the unbound function when `obj.name` would be a plain
    /// method, so the call can pass `obj` without allocating a bound method.
    pub fn get_method(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        match obj {
            Value::Module(_) | Value::Class(_) => return Ok(None),
            Value::Native(n) if matches!(&**n, Native::Super { .. }) => return Ok(None),
            _ => {}
        }
        let cls = self.class_of(obj);
        if let Value::Instance(inst) = obj {
            if cls
                .lookup(&self.names.getattribute.clone())
                .is_some_and(|g| !matches!(&g, Value::Builtin(b) if b.owner == Some("object")))
            {
                return Ok(None);
            }
            if inst.has_attr(name) {
                return Ok(None);
            }
        }
        match cls.lookup(name) {
            Some(f @ Value::Function(_)) => Ok(Some(f)),
            Some(b @ Value::Builtin(_)) => {
                if let Value::Builtin(bf) = &b {
                    if bf.owner.is_some() && bf.bound.is_none() {
                        return Ok(Some(b));
                    }
                }
                Ok(None)
            }
            _ => Ok(None),
        }
    }

    pub fn set_attr(&mut self, obj: &Value, name: &Rc<PyStr>, value: Value) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                if let Some(sa) = cls.lookup(&self.names.setattr.clone()) {
                    if !matches!(&sa, Value::Builtin(b) if b.owner == Some("object")) {
                        let f = self.bind_descriptor(&sa, obj, &cls)?;
                        self.call(&f, &[Value::Str(name.clone()), value])?;
                        return Ok(());
                    }
                }
                self.generic_setattr(obj, name, value)
            }
            Value::Class(c) => {
                if let Some(r) = crate::builtins::classattrs::meta_setattr(self, c, name, &value)? {
                    return Ok(r);
                }
                self.type_setattr(obj, c, name, value)
            }
            Value::Module(m) => m.dict.insert(self, Value::Str(name.clone()), value),
            Value::Function(f) => crate::builtins::attrs::set_function_attr(self, f, name, value),
            Value::Cell(c) if name.as_str() == "cell_contents" => {
                c.set(Some(value));
                Ok(())
            }
            Value::Generator(g)
                if matches!(name.as_str(), "__name__" | "__qualname__" | "ag_running") =>
            {
                crate::builtins::generator::set_gen_attr(self, g, name.as_str(), Some(value))
                    .unwrap_or_else(|| Err(self.no_attribute(obj, name.as_str())))
            }
            _ => {
                let cls = self.class_of(obj);
                if cls.lookup(name).is_some() {
                    Err(self.attribute_error(format!(
                        "'{}' object attribute '{}' is read-only",
                        self.type_name(obj),
                        name.as_str()
                    )))
                } else if crate::builtins::attrs::builtin_attr(self, obj, name.as_str())?.is_some()
                {
                    Err(self.attribute_error(format!(
                        "attribute '{}' of '{}' objects is not writable",
                        name.as_str(),
                        self.type_name(obj)
                    )))
                } else {
                    Err(self.attribute_error(format!(
                        "'{}' object has no attribute '{}'",
                        self.type_name(obj),
                        name.as_str()
                    )))
                }
            }
        }
    }

    /// `type.__setattr__`: store into a class's namespace (the metaclass's
    /// data descriptors first).
    pub fn type_setattr(
        &mut self,
        obj: &Value,
        c: &Rc<Class>,
        name: &Rc<PyStr>,
        value: Value,
    ) -> PyResult<()> {
        if crate::builtins::classattrs::type_special_setattr(self, c, name, &value)? {
            return Ok(());
        }
        if name.as_str() == "__abstractmethods__" && !c.builtin {
            let mut names = Vec::new();
            for v in self.collect(&value)? {
                if let Value::Str(s) = v {
                    names.push(s);
                }
            }
            *c.abstract_methods.borrow_mut() = names;
        }
        if c.builtin {
            return Err(self.type_error(format!(
                "cannot set '{}' attribute of immutable type '{}'",
                name.as_str(),
                c.name().as_str()
            )));
        }
        if let Some(meta) = c.metaclass.borrow().clone() {
            if let Some(desc) = meta.lookup(name) {
                if self.is_data_descriptor(&desc) {
                    if let Value::Native(n) = &desc {
                        if let Native::Property {
                            fset: Value::None, ..
                        } = &**n
                        {
                            return Err(self.property_error(&desc, obj, name, "setter"));
                        }
                    }
                    return self.call_setter(&desc, obj, value);
                }
            }
        }
        c.dict.insert(self, Value::Str(name.clone()), value)?;
        crate::types::class::lookup_cache::invalidate();
        Ok(())
    }

    fn call_setter(&mut self, desc: &Value, obj: &Value, value: Value) -> PyResult<()> {
        match desc {
            Value::Native(n) if matches!(&**n, Native::Slot { .. }) => {
                let Native::Slot {
                    index, class_name, ..
                } = &**n
                else {
                    unreachable!()
                };
                let Value::Instance(i) = obj else {
                    return Err(self.type_error(format!(
                        "descriptor for '{}' objects doesn't apply to a '{}' object",
                        class_name.as_str(),
                        self.type_name(obj)
                    )));
                };
                let mut slots = i.slots_for_store().borrow_mut();
                if slots.len() <= *index {
                    slots.resize(*index + 1, None);
                }
                let old = slots[*index].replace(value);
                drop(slots);
                drop(old);
                Ok(())
            }
            Value::Native(n) => {
                if let Native::Property { fset, .. } = &**n {
                    if fset.is_none() {
                        return Err(self.attribute_error(format!(
                            "property of '{}' object has no setter",
                            self.type_name(obj)
                        )));
                    }
                    let fset = fset.clone();
                    self.call(&fset, &[obj.clone(), value])?;
                }
                Ok(())
            }
            _ => {
                let dcls = self.class_of(desc);
                let Some(set) = dcls.lookup_str("__set__") else {
                    return Err(self.attribute_error("__set__"));
                };
                let f = self.bind_descriptor(&set, desc, &dcls)?;
                self.call(&f, &[obj.clone(), value])?;
                Ok(())
            }
        }
    }

    /// `object.__setattr__`.
    pub fn generic_setattr(&mut self, obj: &Value, name: &Rc<PyStr>, value: Value) -> PyResult<()> {
        let Value::Instance(inst) = obj else {
            if let Value::Class(c) = obj {
                return self.type_setattr(obj, c, name, value);
            }
            return self.set_attr(obj, name, value);
        };
        let cls = inst.class();
        if let Some(desc) = cls.lookup(name) {
            if self.is_data_descriptor(&desc) {
                if let Value::Native(n) = &desc {
                    if let Native::Property { fset, .. } = &**n {
                        if fset.is_none() {
                            return Err(self.attribute_error(format!(
                                "property '{}' of '{}' object has no setter",
                                name.as_str(),
                                cls.name().as_str()
                            )));
                        }
                    }
                }
                return self.call_setter(&desc, obj, value);
            }
        }
        if name.as_str() == "__class__" || name.as_str() == "__dict__" {
            return crate::builtins::classattrs::set_instance_layout(self, inst, name, value);
        }
        if let Some(r) =
            crate::builtins::attrs::set_instance_special(self, inst, name.as_str(), &value)?
        {
            return Ok(r);
        }
        if inst.set_attr(self, name, value)? {
            return Ok(());
        }
        Err(self.attribute_error(format!(
            "'{}' object has no attribute '{}'",
            cls.name().as_str(),
            name.as_str()
        )))
    }

    pub fn del_attr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                if let Some(da) = cls.lookup_str("__delattr__") {
                    if !matches!(&da, Value::Builtin(b) if b.owner == Some("object")) {
                        let f = self.bind_descriptor(&da, obj, &cls)?;
                        self.call(&f, &[Value::Str(name.clone())])?;
                        return Ok(());
                    }
                }
                self.generic_delattr(obj, name)
            }
            Value::Class(c) => {
                if crate::builtins::classattrs::meta_delattr(self, c, name)? {
                    return Ok(());
                }
                self.type_delattr(obj, c, name)
            }
            Value::Module(m) => {
                if m.dict.remove(self, &Value::Str(name.clone()))?.is_none() {
                    return Err(self.no_attribute(obj, name.as_str()));
                }
                Ok(())
            }
            Value::Function(f) => match name.as_str() {
                "__defaults__" | "__kwdefaults__" | "__doc__" | "__annotations__" | "__name__"
                | "__qualname__" => {
                    crate::builtins::attrs::set_function_attr(self, f, name, Value::None)
                }
                _ => {
                    if f.dict.remove(self, &Value::Str(name.clone()))?.is_none() {
                        return Err(self.no_attribute(obj, name.as_str()));
                    }
                    Ok(())
                }
            },
            Value::Cell(c) if name.as_str() == "cell_contents" => {
                c.set(None);
                Ok(())
            }
            Value::Generator(g) => {
                crate::builtins::generator::set_gen_attr(self, g, name.as_str(), None)
                    .unwrap_or_else(|| Err(self.no_attribute(obj, name.as_str())))
            }
            _ => {
                if self.class_of(obj).lookup(name).is_some() {
                    return Err(self.attribute_error(format!(
                        "'{}' object attribute '{}' is read-only",
                        self.type_name(obj),
                        name.as_str()
                    )));
                }
                Err(self.no_attribute(obj, name.as_str()))
            }
        }
    }

    /// `type.__delattr__`.
    pub fn type_delattr(&mut self, obj: &Value, c: &Rc<Class>, name: &Rc<PyStr>) -> PyResult<()> {
        if c.builtin {
            return Err(self.type_error(format!(
                "cannot set '{}' attribute of immutable type '{}'",
                name.as_str(),
                c.name().as_str()
            )));
        }
        crate::types::class::lookup_cache::invalidate();
        if c.dict.remove(self, &Value::Str(name.clone()))?.is_none() {
            return Err(self.no_attribute(obj, name.as_str()));
        }
        Ok(())
    }

    pub fn generic_delattr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<()> {
        let Value::Instance(inst) = obj else {
            if let Value::Class(c) = obj {
                return self.type_delattr(obj, c, name);
            }
            return Err(self.no_attribute(obj, name.as_str()));
        };
        let cls = inst.class();
        if let Some(desc) = cls.lookup(name) {
            if let Value::Native(n) = &desc {
                if let Native::Slot { index, .. } = &**n {
                    let old = inst
                        .slots()
                        .and_then(|s| s.borrow_mut().get_mut(*index).and_then(|s| s.take()));
                    return match old {
                        Some(_) => Ok(()),
                        None => Err(self.attribute_error(name.as_str())),
                    };
                }
                if let Native::Property { fdel, .. } = &**n {
                    if fdel.is_none() {
                        return Err(self.attribute_error(format!(
                            "property '{}' of '{}' object has no deleter",
                            name.as_str(),
                            cls.name().as_str()
                        )));
                    }
                    let fdel = fdel.clone();
                    self.call(&fdel, &[obj.clone()])?;
                    return Ok(());
                }
            }
            if let Value::Instance(_) = &desc {
                let dcls = self.class_of(&desc);
                if let Some(del) = dcls.lookup_str("__delete__") {
                    let f = self.bind_descriptor(&del, &desc, &dcls)?;
                    self.call(&f, &[obj.clone()])?;
                    return Ok(());
                }
                if dcls.lookup_str("__set__").is_some() {
                    return Err(self.attribute_error("__delete__"));
                }
            }
        }
        match inst.remove_attr(self, name)? {
            Some(old) => {
                drop(old);
                Ok(())
            }
            None => Err(self.no_attribute(obj, name.as_str())),
        }
    }
}

/// Is `name` an attribute that `obj`, an instance with exception state,
/// reads from that state before its namespace (see
/// `attrs::exc_state_attr`)?
fn exc_state_of(obj: &Value, name: &PyStr) -> bool {
    matches!(obj, Value::Instance(i) if i.exc().is_some())
        && crate::builtins::attrs::exc_state_attr(name.as_str())
}

//! `repr()`, `str()`, `ascii()` and `format()` of builtin values.

use crate::types::misc::{Native, ViewKind};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Python's repr of a str: prefers single quotes, escapes non-printables.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

/// An approximation of Python's `str.isprintable` for a character.
/// CPython's `str.isprintable` for one character (used by `repr`).
pub fn is_printable(c: char) -> bool {
    crate::builtins::str_unicode::is_printable(c)
}

pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

impl Vm {
    pub fn repr(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Str(s) => return Ok(Value::string(str_repr(s.as_str()))),
            Value::Int(i) => return Ok(crate::types::str::int_str_value(*i)),
            Value::Float(f) => return Ok(crate::format::float_repr_value(f.get())),
            _ => {}
        }
        Ok(Value::string(self.repr_string(v)?))
    }

    pub fn str(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Str(_) => Ok(v.clone()),
            Value::Instance(inst) => {
                let cls = inst.class();
                if let Some(m) = cls.lookup_str("__str__") {
                    // A builtin base's `__str__` (weft gives `set`, `range`...
                    // one; CPython does not) must not hide a user `__repr__`.
                    let user_repr = matches!(&m, Value::Builtin(b)
                        if matches!(b.owner, Some("set" | "frozenset" | "range")))
                        && cls
                            .lookup_str("__repr__")
                            .is_some_and(|r| !matches!(r, Value::Builtin(_)));
                    if !user_repr && !matches!(&m, Value::Builtin(b) if b.owner == Some("object")) {
                        let f = self.bind_descriptor(&m, v, &cls)?;
                        let r = self.call(&f, &[])?;
                        return match r {
                            Value::Str(_) => Ok(r),
                            other => Err(self.type_error(format!(
                                "__str__ returned non-string (type {})",
                                self.type_name(&other)
                            ))),
                        };
                    }
                }
                if let Some(d) = inst.exc() {
                    {
                        let args = d.borrow().args.clone();
                        return Ok(match &args {
                            Value::Tuple(t) if t.len() == 1 => {
                                // KeyError shows the repr of its key.
                                if cls.is_subclass(&self.exc_class("KeyError")) {
                                    self.repr(&t.items[0])?
                                } else {
                                    self.str(&t.items[0])?
                                }
                            }
                            Value::Tuple(t) if t.is_empty() => Value::str(""),
                            other => self.repr(other)?,
                        });
                    }
                }
                if let Some(b) = inst.base_value().clone() {
                    if cls
                        .lookup_str("__repr__")
                        .is_none_or(|r| matches!(r, Value::Builtin(_)))
                    {
                        return self.str(&b);
                    }
                }
                // `object.__str__` calls the type's `__repr__`; its result is
                // checked as `__str__`'s.
                if let Some(m) = cls.lookup_str("__repr__") {
                    if !matches!(&m, Value::Builtin(_)) {
                        let f = self.bind_descriptor(&m, v, &cls)?;
                        let r = self.call(&f, &[])?;
                        return match r {
                            Value::Str(_) => Ok(r),
                            other => Err(self.type_error(format!(
                                "__str__ returned non-string (type {})",
                                self.type_name(&other)
                            ))),
                        };
                    }
                }
                self.repr(v)
            }
            _ => self.repr(v),
        }
    }

    pub fn ascii(&mut self, v: &Value) -> PyResult<Value> {
        let r = self.repr(v)?;
        let s = match &r {
            Value::Str(s) => s.as_str().to_string(),
            _ => unreachable!(),
        };
        let mut out = String::new();
        for c in s.chars() {
            let u = c as u32;
            if u < 0x80 {
                out.push(c);
            } else if u < 0x100 {
                out.push_str(&format!("\\x{u:02x}"));
            } else if u < 0x10000 {
                out.push_str(&format!("\\u{u:04x}"));
            } else {
                out.push_str(&format!("\\U{u:08x}"));
            }
        }
        Ok(Value::string(out))
    }

    /// `str(v)` as a Rust string.
    pub fn str_string(&mut self, v: &Value) -> PyResult<String> {
        match self.str(v)? {
            Value::Str(s) => Ok(s.as_str().to_string()),
            _ => unreachable!(),
        }
    }

    /// Guard against unbounded recursion in nested containers' reprs.
    fn repr_enter(&mut self) -> PyResult<()> {
        self.enter_frame()
    }

    pub fn repr_string(&mut self, v: &Value) -> PyResult<String> {
        self.check_stack()?;
        Ok(match v {
            Value::None => "None".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            b @ (Value::True | Value::False) => if matches!(b, Value::True) {
                "True"
            } else {
                "False"
            }
            .into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => {
                let s = b.to_string();
                if s.trim_start_matches('-').len() > 4300 {
                    return Err(self.value_error("Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"));
                }
                s
            }
            Value::Float(f) => crate::format::float_repr(f.get()),
            Value::Complex(c) => crate::format::complex_repr(c.0, c.1),
            Value::Str(s) => str_repr(s.as_str()),
            Value::Bytes(b) => bytes_repr(b),
            Value::ByteArray(b) => crate::builtins::bytes::bytearray_repr(&b.borrow()),
            Value::Tuple(t) => {
                if t.is_empty() {
                    return Ok("()".into());
                }
                self.repr_enter()?;
                let items = t.items.to_vec();
                let r = self.join_reprs(&items);
                self.depth -= 1;
                let r = r?;
                if items.len() == 1 {
                    format!("({r},)")
                } else {
                    format!("({r})")
                }
            }
            Value::List(l) => {
                let Some(_guard) = crate::builtins::list_methods::ReprGuard::enter(v) else {
                    return Ok("[...]".into());
                };
                let items = l.borrow().clone();
                if items.is_empty() {
                    return Ok("[]".into());
                }
                let p = v.ptr().unwrap_or(0);
                if self.repr_active.contains(&p) {
                    return Ok("[...]".into());
                }
                self.repr_enter()?;
                self.repr_active.push(p);
                let r = self.join_reprs(&items);
                self.repr_active.pop();
                self.depth -= 1;
                format!("[{}]", r?)
            }
            Value::Dict(d) => {
                let Some(_guard) = crate::builtins::list_methods::ReprGuard::enter(v) else {
                    return Ok("{...}".into());
                };
                let items = d.items();
                if items.is_empty() {
                    return Ok("{}".into());
                }
                let p = v.ptr().unwrap_or(0);
                if self.repr_active.contains(&p) {
                    return Ok("{...}".into());
                }
                self.repr_enter()?;
                self.repr_active.push(p);
                let r = self.dict_items_repr(&items);
                self.repr_active.pop();
                self.depth -= 1;
                format!("{{{}}}", r?)
            }
            Value::Set(s) => {
                let items = s.keys();
                if items.is_empty() {
                    return Ok("set()".into());
                }
                format!("{{{}}}", self.join_reprs(&items)?)
            }
            Value::FrozenSet(s) => {
                let items = s.keys();
                if items.is_empty() {
                    return Ok("frozenset()".into());
                }
                format!("frozenset({{{}}})", self.join_reprs(&items)?)
            }
            Value::Range(r) => {
                if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Value::Slice(s) => {
                let (a, b, c) = (s.start.clone(), s.stop.clone(), s.step.clone());
                format!(
                    "slice({}, {}, {})",
                    self.repr_string(&a)?,
                    self.repr_string(&b)?,
                    self.repr_string(&c)?
                )
            }
            Value::Function(f) => format!(
                "<function {} at {:#x}>",
                f.qualname.borrow().as_str(),
                v.ptr().unwrap()
            ),
            Value::Builtin(b) => match &b.bound {
                Some(recv) => format!(
                    "<built-in method {} of {} object at {:#x}>",
                    b.name,
                    self.type_name(recv),
                    recv.ptr().unwrap_or(0)
                ),
                None => match b.owner {
                    Some(o) => format!("<method '{}' of '{}' objects>", b.name, o),
                    None => format!("<built-in function {}>", b.name),
                },
            },
            Value::Method(m) => {
                let recv = m.receiver.clone();
                let r = self.repr_string(&recv)?;
                format!("<bound method {} of {}>", self.callable_name(&m.func), r)
            }
            Value::Class(c) => {
                if let Some(f) = crate::builtins::classattrs::meta_special(self, v, "__repr__")? {
                    return match self.call(&f, &[])? {
                        Value::Str(s) => Ok(s.as_str().to_string()),
                        other => Err(self.type_error(format!(
                            "__repr__ returned non-string (type {})",
                            self.type_name(&other)
                        ))),
                    };
                }
                let module = match c.dict.get_str("__module__") {
                    Some(Value::Str(m)) if m.as_str() != "builtins" => format!("{}.", m.as_str()),
                    _ => String::new(),
                };
                format!("<class '{}{}'>", module, c.qualname.borrow().as_str())
            }
            Value::Module(m) => crate::builtins::modspec::module_repr(self, m)?,
            Value::Cell(_) => format!("<cell at {:#x}>", v.ptr().unwrap()),
            Value::Code(c) => format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.co.name,
                v.ptr().unwrap(),
                c.co.filename,
                c.co.firstlineno
            ),
            Value::Iter(it) => format!("<{} object at {:#x}>", it.type_name, v.ptr().unwrap()),
            Value::Generator(g) => crate::builtins::generator::repr(g, v.ptr().unwrap()),
            Value::Instance(inst) => {
                let cls = inst.class();
                if let Some(m) = cls.lookup_str("__repr__") {
                    if !matches!(&m, Value::Builtin(b) if b.owner == Some("object") || b.owner == Some("BaseException"))
                    {
                        let f = self.bind_descriptor(&m, v, &cls)?;
                        let r = self.call(&f, &[])?;
                        return match r {
                            Value::Str(s) => Ok(s.as_str().to_string()),
                            other => Err(self.type_error(format!(
                                "__repr__ returned non-string (type {})",
                                self.type_name(&other)
                            ))),
                        };
                    }
                }
                if let Some(d) = inst.exc() {
                    let args = d.borrow().args.clone();
                    let name = cls.name().as_str().to_string();
                    return Ok(match &args {
                        Value::Tuple(t) if t.len() == 1 => {
                            format!("{name}({})", self.repr_string(&t.items[0])?)
                        }
                        Value::Tuple(t) => {
                            let items = t.items.to_vec();
                            format!("{name}({})", self.join_reprs(&items)?)
                        }
                        _ => format!("{name}()"),
                    });
                }
                if let Some(b) = inst.base_value().clone() {
                    return self.repr_string(&b);
                }
                let module = match cls.dict.get_str("__module__") {
                    Some(Value::Str(m)) => format!("{}.", m.as_str()),
                    _ => String::new(),
                };
                format!(
                    "<{}{} object at {:#x}>",
                    module,
                    cls.qualname.borrow().as_str(),
                    v.ptr().unwrap()
                )
            }
            Value::Native(n) => match &**n {
                Native::Slot {
                    name, class_name, ..
                } => format!(
                    "<member '{}' of '{}' objects>",
                    name.as_str(),
                    class_name.as_str()
                ),
                Native::DictView { dict, kind } => {
                    let (name, items) = match kind {
                        ViewKind::Keys => ("dict_keys", dict.keys()),
                        ViewKind::Values => ("dict_values", dict.values()),
                        ViewKind::Items => (
                            "dict_items",
                            dict.items()
                                .into_iter()
                                .map(|(k, v)| Value::tuple(vec![k, v]))
                                .collect(),
                        ),
                    };
                    format!("{name}([{}])", self.join_reprs(&items)?)
                }
                Native::Property { .. } => format!("<property object at {:#x}>", v.ptr().unwrap()),
                Native::ClassMethod(_) => {
                    format!("<classmethod object at {:#x}>", v.ptr().unwrap())
                }
                Native::StaticMethod(_) => {
                    format!("<staticmethod object at {:#x}>", v.ptr().unwrap())
                }
                Native::Super { class, .. } => {
                    format!("<super: <class '{}'>, <object>>", class.name().as_str())
                }
                Native::Traceback(_) => format!("<traceback object at {:#x}>", v.ptr().unwrap()),
                Native::PyFrame(f) => crate::builtins::introspect::frame_repr(v, f),
                Native::Frame { code, line, .. } => {
                    format!(
                        "<frame at {:#x}, file '{}', line {}, code {}>",
                        v.ptr().unwrap(),
                        code.co.filename,
                        line,
                        code.co.name
                    )
                }
                Native::File(f) => format!(
                    "<_io.TextIOWrapper name='{}' mode='{}' encoding='utf-8'>",
                    f.borrow().name,
                    f.borrow().mode
                ),
                Native::Object => format!("<object object at {:#x}>", v.ptr().unwrap()),
            },
        })
    }

    fn join_reprs(&mut self, items: &[Value]) -> PyResult<String> {
        let mut out = String::new();
        for (i, it) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&self.repr_string(it)?);
        }
        Ok(out)
    }

    fn dict_items_repr(&mut self, items: &[(Value, Value)]) -> PyResult<String> {
        let mut out = String::new();
        for (i, (k, v)) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&self.repr_string(k)?);
            out.push_str(": ");
            out.push_str(&self.repr_string(v)?);
        }
        Ok(out)
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<Value> {
        use crate::format as f;
        let r = match v {
            Value::Int(i) if spec.is_empty() => return Ok(crate::types::str::int_str_value(*i)),
            Value::Int(i) => f::format_i64(*i, spec, "int"),
            b @ (Value::True | Value::False) if spec.is_empty() => {
                Ok(if matches!(b, Value::True) {
                    "True"
                } else {
                    "False"
                }
                .to_string())
            }
            b @ (Value::True | Value::False) => {
                f::format_i64(matches!(b, Value::True) as i64, spec, "bool")
            }
            Value::BigInt(b) => f::format_int(b, spec, "int"),
            Value::Float(x) => f::format_float(x.get(), spec),
            Value::Complex(c) => f::format_complex(c.0, c.1, spec),
            Value::Str(s) => f::format_str(s.as_str(), spec),
            Value::Instance(inst) => {
                let cls = inst.class();
                if let Some(m) = cls.lookup_str("__format__") {
                    if !matches!(&m, Value::Builtin(b) if b.owner == Some("object")) {
                        let func = self.bind_descriptor(&m, v, &cls)?;
                        let r = self.call(&func, &[Value::str(spec)])?;
                        if !matches!(r, Value::Str(_)) {
                            return Err(self.type_error(format!(
                                "__format__ must return a str, not {}",
                                self.type_name(&r)
                            )));
                        }
                        return Ok(r);
                    }
                }
                if let Some(b) = inst.base_value().clone() {
                    if cls
                        .lookup_str("__str__")
                        .is_none_or(|m| matches!(m, Value::Builtin(_)))
                    {
                        return self.format(&b, spec);
                    }
                }
                return self.format_object(v, spec);
            }
            _ => return self.format_object(v, spec),
        };
        r.map(Value::string).map_err(|m| {
            // The format module reports overflows as messages; CPython raises OverflowError for these.
            if m.contains("range(0x110000)") || m.contains("too large to convert") {
                self.overflow_error(m)
            } else {
                self.value_error(m)
            }
        })
    }

    fn format_object(&mut self, v: &Value, spec: &str) -> PyResult<Value> {
        if !spec.is_empty() {
            return Err(self.type_error(format!(
                "unsupported format string passed to {}.__format__",
                self.type_name(v)
            )));
        }
        self.str(v)
    }
}

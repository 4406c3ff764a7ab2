//! Runtime support for the `match` statement: the checks behind the
//! `MatchMapping`, `MatchSequence`, `MatchKeys` and `MatchClass` opcodes,
//! following CPython 3.12's `ceval.c` (`match_keys`, `match_class`).

use std::rc::Rc;

use crate::types::dict::PyDict;
use crate::types::misc::Native;
use crate::types::str::PyStr;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// Does `v` match mapping patterns? (`dict` and its subclasses.)
    pub(crate) fn match_is_mapping(&self, v: &Value) -> bool {
        match v {
            Value::Dict(_) => true,
            Value::Instance(i) => i.class().is_subclass(&self.types.dict),
            _ => false,
        }
    }

    /// Does `v` match sequence patterns? (`list`, `tuple`, `range` and
    /// subclasses of `list`/`tuple`; never `str`, `bytes` or `bytearray`.)
    pub(crate) fn match_is_sequence(&self, v: &Value) -> bool {
        match v {
            Value::List(_) | Value::Tuple(_) | Value::Range(_) => true,
            Value::Instance(i) => {
                let c = i.class();
                c.is_subclass(&self.types.list) || c.is_subclass(&self.types.tuple)
            }
            _ => false,
        }
    }

    /// `MatchKeys`: the values of `keys` (a tuple) in `map`, as a tuple, or
    /// `None` if one is missing. Looks keys up with `map.get(key, sentinel)`
    /// so `__missing__` never runs; a key given twice is a `ValueError`.
    pub(crate) fn match_keys(&mut self, map: &Value, keys: &Value) -> PyResult<Value> {
        let Value::Tuple(keys) = keys else {
            return Err(self.error("SystemError", "MatchKeys needs a tuple of keys"));
        };
        let keys: Vec<Value> = keys.items.to_vec();
        if keys.is_empty() {
            return Ok(Value::tuple(Vec::new()));
        }
        // An exact dict needs no method call; anything else uses its `get`.
        let get = match map {
            Value::Dict(_) => None,
            _ => Some(self.get_attr_str(map, "get")?),
        };
        let sentinel = Value::Native(Rc::new(Native::Object));
        let seen = PyDict::new();
        let mut values = Vec::with_capacity(keys.len());
        for key in keys {
            if seen.contains(self, &key)? {
                let r = self.repr(&key)?;
                let r = r
                    .as_str()
                    .map(|s| s.as_str().to_string())
                    .unwrap_or_default();
                return Err(self.value_error(format!("mapping pattern checks duplicate key ({r})")));
            }
            seen.insert(self, key.clone(), Value::None)?;
            let value = match (&get, map) {
                (None, Value::Dict(d)) => d.get(self, &key)?,
                (Some(get), _) => {
                    let v = self.call(get, &[key, sentinel.clone()])?;
                    if v.is(&sentinel) { None } else { Some(v) }
                }
                _ => None,
            };
            match value {
                Some(v) => values.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(Value::tuple(values))
    }

    /// `MatchClass`: if `subject` is an instance of `cls`, the tuple of the
    /// `nargs` positional sub-pattern values (via `__match_args__`) followed
    /// by the attributes named in `names`; `None` if it isn't or an attribute
    /// is missing.
    pub(crate) fn match_class(
        &mut self,
        subject: &Value,
        cls: &Value,
        nargs: usize,
        names: &Value,
    ) -> PyResult<Value> {
        let Value::Class(cls) = cls else {
            return Err(self.type_error("called match pattern must be a class"));
        };
        if !self.isinstance(subject, cls) {
            return Ok(Value::None);
        }
        let cls_name = cls.name();
        let mut seen: Vec<Rc<PyStr>> = Vec::new();
        let mut attrs: Vec<Value> = Vec::new();
        if nargs > 0 {
            let mut match_self = false;
            let match_args: Vec<Value> =
                match self.get_attr_opt(&Value::Class(cls.clone()), "__match_args__")? {
                    Some(Value::Tuple(t)) => t.items.to_vec(),
                    Some(other) => {
                        return Err(self.type_error(format!(
                            "{}.__match_args__ must be a tuple (got {})",
                            cls_name.as_str(),
                            self.type_name(&other)
                        )));
                    }
                    None => {
                        // Builtins like int match their single positional
                        // sub-pattern against the whole subject.
                        match_self = self.matches_self(cls);
                        Vec::new()
                    }
                };
            let allowed = if match_self { 1 } else { match_args.len() };
            if allowed < nargs {
                let plural = if allowed == 1 { "" } else { "s" };
                return Err(self.type_error(format!(
                    "{}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)",
                    cls_name.as_str()
                )));
            }
            if match_self {
                attrs.push(subject.clone());
            } else {
                for name in &match_args[..nargs] {
                    let Value::Str(name) = name else {
                        return Err(self.type_error(format!(
                            "__match_args__ elements must be strings (got {})",
                            self.type_name(name)
                        )));
                    };
                    match self.match_class_attr(subject, &cls_name, name, &mut seen)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(Value::None),
                    }
                }
            }
        }
        let Value::Tuple(names) = names else {
            return Err(self.error("SystemError", "MatchClass needs a tuple of names"));
        };
        for name in names.items.iter() {
            let Value::Str(name) = name else {
                return Err(self.error("SystemError", "MatchClass needs str names"));
            };
            match self.match_class_attr(subject, &cls_name, name, &mut seen)? {
                Some(v) => attrs.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(Value::tuple(attrs))
    }

    /// One attribute for a class pattern: `None` if the subject lacks it.
    fn match_class_attr(
        &mut self,
        subject: &Value,
        cls_name: &PyStr,
        name: &Rc<PyStr>,
        seen: &mut Vec<Rc<PyStr>>,
    ) -> PyResult<Option<Value>> {
        if seen.iter().any(|s| s.as_str() == name.as_str()) {
            let r = self.repr(&Value::Str(name.clone()))?;
            let r = r
                .as_str()
                .map(|s| s.as_str().to_string())
                .unwrap_or_default();
            return Err(self.type_error(format!(
                "{}() got multiple sub-patterns for attribute {r}",
                cls_name.as_str()
            )));
        }
        seen.push(name.clone());
        match self.get_attr(subject, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.err_is(&e, "AttributeError") => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Classes whose instances match `C(x)` as a whole (CPython's
    /// `_Py_TPFLAGS_MATCH_SELF`), inherited by their subclasses.
    fn matches_self(&self, cls: &Rc<crate::types::class::Class>) -> bool {
        let t = &self.types;
        [
            &t.bool_,
            &t.bytearray,
            &t.bytes,
            &t.dict,
            &t.float,
            &t.frozenset,
            &t.int,
            &t.list,
            &t.set,
            &t.str_,
            &t.tuple,
        ]
        .iter()
        .any(|b| cls.is_subclass(b))
    }
}

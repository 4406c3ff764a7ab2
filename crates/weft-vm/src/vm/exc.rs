//! Raising, matching and printing exceptions.

use std::rc::Rc;

use crate::types::class::Class;
use crate::types::exception::ExcData;
use crate::types::misc::Native;
use crate::value::Value;
use crate::vm::frame::Frame;
use crate::vm::{PyErr, PyResult, Vm};

impl Vm {
    pub fn exc_data<'a>(&self, v: &'a Value) -> Option<&'a std::cell::RefCell<ExcData>> {
        match v {
            Value::Instance(i) => i.exc.as_ref(),
            _ => None,
        }
    }

    fn is_exception_class(&self, c: &Rc<Class>) -> bool {
        c.is_subclass(&self.types.base_exception)
    }

    /// Turn the operand of `raise` into an exception instance.
    pub(crate) fn make_raise(&mut self, e: Value, cause: Option<Value>) -> PyErr {
        let exc = match &e {
            Value::Class(c) if self.is_exception_class(c) => match self.call(&e, &[]) {
                Ok(v) => v,
                Err(err) => return err,
            },
            Value::Instance(i) if i.exc.is_some() => e.clone(),
            _ => return self.type_error("exceptions must derive from BaseException"),
        };
        if let Some(cause) = cause {
            let cause = match &cause {
                Value::None => None,
                Value::Class(c) if self.is_exception_class(c) => match self.call(&cause, &[]) {
                    Ok(v) => Some(v),
                    Err(err) => return err,
                },
                Value::Instance(i) if i.exc.is_some() => Some(cause.clone()),
                _ => return self.type_error("exception causes must derive from BaseException"),
            };
            if let Some(d) = self.exc_data(&exc) {
                let mut d = d.borrow_mut();
                d.cause = cause;
                d.suppress_context = true;
            }
        }
        PyErr(exc)
    }

    /// Implicit chaining: the exception being handled becomes `__context__`.
    pub(crate) fn set_context(&self, err: &PyErr, handled: Value) {
        if err.0.is(&handled) {
            return;
        }
        // Avoid creating a cycle in the context chain.
        let mut cur = Some(handled.clone());
        while let Some(c) = cur {
            if c.is(&err.0) {
                return;
            }
            cur = self.exc_data(&c).and_then(|d| d.borrow().context.clone());
        }
        if let Some(d) = self.exc_data(&err.0) {
            let mut d = d.borrow_mut();
            if d.context.is_none() {
                d.context = Some(handled);
            }
        }
    }

    pub fn traceback_of(&self, exc: &Value) -> Value {
        match self.exc_data(exc) {
            Some(d) => match &d.borrow().traceback {
                Some(tb) => Value::Native(Rc::new(Native::Traceback(tb.clone()))),
                None => Value::None,
            },
            None => Value::None,
        }
    }

    /// Does exception `exc` match the `except` clause type `ty`?
    pub fn exception_matches(&mut self, exc: &Value, ty: &Value) -> PyResult<bool> {
        let cls = self.class_of(exc);
        match ty {
            Value::Class(c) if self.is_exception_class(c) => Ok(cls.is_subclass(c)),
            Value::Tuple(t) => {
                for item in t.items.iter() {
                    if !matches!(item, Value::Class(c) if self.is_exception_class(c)) {
                        return Err(self.type_error(
                            "catching classes that do not inherit from BaseException is not allowed",
                        ));
                    }
                }
                for item in t.items.iter() {
                    if let Value::Class(c) = item {
                        if cls.is_subclass(c) {
                            return Ok(true);
                        }
                    }
                }
                Ok(false)
            }
            _ => Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    /// except* support; see `Codegen::try_star_inner` for the stack layout.
    pub(crate) fn exc_star_match(&mut self, frame: &mut Box<Frame>, arg: u32) -> PyResult<()> {
        match arg {
            0 => {
                let exc = frame.top().clone();
                let group_cls = self.exc_class("BaseExceptionGroup");
                let rest = if self.class_of(&exc).is_subclass(&group_cls) {
                    exc
                } else {
                    let eg = self.builtins.get_str("ExceptionGroup").unwrap();
                    let eg = if self
                        .class_of(&exc)
                        .is_subclass(&self.exc_class("Exception"))
                    {
                        eg
                    } else {
                        Value::Class(group_cls)
                    };
                    let g = self.call(&eg, &[Value::str(""), Value::tuple(vec![exc])])?;
                    g
                };
                frame.push(rest);
                frame.push(Value::list(Vec::new()));
            }
            1 => {
                let ty = frame.pop();
                let n = frame.stack.len();
                let rest = frame.stack[n - 2].clone();
                if let Value::Class(c) = &ty {
                    if c.is_subclass(&self.exc_class("BaseExceptionGroup")) {
                        return Err(self.type_error(
                            "catching ExceptionGroup with except* is not allowed. Use except instead.",
                        ));
                    }
                }
                if rest.is_none() {
                    frame.push(Value::None);
                    return Ok(());
                }
                let split = self.get_attr_str(&rest, "split")?;
                let r = self.call(&split, &[ty])?;
                let (m, remaining) = match &r {
                    Value::Tuple(t) if t.len() == 2 => (t.items[0].clone(), t.items[1].clone()),
                    _ => (Value::None, rest.clone()),
                };
                // Keep the original traceback on the matched part.
                frame.stack[n - 2] = remaining;
                if !m.is_none() {
                    let prev = self.handled.replace(m.clone());
                    let _ = prev;
                }
                frame.push(m);
            }
            _ => {
                let exc = frame.top().clone();
                let n = frame.stack.len();
                if let Value::List(l) = &frame.stack[n - 2] {
                    l.borrow_mut().push(exc);
                }
            }
        }
        Ok(())
    }

    pub(crate) fn exc_star_finish(&mut self, frame: &mut Box<Frame>) -> PyResult<()> {
        let raised = frame.pop();
        let rest = frame.pop();
        let orig = frame.top().clone();
        let raised: Vec<Value> = match &raised {
            Value::List(l) => l.borrow().clone(),
            _ => Vec::new(),
        };
        if raised.is_empty() {
            if rest.is_none() {
                return Ok(());
            }
            // Unhandled remainder: re-raise it with the original traceback.
            if let (Some(src), Some(dst)) = (self.exc_data(&orig), self.exc_data(&rest)) {
                if !orig.is(&rest) {
                    let tb = src.borrow().traceback.clone();
                    dst.borrow_mut().traceback = tb;
                }
            }
            // A naked exception that nothing matched comes back out unwrapped.
            return Err(PyErr(self.unwrap_naked(&orig, rest)));
        }
        let mut all = raised;
        if !rest.is_none() {
            all.push(rest);
        }
        if all.len() == 1 {
            return Err(PyErr(all.pop().unwrap()));
        }
        let eg = self.builtins.get_str("ExceptionGroup").unwrap();
        let g = self.call(&eg, &[Value::str(""), Value::list(all)])?;
        Err(PyErr(g))
    }

    fn unwrap_naked(&self, _orig: &Value, rest: Value) -> Value {
        rest
    }

    /// Write a traceback for `exc` (with its chain) as CPython does.
    pub fn format_exception(&mut self, exc: &Value) -> String {
        let mut out = String::new();
        let mut seen: Vec<Value> = Vec::new();
        self.format_exception_chain(exc, &mut out, &mut seen);
        out
    }

    fn format_exception_chain(&mut self, exc: &Value, out: &mut String, seen: &mut Vec<Value>) {
        seen.push(exc.clone());
        if let Some(d) = self.exc_data(exc) {
            let (cause, context, suppress) = {
                let d = d.borrow();
                (d.cause.clone(), d.context.clone(), d.suppress_context)
            };
            if let Some(c) = cause {
                if !seen.iter().any(|s| s.is(&c)) {
                    self.format_exception_chain(&c, out, seen);
                    out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
                }
            } else if let (Some(c), false) = (context, suppress) {
                if !seen.iter().any(|s| s.is(&c)) {
                    self.format_exception_chain(&c, out, seen);
                    out.push_str(
                        "\nDuring handling of the above exception, another exception occurred:\n\n",
                    );
                }
            }
        }
        self.format_single(exc, out);
    }

    fn format_single(&mut self, exc: &Value, out: &mut String) {
        if let Some(d) = self.exc_data(exc) {
            let d = d.borrow();
            if let Some(tb) = &d.traceback {
                out.push_str("Traceback (most recent call last):\n");
                for e in tb.iter() {
                    let co = &e.code.co;
                    out.push_str(&format!(
                        "  File \"{}\", line {}, in {}\n",
                        co.filename, e.line, co.name
                    ));
                    if let Some(src) = self.sources.get(&co.filename) {
                        if let Some(line) = src.lines().nth(e.line as usize - 1) {
                            let t = line.trim();
                            if !t.is_empty() {
                                out.push_str(&format!("    {t}\n"));
                            }
                        }
                    }
                }
            }
        }
        out.push_str(&self.exception_summary(exc));
        out.push('\n');
    }

    /// The last line of a traceback: `Type: message`.
    pub fn exception_summary(&mut self, exc: &Value) -> String {
        let cls = self.class_of(exc);
        let mut name = cls.qualname.borrow().as_str().to_string();
        if let Some(m) = cls.dict.get_str("__module__") {
            if let Value::Str(m) = m {
                if m.as_str() != "builtins" && m.as_str() != "__main__" {
                    name = format!("{}.{}", m.as_str(), name);
                }
            }
        }
        let msg = match self.str(exc) {
            Ok(Value::Str(s)) => s.as_str().to_string(),
            _ => "<exception str() failed>".to_string(),
        };
        if msg.is_empty() {
            name
        } else {
            format!("{name}: {msg}")
        }
    }
}

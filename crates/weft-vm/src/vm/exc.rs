//! Raising, matching and printing exceptions.

use std::rc::Rc;

use crate::builtins::exceptions::{exc_facts, init_special};
use crate::types::class::Class;
use crate::types::exception::ExcData;
use crate::types::misc::Native;
use crate::value::Value;
use crate::vm::call::builtin_new_only;
use crate::vm::frame::Frame;
use crate::vm::{Args, PyErr, PyResult, Vm};

impl Vm {
    pub fn exc_data<'a>(&self, v: &'a Value) -> Option<&'a std::cell::RefCell<ExcData>> {
        match v {
            Value::Instance(i) => i.exc(),
            _ => None,
        }
    }

    fn is_exception_class(&self, c: &Rc<Class>) -> bool {
        c.is_subclass(&self.types.base_exception)
    }

    /// Does calling `cls` (`type.__call__`) amount to making an instance
    /// with exception state whose `args` are the call's positional
    /// arguments, then `BaseException.__init__`: is its `__new__`
    /// `object`'s (which `builtin_new` serves) and its `__init__`
    /// `BaseException`'s, with no exception group checks? Memoised until
    /// any class namespace changes.
    #[inline]
    pub(crate) fn exc_ctor_plain(&self, cls: &Rc<Class>) -> bool {
        cls.exc_ctor(|| self.find_exc_ctor(cls))
    }

    /// [`Vm::exc_ctor_plain`] past its memo.
    #[inline(never)]
    fn find_exc_ctor(&self, cls: &Rc<Class>) -> bool {
        exc_facts(self, cls).plain_new()
            && builtin_new_only(cls.lookup(&self.names.new))
            && matches!(cls.lookup(&self.names.init), Some(Value::Builtin(b))
                if b.bound.is_none() && b.name == "__init__" && b.owner == Some("BaseException"))
    }

    /// `type.__call__(cls, *args)` for a class [`Vm::exc_ctor_plain`]
    /// accepts, like CPython's `BaseException_new` and `_init`: the
    /// instance is made from the arguments directly, and
    /// `BaseException.__init__`'s extra work runs only for keywords or
    /// the classes that need it. `None` for other classes.
    #[inline]
    pub(crate) fn construct_exc(
        &mut self,
        cls: &Rc<Class>,
        args: &Args,
    ) -> Option<PyResult<Value>> {
        if !self.exc_ctor_plain(cls) {
            return None;
        }
        let sub = crate::builtins::exceptions::os_error_subclass(self, cls, args.pos());
        let cls = sub.as_ref().unwrap_or(cls);
        let obj = self.new_exception(cls, args.pos().to_vec());
        let facts = exc_facts(self, cls);
        if args.kwnames.is_empty() && facts.plain_init() {
            return Some(Ok(obj));
        }
        let mut full = Vec::with_capacity(args.args.len() + 1);
        full.push(obj.clone());
        full.extend_from_slice(args.args);
        let full = Args {
            args: &full,
            kwnames: args.kwnames,
        };
        Some(init_special(self, cls, facts, &obj, &full).map(|_| obj))
    }

    /// Turn the operand of `raise` into an exception instance.
    pub(crate) fn make_raise(&mut self, e: Value, cause: Option<Value>) -> PyErr {
        let exc = match &e {
            Value::Class(c) if self.is_exception_class(c) => {
                match self.call_class(c, &Args::new(&[])) {
                    Ok(v) => v,
                    Err(err) => return err,
                }
            }
            Value::Instance(i) if i.exc().is_some() => e.clone(),
            _ => return self.type_error("exceptions must derive from BaseException"),
        };
        if let Some(cause) = cause {
            let cause = match &cause {
                Value::None => None,
                Value::Class(c) if self.is_exception_class(c) => {
                    match self.call_class(c, &Args::new(&[])) {
                        Ok(v) => Some(v),
                        Err(err) => return err,
                    }
                }
                Value::Instance(i) if i.exc().is_some() => Some(cause.clone()),
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
    /// arg 0: set up `[orig, rest, raised]`; arg 1: match the type on top
    /// against `rest` (CPython's `CHECK_EG_MATCH`); arg 2: record an
    /// exception raised by a handler body.
    pub(crate) fn exc_star_match(&mut self, frame: &mut Box<Frame>, arg: u32) -> PyResult<()> {
        match arg {
            0 => {
                let exc = frame.top().clone();
                frame.push(exc);
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
                if let Value::Tuple(t) = &ty {
                    let group = self.exc_class("BaseExceptionGroup");
                    if t.items
                        .iter()
                        .any(|v| matches!(v, Value::Class(c) if c.is_subclass(&group)))
                    {
                        return Err(self.type_error(
                            "catching ExceptionGroup with except* is not allowed. Use except instead.",
                        ));
                    }
                }
                if rest.is_none() {
                    frame.push(Value::None);
                    return Ok(());
                }
                let group_cls = self.exc_class("BaseExceptionGroup");
                let is_group = self.class_of(&rest).is_subclass(&group_cls);
                let (m, remaining) = if self.exception_matches(&rest, &ty)? {
                    if is_group {
                        (rest.clone(), Value::None)
                    } else {
                        // A naked exception is wrapped for the handler.
                        let eg = Value::Class(self.exc_class("BaseExceptionGroup"));
                        let g =
                            self.call(&eg, &[Value::str(""), Value::tuple(vec![rest.clone()])])?;
                        if let (Some(src), Some(dst)) = (self.exc_data(&rest), self.exc_data(&g)) {
                            dst.borrow_mut().traceback = src.borrow().traceback.clone();
                        }
                        (g, Value::None)
                    }
                } else if is_group {
                    let split = self.get_attr_str(&rest, "split")?;
                    match self.call(&split, &[ty])? {
                        Value::Tuple(t) if t.len() == 2 => (t.items[0].clone(), t.items[1].clone()),
                        _ => return Err(self.type_error("split must return a 2-tuple")),
                    }
                } else {
                    (Value::None, rest.clone())
                };
                frame.stack[n - 2] = remaining;
                if !m.is_none() {
                    self.handled = Some(m.clone());
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

    /// After the handlers: combine what they raised with what nothing
    /// matched, as CPython's `_PyExc_PrepReraiseStar` does, and raise it.
    pub(crate) fn exc_star_finish(&mut self, frame: &mut Box<Frame>) -> PyResult<()> {
        let raised = frame.pop();
        let rest = frame.pop();
        let orig = frame.top().clone();
        let mut excs: Vec<Value> = match &raised {
            Value::List(l) => l.borrow().clone(),
            _ => Vec::new(),
        };
        if !rest.is_none() {
            excs.push(rest);
        }
        match self.prep_reraise_star(&orig, excs)? {
            None => Ok(()),
            Some(e) => Err(PyErr(e)),
        }
    }

    fn prep_reraise_star(&mut self, orig: &Value, excs: Vec<Value>) -> PyResult<Option<Value>> {
        if excs.is_empty() {
            return Ok(None);
        }
        let group_cls = self.exc_class("BaseExceptionGroup");
        if !self.class_of(orig).is_subclass(&group_cls) {
            // A naked exception: only one handler can have run.
            return Ok(excs.into_iter().next());
        }
        let mut raised = Vec::new();
        let mut reraised = Vec::new();
        for e in excs {
            if self.same_exception_metadata(&e, orig) {
                reraised.push(e);
            } else {
                raised.push(e);
            }
        }
        let projected = if reraised.is_empty() {
            Value::None
        } else {
            let mut ids = Vec::new();
            for e in &reraised {
                self.collect_leaf_ids(e, &mut ids)?;
            }
            crate::builtins::exc_group::split_by_ids(self, orig, ids)?
        };
        if raised.is_empty() {
            return Ok(if projected.is_none() {
                None
            } else {
                Some(projected)
            });
        }
        if !projected.is_none() {
            raised.push(projected);
        }
        if raised.len() == 1 {
            return Ok(raised.pop());
        }
        let eg = Value::Class(self.exc_class("BaseExceptionGroup"));
        let g = self.call(&eg, &[Value::str(""), Value::list(raised)])?;
        Ok(Some(g))
    }

    fn same_exception_metadata(&self, a: &Value, b: &Value) -> bool {
        let (Some(x), Some(y)) = (self.exc_data(a), self.exc_data(b)) else {
            return false;
        };
        let (x, y) = (x.borrow(), y.borrow());
        let same = |p: &Option<Value>, q: &Option<Value>| match (p, q) {
            (None, None) => true,
            (Some(p), Some(q)) => p.is(q),
            _ => false,
        };
        let tb_same = match (&x.traceback, &y.traceback) {
            (None, None) => true,
            (Some(p), Some(q)) => Rc::ptr_eq(p, q),
            _ => false,
        };
        tb_same
            && same(&x.notes, &y.notes)
            && same(&x.cause, &y.cause)
            && same(&x.context, &y.context)
    }

    fn collect_leaf_ids(&mut self, e: &Value, ids: &mut Vec<usize>) -> PyResult<()> {
        let group_cls = self.exc_class("BaseExceptionGroup");
        if self.class_of(e).is_subclass(&group_cls) {
            let excs = self.get_attr_str(e, "exceptions")?;
            for x in self.collect(&excs)? {
                self.collect_leaf_ids(&x, ids)?;
            }
        } else if let Some(p) = e.ptr() {
            ids.push(p);
        }
        Ok(())
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

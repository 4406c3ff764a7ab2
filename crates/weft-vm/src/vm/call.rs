//! Calling: argument binding for Python functions, and the generic call
//! protocol for every callable kind.

use std::cell::RefCell;
use std::rc::Rc;

use weft_compiler::bytecode::flags;

use crate::builtins::exceptions::exc_facts;
use crate::types::class::{Class, Instance, Layout};
use crate::types::dict::PyDict;
use crate::types::function::Function;
use crate::types::misc::{Cell, Native};
use crate::types::str::PyStr;
use crate::value::Value;
use crate::vm::frame::Frame;
use crate::vm::{Args, PyResult, Vm};

/// Code flags of functions whose call makes a generator, coroutine or
/// async generator instead of running the body.
const SUSPENDS: u32 = flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR;

impl Vm {
    pub fn call(&mut self, f: &Value, args: &[Value]) -> PyResult<Value> {
        self.call_args(f, &Args::new(args))
    }

    pub fn call_args(&mut self, f: &Value, args: &Args) -> PyResult<Value> {
        // Native code calling native code can recurse without a Python
        // frame in between; keep that from overflowing the Rust stack.
        self.check_stack()?;
        match f {
            Value::Function(func) => {
                let frame = self.bind_args(func, args)?;
                self.start_frame(func, frame)
            }
            Value::Builtin(b) => match &b.bound {
                None => (b.func)(self, args),
                Some(recv) => {
                    let mut v = Vec::with_capacity(args.args.len() + 1);
                    v.push(recv.clone());
                    v.extend_from_slice(args.args);
                    (b.func)(
                        self,
                        &Args {
                            args: &v,
                            kwnames: args.kwnames,
                        },
                    )
                }
            },
            Value::Method(m) => {
                let mut v = Vec::with_capacity(args.args.len() + 1);
                v.push(m.receiver.clone());
                v.extend_from_slice(args.args);
                let func = m.func.clone();
                self.call_args(
                    &func,
                    &Args {
                        args: &v,
                        kwnames: args.kwnames,
                    },
                )
            }
            Value::Class(cls) => self.call_class(cls, args),
            Value::Native(n) => match &**n {
                Native::StaticMethod(f) => {
                    let f = f.clone();
                    self.call_args(&f, args)
                }
                _ => self.call_dunder_call(f, args),
            },
            _ => self.call_dunder_call(f, args),
        }
    }

    fn call_dunder_call(&mut self, f: &Value, args: &Args) -> PyResult<Value> {
        let cls = self.class_of(f);
        if let Value::Instance(_) = f {
            if let Some(call) = cls.lookup(&self.names.call.clone()) {
                let bound = self.bind_descriptor(&call, f, &cls)?;
                return self.call_args(&bound, args);
            }
        }
        Err(self.type_error(format!("'{}' object is not callable", self.type_name(f))))
    }

    /// `func(arg)` from native code, for a function that
    /// [`Vm::one_arg_simple`] accepts (sort keys, `min`/`max` keys): a
    /// pooled frame gets the argument directly, without the general binder.
    pub(crate) fn call_simple1(&mut self, func: &Rc<Function>, arg: &Value) -> PyResult<Value> {
        let mut frame = self.pooled_frame(func);
        let nlocals = func.code.co.varnames.len();
        frame.locals.reserve(nlocals);
        frame.locals.push(Some(arg.clone()));
        frame.locals.resize(nlocals, None);
        if !func.closure.is_empty() {
            frame.cells.extend(func.closure.iter().cloned());
        }
        self.run_frame(frame)
    }

    /// `f` as a function [`Vm::call_simple1`] can call with one positional
    /// argument.
    pub(crate) fn one_arg_simple(f: &Value) -> Option<&Rc<Function>> {
        match f {
            Value::Function(func) if func.code.simple_args && func.code.co.argcount == 1 => {
                Some(func)
            }
            _ => None,
        }
    }

    /// Run a bound frame of `func`: generators and coroutines become objects.
    pub(crate) fn start_frame(
        &mut self,
        func: &Rc<Function>,
        frame: Box<Frame>,
    ) -> PyResult<Value> {
        if func.code.co.flags & SUSPENDS != 0 {
            return Ok(crate::builtins::generator::new_generator(self, func, frame));
        }
        self.run_frame(frame)
    }

    /// Call the callable at `base.stack[at]` with the `nargs` values above it.
    /// Plain Python functions return their new frame for the dispatch loop to
    /// run inline; anything else is called here and its result pushed.
    pub(crate) fn call_inline(
        &mut self,
        base: &mut Box<Frame>,
        at: usize,
        nargs: usize,
        truncate_to: usize,
    ) -> PyResult<Option<Box<Frame>>> {
        // `run_fast` makes simple calls itself below the recursion limit;
        // here they raise `RecursionError` (`push_simple_frame` checks).
        if let Value::Function(func) = &base.stack[at] {
            if func.code.simple_args && func.code.co.argcount as usize == nargs {
                let func = func.clone();
                return self
                    .push_simple_frame(&func, base, at + 1, truncate_to)
                    .map(Some);
            }
        }
        if let Value::Builtin(b) = &base.stack[at] {
            if b.bound.is_none() {
                let func = b.func;
                return self
                    .call_native_at(base, func, at, nargs, truncate_to)
                    .map(|()| None);
            }
        }
        // Class calls take a reference to the class only (not a clone of
        // the stack value, whose drop is out of line).
        if let Value::Class(cls) = &base.stack[at] {
            let cls = cls.clone();
            if let Some(r) = self.call_class_inline(base, &cls, at, nargs, truncate_to) {
                return r;
            }
        }
        // A bound Python method (`super().m(...)`, `f = obj.m; f()`): its
        // receiver takes the callable's stack slot and becomes the first
        // argument, so the call runs inline like a plain function's.
        if let Value::Method(m) = &base.stack[at] {
            if let Value::Function(func) = &m.func {
                if func.code.simple_args && func.code.co.argcount as usize == nargs + 1 {
                    let (func, recv) = (func.clone(), m.receiver.clone());
                    base.stack[at] = recv;
                    return self
                        .push_simple_frame(&func, base, at, truncate_to)
                        .map(Some);
                }
            }
        }
        // Other Python functions and methods: bound by the general binder.
        if let Some(frame) = self.bound_frame(base, at, &[], truncate_to)? {
            return Ok(Some(frame));
        }
        let callable = base.stack[at].clone();
        let caller = std::mem::replace(&mut self.caller, &**base as *const Frame);
        let r = self.call_args(&callable, &Args::new(&base.stack[at + 1..at + 1 + nargs]));
        self.caller = caller;
        release_to(&mut base.stack, truncate_to);
        base.push(r?);
        Ok(None)
    }

    /// Call `func`, the unbound builtin at `base.stack[at]` (`len(x)`, or
    /// `s.split()` after `LoadMethod`), on the `nargs` values above it,
    /// directly on the stack slice: no clone of the callable, no
    /// `call_args`. The stack is cut to `truncate_to` and the result pushed.
    /// Out of line: the dispatch loop calls it without leaving its frame.
    /// (Inlined, the `Args` it lends to the builtin by address would stop
    /// LLVM from compiling the call handler's threaded dispatch as tail
    /// calls: `scripts/check-threaded-dispatch` fails.)
    #[inline(never)]
    pub(crate) fn call_native_at(
        &mut self,
        base: &mut Frame,
        func: crate::vm::NativeFn,
        at: usize,
        nargs: usize,
        truncate_to: usize,
    ) -> PyResult<()> {
        self.check_stack()?;
        let caller = std::mem::replace(&mut self.caller, &*base as *const Frame);
        let r = func(self, &Args::new(&base.stack[at + 1..at + 1 + nargs]));
        self.caller = caller;
        release_to(&mut base.stack, truncate_to);
        base.push(r?);
        Ok(())
    }

    /// A call of a Python function, or of a bound method of one, at
    /// `base.stack[at]` with its arguments (the last `kwnames.len()` of
    /// them keyword arguments) above it up to the top: the frame bound by
    /// the general binder, to run inline, with the stack cut back to
    /// `truncate_to`; or `None` for callables that `call_args` must handle
    /// (builtins, classes, generators and coroutines...).
    pub(crate) fn bound_frame(
        &mut self,
        base: &mut Frame,
        at: usize,
        kwnames: &[Rc<PyStr>],
        truncate_to: usize,
    ) -> PyResult<Option<Box<Frame>>> {
        let (func, first) = match &base.stack[at] {
            Value::Function(f) if f.code.co.flags & SUSPENDS == 0 => (f.clone(), at + 1),
            Value::Method(m) => match &m.func {
                Value::Function(f) if f.code.co.flags & SUSPENDS == 0 => {
                    // The receiver takes the callable's slot and becomes
                    // the first positional argument.
                    let (f, recv) = (f.clone(), m.receiver.clone());
                    base.stack[at] = recv;
                    (f, at)
                }
                _ => return Ok(None),
            },
            _ => return Ok(None),
        };
        let args = Args {
            args: &base.stack[first..],
            kwnames,
        };
        let frame = self.bind_args(&func, &args)?;
        base.stack.truncate(truncate_to);
        self.enter_frame()?;
        Ok(Some(frame))
    }

    /// [`Vm::call_inline`] for a class at `base.stack[at]`: `super(...)`,
    /// builtin constructors, and plain classes whose Python `__init__`
    /// runs inline. `None` for the other class calls (metaclasses, Python
    /// `__new__`...), which go through `call_args`.
    #[inline(always)]
    fn call_class_inline(
        &mut self,
        base: &mut Box<Frame>,
        cls: &Rc<Class>,
        at: usize,
        nargs: usize,
        truncate_to: usize,
    ) -> Option<PyResult<Option<Box<Frame>>>> {
        // `super(...)` (zero-argument `super()` compiles to
        // `super(__class__, self)`): straight to its constructor, skipping
        // the generic `type.__call__` (CPython 3.12 special-cases it too,
        // with LOAD_SUPER_ATTR).
        if Rc::ptr_eq(cls, &self.types.super_) {
            if let Some(new) = cls.native_new.get() {
                let r = new(self, &Args::new(&base.stack[at..at + 1 + nargs]));
                release_to(&mut base.stack, truncate_to);
                return Some(r.map(|v| {
                    base.push(v);
                    None
                }));
            }
        }
        // A builtin class whose call is just its native constructor
        // (`str(x)`, `zip(a, b)`, `float(s)`): `type.__call__` reduces to
        // `__new__`, whose arguments (the class, then the call's) are
        // already in place on the stack.
        if let Some(new) = self.plain_builtin_ctor(cls) {
            let caller = std::mem::replace(&mut self.caller, &**base as *const Frame);
            let r = self
                .check_stack()
                .and_then(|()| new(self, &Args::new(&base.stack[at..at + 1 + nargs])));
            self.caller = caller;
            release_to(&mut base.stack, truncate_to);
            return Some(r.map(|v| {
                base.push(v);
                None
            }));
        }
        // `C(args)` for a plain class whose `__init__` is a Python
        // function: make the object here and run `__init__` inline.
        if let Some(init) = self.inline_init_target(cls) {
            return Some(self.construct_inline(base, cls, &init, at, nargs, truncate_to));
        }
        // An exception class whose call only makes the exception.
        if cls.metaclass.borrow().is_some() {
            return None;
        }
        let r = self.construct_exc(cls, &Args::new(&base.stack[at + 1..at + 1 + nargs]))?;
        release_to(&mut base.stack, truncate_to);
        Some(r.map(|v| {
            base.push(v);
            None
        }))
    }

    /// `cls(args)` with the class at `base.stack[at]` and `init` its
    /// Python `__init__`: the new object replaces the class on the stack
    /// as `self`, and `__init__`'s frame is returned to run inline.
    #[inline(always)]
    fn construct_inline(
        &mut self,
        base: &mut Box<Frame>,
        cls: &Rc<Class>,
        init: &Rc<Function>,
        at: usize,
        nargs: usize,
        truncate_to: usize,
    ) -> PyResult<Option<Box<Frame>>> {
        let obj = match plain_instance(self, cls) {
            // `builtin_new`'s common case: an instance of `cls` itself.
            Some(obj) => obj,
            None => {
                let obj = self.builtin_new(cls, &Args::new(&base.stack[at..at + 1 + nargs]))?;
                if !self.class_of(&obj).is_subclass(cls) {
                    release_to(&mut base.stack, truncate_to);
                    base.push(obj);
                    return Ok(None);
                }
                obj
            }
        };
        Value::release(std::mem::replace(&mut base.stack[at], obj.clone()));
        if init.code.simple_args && init.code.co.argcount as usize == nargs + 1 {
            let mut frame = self.push_simple_frame(init, base, at, truncate_to)?;
            frame.init_self = Some(obj);
            return Ok(Some(frame));
        }
        let mut frame = self.bind_args(init, &Args::new(&base.stack[at..at + 1 + nargs]))?;
        frame.init_self = Some(obj);
        base.stack.truncate(truncate_to);
        self.enter_frame()?;
        Ok(Some(frame))
    }

    /// A frame for `func` (with `Code::simple_args`) whose arguments are
    /// exactly `base.stack[first..]`: they are moved into its first locals,
    /// then the caller's stack is cut to `truncate_to`. The frame runs
    /// inline in the caller's dispatch loop, so only the recursion limit is
    /// checked, not the Rust stack.
    ///
    /// Always inlined: returned through memory, the `PyResult` would be
    /// written in parts and re-read whole, a store-forwarding stall.
    #[inline(always)]
    fn push_simple_frame(
        &mut self,
        func: &Rc<Function>,
        base: &mut Frame,
        first: usize,
        truncate_to: usize,
    ) -> PyResult<Box<Frame>> {
        if self.depth >= self.recursion_limit {
            return Err(self.error("RecursionError", "maximum recursion depth exceeded"));
        }
        Ok(self.simple_frame(func, base, first, truncate_to))
    }

    /// A cleared frame from the pool (or a new one) set to run `func` from
    /// its first instruction. Pooled frames keep their last code and
    /// globals: a recursive or repeated call finds them already in place.
    #[inline(always)]
    fn pooled_frame(&mut self, func: &Rc<Function>) -> Box<Frame> {
        let mut frame = match self.frame_pool.pop() {
            Some(f) => f,
            None => Frame::empty(func.code.clone(), func.globals.clone()),
        };
        if !Rc::ptr_eq(&frame.code, &func.code) {
            frame.code = func.code.clone();
        }
        if !Rc::ptr_eq(&frame.globals, &func.globals) {
            frame.globals = func.globals.clone();
        }
        frame.ip = 0;
        frame
    }

    /// [`Vm::push_simple_frame`] after its recursion-limit check, which the
    /// caller has made.
    #[inline(always)]
    pub(crate) fn simple_frame(
        &mut self,
        func: &Rc<Function>,
        base: &mut Frame,
        first: usize,
        truncate_to: usize,
    ) -> Box<Frame> {
        let mut frame = self.pooled_frame(func);
        let nlocals = func.code.co.varnames.len();
        let nargs = base.stack.len() - first;
        assert!(frame.locals.is_empty() && nargs <= nlocals);
        frame.locals.reserve(nlocals);
        // SAFETY: `locals` is empty (pooled frames are cleared, new ones
        // start empty) with room for `nlocals` >= `nargs` slots. The
        // arguments are moved: each is read once from the caller's stack,
        // whose length is then cut to `first` so they are not dropped
        // twice, and every one of the `nlocals` slots is written before
        // `set_len`.
        unsafe {
            move_args(&mut base.stack, first, &mut frame.locals, nlocals);
            base.stack.set_len(first);
        }
        release_to(&mut base.stack, truncate_to);
        if !func.closure.is_empty() {
            frame.cells.extend(func.closure.iter().cloned());
        }
        // `frame.func` stays `None`: only the collector reads it, for
        // suspended generator frames, and those never come through here.
        self.depth += 1;
        frame
    }

    /// The native constructor that calling the builtin class `cls` amounts
    /// to, when `type.__call__` would only run it: no metaclass, a builtin
    /// `__new__` that `builtin_new` hands to `cls.native_new`, and
    /// `object.__init__` (which, outside `object` itself, accepts and
    /// ignores the arguments). `type` (one-argument form) is left to
    /// `construct`.
    ///
    /// Memoised per class until any class namespace changes (the answer
    /// depends only on the class, its metaclass and its MRO's namespaces).
    fn plain_builtin_ctor(&self, cls: &Rc<Class>) -> Option<crate::vm::NativeFn> {
        if !cls.builtin {
            return None;
        }
        let epoch = crate::types::class::lookup_cache::epoch();
        let hit = CTOR_MEMO.with_borrow(|(at, memo)| {
            if *at != epoch {
                return None;
            }
            memo.iter()
                .find(|(c, _)| Rc::ptr_eq(c, cls))
                .map(|&(_, f)| f)
        });
        if let Some(f) = hit {
            return f;
        }
        let found = self.find_builtin_ctor(cls);
        CTOR_MEMO.with_borrow_mut(|(at, memo)| {
            if *at != epoch {
                memo.clear();
                *at = epoch;
            }
            if memo.len() < 32 {
                memo.push((cls.clone(), found));
            }
        });
        found
    }

    /// [`Vm::plain_builtin_ctor`] past its memo.
    #[inline(never)]
    fn find_builtin_ctor(&self, cls: &Rc<Class>) -> Option<crate::vm::NativeFn> {
        if !cls.builtin
            || Rc::ptr_eq(cls, &self.types.object)
            || Rc::ptr_eq(cls, &self.types.type_)
            || cls.metaclass.borrow().is_some()
        {
            return None;
        }
        let new = cls.native_new.get()?;
        if !builtin_new_only(cls.lookup(&self.names.new)) {
            return None;
        }
        match cls.lookup(&self.names.init) {
            Some(Value::Builtin(b)) if b.name == "__init__" && b.owner == Some("object") => {
                Some(new)
            }
            _ => None,
        }
    }

    /// The `__init__` to run inline for `cls(...)`: only when calling the
    /// class means exactly `object.__new__` then a Python `__init__` (no
    /// metaclass `__call__`, no `__new__` of its own, no builtin base but
    /// `object` or exception classes that `builtin_new` makes plainly).
    fn inline_init_target(&mut self, cls: &Rc<Class>) -> Option<Rc<Function>> {
        if cls.builtin || cls.metaclass.borrow().is_some() {
            return None;
        }
        // Memoised per class until a class namespace changes: the lookups
        // below depend only on class namespaces and MROs.
        if let Some(hit) = cls.cached_init() {
            return hit;
        }
        let found = self.find_inline_init(cls);
        cls.set_cached_init(found.as_ref());
        found
    }

    /// [`Vm::inline_init_target`] past its memo.
    #[inline(never)]
    fn find_inline_init(&mut self, cls: &Rc<Class>) -> Option<Rc<Function>> {
        if cls
            .builtin_base()
            .is_some_and(|b| !Rc::ptr_eq(b, &self.types.object))
            && !exc_facts(self, cls).plain_new()
        {
            return None;
        }
        if !builtin_new_only(cls.lookup(&self.names.new)) {
            return None;
        }
        match cls.lookup(&self.names.init) {
            Some(Value::Function(f)) if f.code.co.flags & SUSPENDS == 0 => Some(f),
            _ => None,
        }
    }

    pub(crate) fn kwnames_of(&self, names: &Value) -> PyResult<Vec<Rc<PyStr>>> {
        match names {
            Value::Tuple(t) => Ok(t.items.iter().filter_map(|v| v.as_str().cloned()).collect()),
            _ => Err(self.type_error("keyword names must be a tuple")),
        }
    }

    /// `f(*args, **kwargs)`.
    pub fn call_ex(&mut self, f: &Value, args: &Value, kwargs: Option<&Value>) -> PyResult<Value> {
        let mut all: Vec<Value> = match args {
            Value::Tuple(t) => t.items.to_vec(),
            other => {
                let iterable = matches!(other, Value::Instance(_)) || self.iter(other).is_ok();
                if !iterable {
                    return Err(self.type_error(format!(
                        "{} argument after * must be an iterable, not {}",
                        self.function_str(f),
                        self.type_name(other)
                    )));
                }
                self.collect(other)?
            }
        };
        let mut names = Vec::new();
        if let Some(kw) = kwargs {
            let Value::Dict(d) = kw else {
                return Err(self.type_error(format!(
                    "{}() argument after ** must be a mapping, not {}",
                    self.callable_name(f),
                    self.type_name(kw)
                )));
            };
            for (k, v) in d.items() {
                match k {
                    Value::Str(s) => {
                        names.push(s);
                        all.push(v);
                    }
                    _ => return Err(self.type_error("keywords must be strings")),
                }
            }
        }
        self.call_args(
            f,
            &Args {
                args: &all,
                kwnames: &names,
            },
        )
    }

    /// The name CPython uses for a callable in call errors.
    /// `callable(v)`.
    pub fn is_callable(&self, v: &Value) -> bool {
        match v {
            Value::Function(_) | Value::Builtin(_) | Value::Method(_) | Value::Class(_) => true,
            Value::Instance(_) => self.class_of(v).lookup_str("__call__").is_some(),
            Value::Native(n) => matches!(&**n, Native::StaticMethod(_)),
            _ => false,
        }
    }

    pub fn callable_name(&self, f: &Value) -> String {
        match f {
            Value::Function(func) => func.qualname.borrow().as_str().to_string(),
            Value::Builtin(b) => b.name.to_string(),
            Value::Method(m) => self.callable_name(&m.func),
            Value::Class(c) => c.name().as_str().to_string(),
            other => self.type_name(other),
        }
    }

    /// Bind call arguments to a new frame for `func`, with CPython's errors.
    pub fn bind_args(&mut self, func: &Rc<Function>, args: &Args) -> PyResult<Box<Frame>> {
        // The common call: exactly the declared positional arguments, no
        // keywords, no `*`/`**` parameters, no cells. Fill a pooled frame
        // directly, without the general binder's bookkeeping.
        {
            let co = &func.code.co;
            if args.kwnames.is_empty()
                && args.args.len() == co.argcount as usize
                && co.kwonlyargcount == 0
                && co.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0
                && co.cellvars.is_empty()
                && func.closure.is_empty()
            {
                if let Some(mut frame) = self.frame_pool.pop() {
                    let nlocals = co.varnames.len();
                    frame.ip = 0;
                    frame
                        .locals
                        .extend(args.args.iter().map(|v| Some(v.clone())));
                    frame.locals.resize(nlocals, None);
                    frame.code = func.code.clone();
                    frame.globals = func.globals.clone();
                    set_frame_func(&mut frame, func);
                    return Ok(frame);
                }
            }
        }
        let code = func.code.clone();
        let co = &code.co;
        let mut frame = match self.frame_pool.pop() {
            Some(mut f) => {
                f.reset(code.clone(), func.globals.clone());
                f
            }
            None => Frame::new(code.clone(), func.globals.clone(), None),
        };
        set_frame_func(&mut frame, func);
        let argcount = co.argcount as usize;
        let kwonly = co.kwonlyargcount as usize;
        let posonly = co.posonlyargcount as usize;
        let has_varargs = co.flags & flags::VARARGS != 0;
        let has_varkw = co.flags & flags::VARKEYWORDS != 0;
        let pos = args.pos();
        let fname = || func.qualname.borrow().as_str().to_string();

        // Fast path: exact positional call.
        if args.kwnames.is_empty()
            && pos.len() == argcount
            && kwonly == 0
            && !has_varargs
            && !has_varkw
        {
            for (i, v) in pos.iter().enumerate() {
                frame.locals[i] = Some(v.clone());
            }
            self.finish_frame_setup(func, &mut frame);
            return Ok(frame);
        }

        let n = pos.len().min(argcount);
        for i in 0..n {
            frame.locals[i] = Some(pos[i].clone());
        }
        let varargs_slot = argcount + kwonly;
        let varkw_slot = varargs_slot + has_varargs as usize;
        if has_varargs {
            let extra = if pos.len() > argcount {
                pos[argcount..].to_vec()
            } else {
                Vec::new()
            };
            frame.locals[varargs_slot] = Some(Value::tuple(extra));
        } else if pos.len() > argcount {
            return Err(self.too_many_positional(func, pos.len(), args));
        }
        let kwdict = if has_varkw {
            Some(Rc::new(PyDict::new()))
        } else {
            None
        };
        let mut posonly_as_kw = Vec::new();
        for (name, v) in args.kwargs() {
            let slot = co.varnames[..argcount + kwonly]
                .iter()
                .position(|vn| &**vn == name.as_str());
            match slot {
                Some(i) if i >= posonly => {
                    if frame.locals[i].is_some() {
                        return Err(self.type_error(format!(
                            "{}() got multiple values for argument '{}'",
                            fname(),
                            name.as_str()
                        )));
                    }
                    frame.locals[i] = Some(v.clone());
                }
                _ => match &kwdict {
                    Some(d) => d.insert(self, Value::Str(name.clone()), v.clone())?,
                    None => {
                        if slot.is_some() {
                            posonly_as_kw.push(name.as_str().to_string());
                            continue;
                        }
                        return Err(self.type_error(format!(
                            "{}() got an unexpected keyword argument '{}'",
                            fname(),
                            name.as_str()
                        )));
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(self.type_error(format!(
                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                fname(),
                posonly_as_kw.join(", ")
            )));
        }
        // Defaults for missing positionals.
        let defaults = func.defaults.borrow().clone();
        let ndefaults = defaults.as_ref().map_or(0, |d| d.len());
        let mut missing = Vec::new();
        for i in 0..argcount {
            if frame.locals[i].is_none() {
                let di = i as isize - (argcount - ndefaults) as isize;
                if di >= 0 {
                    frame.locals[i] = Some(defaults.as_ref().unwrap().items[di as usize].clone());
                } else {
                    missing.push(co.varnames[i].to_string());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_args(&fname(), &missing, "positional"));
        }
        let kwdefaults = func.kwdefaults.borrow().clone();
        let mut missing = Vec::new();
        for i in argcount..argcount + kwonly {
            if frame.locals[i].is_none() {
                let name = &co.varnames[i];
                match kwdefaults.as_ref().and_then(|d| d.get_str(name)) {
                    Some(v) => frame.locals[i] = Some(v),
                    None => missing.push(name.to_string()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_args(&fname(), &missing, "keyword-only"));
        }
        if let Some(d) = kwdict {
            frame.locals[varkw_slot] = Some(Value::Dict(d));
        }
        self.finish_frame_setup(func, &mut frame);
        Ok(frame)
    }

    fn finish_frame_setup(&self, func: &Rc<Function>, frame: &mut Frame) {
        let co = &func.code.co;
        for &(ci, vi) in &co.cell2arg {
            let v = frame.locals[vi as usize].clone();
            frame.cells[ci as usize].set(v);
        }
        frame.cells.extend(func.closure.iter().cloned());
    }

    fn missing_args(&self, fname: &str, missing: &[String], kind: &str) -> crate::vm::PyErr {
        let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
        let list = match quoted.len() {
            1 => quoted[0].clone(),
            2 => format!("{} and {}", quoted[0], quoted[1]),
            _ => format!(
                "{}, and {}",
                quoted[..quoted.len() - 1].join(", "),
                quoted[quoted.len() - 1]
            ),
        };
        let s = if missing.len() == 1 { "" } else { "s" };
        self.type_error(format!(
            "{fname}() missing {} required {kind} argument{s}: {list}",
            missing.len()
        ))
    }

    fn too_many_positional(
        &self,
        func: &Rc<Function>,
        given: usize,
        args: &Args,
    ) -> crate::vm::PyErr {
        let co = &func.code.co;
        let argcount = co.argcount as usize;
        let ndefaults = func.defaults.borrow().as_ref().map_or(0, |d| d.len());
        let takes = if ndefaults > 0 {
            format!("from {} to {}", argcount - ndefaults, argcount)
        } else {
            format!("{argcount}")
        };
        let plural = if argcount == 1 && ndefaults == 0 {
            ""
        } else {
            "s"
        };
        let kwonly_given = args
            .kwargs()
            .filter(|(n, _)| {
                co.varnames[argcount..argcount + co.kwonlyargcount as usize]
                    .iter()
                    .any(|v| &**v == n.as_str())
            })
            .count();
        let was = if given == 1 { "was" } else { "were" };
        let name = func.qualname.borrow().as_str().to_string();
        if kwonly_given > 0 {
            let kp = if kwonly_given == 1 { "" } else { "s" };
            let gp = if given == 1 { "" } else { "s" };
            return self.type_error(format!(
                "{name}() takes {takes} positional argument{plural} but {given} positional argument{gp} (and {kwonly_given} keyword-only argument{kp}) were given"
            ));
        }
        self.type_error(format!(
            "{name}() takes {takes} positional argument{plural} but {given} {was} given"
        ))
    }

    /// `MakeFunction`: pops code (and closure, annotations, kwdefaults, defaults per flags).
    pub(crate) fn make_function(&mut self, frame: &mut Frame, fl: u32) -> PyResult<Value> {
        let code = match frame.pop() {
            Value::Code(c) => c,
            _ => return Err(self.error("SystemError", "MakeFunction without code")),
        };
        let closure: Box<[Rc<Cell>]> = if fl & 8 != 0 {
            match frame.pop() {
                Value::Tuple(t) => t
                    .items
                    .iter()
                    .filter_map(|c| {
                        if let Value::Cell(c) = c {
                            Some(c.clone())
                        } else {
                            None
                        }
                    })
                    .collect(),
                _ => Box::new([]),
            }
        } else {
            Box::new([])
        };
        let annotations = if fl & 4 != 0 {
            match frame.pop() {
                Value::Dict(d) => Some(d),
                _ => None,
            }
        } else {
            None
        };
        let kwdefaults = if fl & 2 != 0 {
            match frame.pop() {
                Value::Dict(d) => Some(d),
                _ => None,
            }
        } else {
            None
        };
        let defaults = if fl & 1 != 0 {
            match frame.pop() {
                Value::Tuple(t) => Some(t),
                _ => None,
            }
        } else {
            None
        };
        let doc = code
            .co
            .doc
            .as_ref()
            .map(|d| Value::str(d))
            .unwrap_or(Value::None);
        let module = frame.globals.get_str("__name__").unwrap_or(Value::None);
        Ok(Value::function(Function {
            name: RefCell::new(code.name.clone()),
            qualname: RefCell::new(code.qualname.clone()),
            globals: frame.globals.clone(),
            defaults: RefCell::new(defaults),
            kwdefaults: RefCell::new(kwdefaults),
            closure,
            doc: RefCell::new(doc),
            module: RefCell::new(module),
            annotations: RefCell::new(annotations),
            dict: Rc::new(PyDict::new()),
            code,
        }))
    }

    /// `cls(*args)`: a metaclass's own `__call__` if it defines one,
    /// otherwise `type.__call__`.
    pub fn call_class(&mut self, cls: &Rc<Class>, args: &Args) -> PyResult<Value> {
        let meta = cls.metaclass.borrow().clone();
        if let Some(meta) = meta {
            if let Some(call) = meta.lookup_str("__call__") {
                if !matches!(call, Value::Builtin(_)) {
                    let mut v = vec![Value::Class(cls.clone())];
                    v.extend_from_slice(args.args);
                    return self.call_args(
                        &call,
                        &Args {
                            args: &v,
                            kwnames: args.kwnames,
                        },
                    );
                }
            }
        }
        self.construct(cls, args)
    }

    /// `type.__call__(cls, *args)`: `__new__` then `__init__`.
    pub fn construct(&mut self, cls: &Rc<Class>, args: &Args) -> PyResult<Value> {
        if Rc::ptr_eq(cls, &self.types.type_) && args.args.len() == 1 && args.kwnames.is_empty() {
            return Ok(Value::Class(self.class_of(&args.args[0])));
        }
        if let Some(r) = self.construct_exc(cls, args) {
            return r;
        }
        let new = cls.lookup(&self.names.new.clone());
        let mut full = Vec::with_capacity(args.args.len() + 1);
        full.push(Value::Class(cls.clone()));
        full.extend_from_slice(args.args);
        let full_args = Args {
            args: &full,
            kwnames: args.kwnames,
        };
        // A `__new__` written in Python is called; the builtin ones all
        // reduce to `builtin_new`, which picks the nearest builtin base.
        let user_new = match &new {
            Some(f @ Value::Function(_)) => Some(f.clone()),
            Some(Value::Native(n)) => match &**n {
                Native::StaticMethod(f @ Value::Function(_)) => Some(f.clone()),
                Native::StaticMethod(Value::Builtin(_)) => None,
                _ => new.clone(),
            },
            _ => None,
        };
        let obj = match &user_new {
            Some(f) => self.call_args(f, &full_args)?,
            None => self.builtin_new(cls, &full_args)?,
        };
        // Only initialise instances of cls.
        if !self.class_of(&obj).is_subclass(cls) {
            return Ok(obj);
        }
        if let Some(init) = cls.lookup(&self.names.init.clone()) {
            match &init {
                Value::Builtin(b) if b.name == "__init__" && b.owner == Some("object") => {
                    if user_new.is_none()
                        && !args.args.is_empty()
                        && cls
                            .builtin_base()
                            .is_none_or(|b| Rc::ptr_eq(b, &self.types.object))
                    {
                        return Err(self
                            .type_error(format!("{}() takes no arguments", cls.name().as_str())));
                    }
                }
                _ => {
                    let mut v = Vec::with_capacity(args.args.len() + 1);
                    v.push(obj.clone());
                    v.extend_from_slice(args.args);
                    let r = self.call_args(
                        &init,
                        &Args {
                            args: &v,
                            kwnames: args.kwnames,
                        },
                    )?;
                    if !r.is_none() {
                        return Err(self.type_error(format!(
                            "__init__() should return None, not '{}'",
                            self.type_name(&r)
                        )));
                    }
                }
            }
        }
        Ok(obj)
    }

    /// `__new__` of the nearest builtin base: `object.__new__`, or a builtin
    /// type's constructor wrapped for subclasses.
    pub(crate) fn builtin_new(&mut self, cls: &Rc<Class>, args: &Args) -> PyResult<Value> {
        // The common case, a plain instance of a plain class: what the
        // general path below does for it, without its MRO scans.
        if let Some(obj) = plain_instance(self, cls) {
            return Ok(obj);
        }
        // Likewise for exceptions: what the exception branch below makes.
        let facts = exc_facts(self, cls);
        if facts.plain_new() {
            let pos = &args.pos()[1..];
            let sub = crate::builtins::exceptions::os_error_subclass(self, cls, pos);
            return Ok(self.new_exception(sub.as_ref().unwrap_or(cls), pos.to_vec()));
        }
        let base = cls
            .builtin_base()
            .cloned()
            .unwrap_or_else(|| self.types.object.clone());
        // A metaclass: `type.__new__(Meta, name, bases, ns)` makes a class
        // whose type is `Meta`.
        if Rc::ptr_eq(&base, &self.types.type_) && args.args.len() == 4 {
            let pos = args.pos();
            let (name, bases, ns) = (pos[1].clone(), pos[2].clone(), pos[3].clone());
            return self.create_class(cls, &name, &bases, &ns, args);
        }
        if Rc::ptr_eq(&base, cls) {
            if let Some(f) = cls.native_new.get() {
                return f(self, args);
            }
        }
        // `BaseException.__new__`, unlike `object.__new__`, does not
        // check for abstract methods.
        if !cls.abstract_methods.borrow().is_empty() && !facts.layout() {
            let mut names: Vec<String> = cls
                .abstract_methods
                .borrow()
                .iter()
                .map(|s| format!("'{}'", s.as_str()))
                .collect();
            names.sort();
            let s = if names.len() == 1 { "" } else { "s" };
            return Err(self.type_error(format!(
                "Can't instantiate abstract class {} without an implementation for abstract method{s} {}",
                cls.name().as_str(),
                names.join(", ")
            )));
        }
        let layout = cls
            .mro_iter()
            .find(|c| c.layout != Layout::Object)
            .map(|c| c.layout)
            .unwrap_or(Layout::Object);
        let base_value = if !Rc::ptr_eq(&base, &self.types.object) && layout == Layout::Builtin {
            match base.native_new.get() {
                Some(f) => {
                    let mut v = args.args.to_vec();
                    v[0] = Value::Class(base.clone());
                    Some(f(
                        self,
                        &Args {
                            args: &v,
                            kwnames: args.kwnames,
                        },
                    )?)
                }
                None => None,
            }
        } else {
            None
        };
        let cls = &if layout == Layout::Exception
            && cls.is_subclass(&self.exc_class("BaseExceptionGroup"))
        {
            crate::builtins::exc_group::check_new(self, cls, args)?
        } else {
            cls.clone()
        };
        let exc = if layout == Layout::Exception {
            Some(crate::types::exception::ExcData {
                args: Value::tuple(args.pos()[1..].to_vec()),
                ..Default::default()
            })
        } else {
            None
        };
        Ok(Value::instance(match (exc, base_value) {
            (None, None) => Instance::of_class(cls.clone()),
            (exc, base_value) => Instance::of_class_with_state(cls.clone(), exc, base_value),
        }))
    }
}

/// Is `new`, what a class's `__new__` resolves to, one that `construct`
/// hands to `builtin_new` (none, or a builtin: not written in Python)?
pub(crate) fn builtin_new_only(new: Option<Value>) -> bool {
    match new {
        None | Some(Value::Builtin(_)) => true,
        Some(Value::Native(n)) => matches!(&*n, Native::StaticMethod(Value::Builtin(_))),
        _ => false,
    }
}

/// A new plain instance of `cls` when `object.__new__` makes one (see
/// [`Class::plain_new`]; no abstract methods left), else `None`.
#[inline(always)]
fn plain_instance(vm: &Vm, cls: &Rc<Class>) -> Option<Value> {
    if cls.plain_new(&vm.types.object) && cls.abstract_methods.borrow().is_empty() {
        return Some(Value::instance(Instance::of_class(cls.clone())));
    }
    None
}

thread_local! {
    /// [`Vm::plain_builtin_ctor`]'s answers for builtin classes, valid for
    /// the lookup epoch stored with them.
    #[allow(clippy::type_complexity)]
    static CTOR_MEMO: RefCell<(u64, Vec<(Rc<Class>, Option<crate::vm::NativeFn>)>)> =
        const { RefCell::new((u64::MAX, Vec::new())) };
}

/// Move the values of `stack` from `first` up into the empty `locals` as
/// their first slots and fill the rest of `nlocals` slots with `None`: a
/// simple call's arguments becoming its parameters. The caller then cuts
/// `stack`'s length to `first` or below.
///
/// # Safety
/// `locals` must be empty with capacity for `nlocals` >= the number of
/// values moved, and `first <= stack.len()`. The moved values are owned
/// by `locals` afterwards: `stack`'s length must be cut below them before
/// it is used again.
#[inline(always)]
pub(crate) unsafe fn move_args(
    stack: &mut Vec<Value>,
    first: usize,
    locals: &mut Vec<Option<Value>>,
    nlocals: usize,
) {
    let nargs = stack.len() - first;
    debug_assert!(locals.is_empty() && nargs <= nlocals && nlocals <= locals.capacity());
    // SAFETY: the caller's contract: each argument is read once, and every
    // one of the `nlocals` slots is written before `set_len`.
    unsafe {
        let src = stack.as_ptr().add(first);
        let dst = locals.as_mut_ptr();
        for i in 0..nargs {
            dst.add(i).write(Some(src.add(i).read()));
        }
        for i in nargs..nlocals {
            dst.add(i).write(None);
        }
        locals.set_len(nlocals);
    }
}

/// Cut `stack` to `len` values, releasing each with [`Value::release`]
/// (inline, no drop glue for shared or scalar values) rather than the
/// out-of-line drop `Vec::truncate` runs per element.
///
/// The length is cut first and the values released top down from a
/// pointer, so the loop does not reload the length after each release.
#[inline(always)]
pub(crate) fn release_to(stack: &mut Vec<Value>, len: usize) {
    let old = stack.len();
    if old <= len {
        return;
    }
    // SAFETY: `len < old`, so slots `len..old` are initialised; the length
    // is cut to `len` before they are read, so each is moved out exactly
    // once and the vector no longer owns them. Releasing a value runs no
    // Python code and does not touch `stack`.
    unsafe {
        stack.set_len(len);
        let base = stack.as_mut_ptr();
        let mut i = old;
        while i > len {
            i -= 1;
            Value::release(base.add(i).read());
        }
    }
}

/// Record the function a frame from [`Vm::bind_args`] runs, when it will
/// belong to a generator, coroutine or async generator: the collector
/// visits a suspended frame's function. Other frames leave `func` unset,
/// so they take `recycle_frame`'s fast path (the caller holds the
/// function for the call's duration).
#[inline]
fn set_frame_func(frame: &mut Frame, func: &Rc<Function>) {
    if func.code.co.flags & SUSPENDS != 0 {
        frame.func = Some(func.clone());
    }
}

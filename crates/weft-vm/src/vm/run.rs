//! The dispatch loop.
//!
//! `run_loop` executes the frame in `base` and every Python function it calls
//! *inline*: a call pushes the caller onto a local `callers` stack and swaps
//! the callee into `base`, so Python-to-Python calls do not recurse on the
//! Rust stack. Native code that calls back into Python (sort keys, `__eq__`)
//! starts a nested `run_loop`. A generator's frame is always the base frame
//! of its own `run_loop`, so yielding simply returns from it.

use std::rc::Rc;

use weft_compiler::bytecode::Op;

use crate::types::exception::Traceback;
use crate::value::Value;
use crate::vm::fast_loop::FastExit;
use crate::vm::frame::{Block, BlockKind, Frame};
use crate::vm::simple_ops::simple_opcodes;
use crate::vm::{PyErr, PyResult, Vm};

/// The most finished frames kept for reuse.
const FRAME_POOL_MAX: usize = 128;

/// How a frame's execution ended.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

impl Vm {
    /// Run a fresh frame to completion.
    pub fn run_frame(&mut self, frame: Box<Frame>) -> PyResult<Value> {
        let mut frame = frame;
        match self.run_loop(&mut frame)? {
            Exit::Return(v) => {
                // Native code calling Python (properties, `__eq__`, sort
                // keys) would otherwise allocate a fresh frame every time.
                self.recycle_frame(frame);
                Ok(v)
            }
            Exit::Yield(_) => Err(self.error("SystemError", "yield outside generator frame")),
        }
    }

    pub(crate) fn enter_frame(&mut self) -> PyResult<()> {
        if self.depth >= self.recursion_limit {
            return Err(self.error("RecursionError", "maximum recursion depth exceeded"));
        }
        self.check_stack()?;
        self.depth += 1;
        Ok(())
    }

    /// Return a finished frame to the pool. The common frame (locals only,
    /// none of them the last reference to an object) is cleared without
    /// drop glue; anything else goes through [`Vm::recycle_frame_slow`].
    ///
    /// The pool's buffer is allocated once at its full size
    /// ([`FRAME_POOL_MAX`]), so this path never grows it and calls nothing
    /// (no registers to save).
    #[inline]
    pub(crate) fn recycle_frame(&mut self, mut frame: Box<Frame>) {
        let pool = &mut self.frame_pool;
        let len = pool.len();
        if len < pool.capacity() && frame.clear_fast() {
            // SAFETY: `len < capacity`: slot `len` is allocated and
            // uninitialised, and is written before the length covers it.
            unsafe {
                pool.as_mut_ptr().add(len).write(frame);
                pool.set_len(len + 1);
            }
        } else {
            self.recycle_frame_slow(frame);
        }
    }

    /// [`Vm::recycle_frame`] for a frame that needs drop glue, or when the
    /// pool has no room left (its first use: the buffer is allocated; full:
    /// the frame is freed).
    #[cold]
    #[inline(never)]
    fn recycle_frame_slow(&mut self, mut frame: Box<Frame>) {
        let pool = &mut self.frame_pool;
        if pool.len() < FRAME_POOL_MAX {
            if pool.capacity() < FRAME_POOL_MAX {
                pool.reserve_exact(FRAME_POOL_MAX - pool.len());
            }
            frame.clear();
            pool.push(frame);
        }
    }

    /// Record that `err` passed through `frame` at its current line.
    pub(crate) fn add_traceback(&self, err: &PyErr, frame: &Frame) {
        if let Value::Instance(inst) = &err.0 {
            if let Some(exc) = inst.exc() {
                let mut d = exc.borrow_mut();
                let next = d.traceback.take();
                d.traceback = Some(Rc::new(Traceback {
                    code: frame.code.clone(),
                    line: frame.line(),
                    globals: frame.globals.clone(),
                    next,
                }));
            }
        }
    }

    pub fn run_loop(&mut self, base: &mut Box<Frame>) -> PyResult<Exit> {
        self.enter_frame()?;
        // A nested loop (a generator resumed by `next()`, `sum()`, ...)
        // often runs inline frames (generators it resumes with `for`):
        // reuse the buffer its frame's last run left rather than allocate
        // one per resume.
        let mut callers: Vec<Box<Frame>> = std::mem::take(&mut base.callers_buf);
        self.loops
            .push((&*base as *const Box<Frame>, &callers as *const _));
        // A frame that runs to its return or yield without needing
        // `dispatch` (a key function, a generator step) never enters it:
        // its prologue is most of what calling Python from native code
        // costs on top of the frame itself.
        let result = if self.pending_throw.is_none() {
            match self.run_fast(base, &mut callers) {
                FastExit::Return(v) => Ok(Exit::Return(v)),
                FastExit::Yield(v) => Ok(Exit::Yield(v)),
                first => self.dispatch(base, &mut callers, Some(first)),
            }
        } else {
            self.dispatch(base, &mut callers, None)
        };
        self.loops.pop();
        self.depth -= 1;
        // Every exit from `dispatch` leaves `callers` empty and `base` the
        // frame it started with: keep the buffer there for the next run.
        if callers.capacity() != 0 {
            callers.clear();
            let old = std::mem::replace(&mut base.callers_buf, callers);
            if old.capacity() != 0 {
                drop(old);
            } else {
                std::mem::forget(old);
            }
        } else {
            // No buffer: skip the out-of-line drop.
            std::mem::forget(callers);
        }
        result
    }

    /// The full dispatch loop, from `first`, what `run_fast` already
    /// returned, if it ran.
    fn dispatch(
        &mut self,
        base: &mut Box<Frame>,
        callers: &mut Vec<Box<Frame>>,
        mut first: Option<FastExit>,
    ) -> PyResult<Exit> {
        // (`run_loop` looked for a pending throw before running `first`.)
        let throw = match first {
            None => self.pending_throw.take(),
            Some(_) => None,
        };
        if let Some(err) = throw {
            self.add_traceback(&err, base);
            self.unwind(base, callers, err)?;
        }
        loop {
            let mut reraise = false;
            let err: PyErr = 'inner: loop {
                macro_rules! tri {
                    ($e:expr) => {
                        match $e {
                            Ok(v) => v,
                            Err(e) => break 'inner e,
                        }
                    };
                }
                // Most instructions run in `run_fast`; it returns the first
                // one that needs the code below, an error, or word that
                // objects with `__del__` were freed: their finalizers run
                // before the next instruction, as in CPython.
                let exit = match first.take() {
                    Some(exit) => exit,
                    None => self.run_fast(base, callers),
                };
                let instr = match exit {
                    FastExit::Slow(instr) => instr,
                    FastExit::Finalizers => {
                        self.run_finalizers();
                        continue;
                    }
                    FastExit::Error(e) => break 'inner e,
                    FastExit::Return(v) => return Ok(Exit::Return(v)),
                    FastExit::Yield(v) => return Ok(Exit::Yield(v)),
                };
                let frame = &mut **base;
                let arg = instr.arg();
                match instr.op() {
                    // Always completed by `run_fast`.
                    Op::Nop
                    | Op::PopTop
                    | Op::RotTwo
                    | Op::RotThree
                    | Op::DupTop
                    | Op::LoadConst
                    | Op::StoreFast
                    | Op::Jump
                    | Op::IsOp
                    | Op::UnaryNot
                    | Op::CompareOp
                    | Op::ContainsOp
                    | Op::PopJumpIfFalse
                    | Op::PopJumpIfTrue
                    | Op::BinaryOp
                    | Op::LoadAttr
                    | Op::LoadMethod
                    | Op::StoreAttr
                    | Op::BinarySubscr
                    | Op::StoreSubscr
                    | Op::GetIter
                    | Op::BuildTuple
                    | Op::BuildList
                    | Op::BuildString
                    | Op::ListAppend
                    | Op::CallFunction
                    | Op::CallMethod
                    | Op::JumpIfFalseOrPop
                    | Op::JumpIfTrueOrPop
                    | Op::FormatValue
                    | Op::BuildSlice
                    | Op::BinarySlice
                    | Op::StoreSlice
                    | Op::LoadConstBinaryOp
                    | Op::LoadConstCompareOp
                    | Op::LoadConstIsOp
                    | Op::BinaryOpStoreFast
                    | Op::UnaryNegative
                    | Op::CallFunctionKw
                    | Op::Swap
                    | Op::LoadFastAndClear
                    | Op::RestoreFast
                    | Op::SetupFinally
                    | Op::PopBlock
                    | simple_opcodes!() => unreachable!("run_fast completes {:?}", instr.op()),
                    Op::EndOfCode => {
                        break 'inner self.error("SystemError", "bytecode ran past its end");
                    }
                    Op::LoadFast
                    | Op::LoadFastLoadAttr
                    | Op::LoadFastLoadMethod
                    | Op::LoadFastStoreAttr
                    | Op::LoadFastCompareOp
                    | Op::LoadFastBinaryOp
                    | Op::LoadFastFoldBinaryOp
                    | Op::LoadFastFoldCompareOp
                    | Op::LoadFastFoldIsOp => match &frame.locals[arg as usize] {
                        Some(v) => {
                            let v = v.clone();
                            frame.push(v);
                        }
                        None => {
                            let name = frame.code.co.varnames[arg as usize].clone();
                            break 'inner self.error(
                                "UnboundLocalError",
                                format!("cannot access local variable '{name}' where it is not associated with a value"),
                            );
                        }
                    },
                    Op::LoadDeref => match frame.cells[arg as usize].get() {
                        Some(v) => frame.push(v),
                        None => break 'inner self.unbound_cell(frame, arg),
                    },
                    Op::LoadClassDeref => {
                        let name = frame.code.names[(arg & 0xffff) as usize].clone();
                        let cell = (arg >> 16) as usize;
                        let found = match &frame.names_map {
                            Some(m) => {
                                tri!(crate::builtins::classbuild::map_lookup(self, m, &name))
                            }
                            None => frame.names.as_ref().and_then(|d| d.get_pystr(&name)),
                        };
                        match found {
                            Some(v) => frame.push(v),
                            None => match frame.cells[cell].get() {
                                Some(v) => frame.push(v),
                                None => break 'inner self.unbound_cell(frame, cell as u32),
                            },
                        }
                    }
                    Op::LoadName => {
                        let name = &frame.code.names[arg as usize];
                        let mapped = match &frame.names_map {
                            Some(m) => tri!(crate::builtins::classbuild::map_lookup(self, m, name)),
                            None => None,
                        };
                        let v = mapped
                            .or_else(|| frame.names.as_ref().and_then(|d| d.get_pystr(name)))
                            .or_else(|| frame.globals.get_pystr(name))
                            .or_else(|| self.builtins.get_pystr(name));
                        match v {
                            Some(v) => frame.push(v),
                            None => break 'inner self.name_error(name.as_str()),
                        }
                    }
                    Op::StoreName => {
                        let name = Value::Str(frame.code.names[arg as usize].clone());
                        let v = frame.pop();
                        if let Some(m) = frame.names_map.clone() {
                            tri!(self.set_item(&m, name, v));
                            continue;
                        }
                        let ns = frame.names.clone().unwrap_or_else(|| frame.globals.clone());
                        tri!(ns.insert(self, name, v));
                    }
                    Op::DeleteName => {
                        let name = Value::Str(frame.code.names[arg as usize].clone());
                        if let Some(m) = frame.names_map.clone() {
                            tri!(crate::builtins::classbuild::map_delete(self, &m, &name));
                            continue;
                        }
                        let ns = frame.names.clone().unwrap_or_else(|| frame.globals.clone());
                        if tri!(ns.remove(self, &name)).is_none() {
                            break 'inner self.name_error(frame.code.names[arg as usize].as_str());
                        }
                    }
                    Op::LoadGlobal => {
                        // `run_fast` tried the inline cache's hit path.
                        let code = &frame.code;
                        let v = tri!(self.load_global_cached(
                            code.cache(frame.ip - 1),
                            &frame.globals,
                            &code.names[arg as usize]
                        ));
                        frame.push(v);
                    }
                    Op::StoreGlobal => {
                        let name = Value::Str(frame.code.names[arg as usize].clone());
                        let v = frame.pop();
                        let g = frame.globals.clone();
                        tri!(g.insert(self, name, v));
                    }
                    Op::DeleteGlobal => {
                        let name = Value::Str(frame.code.names[arg as usize].clone());
                        let g = frame.globals.clone();
                        if tri!(g.remove(self, &name)).is_none() {
                            break 'inner self.name_error(frame.code.names[arg as usize].as_str());
                        }
                    }
                    Op::DeleteAttr => {
                        let obj = frame.pop();
                        let name = frame.code.names[arg as usize].clone();
                        tri!(self.del_attr(&obj, &name));
                    }
                    Op::CallFunctionEx => {
                        let kwargs = if arg & 1 != 0 {
                            Some(frame.pop())
                        } else {
                            None
                        };
                        let args = frame.pop();
                        let callable = frame.pop();
                        let caller = std::mem::replace(&mut self.caller, &*frame as *const Frame);
                        let r = self.call_ex(&callable, &args, kwargs.as_ref());
                        self.caller = caller;
                        let r = tri!(r);
                        base.push(r);
                    }
                    Op::ForIter | Op::ForIterStoreFast => {
                        // A generator this loop ran inline has ended.
                        if crate::builtins::gen_inline::parent_is_running(self, callers.len()) {
                            match crate::builtins::gen_inline::ended(self, base, arg as usize) {
                                Ok(()) => continue,
                                Err(e) => break 'inner e,
                            }
                        }
                        // `run_fast` handles every other case.
                        unreachable!("ForIter in dispatch without an ended inline generator");
                    }
                    Op::BuildConstKeyMap => {
                        break 'inner self.error("SystemError", "BuildConstKeyMap is not emitted");
                    }
                    Op::UnpackSequence => {
                        let v = frame.pop();
                        // `run_fast` took tuples of the right size.
                        if let Value::List(l) = &v {
                            if let Ok(items) = l.try_borrow() {
                                if items.len() == arg as usize {
                                    frame.stack.extend(items.iter().rev().cloned());
                                    continue;
                                }
                            }
                        }
                        let items = tri!(self.unpack(&v, arg as usize, None));
                        let frame = &mut **base;
                        frame.stack.extend(items.into_iter().rev());
                    }
                    Op::UnpackEx => {
                        let v = frame.pop();
                        let before = (arg & 0xff) as usize;
                        let after = (arg >> 8) as usize;
                        let items = tri!(self.unpack(&v, before, Some(after)));
                        let frame = &mut **base;
                        frame.stack.extend(items.into_iter().rev());
                    }
                    Op::MakeFunction => {
                        let f = tri!(self.make_function(frame, arg));
                        base.push(f);
                    }
                    Op::ReturnValue => {
                        let v = frame.pop();
                        let init_self = frame.init_self.take();
                        match callers.pop() {
                            None => return Ok(Exit::Return(v)),
                            Some(parent) => {
                                let done = std::mem::replace(base, parent);
                                self.recycle_frame(done);
                                self.depth -= 1;
                                match init_self {
                                    None => base.push(v),
                                    Some(obj) => {
                                        // `type.__call__`'s check, raised in the caller.
                                        if !v.is_none() {
                                            break 'inner self.type_error(format!(
                                                "__init__() should return None, not '{}'",
                                                self.type_name(&v)
                                            ));
                                        }
                                        base.push(obj);
                                    }
                                }
                            }
                        }
                    }
                    Op::SetupWith => {
                        let ctx = frame.pop();
                        let exit = tri!(self.get_special(
                            &ctx,
                            "__exit__",
                            "the context manager protocol"
                        ));
                        let enter = tri!(self.get_special(
                            &ctx,
                            "__enter__",
                            "the context manager protocol"
                        ));
                        let res = tri!(self.call(&enter, &[]));
                        let frame = &mut **base;
                        frame.push(exit);
                        frame.push_finally(arg, frame.stack.len());
                        frame.push(res);
                    }
                    Op::PopExcept => {
                        if let Some(b) = frame.blocks.pop() {
                            debug_assert_eq!(b.kind, BlockKind::ExceptHandler);
                            self.handled = b.prev_exc;
                        }
                        frame.stack.pop();
                    }
                    Op::Reraise => {
                        let exc = frame.pop();
                        reraise = true;
                        break 'inner PyErr(exc);
                    }
                    Op::RaiseVarargs => {
                        let err = match arg {
                            0 => match &self.handled {
                                Some(e) => {
                                    reraise = true;
                                    PyErr(e.clone())
                                }
                                None => {
                                    self.error("RuntimeError", "No active exception to reraise")
                                }
                            },
                            1 => {
                                let e = frame.pop();
                                self.make_raise(e, None)
                            }
                            _ => {
                                let cause = frame.pop();
                                let e = frame.pop();
                                self.make_raise(e, Some(cause))
                            }
                        };
                        break 'inner err;
                    }
                    Op::WithExceptStart => {
                        let exc = frame.top().clone();
                        let exit = frame.stack[frame.stack.len() - 2].clone();
                        let ty = Value::Class(self.class_of(&exc));
                        let tb = self.traceback_of(&exc);
                        let r = tri!(self.call(&exit, &[ty, exc, tb]));
                        base.push(r);
                    }
                    Op::JumpIfNotExcMatch => {
                        let ty = frame.pop();
                        let exc = frame.top().clone();
                        if !tri!(self.exception_matches(&exc, &ty)) {
                            base.ip = arg as usize;
                        }
                    }
                    Op::ExcStarMatch => {
                        tri!(self.exc_star_match(base, arg));
                    }
                    Op::ExcStarFinish => {
                        tri!(self.exc_star_finish(base));
                    }
                    Op::LoadBuildClass => {
                        let f = self.builtins.get_str("__build_class__").unwrap();
                        frame.push(f);
                    }
                    Op::ImportName => {
                        let fromlist = frame.pop();
                        let level = frame.pop();
                        let name = frame.code.names[arg as usize].clone();
                        let globals = frame.globals.clone();
                        let m = tri!(self.import_name(name.as_str(), &fromlist, &level, &globals));
                        base.push(m);
                    }
                    Op::ImportFrom => {
                        let module = frame.top().clone();
                        let name = frame.code.names[arg as usize].clone();
                        let v = tri!(self.import_from(&module, &name));
                        base.push(v);
                    }
                    Op::ImportStar => {
                        let module = frame.pop();
                        let ns = frame.names.clone().unwrap_or_else(|| frame.globals.clone());
                        tri!(self.import_star(&module, &ns));
                    }
                    Op::LoadAssertionError => {
                        frame.push(Value::Class(self.exc_class("AssertionError")));
                    }
                    Op::SetupAnnotations => {
                        let ns = frame.names.clone().unwrap_or_else(|| frame.globals.clone());
                        if ns.get_str("__annotations__").is_none() {
                            ns.set_str(
                                "__annotations__",
                                Value::dict(crate::types::dict::PyDict::new()),
                            );
                        }
                    }
                    Op::StoreAnnotation => {
                        let ann = frame.pop();
                        let ns = frame.names.clone().unwrap_or_else(|| frame.globals.clone());
                        let name = Value::Str(frame.code.names[arg as usize].clone());
                        if let Some(Value::Dict(d)) = ns.get_str("__annotations__") {
                            tri!(d.insert(self, name, ann));
                        }
                    }
                    Op::YieldValue => {
                        let v = frame.pop();
                        // An inline generator's yield resumes its parent.
                        let Some(v) = crate::builtins::gen_inline::yield_up(self, base, callers, v)
                        else {
                            continue;
                        };
                        if !callers.is_empty() {
                            break 'inner self.error("SystemError", "yield in an inline frame");
                        }
                        return Ok(Exit::Yield(v));
                    }
                    Op::YieldFrom => {
                        // A generator this ran inline has ended.
                        if crate::builtins::gen_inline::parent_is_running(self, callers.len()) {
                            tri!(crate::builtins::gen_inline::ended(self, base, 0));
                            continue;
                        }
                        // `yield from` a list, tuple or range iterator (sent
                        // None, as `next()` and `for` do): its next item without
                        // going through `delegate_send`.
                        if frame.top().is_none() {
                            let n = frame.stack.len();
                            if let Some(r) = crate::vm::ops::next_fast(&frame.stack[n - 2]) {
                                frame.stack.pop();
                                match r {
                                    Some(v) => {
                                        // Re-execute YieldFrom when resumed.
                                        frame.ip -= 1;
                                        let Some(v) = crate::builtins::gen_inline::yield_up(
                                            self, base, callers, v,
                                        ) else {
                                            continue;
                                        };
                                        return Ok(Exit::Yield(v));
                                    }
                                    None => {
                                        // Exhausted: `yield from` evaluates to None.
                                        if let Some(it) = frame.stack.pop() {
                                            Value::release(it);
                                        }
                                        frame.push(Value::None);
                                        continue;
                                    }
                                }
                            }
                        }
                        let sent = frame.pop();
                        // A generator: run its frame inline.
                        let sent = match crate::builtins::gen_inline::start_delegate(
                            self,
                            base,
                            callers.len(),
                            sent,
                        ) {
                            Ok(gen_frame) => {
                                callers.push(std::mem::replace(base, gen_frame));
                                continue;
                            }
                            Err(sent) => sent,
                        };
                        let sub = base.top().clone();
                        match tri!(self.delegate_send(&sub, sent)) {
                            Exit::Yield(v) => {
                                // Re-execute YieldFrom when resumed with the next sent value.
                                base.ip -= 1;
                                let Some(v) =
                                    crate::builtins::gen_inline::yield_up(self, base, callers, v)
                                else {
                                    continue;
                                };
                                return Ok(Exit::Yield(v));
                            }
                            Exit::Return(v) => {
                                base.stack.pop();
                                base.push(v);
                            }
                        }
                    }
                    Op::GetYieldFromIter => {
                        let v = frame.pop();
                        let flags = frame.code.co.flags;
                        let it = tri!(self.get_yield_from_iter(v, flags));
                        base.push(it);
                    }
                    Op::GetAwaitable => {
                        let v = frame.pop();
                        let a = tri!(self.get_awaitable(&v, arg));
                        base.push(a);
                    }
                    Op::GetAIter => {
                        let v = frame.pop();
                        let it = tri!(self.get_aiter(&v));
                        base.push(it);
                    }
                    Op::GetANext => {
                        let it = frame.top().clone();
                        let a = tri!(self.get_anext(&it));
                        base.push(a);
                    }
                    Op::EndAsyncFor => {
                        if let Some(e) = self.end_async_for(frame) {
                            reraise = true;
                            break 'inner e;
                        }
                    }
                    Op::BeforeAsyncWith => {
                        let mgr = frame.pop();
                        let (exit, res) = tri!(self.before_async_with(&mgr));
                        base.push(exit);
                        base.push(res);
                    }
                    Op::SetupAsyncWith => {
                        // The awaited `__aenter__()` result is on TOS, `__aexit__` below it.
                        frame.push_finally(arg, frame.stack.len() - 1);
                    }
                    Op::GenStart => {}
                    Op::GetLen => {
                        let v = frame.top().clone();
                        let n = tri!(self.len(&v));
                        base.push(Value::Int(n as i64));
                    }
                    Op::MatchMapping => {
                        let b = self.match_is_mapping(frame.top());
                        frame.push(Value::Bool(b));
                    }
                    Op::MatchSequence => {
                        let b = self.match_is_sequence(frame.top());
                        frame.push(Value::Bool(b));
                    }
                    Op::MatchKeys => {
                        let n = frame.stack.len();
                        let (map, keys) = (frame.stack[n - 2].clone(), frame.stack[n - 1].clone());
                        let v = tri!(self.match_keys(&map, &keys));
                        base.push(v);
                    }
                    Op::MatchClass => {
                        let names = frame.pop();
                        let cls = frame.pop();
                        let subject = frame.pop();
                        let v = tri!(self.match_class(&subject, &cls, arg as usize, &names));
                        base.push(v);
                    }
                }
            };
            // An exception: record where it passed, then find a handler.
            if !reraise {
                if let Some(h) = &self.handled {
                    self.set_context(&err, h.clone());
                }
                self.add_traceback(&err, base);
            }
            self.unwind(base, callers, err)?;
        }
    }

    /// Find the innermost handler for `err`, popping frames that have none.
    fn unwind(
        &mut self,
        base: &mut Box<Frame>,
        callers: &mut Vec<Box<Frame>>,
        err: PyErr,
    ) -> PyResult<()> {
        loop {
            let frame = &mut **base;
            while let Some(block) = frame.blocks.pop() {
                match block.kind {
                    BlockKind::ExceptHandler => {
                        self.handled = block.prev_exc;
                    }
                    BlockKind::Finally => {
                        frame.stack.truncate(block.level as usize);
                        let prev = self.handled.replace(err.0.clone());
                        frame.blocks.push(Block {
                            kind: BlockKind::ExceptHandler,
                            handler: 0,
                            level: block.level,
                            prev_exc: prev,
                        });
                        frame.push(err.0);
                        frame.ip = block.handler as usize;
                        return Ok(());
                    }
                }
            }
            match callers.pop() {
                None => return Err(err),
                Some(parent) => {
                    let done = std::mem::replace(base, parent);
                    self.recycle_frame(done);
                    self.depth -= 1;
                    self.add_traceback(&err, base);
                }
            }
        }
    }

    pub(crate) fn unbound_cell(&self, frame: &Frame, idx: u32) -> PyErr {
        let co = &frame.code.co;
        let i = idx as usize;
        if i < co.cellvars.len() {
            let name = &co.cellvars[i];
            self.error(
                "UnboundLocalError",
                format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            )
        } else {
            let name = &co.freevars[i - co.cellvars.len()];
            self.error(
                "NameError",
                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            )
        }
    }

    pub fn name_error(&self, name: &str) -> PyErr {
        self.error_attrs(
            "NameError",
            format!("name '{name}' is not defined"),
            &[("name", Value::str(name))],
        )
    }
}

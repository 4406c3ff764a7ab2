//! The dispatch loop's inner loop: every instruction that stays in the
//! running frame's normal flow.
//!
//! `Vm::dispatch` calls [`Vm::run_fast`], which keeps the instruction
//! pointer and the frame in locals (registers, or in the profile-guided
//! build stack slots of their own: see docs/performance.md) and runs
//! instructions until it meets one that needs the frame machinery
//! (exception blocks, `with`, generators, imports, class bodies...), or an
//! instruction raises, or objects with `__del__` have been freed. It then
//! writes the instruction pointer back to the frame and returns why
//! ([`FastExit`]); `dispatch`'s big `match` handles the instruction.
//!
//! Why a separate loop: with one big `match` the instruction pointer lived
//! in `frame.ip`, so every instruction loaded it, incremented it and stored
//! it back, a store-to-load chain through memory on the critical path; and
//! the function was too large to keep the instruction array in a register.
//!
//! Rules for an arm:
//! - It completes its instruction and `continue`s, or leaves the stack as
//!   it found it and falls through to the hand-over at the bottom.
//! - Before calling anything that can fail or run Python code it stores
//!   `frame.ip = ip.index(instrs)` (`ip` is a [`Pc`], a pointer into the
//!   instruction array), so tracebacks and `sys._getframe` see the line.
//! - After a call that may switch frames (`call_inline`) it re-enters the
//!   `'frame` loop, which reloads everything from `base`.
//! - Python code run by an arm cannot replace or free `frame.code` (code
//!   objects are immutable and the frame holds its own), so the cached
//!   instruction array stays valid.

use weft_compiler::bytecode::{BinOp, CmpOp, Instr, Op};

use crate::value::Value;
use crate::vm::frame::{Frame, push_inline};
use crate::vm::inline_cache::{
    attr_hit, builtin_method_hit, global_hit, inline_property_getter, store_hit,
};
use crate::vm::simple_ops::simple_opcodes;
use crate::vm::{PyErr, PyResult, Vm};

/// Why [`Vm::run_fast`] stopped. In every case `frame.ip` is just past the
/// instruction concerned.
pub(crate) enum FastExit {
    /// An instruction for `dispatch`'s full `match`.
    Slow(Instr),
    /// Objects with `__del__` were freed: run the finalizers, then resume.
    Finalizers,
    /// The last instruction raised.
    Error(PyErr),
    /// The loop's base frame returned this value (`ReturnValue` with no
    /// caller in this loop and no constructor to finish).
    Return(Value),
    /// The loop's base frame, a generator's resumed by native code
    /// (`next()`, `sum()`...), yielded this value.
    Yield(Value),
}

/// Hand `instr` to the slow path from inside an arm's expression.
macro_rules! break_slow {
    ($frame:expr, $ip:expr, $instr:expr) => {{
        $frame.ip = $ip.index_in(&$frame);
        return FastExit::Slow($instr);
    }};
}

impl Vm {
    /// Run instructions of the frame in `base` (and of the frames it calls
    /// inline) from `frame.ip` until one needs `dispatch`.
    #[inline(never)]
    pub(crate) fn run_fast(
        &mut self,
        base: &mut Box<Frame>,
        callers: &mut Vec<Box<Frame>>,
    ) -> FastExit {
        macro_rules! tri {
            ($e:expr) => {
                match $e {
                    Ok(v) => v,
                    Err(e) => return FastExit::Error(e),
                }
            };
        }
        // The truth value of `$v`: simple types inline, others through
        // `Vm::truthy` (which may call `__bool__`/`__len__`).
        macro_rules! truth {
            ($frame:ident, $ip:ident, $v:expr) => {
                match truthy_simple($v) {
                    Some(t) => t,
                    None => {
                        $frame.ip = $ip.index_in(&$frame);
                        tri!(self.truthy($v))
                    }
                }
            };
        }
        // The end of an instruction that may have freed an object (a
        // release, a drop, a call out): objects with `__del__` are
        // finalized before the next instruction, as in CPython. Arms that
        // free nothing `continue` without the check.
        macro_rules! next {
            ($frame:ident, $ip:ident) => {{
                if crate::vm::finalize::pending() {
                    $frame.ip = $ip.index_in(&$frame);
                    return FastExit::Finalizers;
                }
                continue;
            }};
        }
        // Operand-indexed reads without bounds checks. `Code::new`
        // (`check_operands`) guarantees that the operand of every
        // local-slot instruction is below `varnames.len()`, of every
        // constant instruction below `consts.len()` and of every
        // attribute/global instruction below `names.len()`; the `'frame`
        // loop head makes the running frame's locals at least
        // `varnames.len()` long, and nothing shortens a running frame's
        // locals. Only use them with the operand of such an instruction
        // (`arg` in its arm, or `peek(..).arg` of the fused partner).
        macro_rules! local {
            ($frame:ident, $i:expr) => {{
                // SAFETY: see above.
                unsafe { $frame.locals.get_unchecked($i as usize) }
            }};
        }
        // Store `$v` in local slot `$i`, releasing what it held.
        macro_rules! store_local {
            ($frame:ident, $i:expr, $v:expr) => {{
                // SAFETY: see above.
                let slot = unsafe { $frame.locals.get_unchecked_mut($i as usize) };
                if let Some(old) = slot.replace($v) {
                    Value::release(old);
                }
            }};
        }
        macro_rules! konst {
            ($frame:ident, $i:expr) => {{
                // SAFETY: see above (`Code::consts` has one value per
                // compiler constant).
                unsafe { $frame.code.consts.get_unchecked($i as usize) }
            }};
        }
        macro_rules! name {
            ($code:ident, $i:expr) => {{
                // SAFETY: see above (`Code::names` has one entry per
                // compiler name).
                unsafe { $code.names.get_unchecked($i as usize) }
            }};
        }
        // The second operand of a fused instruction: the constant or the
        // local with index `$i` (the operand of a `LoadConst...` or
        // `LoadFast...` instruction, per `$is_const`).
        macro_rules! operand {
            ($frame:ident, $is_const:expr, $i:expr) => {{
                if $is_const {
                    Some(konst!($frame, $i))
                } else {
                    local!($frame, $i).as_ref()
                }
            }};
        }
        // The inline cache of `$instr`, the running instruction or the
        // fused partner its arm peeked at.
        macro_rules! cache {
            ($code:expr, $instr:expr) => {{
                // SAFETY: `$instr` was fetched from the running code's
                // instruction array.
                unsafe { $code.cache_of($instr) }
            }};
        }
        // Re-entered after every call and return: the running frame changed.
        'frame: loop {
            let frame: &mut Frame = base;
            let instrs: *const Instr = frame.code.co.instructions.as_ptr();
            let len = frame.code.co.instructions.len();
            let mut ip = Pc::at(instrs, frame.ip);
            // What `local!` relies on. Every way of making a frame sizes
            // its locals so; this keeps a mistake there from becoming an
            // out-of-bounds access (an unbound slot is what it would hold).
            let nlocals = frame.code.co.varnames.len();
            if frame.locals.len() < nlocals {
                frame.locals.resize(nlocals, None);
            }
            // Calls, returns and generator switches come back here: a
            // frame they freed may have queued finalizers.
            if crate::vm::finalize::pending() {
                return FastExit::Finalizers;
            }
            loop {
                // A fresh reborrow of the frame per instruction whose
                // address LLVM cannot see through (see `opaque`), so that
                // it does not hoist addresses derived from it out of the
                // loop.
                // SAFETY: the pointer is `frame`'s own, unchanged; the
                // outer reference is not used while this one is live.
                let frame: &mut Frame = unsafe { &mut *opaque(&mut *frame as *mut Frame) };
                debug_assert!(ip.index(instrs) < len, "instruction pointer out of range");
                // SAFETY: `ip` is in the array: it ends with `EndOfCode`
                // (`Code::new`), which no instruction falls through past
                // and which leaves this loop, and jump targets are
                // positions in the array. `frame.code`, which owns the
                // array, is not replaced or freed while this frame runs
                // (see the module comment).
                let instr = unsafe { ip.fetch() };
                ip += 1;
                let arg = instr.arg;
                #[cfg(feature = "trace-exec")]
                eprintln!(
                    "{:>4} {:<20} {:>4} stack={}",
                    (ip - 1).index(instrs),
                    instr.op().name(),
                    arg,
                    frame.stack.len()
                );
                match instr.op() {
                    Op::Nop => continue,
                    Op::PopTop => {
                        if let Some(v) = frame.stack.pop() {
                            Value::release(v);
                        }
                        next!(frame, ip);
                    }
                    Op::RotTwo => {
                        frame.rotate_top(2);
                        continue;
                    }
                    Op::RotThree => {
                        frame.rotate_top(3);
                        continue;
                    }
                    Op::DupTop => {
                        let v = frame.top().clone();
                        frame.push(v);
                        continue;
                    }
                    Op::LoadConst => {
                        let v = konst!(frame, arg).clone();
                        frame.push(v);
                        continue;
                    }
                    Op::LoadConstBinaryOp | Op::LoadFastBinaryOp => {
                        // [a] -> [a op b] with the `BinaryOp` that follows,
                        // `b` the constant or the local.
                        let b = operand!(frame, instr.op() == Op::LoadConstBinaryOp, arg);
                        if let Some(b) = b {
                            let next = peek(ip);
                            if fold_binary(&mut frame.stack, next, b) {
                                ip += 1;
                                if next.op() == Op::BinaryOpStoreFast {
                                    // And the `StoreFast` that `BinaryOp`
                                    // fused with (`i += 1`, `x = x * y`).
                                    let slot = peek(ip).arg;
                                    ip += 1;
                                    // A number: owns nothing.
                                    let r = frame.pop();
                                    store_local!(frame, slot, r);
                                    next!(frame, ip);
                                }
                                continue;
                            }
                            let b = b.clone();
                            frame.push(b);
                            continue;
                        }
                    }
                    Op::LoadFastFoldBinaryOp => {
                        // [] -> [a op b] with the `LoadConstBinaryOp` or
                        // `LoadFastBinaryOp` (`b`) and the `BinaryOp` after
                        // it, `a` this local: the local is not pushed.
                        if let Some(a) = local!(frame, arg) {
                            let next = peek(ip);
                            let b = operand!(frame, next.op() == Op::LoadConstBinaryOp, next.arg);
                            // The partner's `BinaryOp` (the pair was fused
                            // with one) is the instruction after it.
                            let op = peek(ip + 1);
                            if let Some(r) = b.and_then(|b| {
                                crate::vm::numeric::fast_binary(BinOp::from_u32(op.arg), a, b)
                            }) {
                                ip += 2;
                                if op.op() == Op::BinaryOpStoreFast {
                                    let slot = peek(ip).arg;
                                    ip += 1;
                                    store_local!(frame, slot, r);
                                    next!(frame, ip);
                                }
                                frame.push(r);
                                continue;
                            }
                            let v = a.clone();
                            frame.push(v);
                            continue;
                        }
                    }
                    Op::LoadFastFoldCompareOp => {
                        // [] -> [a cmp c] (or the jump after it) with the
                        // `LoadConstCompareOp` or `LoadFastCompareOp` (`c`)
                        // and the `CompareOp` after it, `a` this local.
                        if let Some(a) = local!(frame, arg) {
                            let next = peek(ip);
                            let c = operand!(frame, next.op() == Op::LoadConstCompareOp, next.arg);
                            let op = CmpOp::from_u32(peek(ip + 1).arg);
                            if let Some(t) = c.and_then(|c| num_compare(op, a, c)) {
                                ip += 2;
                                push_or_jump(frame, instrs, &mut ip, t);
                                continue;
                            }
                            let v = a.clone();
                            frame.push(v);
                            continue;
                        }
                    }
                    Op::LoadConstCompareOp | Op::LoadFastCompareOp => {
                        // [a] -> [a cmp c] (or the jump after it) with the
                        // `CompareOp` that follows, `c` the constant or the
                        // local.
                        let c = operand!(frame, instr.op() == Op::LoadConstCompareOp, arg);
                        if let Some(c) = c {
                            let op = CmpOp::from_u32(peek(ip).arg);
                            if let Some(t) = frame.stack.last().and_then(|a| num_compare(op, a, c))
                            {
                                // The popped number owns nothing.
                                std::mem::forget(frame.stack.pop());
                                ip += 1;
                                push_or_jump(frame, instrs, &mut ip, t);
                                continue;
                            }
                            let c = c.clone();
                            frame.push(c);
                            continue;
                        }
                    }
                    Op::LoadFastFoldIsOp => {
                        // [] -> [a is c] (or the jump after it) with the
                        // `LoadConstIsOp` (`c`) and the `IsOp` after it, `a`
                        // this local: the local is not pushed.
                        if let Some(a) = local!(frame, arg) {
                            let next = peek(ip);
                            let invert = peek(ip + 1).arg == 1;
                            let t = match konst!(frame, next.arg) {
                                Value::None => matches!(a, Value::None),
                                c => a.is(c),
                            } != invert;
                            ip += 2;
                            push_or_jump(frame, instrs, &mut ip, t);
                            continue;
                        }
                    }
                    Op::LoadConstIsOp => {
                        // [a] -> [a is c] (or the jump after it) with the
                        // `IsOp` that follows.
                        let next = peek(ip);
                        let a = frame.pop();
                        let t = match konst!(frame, arg) {
                            // `x is None`, the common case, without a call.
                            Value::None => matches!(a, Value::None),
                            c => a.is(c),
                        } != (next.arg == 1);
                        Value::release(a);
                        ip += 1;
                        push_or_jump(frame, instrs, &mut ip, t);
                        next!(frame, ip);
                    }
                    Op::LoadFast => {
                        if let Some(v) = local!(frame, arg) {
                            let v = v.clone();
                            frame.push(v);
                            continue;
                        }
                    }
                    Op::LoadFastLoadAttr => {
                        if let Some(v) = local!(frame, arg) {
                            // The `LoadAttr` this was fused with (`Code::new`
                            // only fuses when it exists).
                            let next = peek(ip);
                            let code = &*frame.code;
                            let name = name!(code, next.arg);
                            if let Some((r, _)) = attr_hit(cache!(code, next), v, name, false) {
                                frame.push(r);
                                ip += 1;
                                continue;
                            }
                            let v = v.clone();
                            frame.push(v);
                            continue;
                        }
                    }
                    Op::LoadFastLoadMethod => {
                        if let Some(obj) = local!(frame, arg) {
                            // The `LoadMethod` this was fused with: its hit
                            // paths, with the receiver read from the local
                            // instead of the stack.
                            let next = peek(ip);
                            let code = &*frame.code;
                            let cache = cache!(code, next);
                            if let Some((v, plain)) =
                                attr_hit(cache, obj, name!(code, next.arg), true)
                            {
                                if plain {
                                    let obj = obj.clone();
                                    frame.push(v);
                                    frame.push(obj);
                                } else {
                                    frame.push(Value::None);
                                    frame.push(v);
                                }
                                ip += 1;
                                continue;
                            }
                            if let Some(f) = builtin_method_hit(&self.types, cache, obj) {
                                let obj = obj.clone();
                                frame.push(f);
                                frame.push(obj);
                                ip += 1;
                                continue;
                            }
                            let v = obj.clone();
                            frame.push(v);
                            continue;
                        }
                    }
                    Op::LoadFastStoreAttr => {
                        if let Some(Value::Instance(_)) = local!(frame, arg) {
                            let next = peek(ip);
                            let v = frame.pop();
                            let code = &*frame.code;
                            let name = name!(code, next.arg);
                            let Some(obj) = local!(frame, arg) else {
                                unreachable!("the local was just seen bound")
                            };
                            // Either way the `StoreAttr` is done here.
                            ip += 1;
                            if let Err(v) = store_hit(cache!(code, next), obj, name, v) {
                                let obj = obj.clone();
                                frame.ip = ip.index(instrs);
                                tri!(self.store_attr_miss(frame, next.arg, obj, v));
                            }
                            next!(frame, ip);
                        }
                        if let Some(v) = local!(frame, arg) {
                            let v = v.clone();
                            frame.push(v);
                            continue;
                        }
                    }
                    Op::StoreFast => {
                        let v = frame.pop();
                        store_local!(frame, arg, v);
                        next!(frame, ip);
                    }
                    Op::LoadDeref => {
                        if let Some(v) = frame.cells[arg as usize].get() {
                            frame.push(v);
                            continue;
                        }
                    }
                    Op::Jump => {
                        ip = Pc::at(instrs, arg as usize);
                        continue;
                    }
                    Op::PopJumpIfFalse | Op::PopJumpIfTrue => {
                        let v = frame.pop();
                        let t = truth!(frame, ip, &v);
                        Value::release(v);
                        if t == (instr.op() == Op::PopJumpIfTrue) {
                            ip = Pc::at(instrs, arg as usize);
                        }
                        next!(frame, ip);
                    }
                    Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => {
                        let t = truth!(frame, ip, frame.top());
                        if t == (instr.op() == Op::JumpIfTrueOrPop) {
                            ip = Pc::at(instrs, arg as usize);
                        } else if let Some(v) = frame.stack.pop() {
                            Value::release(v);
                        }
                        next!(frame, ip);
                    }
                    Op::UnaryNot => {
                        let v = frame.pop();
                        let t = truth!(frame, ip, &v);
                        Value::release(v);
                        frame.push(Value::Bool(!t));
                        next!(frame, ip);
                    }
                    Op::BinaryOp | Op::BinaryOpStoreFast => {
                        let n = frame.stack.len();
                        let op = BinOp::from_u32(arg);
                        let (a, b) = (&frame.stack[n - 2], &frame.stack[n - 1]);
                        if let Some(r) = crate::vm::numeric::fast_binary(op, a, b) {
                            // Both operands are ints or floats (the fast
                            // path's only operands): nothing to free.
                            if instr.op() == Op::BinaryOpStoreFast {
                                // SAFETY: `n >= 2` (indexed above); the
                                // numbers are forgotten, not dropped.
                                unsafe { frame.stack.set_len(n - 2) };
                                let slot = peek(ip).arg;
                                ip += 1;
                                store_local!(frame, slot, r);
                                next!(frame, ip);
                            }
                            // SAFETY: `n >= 2` (the indexing above checked
                            // it); the two values are overwritten/forgotten,
                            // not dropped, which is right for payloads
                            // without references.
                            unsafe { frame.stack.set_len(n - 1) };
                            let _int = std::mem::replace(&mut frame.stack[n - 2], r);
                            std::mem::forget(_int);
                            continue;
                        }
                        frame.ip = ip.index(instrs);
                        let b = frame.pop();
                        let a = frame.pop();
                        let r = tri!(self.binary_op(&a, &b, op));
                        drop((a, b));
                        frame.push(r);
                        next!(frame, ip);
                    }
                    Op::CompareOp => {
                        let n = frame.stack.len();
                        let op = CmpOp::from_u32(arg);
                        let t = match num_compare(op, &frame.stack[n - 2], &frame.stack[n - 1]) {
                            Some(t) => {
                                // SAFETY: `n >= 2` (indexed above); the
                                // popped numbers own nothing.
                                unsafe { frame.stack.set_len(n - 2) };
                                t
                            }
                            None => {
                                frame.ip = ip.index(instrs);
                                let b = frame.pop();
                                let a = frame.pop();
                                let t = match tri!(self.compare(&a, &b, op)) {
                                    Value::True => true,
                                    Value::False => false,
                                    // Rich comparisons may return anything.
                                    r => {
                                        drop((a, b));
                                        frame.push(r);
                                        next!(frame, ip);
                                    }
                                };
                                drop((a, b));
                                push_or_jump(frame, instrs, &mut ip, t);
                                next!(frame, ip);
                            }
                        };
                        push_or_jump(frame, instrs, &mut ip, t);
                        continue;
                    }
                    Op::IsOp => {
                        let b = frame.pop();
                        let a = frame.pop();
                        let t = a.is(&b) != (arg == 1);
                        Value::release(b);
                        Value::release(a);
                        push_or_jump(frame, instrs, &mut ip, t);
                        next!(frame, ip);
                    }
                    Op::ContainsOp => {
                        frame.ip = ip.index(instrs);
                        let container = frame.pop();
                        let item = frame.pop();
                        let r = tri!(self.contains(&container, &item));
                        drop((container, item));
                        push_or_jump(frame, instrs, &mut ip, r != (arg == 1));
                        next!(frame, ip);
                    }
                    Op::LoadGlobal => {
                        let cache = cache!(frame.code, instr);
                        if let Some(v) = global_hit(cache, &frame.globals, &self.builtins) {
                            frame.push(v);
                            continue;
                        }
                    }
                    Op::LoadAttr => {
                        let code = &*frame.code;
                        let name = name!(code, arg);
                        if let Some((v, _)) =
                            attr_hit(cache!(code, instr), frame.top(), name, false)
                        {
                            let obj = std::mem::replace(frame.stack.last_mut().unwrap(), v);
                            Value::release(obj);
                            next!(frame, ip);
                        }
                        frame.ip = ip.index(instrs);
                        // A property with a plain Python getter: the
                        // getter's frame runs next, inline.
                        if let Some(new) = tri!(self.load_attr_miss(frame, arg)) {
                            push_inline(callers, std::mem::replace(base, new));
                            continue 'frame;
                        }
                        next!(frame, ip);
                    }
                    Op::LoadMethod => {
                        let code = &*frame.code;
                        let cache = cache!(code, instr);
                        let obj = frame.top();
                        if let Some((v, plain)) = attr_hit(cache, obj, name!(code, arg), true) {
                            if plain {
                                let obj = std::mem::replace(frame.stack.last_mut().unwrap(), v);
                                frame.push(obj);
                            } else {
                                let obj =
                                    std::mem::replace(frame.stack.last_mut().unwrap(), Value::None);
                                Value::release(obj);
                                frame.push(v);
                            }
                            next!(frame, ip);
                        }
                        if let Some(f) = builtin_method_hit(&self.types, cache, obj) {
                            let obj = std::mem::replace(frame.stack.last_mut().unwrap(), f);
                            frame.push(obj);
                            continue;
                        }
                        frame.ip = ip.index(instrs);
                        tri!(self.load_method_miss(frame, arg));
                        next!(frame, ip);
                    }
                    Op::StoreAttr => {
                        let obj = frame.pop();
                        let v = frame.pop();
                        let code = &*frame.code;
                        let name = name!(code, arg);
                        let v = match store_hit(cache!(code, instr), &obj, name, v) {
                            Ok(()) => {
                                Value::release(obj);
                                next!(frame, ip);
                            }
                            Err(v) => v,
                        };
                        frame.ip = ip.index(instrs);
                        tri!(self.store_attr_miss(frame, arg, obj, v));
                        next!(frame, ip);
                    }
                    Op::BinarySubscr => {
                        let n = frame.stack.len();
                        let (obj, key) = (&frame.stack[n - 2], &frame.stack[n - 1]);
                        let v = match crate::vm::subscript::subscr_fast(obj, key) {
                            Some(v) => v,
                            None => {
                                frame.ip = ip.index(instrs);
                                tri!(self.get_item(obj, key))
                            }
                        };
                        let key = frame.pop();
                        let obj = std::mem::replace(frame.stack.last_mut().unwrap(), v);
                        Value::release(key);
                        Value::release(obj);
                        next!(frame, ip);
                    }
                    Op::StoreSubscr => {
                        let key = frame.pop();
                        let obj = frame.pop();
                        let v = frame.pop();
                        match crate::vm::subscript::store_subscr_fast(&obj, &key, v) {
                            Some(v) => {
                                frame.ip = ip.index(instrs);
                                tri!(self.set_item(&obj, key, v));
                            }
                            None => Value::release(key),
                        }
                        Value::release(obj);
                        next!(frame, ip);
                    }
                    Op::GetIter => {
                        frame.ip = ip.index(instrs);
                        let v = frame.pop();
                        let it = tri!(self.iter(&v));
                        drop(v);
                        frame.push(it);
                        next!(frame, ip);
                    }
                    Op::ForIter | Op::ForIterStoreFast => {
                        // A generator this loop ran inline has ended: slow path.
                        if !crate::builtins::gen_inline::parent_is_running(self, callers.len()) {
                            match crate::vm::ops::next_fast(frame.top()) {
                                Some(Some(v)) => {
                                    if instr.op() == Op::ForIterStoreFast {
                                        // The loop variable, stored at once.
                                        let slot = peek(ip).arg;
                                        ip += 1;
                                        store_local!(frame, slot, v);
                                        next!(frame, ip);
                                    }
                                    frame.push(v);
                                    continue;
                                }
                                Some(None) => {
                                    if let Some(it) = frame.stack.pop() {
                                        Value::release(it);
                                    }
                                    ip = Pc::at(instrs, arg as usize);
                                    next!(frame, ip);
                                }
                                None => {
                                    frame.ip = ip.index(instrs);
                                    // A generator: its frame runs next, inline.
                                    if let Value::Generator(_) | Value::Iter(_) = frame.top() {
                                        if crate::builtins::gen_inline::start_fast(
                                            self, base, callers,
                                        ) {
                                            continue 'frame;
                                        }
                                    }
                                    // Any other iterator: its `__next__`.
                                    match tri!(self.next(base.top())) {
                                        Some(v) => base.push(v),
                                        None => {
                                            if let Some(it) = base.stack.pop() {
                                                Value::release(it);
                                            }
                                            base.ip = arg as usize;
                                        }
                                    }
                                    continue 'frame;
                                }
                            }
                        }
                    }
                    Op::YieldValue => {
                        // An inline generator's yield back to its `for` loop.
                        frame.ip = ip.index(instrs);
                        if crate::builtins::gen_inline::yield_fast(self, base, callers) {
                            continue 'frame;
                        }
                        // The base frame yields out of the loop (no inline
                        // generator can be running with no callers).
                        if callers.is_empty() {
                            return FastExit::Yield(base.pop());
                        }
                        return FastExit::Slow(instr);
                    }
                    Op::UnpackSequence => {
                        if let Value::Tuple(t) = frame.top() {
                            if t.len() == arg as usize {
                                let v = frame.pop();
                                if let Value::Tuple(t) = &v {
                                    frame.stack.extend(t.items.iter().rev().cloned());
                                }
                                Value::release(v);
                                next!(frame, ip);
                            }
                        }
                    }
                    Op::BuildTuple => {
                        let n = frame.stack.len() - arg as usize;
                        let items = frame.stack.split_off(n);
                        frame.push(Value::tuple(items));
                        continue;
                    }
                    Op::BuildList => {
                        let n = frame.stack.len() - arg as usize;
                        let items = frame.stack.split_off(n);
                        frame.push(Value::list(items));
                        continue;
                    }
                    Op::BuildString => {
                        let n = frame.stack.len() - arg as usize;
                        let s = crate::types::str::concat_values(&frame.stack[n..]);
                        frame.stack.truncate(n);
                        frame.push(s);
                        next!(frame, ip);
                    }
                    Op::FormatValue => {
                        frame.ip = ip.index(instrs);
                        tri!(self.format_value(frame, arg));
                        next!(frame, ip);
                    }
                    Op::ListAppend => {
                        let v = frame.pop();
                        let at = frame.stack.len() - arg as usize;
                        if let Value::List(l) = &frame.stack[at] {
                            if let Ok(mut l) = l.try_borrow_mut() {
                                l.push(v);
                                continue;
                            }
                        }
                        frame.ip = ip.index(instrs);
                        let target = frame.stack[at].clone();
                        tri!(self.collection_add(Op::ListAppend, &target, v));
                        drop(target);
                        next!(frame, ip);
                    }
                    Op::CallFunction | Op::CallMethod => {
                        let (at, nargs, truncate_to) = if instr.op() == Op::CallFunction {
                            let at = frame.stack.len() - arg as usize - 1;
                            (at, arg as usize, at)
                        } else {
                            frame.method_call_layout(arg)
                        };
                        frame.ip = ip.index(instrs);
                        // A plain function taking exactly these positional
                        // arguments: its frame runs next, in this loop.
                        if let Value::Function(func) = &frame.stack[at] {
                            if func.code.simple_args
                                && func.code.co.argcount as usize == nargs
                                && self.depth < self.recursion_limit
                            {
                                let func = func.clone();
                                let new = self.simple_frame(&func, frame, at + 1, truncate_to);
                                push_inline(callers, std::mem::replace(base, new));
                                continue 'frame;
                            }
                        }
                        // An unbound builtin (`len(x)`, `l.append(x)` after
                        // `LoadMethod`): called on the stack slice; the
                        // running frame stays, so no `'frame` re-entry.
                        if let Value::Builtin(b) = &frame.stack[at] {
                            if b.bound.is_none() {
                                let f = b.func;
                                tri!(self.call_native_at(frame, f, at, nargs, truncate_to));
                                next!(frame, ip);
                            }
                        }
                        // Anything else: called here, or a new frame to run
                        // inline (other Python calls).
                        if let Some(new) = tri!(self.call_inline(base, at, nargs, truncate_to)) {
                            push_inline(callers, std::mem::replace(base, new));
                        }
                        continue 'frame;
                    }
                    Op::ReturnValue => {
                        // Back to a caller in this loop, or out of the loop
                        // (a constructor's `__init__` needs the slow path).
                        if frame.init_self.is_none() {
                            if let Some(parent) = callers.pop() {
                                let v = frame.pop();
                                let done = std::mem::replace(base, parent);
                                self.recycle_frame(done);
                                self.depth -= 1;
                                base.push(v);
                                continue 'frame;
                            }
                            // The base frame returns (a call from native
                            // code, a generator finishing): to `run_loop`.
                            frame.ip = ip.index(instrs);
                            return FastExit::Return(frame.pop());
                        }
                    }
                    Op::BinarySlice => {
                        frame.ip = ip.index(instrs);
                        tri!(self.binary_slice_op(frame));
                        next!(frame, ip);
                    }
                    Op::StoreSlice => {
                        frame.ip = ip.index(instrs);
                        tri!(self.store_slice_op(frame));
                        next!(frame, ip);
                    }
                    Op::BuildSlice => {
                        // `obj[i:j:k]` of a list, tuple or str: the
                        // `BinarySubscr` that follows is done here too.
                        let next = peek(ip);
                        if next.op() == Op::BinarySubscr && arg == 3 && slice_subscr_fast(frame) {
                            ip += 1;
                            next!(frame, ip);
                        }
                        build_slice(frame, arg);
                        continue;
                    }
                    // Simple instructions too big or rare to inline here.
                    simple_opcodes!() => {
                        frame.ip = ip.index(instrs);
                        tri!(self.simple_op(frame, instr));
                        next!(frame, ip);
                    }
                    // The frame machinery's instructions, for `dispatch`.
                    // Listed rather than `_` so that the match is
                    // exhaustive: the jump table then needs no range check,
                    // and a new opcode must be placed on one side or the
                    // other.
                    Op::EndOfCode
                    | Op::LoadClassDeref
                    | Op::LoadName
                    | Op::StoreName
                    | Op::DeleteName
                    | Op::StoreGlobal
                    | Op::DeleteGlobal
                    | Op::DeleteAttr
                    | Op::BuildConstKeyMap
                    | Op::UnpackEx
                    | Op::CallFunctionKw
                    | Op::CallFunctionEx
                    | Op::MakeFunction
                    | Op::SetupWith
                    | Op::PopExcept
                    | Op::Reraise
                    | Op::RaiseVarargs
                    | Op::WithExceptStart
                    | Op::JumpIfNotExcMatch
                    | Op::ExcStarMatch
                    | Op::ExcStarFinish
                    | Op::LoadBuildClass
                    | Op::ImportName
                    | Op::ImportFrom
                    | Op::ImportStar
                    | Op::LoadAssertionError
                    | Op::StoreAnnotation
                    | Op::SetupAnnotations
                    | Op::YieldFrom
                    | Op::GetAwaitable
                    | Op::GetYieldFromIter
                    | Op::GenStart
                    | Op::GetAIter
                    | Op::GetANext
                    | Op::EndAsyncFor
                    | Op::BeforeAsyncWith
                    | Op::SetupAsyncWith
                    | Op::MatchMapping
                    | Op::MatchSequence
                    | Op::MatchKeys
                    | Op::MatchClass
                    | Op::GetLen => {}
                }
                break_slow!(frame, ip, instr);
            }
        }
    }

    /// `LoadAttr` after the inline cache's hit path missed: the cache's
    /// slow path, then the generic protocol. Or, when the cache knows the
    /// attribute is a property whose getter is a plain Python function
    /// (CPython 3.12's `LOAD_ATTR_PROPERTY`), the getter's frame with the
    /// object as its argument, for the caller to run inline: its return
    /// value then takes the object's place on the stack.
    #[inline(never)]
    fn load_attr_miss(&mut self, frame: &mut Frame, arg: u32) -> PyResult<Option<Box<Frame>>> {
        let code = &*frame.code;
        let cache = code.cache(frame.ip - 1);
        if let Some(getter) = inline_property_getter(cache, frame.top()) {
            if self.depth < self.recursion_limit {
                let at = frame.stack.len() - 1;
                return Ok(Some(self.simple_frame(&getter, frame, at, at)));
            }
        }
        let obj = frame.pop();
        let code = &*frame.code;
        let name = &code.names[arg as usize];
        let cache = code.cache(frame.ip - 1);
        let v = match self.load_attr_cached(cache, &obj, name, false)? {
            Some((v, _)) => v,
            None => self.get_attr(&obj, name)?,
        };
        frame.push(v);
        Ok(None)
    }

    /// `LoadMethod` after the inline cache's hit paths missed. Pushes
    /// `[func, self]` for a method to call with its receiver, otherwise
    /// `[None, attribute]`.
    #[inline(never)]
    fn load_method_miss(&mut self, frame: &mut Frame, arg: u32) -> PyResult<()> {
        let obj = frame.pop();
        let code = &*frame.code;
        let name = &code.names[arg as usize];
        let cache = code.cache(frame.ip - 1);
        let (v, plain) = match self.load_attr_cached(cache, &obj, name, true)? {
            Some(found) => found,
            None => match self.get_method(&obj, name)? {
                Some(func) => (func, true),
                None => (self.get_attr(&obj, name)?, false),
            },
        };
        if plain {
            frame.push(v);
            frame.push(obj);
        } else {
            frame.push(Value::None);
            frame.push(v);
        }
        Ok(())
    }

    /// `FormatValue`: one f-string field (`arg & 3` picks the conversion,
    /// `arg & 4` says a format spec is on the stack).
    #[inline(never)]
    fn format_value(&mut self, frame: &mut Frame, arg: u32) -> PyResult<()> {
        let spec = if arg & 4 != 0 {
            Some(frame.pop())
        } else {
            None
        };
        let v = frame.pop();
        let v = match arg & 3 {
            1 => self.str(&v)?,
            2 => self.repr(&v)?,
            3 => self.ascii(&v)?,
            _ => v,
        };
        let spec_str = match &spec {
            Some(Value::Str(s)) => s.as_str(),
            _ => "",
        };
        let r = match (&v, spec_str.is_empty()) {
            (Value::Str(_), true) => v,
            _ => self.format(&v, spec_str)?,
        };
        frame.push(r);
        Ok(())
    }

    /// `StoreAttr` after the inline cache's hit path missed.
    #[inline(never)]
    fn store_attr_miss(&mut self, frame: &Frame, arg: u32, obj: Value, v: Value) -> PyResult<()> {
        let code = &*frame.code;
        let name = &code.names[arg as usize];
        let cache = code.cache(frame.ip - 1);
        if let Err(v) = self.store_attr_cached(cache, &obj, name, v)? {
            self.set_attr(&obj, name, v)?;
        }
        Ok(())
    }

    /// `BinarySlice`: [obj, start, stop] -> [obj[start:stop]].
    #[inline(never)]
    fn binary_slice_op(&mut self, frame: &mut Frame) -> PyResult<()> {
        let stop = frame.pop();
        let start = frame.pop();
        let obj = frame.pop();
        let v = self.binary_slice(&obj, start, stop)?;
        frame.push(v);
        Value::release(obj);
        Ok(())
    }

    /// `StoreSlice`: [value, obj, start, stop] -> [], `obj[start:stop] = value`.
    #[inline(never)]
    fn store_slice_op(&mut self, frame: &mut Frame) -> PyResult<()> {
        let stop = frame.pop();
        let start = frame.pop();
        let obj = frame.pop();
        let v = frame.pop();
        self.store_slice(&obj, start, stop, v)?;
        Value::release(obj);
        Ok(())
    }
}

/// `[a] -> [a op b]` in place for the `BinaryOp` `next` when both are
/// ints or floats that `fast_binary` handles; false (stack untouched)
/// otherwise.
#[inline(always)]
fn fold_binary(stack: &mut [Value], next: Instr, b: &Value) -> bool {
    if let Some(a) = stack.last_mut() {
        if let Some(r) = crate::vm::numeric::fast_binary(BinOp::from_u32(next.arg), a, b) {
            // `a` is an int or float: nothing to free.
            std::mem::forget(std::mem::replace(a, r));
            return true;
        }
    }
    false
}

/// `BuildSlice` with `arg` (2 or 3) items: push the slice object.
#[inline(never)]
fn build_slice(frame: &mut Frame, arg: u32) {
    let step = if arg == 3 { frame.pop() } else { Value::None };
    let stop = frame.pop();
    let start = frame.pop();
    let s = crate::types::misc::PySlice { start, stop, step };
    frame.push(Value::Slice(std::rc::Rc::new(s)));
}

/// `BuildSlice 3` + `BinarySubscr` on [obj, start, stop, step] when
/// `subscript::slice_simple` can do it without a slice object (no Python
/// code, no error): replaces the four items with the result and returns
/// true, else leaves the stack alone.
#[inline(never)]
fn slice_subscr_fast(frame: &mut Frame) -> bool {
    let n = frame.stack.len();
    let Some([obj, start, stop, step]) = n.checked_sub(4).map(|k| &frame.stack[k..]) else {
        return false;
    };
    let Some(v) = crate::vm::subscript::slice_simple(obj, start, stop, step) else {
        return false;
    };
    // The bounds are ints or None: nothing to free but the container.
    frame.stack.truncate(n - 3);
    let obj = std::mem::replace(frame.stack.last_mut().unwrap(), v);
    Value::release(obj);
    true
}

/// Push comparison result `t`, unless the next instruction is a conditional
/// jump: then take it (or skip it) now, so the bool never goes through the
/// value stack.
#[inline(always)]
fn push_or_jump(frame: &mut Frame, instrs: *const Instr, ip: &mut Pc, t: bool) {
    let next = peek(*ip);
    let jump = match next.op() {
        Op::PopJumpIfFalse => !t,
        Op::PopJumpIfTrue => t,
        _ => {
            frame.push(Value::Bool(t));
            return;
        }
    };
    *ip = if jump {
        Pc::at(instrs, next.arg as usize)
    } else {
        *ip + 1
    };
}

/// `p`, unchanged, through an empty inline `asm!` block: LLVM must treat
/// the result as unknown and recompute what it derives from it, so nothing
/// derived from it is hoisted out of the dispatch loop.
///
/// Why: `frame` is invariant in the inner loop, and LLVM hoists addresses
/// derived from it (`&frame.stack.len`, `&frame.stack.cap`, ...) to the loop
/// head, where they are more values than registers: it spills them and every
/// push reloads its field addresses from the stack (measured: one more arm
/// in `run_fast` made every benchmark 2-6% dearer that way). Recomputing
/// such an address is free in an addressing mode.
#[inline(always)]
fn opaque<T>(mut p: *mut T) -> *mut T {
    // SAFETY: the block is empty: it reads and writes nothing (`nomem`),
    // touches no stack, keeps the flags, and leaves `p` as it was.
    unsafe {
        std::arch::asm!("/* {0} */", inout(reg) p, options(nomem, nostack, preserves_flags));
    }
    p
}

/// The instruction at `ip`: what a fused instruction looks at next.
#[inline(always)]
fn peek(ip: Pc) -> Instr {
    // SAFETY: `ip` is in the running code's array (kept alive by the
    // frame): a fused instruction peeks past itself, and the last
    // instruction, `EndOfCode`, fuses with nothing.
    unsafe { ip.fetch() }
}

/// `run_fast`'s instruction pointer: a pointer into the running code's
/// instruction array rather than an index, so that a fetch needs no array
/// base (one load fewer per instruction). `frame.ip` stays an index; `at`
/// and `index` convert where the loop reads or writes it.
#[derive(Clone, Copy)]
struct Pc(*const Instr);

impl Pc {
    /// Position `i` of the array `instrs`.
    #[inline(always)]
    fn at(instrs: *const Instr, i: usize) -> Pc {
        Pc(instrs.wrapping_add(i))
    }

    /// The position of `self` in the array `instrs`.
    #[inline(always)]
    fn index(self, instrs: *const Instr) -> usize {
        (self.0 as usize - instrs as usize) / std::mem::size_of::<Instr>()
    }

    /// The position of `self` in the instruction array of `frame`'s code.
    #[inline]
    fn index_in(self, frame: &Frame) -> usize {
        self.index(frame.code.co.instructions.as_ptr())
    }

    /// The instruction `self` points at.
    ///
    /// # Safety
    /// `self` must point into a live instruction array.
    #[inline(always)]
    unsafe fn fetch(self) -> Instr {
        // SAFETY: the caller's contract.
        unsafe { *self.0 }
    }
}

impl std::ops::AddAssign<usize> for Pc {
    #[inline(always)]
    fn add_assign(&mut self, k: usize) {
        self.0 = self.0.wrapping_add(k);
    }
}

impl std::ops::Add<usize> for Pc {
    type Output = Pc;
    #[inline(always)]
    fn add(self, k: usize) -> Pc {
        Pc(self.0.wrapping_add(k))
    }
}

impl std::ops::Sub<usize> for Pc {
    type Output = Pc;
    #[inline(always)]
    fn sub(self, k: usize) -> Pc {
        Pc(self.0.wrapping_sub(k))
    }
}

/// `a cmp b` for two ints or two floats, the comparisons the dispatch loop
/// does inline (mixed and other operands go through `Vm::compare`).
#[inline(always)]
fn num_compare(op: CmpOp, a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(op.apply(x, y)),
        (Value::Float(x), Value::Float(y)) => Some(op.apply(&x.get(), &y.get())),
        _ => None,
    }
}

/// The truth value of `v` when no Python code decides it.
#[inline(always)]
fn truthy_simple(v: &Value) -> Option<bool> {
    match v {
        Value::True => Some(true),
        Value::False | Value::None => Some(false),
        Value::Int(i) => Some(*i != 0),
        Value::Str(s) => Some(!s.as_str().is_empty()),
        Value::Tuple(t) => Some(!t.is_empty()),
        Value::List(l) => l.try_borrow().ok().map(|l| !l.is_empty()),
        Value::Dict(d) => Some(!d.is_empty()),
        _ => None,
    }
}

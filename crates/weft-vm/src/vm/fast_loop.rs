//! The dispatch loop's inner loop: the instructions that stay in one frame
//! and cannot fail or call out.
//!
//! `Vm::dispatch` calls [`Vm::run_fast`] before every instruction it
//! handles itself. `run_fast` keeps the instruction pointer, the instruction
//! array and the frame in registers and runs instructions until it meets
//! one it cannot finish without the full machinery: a call, a return, an
//! error, an inline-cache miss, an unusual operand type. It then writes the
//! instruction pointer back to the frame (already advanced past that
//! instruction, as the slow path expects) and returns the instruction.
//!
//! Why a separate loop: in the one big `match` the instruction pointer
//! lived in `frame.ip`, so every instruction loaded it, incremented it and
//! stored it back, a store-to-load chain through memory on the critical
//! path; and the instruction array was reloaded from spill slots of a
//! function too large to keep it in a register. Here the loop is small.
//!
//! An arm either completes its instruction (and `continue`s) or leaves the
//! stack exactly as it found it and falls through to `break`, so the slow
//! path sees the instruction untouched. Operations that can drop a value
//! only release it; finalizers run at the next slow instruction.

use weft_compiler::bytecode::{BinOp, CmpOp, Instr, Op};

use crate::value::Value;
use crate::vm::Vm;
use crate::vm::frame::Frame;
use crate::vm::inline_cache::{attr_hit, builtin_method_hit, global_hit, store_hit};

/// Hand `instr` to the slow path from inside an arm's expression.
macro_rules! break_slow {
    ($frame:expr, $ip:expr, $instr:expr) => {{
        $frame.ip = $ip;
        return Some($instr);
    }};
}

impl Vm {
    /// Run `frame`'s instructions from `frame.ip` while they are simple;
    /// return the first that is not, with `frame.ip` just past it, or `None`
    /// (with `frame.ip` at the next instruction) when finalizers are pending.
    #[inline(never)]
    pub(crate) fn run_fast(
        &mut self,
        base: &mut Box<Frame>,
        callers: &mut Vec<Box<Frame>>,
    ) -> Option<Instr> {
        // Re-entered after every call and return: the running frame changed.
        'frame: loop {
            let frame: &mut Frame = base;
            let instrs: *const Instr = frame.code.co.instructions.as_ptr();
            let len = frame.code.co.instructions.len();
            let mut ip = frame.ip;
            loop {
                if crate::vm::finalize::pending() {
                    frame.ip = ip;
                    return None;
                }
                assert!(ip < len, "instruction pointer out of range");
                // SAFETY: `ip < len` (checked), and `frame.code`, which owns the
                // array, is neither replaced nor freed in this loop: arms that
                // switch frames leave it for the `'frame` loop, and none runs
                // Python code.
                let instr = unsafe { *instrs.add(ip) };
                ip += 1;
                let arg = instr.arg;
                #[cfg(feature = "trace-exec")]
                eprintln!(
                    "{:>4} {:<20} {:>4} stack={}",
                    ip - 1,
                    instr.op.name(),
                    arg,
                    frame.stack.len()
                );
                match instr.op {
                    Op::Nop => continue,
                    Op::PopTop => {
                        if let Some(v) = frame.stack.pop() {
                            Value::release(v);
                        }
                        continue;
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
                        let v = frame.code.consts[arg as usize].clone();
                        frame.push(v);
                        continue;
                    }
                    Op::LoadFast => {
                        if let Some(v) = &frame.locals[arg as usize] {
                            let v = v.clone();
                            frame.push(v);
                            continue;
                        }
                    }
                    Op::StoreFast => {
                        let v = frame.pop();
                        if let Some(old) = frame.locals[arg as usize].replace(v) {
                            Value::release(old);
                        }
                        continue;
                    }
                    Op::Jump => {
                        ip = arg as usize;
                        continue;
                    }
                    Op::PopJumpIfFalse | Op::PopJumpIfTrue => {
                        let Some(t) = truthy_simple(frame.top()) else {
                            break_slow!(frame, ip, instr)
                        };
                        if let Some(v) = frame.stack.pop() {
                            Value::release(v);
                        }
                        if t == (instr.op == Op::PopJumpIfTrue) {
                            ip = arg as usize;
                        }
                        continue;
                    }
                    Op::BinaryOp => {
                        let n = frame.stack.len();
                        let (a, b) = (&frame.stack[n - 2], &frame.stack[n - 1]);
                        if let Some(r) = crate::vm::numeric::fast_binary(BinOp::from_u32(arg), a, b)
                        {
                            // Both operands are ints or floats (the fast path's
                            // only operands): nothing to free.
                            // SAFETY: `n >= 2` (the indexing above checked it);
                            // the two values are overwritten/forgotten, not
                            // dropped, which is right for payloads without
                            // references.
                            unsafe { frame.stack.set_len(n - 1) };
                            let _int = std::mem::replace(&mut frame.stack[n - 2], r);
                            std::mem::forget(_int);
                            continue;
                        }
                    }
                    Op::CompareOp => {
                        let n = frame.stack.len();
                        let op = CmpOp::from_u32(arg);
                        let t = match (&frame.stack[n - 2], &frame.stack[n - 1]) {
                            (Value::Int(x), Value::Int(y)) => op.apply(x, y),
                            (Value::Float(x), Value::Float(y)) => op.apply(&x.get(), &y.get()),
                            _ => break_slow!(frame, ip, instr),
                        };
                        // Ints or floats: no drop glue needed.
                        // SAFETY: `n >= 2` (indexed above); the popped values
                        // own nothing.
                        unsafe { frame.stack.set_len(n - 2) };
                        if let Some(jump_to) = fused_jump(instrs, len, &mut ip, t) {
                            if let Some(to) = jump_to {
                                ip = to;
                            }
                            continue;
                        }
                        frame.push(Value::Bool(t));
                        continue;
                    }
                    Op::IsOp => {
                    let n = frame.stack.len();
                    let t = frame.stack[n - 2].is(&frame.stack[n - 1]) != (arg == 1);
                    if let (Some(b), Some(a)) = (frame.stack.pop(), frame.stack.pop()) {
                        Value::release(b);
                        Value::release(a);
                    }
                    if let Some(jump_to) = fused_jump(instrs, len, &mut ip, t) {
                        if let Some(to) = jump_to {
                            ip = to;
                        }
                        continue;
                    }
                    frame.push(Value::Bool(t));
                    continue;
                }
                Op::LoadDeref => {
                    if let Some(v) = frame.cells[arg as usize].get() {
                        frame.push(v);
                        continue;
                    }
                }
                Op::StoreSubscr => {
                    let n = frame.stack.len();
                    if let (Value::List(_), Value::Int(_)) = (&frame.stack[n - 2], &frame.stack[n - 1])
                    {
                        let (key, obj, v) = (frame.pop(), frame.pop(), frame.pop());
                        match crate::vm::subscript::store_subscr_fast(&obj, &key, v) {
                            None => {
                                Value::release(obj);
                                continue;
                            }
                            Some(v) => {
                                frame.push(v);
                                frame.push(obj);
                                frame.push(key);
                            }
                        }
                    }
                }
                Op::LoadGlobal => {
                        let cache = frame.code.cache(ip - 1);
                        if let Some(v) = global_hit(cache, &frame.globals, &self.builtins) {
                            frame.push(v);
                            continue;
                        }
                    }
                    Op::LoadAttr => {
                        let code = &*frame.code;
                        let hit = attr_hit(
                            code.cache(ip - 1),
                            frame.top(),
                            &code.names[arg as usize],
                            false,
                        );
                        if let Some((v, _)) = hit {
                            let obj = std::mem::replace(frame.stack.last_mut().unwrap(), v);
                            Value::release(obj);
                            continue;
                        }
                    }
                    Op::LoadMethod => {
                        let code = &*frame.code;
                        let cache = code.cache(ip - 1);
                        let obj = frame.top();
                        if let Some((v, plain)) =
                            attr_hit(cache, obj, &code.names[arg as usize], true)
                        {
                            if plain {
                                let obj = std::mem::replace(frame.stack.last_mut().unwrap(), v);
                                frame.push(obj);
                            } else {
                                let obj =
                                    std::mem::replace(frame.stack.last_mut().unwrap(), Value::None);
                                Value::release(obj);
                                frame.push(v);
                            }
                            continue;
                        }
                        if let Some(f) = builtin_method_hit(&self.types, cache, obj) {
                            let obj = std::mem::replace(frame.stack.last_mut().unwrap(), f);
                            frame.push(obj);
                            continue;
                        }
                    }
                    Op::StoreAttr => {
                        let n = frame.stack.len();
                        if let Value::Instance(_) = &frame.stack[n - 1] {
                            let obj = frame.pop();
                            let v = frame.pop();
                            let code = &*frame.code;
                            match store_hit(code.cache(ip - 1), &obj, &code.names[arg as usize], v)
                            {
                                Ok(()) => {
                                    Value::release(obj);
                                    continue;
                                }
                                Err(v) => {
                                    frame.push(v);
                                    frame.push(obj);
                                }
                            }
                        }
                    }
                    Op::ForIter => {
                        // A generator this loop ran inline has ended: slow path.
                        if !crate::builtins::gen_inline::parent_is_running(self, callers.len()) {
                            match crate::vm::ops::next_fast(frame.top()) {
                                Some(Some(v)) => {
                                    frame.push(v);
                                    continue;
                                }
                                Some(None) => {
                                    if let Some(it) = frame.stack.pop() {
                                        Value::release(it);
                                    }
                                    ip = arg as usize;
                                    continue;
                                }
                                None => {}
                            }
                        }
                    }
                    Op::BinarySubscr => {
                        let n = frame.stack.len();
                        let hit = crate::vm::subscript::subscr_fast(
                            &frame.stack[n - 2],
                            &frame.stack[n - 1],
                        );
                        if let Some(v) = hit {
                            let key = frame.pop();
                            let obj = std::mem::replace(frame.stack.last_mut().unwrap(), v);
                            Value::release(key);
                            Value::release(obj);
                            continue;
                        }
                    }
                    Op::UnpackSequence => {
                        if let Value::Tuple(t) = frame.top() {
                            if t.len() == arg as usize {
                                let v = frame.pop();
                                if let Value::Tuple(t) = &v {
                                    frame.stack.extend(t.items.iter().rev().cloned());
                                }
                                Value::release(v);
                                continue;
                            }
                        }
                    }
                    Op::CallFunction | Op::CallMethod => {
                        let (at, nargs, truncate_to) = if instr.op == Op::CallFunction {
                            let at = frame.stack.len() - arg as usize - 1;
                            (at, arg as usize, at)
                        } else {
                            frame.method_call_layout(arg)
                        };
                        // A plain function taking exactly these positional
                        // arguments: its frame runs next, in this loop.
                        if let Value::Function(func) = &frame.stack[at] {
                            if func.code.simple_args
                                && func.code.co.argcount as usize == nargs
                                && self.depth < self.recursion_limit
                            {
                                let func = func.clone();
                                frame.ip = ip;
                                let new = self.simple_frame(&func, frame, at + 1, truncate_to);
                                callers.push(std::mem::replace(base, new));
                                continue 'frame;
                            }
                        }
                    }
                    Op::ReturnValue => {
                        // Back to a caller in this loop (a constructor's
                        // `__init__` and the loop's own base frame need the
                        // slow path).
                        if frame.init_self.is_none() {
                            if let Some(parent) = callers.pop() {
                                let v = frame.pop();
                                let done = std::mem::replace(base, parent);
                                self.recycle_frame(done);
                                self.depth -= 1;
                                base.push(v);
                                continue 'frame;
                            }
                        }
                    }
                    _ => {}
                }
                frame.ip = ip;
                return Some(instr);
            }
        }
    }
}

/// A comparison's result `t` feeds the instruction at `*ip`: when that is a
/// conditional jump, consume it (advance `*ip` past it) and return its
/// target if taken (`Some(None)`: not taken), so the bool never goes
/// through the value stack. `None`: not a jump.
#[inline(always)]
fn fused_jump(instrs: *const Instr, len: usize, ip: &mut usize, t: bool) -> Option<Option<usize>> {
    if *ip >= len {
        return None;
    }
    // SAFETY: `*ip < len`, the length of the array `instrs` points to.
    let next = unsafe { *instrs.add(*ip) };
    let jump = match next.op {
        Op::PopJumpIfFalse => !t,
        Op::PopJumpIfTrue => t,
        _ => return None,
    };
    *ip += 1;
    Some(jump.then_some(next.arg as usize))
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

//! The handlers of calls and returns: Python frames entered and left
//! inside `run_fast` (see `handlers.rs` for the rest).

use std::rc::Rc;

use weft_compiler::bytecode::Instr;

use super::handlers::{Base, Callers};
use super::{
    FastExit, Pc, enter, exit, exit_error, exit_finalizers, exit_slow, go, has_room,
    push_unchecked, resume,
};
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::frame::{Frame, push_inline};

/// `CallMethod` (`METHOD`) and `CallFunction`.
///
/// A plain Python function (`Code::fast_argc`) usually finds a frame ready
/// in the pool: one of the same globals with room for its locals, most
/// often left by an earlier call of the same code. The arguments move into
/// its locals and it runs next, with nothing called.
pub(super) fn call<const METHOD: bool>(
    vm: &mut Vm,
    base: &mut Base,
    callers: &mut Callers,
    ip: Pc,
    instr: Instr,
) -> Pc {
    let frame: &mut Frame = base;
    let (at, nargs, truncate_to) = call_layout::<METHOD>(frame, instr.arg());
    if let Some(Value::Function(func)) = frame.stack.get(at) {
        let code = &func.code;
        // The stack's reference to the function is released below without
        // drop glue: it must not be the last.
        if code.fast_argc as usize == nargs
            && vm.depth < vm.recursion_limit
            && Rc::strong_count(func) > 1
            && callers.len() < callers.capacity()
        {
            let nlocals = code.co.varnames.len();
            let instrs = code.co.instructions.as_ptr();
            // A pooled frame keeps the code it last ran; another code
            // replaces it here unless that would free it.
            let ready = vm.frame_pool.last().is_some_and(|f| {
                Rc::ptr_eq(&f.globals, &func.globals)
                    && f.locals.capacity() >= nlocals
                    && (Rc::ptr_eq(&f.code, code) || Rc::strong_count(&f.code) > 1)
            });
            if ready {
                let code = Rc::as_ptr(code);
                let func = Rc::as_ptr(func);
                frame.ip = ip.index_in(frame);
                // SAFETY: the pool is not empty (`ready`): its last frame is
                // moved out and the length cut first. Its old code, when
                // replaced, has another owner (`ready`), so the decrement
                // frees nothing; the function's code gains the frame's
                // reference (it outlives the call: the code is the
                // function's, and the function is alive). Pooled frames are
                // cleared (no locals) and this one has room for `nlocals`
                // >= `nargs` (`fast_argc` is at most the parameter count);
                // each argument is read once from the caller's stack, whose
                // length is then cut below them, and every slot is written
                // before `set_len`. Between `truncate_to` and the function
                // the stack holds at most `CallMethod`'s `None` marker,
                // which owns nothing. The function's count is above one, so
                // the decrement frees nothing. `callers` has room (checked
                // above).
                unsafe {
                    let pool = &mut vm.frame_pool;
                    let n = pool.len() - 1;
                    pool.set_len(n);
                    let mut new = pool.as_ptr().add(n).read();
                    debug_assert!(new.locals.is_empty());
                    crate::vm::call::move_args(&mut frame.stack, at + 1, &mut new.locals, nlocals);
                    frame.stack.set_len(truncate_to);
                    Rc::decrement_strong_count(func);
                    if !std::ptr::eq(Rc::as_ptr(&new.code), code) {
                        Rc::increment_strong_count(code);
                        let old = std::mem::replace(&mut new.code, Rc::from_raw(code));
                        Rc::decrement_strong_count(Rc::into_raw(old));
                    }
                    new.ip = 0;
                    new.instrs = instrs;
                    vm.depth += 1;
                    let len = callers.len();
                    callers
                        .as_mut_ptr()
                        .add(len)
                        .write(std::mem::replace(base, new));
                    callers.set_len(len + 1);
                }
                // Nothing was freed: no finalizer check (see `resume`).
                return go(vm, base, callers, Pc::at(instrs, 0));
            }
        }
        // Other functions taking exactly these positional arguments: a
        // frame from `simple_frame` runs next, in this loop.
        if func.code.simple_args
            && func.code.co.argcount as usize == nargs
            && vm.depth < vm.recursion_limit
        {
            frame.ip = ip.index_in(frame);
            let func = func.clone();
            let new = vm.simple_frame(&func, frame, at + 1, truncate_to);
            push_inline(callers, std::mem::replace(base, new));
            // `simple_frame` sized the locals.
            return resume(vm, base);
        }
    }
    frame.ip = ip.index_in(frame);
    // An unbound builtin (`len(x)`, `l.append(x)` after `LoadMethod`):
    // called on the stack slice; the running frame stays.
    if let Some(Value::Builtin(b)) = frame.stack.get(at) {
        if b.bound.is_none() {
            let f = b.func;
            let args = &frame.stack[frame.stack.len() - nargs..];
            if let Some(r) = crate::builtins::functions::call_inline_builtin(vm, f, args) {
                crate::vm::call::release_to(&mut frame.stack, truncate_to);
                frame.push(r);
                next_go!(vm, base, callers, ip);
            }
            tri!(vm, vm.call_native_at(frame, f, at, nargs, truncate_to));
            next_go!(vm, base, callers, ip);
        }
    }
    // Anything else: called here, or a new frame to run inline (other
    // Python calls).
    if let Some(new) = tri!(vm, vm.call_inline(base, at, nargs, truncate_to)) {
        push_inline(callers, std::mem::replace(base, new));
    }
    enter(vm, base)
}

/// `CallFunctionKw`: [callable, args..., keyword names] -> [result]. A
/// Python function's frame, bound by the general binder, runs next in this
/// loop; anything else is called here. (No threaded dispatch: the keyword
/// names are lent to the callee by address.)
pub(super) fn call_kw(
    vm: &mut Vm,
    base: &mut Base,
    callers: &mut Callers,
    ip: Pc,
    instr: Instr,
) -> Pc {
    let frame: &mut Frame = base;
    frame.ip = ip.index_in(frame);
    let names = frame.pop();
    let at = frame.stack.len() - instr.arg() as usize - 1;
    let kwnames = tri!(vm, vm.kwnames_of(&names));
    drop(names);
    if let Some(new) = tri!(vm, vm.bound_frame(frame, at, &kwnames, at)) {
        push_inline(callers, std::mem::replace(base, new));
        return enter(vm, base);
    }
    let callable = frame.stack[at].clone();
    let caller = std::mem::replace(&mut vm.caller, &*frame as *const Frame);
    let r = vm.call_args(
        &callable,
        &crate::vm::Args {
            args: &frame.stack[at + 1..],
            kwnames: &kwnames,
        },
    );
    vm.caller = caller;
    drop(callable);
    crate::vm::call::release_to(&mut frame.stack, at);
    frame.push(tri!(vm, r));
    next!(vm, frame, ip);
}

/// Where a call's callable is (`at`), how many arguments are above it, and
/// where the stack is cut back to afterwards.
#[inline(always)]
fn call_layout<const METHOD: bool>(frame: &Frame, arg: u32) -> (usize, usize, usize) {
    if METHOD {
        frame.method_call_layout(arg)
    } else {
        let at = frame.stack.len().wrapping_sub(arg as usize + 1);
        (at, arg as usize, at)
    }
}

/// `ReturnValue`: back to a caller in this loop (with the new object, for
/// a constructor's `__init__`), or out of the loop when the loop's base
/// frame returns or `__init__` returned something other than None.
pub(super) fn return_value(
    vm: &mut Vm,
    base: &mut Base,
    callers: &mut Callers,
    ip: Pc,
    instr: Instr,
) -> Pc {
    let frame: &mut Frame = base;
    // The fast half: back to a caller in this loop, the returning frame
    // holding nothing but the value and locals that are not the last
    // references to their objects, with room in the frame pool. Nothing
    // is freed, so nothing is called.
    let pool = &vm.frame_pool;
    if frame.stack.len() == 1 && pool.len() < pool.capacity() && !callers.is_empty() {
        if frame.init_self.is_some() {
            return return_init(vm, base, callers, ip, instr);
        }
        if frame.clear_locals_fast() {
            // SAFETY: the stack holds one value (checked), read once and
            // forgotten by cutting the length.
            let v = unsafe {
                frame.stack.set_len(0);
                frame.stack.as_ptr().read()
            };
            return back_to_caller(vm, base, callers, v);
        }
    }
    // `clear_locals_fast` may have released some locals: the full half's
    // `recycle_frame` goes on from there.
    return_full(vm, base, callers, ip, instr)
}

/// [`return_value`]'s fast half for a constructor's `__init__` (run inline
/// by `call_inline`): when it returns None, the call evaluates to the new
/// object.
#[inline(never)]
fn return_init(vm: &mut Vm, base: &mut Base, callers: &mut Callers, ip: Pc, instr: Instr) -> Pc {
    let frame: &mut Frame = base;
    if let Some(Value::None) = frame.stack.last() {
        // Taken first: `clear_locals_fast` leaves frames holding it alone.
        if let Some(obj) = frame.init_self.take() {
            if frame.clear_locals_fast() {
                // SAFETY: the stack holds only the None (its length was
                // checked by `return_value`), which owns nothing.
                unsafe { frame.stack.set_len(0) };
                return back_to_caller(vm, base, callers, obj);
            }
            frame.init_self = Some(obj);
        }
    }
    return_full(vm, base, callers, ip, instr)
}

/// The end of a return's fast half: the returning frame (cleared, stack
/// empty) goes to the pool, its caller (`callers` is not empty) becomes the
/// running frame and gets `v`, and it goes on (see [`return_value`]).
#[inline(always)]
fn back_to_caller(vm: &mut Vm, base: &mut Base, callers: &mut Callers, v: Value) -> Pc {
    // SAFETY: `callers` is not empty and the pool has room (the callers'
    // checks; clearing the frame touches neither).
    unsafe {
        let n = callers.len() - 1;
        callers.set_len(n);
        let parent = callers.as_ptr().add(n).read();
        let done = std::mem::replace(base, parent);
        let pool = &mut vm.frame_pool;
        let len = pool.len();
        pool.as_mut_ptr().add(len).write(done);
        pool.set_len(len + 1);
        vm.depth -= 1;
        if !has_room(base, 1) {
            return return_grow(base, v);
        }
        push_unchecked(base, v);
    }
    // The caller's locals were sized when it started, and nothing was
    // freed: no finalizer check (see `resume`).
    let frame: &mut Frame = base;
    frame.instrs = frame.code.co.instructions.as_ptr();
    let ip = Pc::at(frame.instrs, frame.ip);
    go(vm, base, callers, ip)
}

/// The end of [`return_value`]'s fast half when the caller's stack must
/// grow for the value: out of line, so that the fast half calls nothing.
#[cold]
#[inline(never)]
fn return_grow(frame: &mut Frame, v: Value) -> Pc {
    frame.stack.push(v);
    frame.instrs = frame.code.co.instructions.as_ptr();
    std::hint::black_box(Pc::at(frame.instrs, frame.ip))
}

/// [`return_value`] for everything but its fast half: a constructor's
/// `__init__`, a frame with more to release, and the loop's base frame
/// returning.
#[inline(never)]
fn return_full(vm: &mut Vm, base: &mut Base, callers: &mut Callers, ip: Pc, instr: Instr) -> Pc {
    let frame: &mut Frame = base;
    // A constructor's `__init__` returning something other than None
    // raises in the caller; `dispatch` does that (and the loop's base
    // frame's return).
    if frame.init_self.is_some()
        && (callers.is_empty() || !matches!(frame.stack.last(), Some(Value::None)))
    {
        slow!(vm, frame, ip, instr)
    }
    if let Some(parent) = callers.pop() {
        let mut v = frame.pop();
        // After `__init__`, the call evaluates to the new object.
        if let Some(obj) = frame.init_self.take() {
            v = obj;
        }
        let done = std::mem::replace(base, parent);
        vm.recycle_frame(done);
        vm.depth -= 1;
        base.push(v);
        // The caller's locals were sized when it started.
        return resume(vm, base);
    }
    // The base frame returns (a call from native code, a generator
    // finishing): to `run_loop`.
    frame.ip = ip.index_in(frame);
    let v = frame.pop();
    exit(vm, FastExit::Return(v))
}

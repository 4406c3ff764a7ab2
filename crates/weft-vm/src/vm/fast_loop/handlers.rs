//! The instruction handlers [`super::HANDLERS`] lists, in opcode order
//! roughly: stack shuffles, loads and stores, fused load-and-operate
//! pairs, jumps, operators, attributes and items, iteration, building,
//! calls and returns.
//!
//! Each has the [`super::Handler`] signature; the module comment of
//! `fast_loop` gives the rules they follow.

use weft_compiler::bytecode::{BinOp, CmpOp, Instr, Op};

use super::misses::{make_slice, slice_subscr_fast};
use super::{
    FastExit, Pc, current, enter, exit, exit_error, exit_finalizers, exit_slow, go, has_room, peek,
    push_go, push_then, push_unchecked, release_go, release_then, release2_then, store_go,
    store_then, truthy_simple,
};
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::frame::{Frame, push_inline};
use crate::vm::inline_cache::{
    attr_hit, attr_hit_leaf, builtin_method_hit, global_hit, store_add, store_hit, store_hit_leaf,
};

/// The running frame's slot (`run_loop`'s base frame, replaced on calls and returns)
/// and the suspended callers of the frames this loop runs inline.
pub(super) type Base = Box<Frame>;
pub(super) type Callers = Vec<Box<Frame>>;

pub(super) fn nop(vm: &mut Vm, base: &mut Base, callers: &mut Callers, ip: Pc, _: Instr) -> Pc {
    go(vm, base, callers, ip)
}

pub(super) fn pop_top(vm: &mut Vm, base: &mut Base, _: &mut Callers, ip: Pc, _: Instr) -> Pc {
    let frame: &mut Frame = base;
    match frame.stack.pop() {
        Some(v) => release_then(vm, frame, v, ip),
        None => ip,
    }
}

pub(super) fn rot_two(vm: &mut Vm, base: &mut Base, callers: &mut Callers, ip: Pc, _: Instr) -> Pc {
    base.rotate_top(2);
    go(vm, base, callers, ip)
}

pub(super) fn rot_three(
    vm: &mut Vm,
    base: &mut Base,
    callers: &mut Callers,
    ip: Pc,
    _: Instr,
) -> Pc {
    base.rotate_top(3);
    go(vm, base, callers, ip)
}

pub(super) fn dup_top(vm: &mut Vm, base: &mut Base, callers: &mut Callers, ip: Pc, _: Instr) -> Pc {
    let v = base.top().clone();
    push_go(vm, base, callers, v, ip)
}

pub(super) fn load_const(
    vm: &mut Vm,
    base: &mut Base,
    callers: &mut Callers,
    ip: Pc,
    instr: Instr,
) -> Pc {
    let frame: &mut Frame = base;
    let v = konst!(frame, instr.arg()).clone();
    push_go(vm, base, callers, v, ip)
}

pub(super) fn load_fast(
    vm: &mut Vm,
    base: &mut Base,
    callers: &mut Callers,
    ip: Pc,
    instr: Instr,
) -> Pc {
    let frame: &mut Frame = base;
    if let Some(v) = local!(frame, instr.arg()) {
        let v = v.clone();
        return push_go(vm, base, callers, v, ip);
    }
    slow!(vm, frame, ip, instr)
}

pub(super) fn store_fast(
    vm: &mut Vm,
    base: &mut Base,
    callers: &mut Callers,
    ip: Pc,
    instr: Instr,
) -> Pc {
    let v = base.pop();
    store_go(vm, base, callers, instr.arg(), v, ip)
}

pub(super) fn load_deref(
    vm: &mut Vm,
    base: &mut Base,
    _: &mut Callers,
    ip: Pc,
    instr: Instr,
) -> Pc {
    let frame: &mut Frame = base;
    if let Some(v) = frame.cells[instr.arg() as usize].get() {
        return push_then(frame, v, ip);
    }
    slow!(vm, frame, ip, instr)
}

/// `LoadConstBinaryOp`, `LoadFastBinaryOp`: [a] -> [a op b] with the
/// `BinaryOp` that follows, `b` the constant or the local.
///
/// This is the call-free fast half (ints and floats, no `**`); anything
/// else goes to the full half, the same body with `FULL` set. The other hot
/// handlers split the same way, so that their fast halves save no
/// registers.
pub(super) fn load_operand_binary_op(
    vm: &mut Vm,
    base: &mut Base,
    callers: &mut Callers,
    ip: Pc,
    instr: Instr,
) -> Pc {
    load_operand_binary_op_g::<false>(vm, base, callers, ip, instr)
}

#[inline(never)]
fn load_operand_binary_op_full(vm: &mut Vm, base: &mut Base, callers: &mut Callers, ip: Pc) -> Pc {
    load_operand_binary_op_g::<true>(vm, base, callers, ip, current(ip))
}

#[inline(always)]
fn load_operand_binary_op_g<const FULL: bool>(
    vm: &mut Vm,
    base: &mut Base,
    callers: &mut Callers,
    ip: Pc,
    instr: Instr,
) -> Pc {
    let frame: &mut Frame = base;
    let Some(b) = operand!(frame, instr.op() == Op::LoadConstBinaryOp, instr.arg()) else {
        if FULL {
            slow!(vm, frame, ip, instr)
        }
        return load_operand_binary_op_full(vm, base, callers, ip);
    };
    let next = peek(ip);
    if fold_binary::<FULL>(&mut frame.stack, next, b) {
        if next.op() == Op::BinaryOpStoreFast {
            // And the `StoreFast` that `BinaryOp` fused with (`i += 1`,
            // `x = x * y`). A number: owns nothing.
            let slot = peek(ip + 1).arg();
            let r = frame.pop();
            return store_go(vm, base, callers, slot, r, ip + 2);
        }
        return go(vm, base, callers, ip + 1);
    }
    if FULL {
        let b = b.clone();
        return push_then(frame, b, ip);
    }
    load_operand_binary_op_full(vm, base, callers, ip)
}

/// `LoadFastFoldBinaryOp`: [] -> [a op b] with the `LoadConstBinaryOp` or
/// `LoadFastBinaryOp` (`b`) and the `BinaryOp` after it, `a` this local:
/// the local is not pushed. Split into halves as
/// [`load_operand_binary_op`].
pub(super) fn load_fast_fold_binary_op(
    vm: &mut Vm,
    base: &mut Base,
    callers: &mut Callers,
    ip: Pc,
    instr: Instr,
) -> Pc {
    load_fast_fold_binary_op_g::<false>(vm, base, callers, ip, instr)
}

#[inline(never)]
fn load_fast_fold_binary_op_full(
    vm: &mut Vm,
    base: &mut Base,
    callers: &mut Callers,
    ip: Pc,
) -> Pc {
    load_fast_fold_binary_op_g::<true>(vm, base, callers, ip, current(ip))
}

#[inline(always)]
fn load_fast_fold_binary_op_g<const FULL: bool>(
    vm: &mut Vm,
    base: &mut Base,
    callers: &mut Callers,
    ip: Pc,
    instr: Instr,
) -> Pc {
    let frame: &mut Frame = base;
    let Some(a) = local!(frame, instr.arg()) else {
        if FULL {
            slow!(vm, frame, ip, instr)
        }
        return load_fast_fold_binary_op_full(vm, base, callers, ip);
    };
    let next = peek(ip);
    let b = operand!(frame, next.op() == Op::LoadConstBinaryOp, next.arg());
    // The partner's `BinaryOp` (the pair was fused with one) is the
    // instruction after it.
    let op = peek(ip + 1);
    if let Some(r) = b.and_then(|b| number_op::<FULL>(BinOp::from_u32(op.arg()), a, b)) {
        if op.op() == Op::BinaryOpStoreFast {
            let slot = peek(ip + 2).arg();
            return store_go(vm, base, callers, slot, r, ip + 3);
        }
        return push_go(vm, base, callers, r, ip + 2);
    }
    if FULL {
        let v = a.clone();
        return push_then(frame, v, ip);
    }
    load_fast_fold_binary_op_full(vm, base, callers, ip)
}

/// `LoadFastFoldCompareOp`: [] -> [a cmp c] (or the jump after it) with
/// the `LoadConstCompareOp` or `LoadFastCompareOp` (`c`) and the
/// `CompareOp` after it, `a` this local.
pub(super) fn load_fast_fold_compare_op(
    vm: &mut Vm,
    base: &mut Base,
    callers: &mut Callers,
    ip: Pc,
    instr: Instr,
) -> Pc {
    let frame: &mut Frame = base;
    let Some(a) = local!(frame, instr.arg()) else {
        slow!(vm, frame, ip, instr)
    };
    let next = peek(ip);
    let c = operand!(frame, next.op() == Op::LoadConstCompareOp, next.arg());
    let op = CmpOp::from_u32(peek(ip + 1).arg());
    if let Some(t) = c.and_then(|c| num_compare(op, a, c)) {
        return push_or_jump_go(vm, base, callers, ip + 2, t);
    }
    let v = a.clone();
    push_then(frame, v, ip)
}

/// `LoadConstCompareOp`, `LoadFastCompareOp`: [a] -> [a cmp c] (or the
/// jump after it) with the `CompareOp` that follows, `c` the constant or
/// the local.
pub(super) fn load_operand_compare_op(
    vm: &mut Vm,
    base: &mut Base,
    callers: &mut Callers,
    ip: Pc,
    instr: Instr,
) -> Pc {
    let frame: &mut Frame = base;
    let Some(c) = operand!(frame, instr.op() == Op::LoadConstCompareOp, instr.arg()) else {
        slow!(vm, frame, ip, instr)
    };
    let op = CmpOp::from_u32(peek(ip).arg());
    if let Some(t) = frame.stack.last().and_then(|a| num_compare(op, a, c)) {
        // The popped number owns nothing.
        std::mem::forget(frame.stack.pop());
        return push_or_jump_go(vm, base, callers, ip + 1, t);
    }
    let c = c.clone();
    push_then(frame, c, ip)
}

pub(super) fn load_fast_fold_is_op(
    vm: &mut Vm,
    base: &mut Base,
    callers: &mut Callers,
    ip: Pc,
    instr: Instr,
) -> Pc {
    let frame: &mut Frame = base;
    if let Some(a) = local!(frame, instr.arg()) {
        // `x is None`, `x is not None`: the call-free fast half.
        let next = peek(ip);
        if let Value::None = konst!(frame, next.arg()) {
            let invert = peek(ip + 1).arg() == 1;
            let t = matches!(a, Value::None) != invert;
            return push_or_jump_go(vm, base, callers, ip + 2, t);
        }
    }
    load_fast_fold_is_op_full(vm, base, callers, ip)
}

#[inline(never)]
fn load_fast_fold_is_op_full(vm: &mut Vm, base: &mut Base, _: &mut Callers, ip: Pc) -> Pc {
    let instr = current(ip);
    let frame: &mut Frame = base;
    let Some(a) = local!(frame, instr.arg()) else {
        slow!(vm, frame, ip, instr)
    };
    let next = peek(ip);
    let invert = peek(ip + 1).arg() == 1;
    let t = a.is(konst!(frame, next.arg())) != invert;
    push_or_jump(frame, ip + 2, t)
}

/// `LoadConstIsOp`: [a] -> [a is c] (or the jump after it) with the `IsOp`
/// that follows.
pub(super) fn load_const_is_op(
    vm: &mut Vm,
    base: &mut Base,
    _: &mut Callers,
    ip: Pc,
    instr: Instr,
) -> Pc {
    let frame: &mut Frame = base;
    let next = peek(ip);
    let a = frame.pop();
    let t = match konst!(frame, instr.arg()) {
        // `x is None`, the common case, without a call.
        Value::None => matches!(a, Value::None),
        c => a.is(c),
    } != (next.arg() == 1);
    Value::release(a);
    let ip = push_or_jump(frame, ip + 1, t);
    next!(vm, frame, ip);
}

pub(super) fn load_fast_load_attr(
    vm: &mut Vm,
    base: &mut Base,
    callers: &mut Callers,
    ip: Pc,
    instr: Instr,
) -> Pc {
    let frame: &mut Frame = base;
    let Some(v) = local!(frame, instr.arg()) else {
        slow!(vm, frame, ip, instr)
    };
    // The `LoadAttr` this was fused with (`Code::new` only fuses when it
    // exists).
    let next = peek(ip);
    let code = &*frame.code;
    let name = name!(code, next.arg());
    if let Some((r, _)) = attr_hit_leaf(cache!(code, next), v, name, false) {
        return push_go(vm, base, callers, r, ip + 1);
    }
    let v = v.clone();
    push_then(frame, v, ip)
}

pub(super) fn load_fast_load_method(
    vm: &mut Vm,
    base: &mut Base,
    callers: &mut Callers,
    ip: Pc,
    instr: Instr,
) -> Pc {
    let frame: &mut Frame = base;
    if let Some(obj) = local!(frame, instr.arg()) {
        if has_room(frame, 2) {
            // The `LoadMethod` this was fused with: its hit paths, with
            // the receiver read from the local instead of the stack.
            let next = peek(ip);
            let code = &*frame.code;
            let cache = cache!(code, next);
            let pair = match attr_hit_leaf(cache, obj, name!(code, next.arg()), true) {
                Some((v, true)) => Some((v, obj.clone())),
                Some((v, false)) => Some((Value::None, v)),
                None => builtin_method_hit(&vm.types, cache, obj).map(|f| (f, obj.clone())),
            };
            if let Some((a, b)) = pair {
                // SAFETY: `has_room`.
                unsafe {
                    push_unchecked(frame, a);
                    push_unchecked(frame, b);
                }
                // Back to the loop rather than `go`: keeping the VM and the
                // callers for it costs this handler more registers than the
                // loop's dispatch.
                return ip + 1;
            }
        }
    }
    load_fast_load_method_full(vm, base, callers, ip)
}

/// [`load_fast_load_method`] when the local is unbound, the hit paths
/// missed or the value stack must grow.
#[inline(never)]
fn load_fast_load_method_full(vm: &mut Vm, base: &mut Base, _: &mut Callers, ip: Pc) -> Pc {
    let instr = current(ip);
    let frame: &mut Frame = base;
    let Some(obj) = local!(frame, instr.arg()) else {
        slow!(vm, frame, ip, instr)
    };
    let next = peek(ip);
    let code = &*frame.code;
    let cache = cache!(code, next);
    if let Some((v, plain)) = attr_hit(cache, obj, name!(code, next.arg()), true) {
        if plain {
            let obj = obj.clone();
            frame.push(v);
            frame.push(obj);
        } else {
            frame.push(Value::None);
            frame.push(v);
        }
        return ip + 1;
    }
    if let Some(f) = builtin_method_hit(&vm.types, cache, obj) {
        let obj = obj.clone();
        frame.push(f);
        frame.push(obj);
        return ip + 1;
    }
    // The partner `LoadMethod` runs next, with the local pushed.
    let v = obj.clone();
    push_then(frame, v, ip)
}

pub(super) fn load_fast_store_attr(
    vm: &mut Vm,
    base: &mut Base,
    callers: &mut Callers,
    ip: Pc,
    instr: Instr,
) -> Pc {
    let frame: &mut Frame = base;
    let arg = instr.arg();
    if let Some(Value::Instance(_)) = local!(frame, arg) {
        // The `StoreAttr` this was fused with, on the local.
        let next = peek(ip);
        let v = frame.pop();
        let Some(obj) = local!(frame, arg) else {
            unreachable!("the local was just seen bound")
        };
        let code = &*frame.code;
        return match store_hit_leaf(cache!(code, next), obj, v) {
            Ok(old) => release_go(vm, base, callers, old, ip + 1),
            Err(v) => load_fast_store_attr_rest(vm, frame, ip, v),
        };
    }
    load_fast_store_attr_other(vm, frame, ip, instr)
}

/// [`load_fast_store_attr`] on a local that holds no instance: pushed,
/// for the `StoreAttr` that follows.
#[inline(never)]
fn load_fast_store_attr_other(vm: &mut Vm, frame: &mut Frame, ip: Pc, instr: Instr) -> Pc {
    if let Some(v) = local!(frame, instr.arg()) {
        let v = v.clone();
        return push_then(frame, v, ip);
    }
    slow!(vm, frame, ip, instr)
}

/// [`load_fast_store_attr`] past the call-free hit path: `v`, popped,
/// goes to attribute `next.arg()` of the instance in the local, through the
/// inline cache's other hit paths or its miss.
#[inline(never)]
fn load_fast_store_attr_rest(vm: &mut Vm, frame: &mut Frame, ip: Pc, v: Value) -> Pc {
    let arg = current(ip).arg();
    let next = peek(ip);
    let code = &*frame.code;
    let name = name!(code, next.arg());
    let Some(obj) = local!(frame, arg) else {
        unreachable!("the local was just seen bound")
    };
    // Either way the `StoreAttr` is done here.
    let ip = ip + 1;
    let cache = cache!(code, next);
    // (An added attribute frees nothing that could have a finalizer: at
    // most the old layout, which holds only names.)
    let Err(v) = store_add(cache, obj, name, v) else {
        return ip;
    };
    if let Err(v) = store_hit(cache, obj, name, v) {
        let obj = obj.clone();
        frame.ip = ip.index_in(frame);
        tri!(vm, vm.store_attr_miss(frame, next.arg(), obj, v));
    }
    next!(vm, frame, ip);
}

pub(super) fn jump(vm: &mut Vm, base: &mut Base, callers: &mut Callers, _: Pc, instr: Instr) -> Pc {
    let ip = Pc::target(base, instr.arg());
    go(vm, base, callers, ip)
}

/// `PopJumpIfTrue` (`IF_TRUE`) and `PopJumpIfFalse`.
pub(super) fn pop_jump_if<const IF_TRUE: bool>(
    vm: &mut Vm,
    base: &mut Base,
    callers: &mut Callers,
    ip: Pc,
    instr: Instr,
) -> Pc {
    let frame: &mut Frame = base;
    let v = frame.pop();
    let t = match truthy_simple(&v) {
        Some(t) => t,
        None => return pop_jump_if_full::<IF_TRUE>(vm, frame, ip, v),
    };
    let ip = if t == IF_TRUE {
        Pc::target(frame, instr.arg())
    } else {
        ip
    };
    release_go(vm, base, callers, v, ip)
}

/// [`pop_jump_if`] when `v`'s truth takes a call.
#[inline(never)]
fn pop_jump_if_full<const IF_TRUE: bool>(vm: &mut Vm, frame: &mut Frame, ip: Pc, v: Value) -> Pc {
    let instr = current(ip);
    frame.ip = ip.index_in(frame);
    let t = tri!(vm, vm.truthy(&v));
    Value::release(v);
    let ip = if t == IF_TRUE {
        Pc::target(frame, instr.arg())
    } else {
        ip
    };
    next!(vm, frame, ip);
}

/// `JumpIfTrueOrPop` (`IF_TRUE`) and `JumpIfFalseOrPop`.
pub(super) fn jump_if_or_pop<const IF_TRUE: bool>(
    vm: &mut Vm,
    base: &mut Base,
    callers: &mut Callers,
    ip: Pc,
    instr: Instr,
) -> Pc {
    let frame: &mut Frame = base;
    let t = truth!(vm, frame, ip, frame.top());
    if t == IF_TRUE {
        return Pc::target(frame, instr.arg());
    }
    if let Some(v) = frame.stack.pop() {
        Value::release(v);
    }
    next_go!(vm, base, callers, ip);
}

pub(super) fn unary_not(vm: &mut Vm, base: &mut Base, _: &mut Callers, ip: Pc, _: Instr) -> Pc {
    let frame: &mut Frame = base;
    let v = frame.pop();
    let t = truth!(vm, frame, ip, &v);
    Value::release(v);
    frame.push(Value::Bool(!t));
    next!(vm, frame, ip);
}

/// `BinaryOp`, and `BinaryOpStoreFast` (`STORE`: the result goes to the
/// local of the `StoreFast` after it). The call-free fast path; see
/// [`load_operand_binary_op`].
pub(super) fn binary_op<const STORE: bool>(
    vm: &mut Vm,
    base: &mut Base,
    callers: &mut Callers,
    ip: Pc,
    instr: Instr,
) -> Pc {
    let frame: &mut Frame = base;
    let n = frame.stack.len();
    if n >= 2 {
        let op = BinOp::from_u32(instr.arg());
        // SAFETY: `n >= 2`.
        let (a, b) = unsafe {
            (
                frame.stack.get_unchecked(n - 2),
                frame.stack.get_unchecked(n - 1),
            )
        };
        if let Some(r) = crate::vm::numeric::fast_binary_leaf(op, a, b) {
            // Both operands are ints or floats (the fast path's only
            // operands): nothing to free.
            if STORE {
                // SAFETY: `n >= 2`; the numbers are forgotten, not dropped.
                unsafe { frame.stack.set_len(n - 2) };
                return store_go(vm, base, callers, peek(ip).arg(), r, ip + 1);
            }
            // SAFETY: `n >= 2`; the two values are overwritten/forgotten,
            // not dropped, which is right for payloads without references.
            unsafe {
                frame.stack.set_len(n - 1);
                std::ptr::write(frame.stack.as_mut_ptr().add(n - 2), r);
            }
            return go(vm, base, callers, ip);
        }
    }
    binary_op_full::<STORE>(vm, base, callers, ip)
}

#[inline(never)]
fn binary_op_full<const STORE: bool>(vm: &mut Vm, base: &mut Base, _: &mut Callers, ip: Pc) -> Pc {
    let instr = current(ip);
    let frame: &mut Frame = base;
    let n = frame.stack.len();
    let op = BinOp::from_u32(instr.arg());
    let (a, b) = (&frame.stack[n - 2], &frame.stack[n - 1]);
    let r = match crate::vm::numeric::fast_binary(op, a, b) {
        Some(r) => {
            // SAFETY: `n >= 2` (indexed above); numbers, forgotten.
            unsafe { frame.stack.set_len(n - 2) };
            r
        }
        None => {
            frame.ip = ip.index_in(frame);
            let b = frame.pop();
            let a = frame.pop();
            let r = tri!(vm, vm.binary_op(&a, &b, op));
            drop((a, b));
            r
        }
    };
    if STORE {
        return store_then(vm, frame, peek(ip).arg(), r, ip + 1);
    }
    frame.push(r);
    next!(vm, frame, ip);
}

pub(super) fn compare_op(
    vm: &mut Vm,
    base: &mut Base,
    callers: &mut Callers,
    ip: Pc,
    instr: Instr,
) -> Pc {
    let frame: &mut Frame = base;
    let n = frame.stack.len();
    if n >= 2 {
        let op = CmpOp::from_u32(instr.arg());
        // SAFETY: `n >= 2`.
        let (a, b) = unsafe {
            (
                frame.stack.get_unchecked(n - 2),
                frame.stack.get_unchecked(n - 1),
            )
        };
        if let Some(t) = num_compare(op, a, b) {
            // SAFETY: `n >= 2`; the popped numbers own nothing.
            unsafe { frame.stack.set_len(n - 2) };
            return push_or_jump_go(vm, base, callers, ip, t);
        }
    }
    compare_op_full(vm, base, callers, ip)
}

#[inline(never)]
fn compare_op_full(vm: &mut Vm, base: &mut Base, _: &mut Callers, ip: Pc) -> Pc {
    let instr = current(ip);
    let frame: &mut Frame = base;
    let op = CmpOp::from_u32(instr.arg());
    frame.ip = ip.index_in(frame);
    let b = frame.pop();
    let a = frame.pop();
    let t = match tri!(vm, vm.compare(&a, &b, op)) {
        Value::True => true,
        Value::False => false,
        // Rich comparisons may return anything.
        r => {
            drop((a, b));
            frame.push(r);
            next!(vm, frame, ip);
        }
    };
    drop((a, b));
    let ip = push_or_jump(frame, ip, t);
    next!(vm, frame, ip);
}

pub(super) fn is_op(vm: &mut Vm, base: &mut Base, _: &mut Callers, ip: Pc, instr: Instr) -> Pc {
    let frame: &mut Frame = base;
    let b = frame.pop();
    let a = frame.pop();
    let t = a.is(&b) != (instr.arg() == 1);
    Value::release(b);
    Value::release(a);
    let ip = push_or_jump(frame, ip, t);
    next!(vm, frame, ip);
}

pub(super) fn contains_op(
    vm: &mut Vm,
    base: &mut Base,
    _: &mut Callers,
    ip: Pc,
    instr: Instr,
) -> Pc {
    let frame: &mut Frame = base;
    frame.ip = ip.index_in(frame);
    let container = frame.pop();
    let item = frame.pop();
    let r = tri!(vm, vm.contains(&container, &item));
    drop((container, item));
    let ip = push_or_jump(frame, ip, r != (instr.arg() == 1));
    next!(vm, frame, ip);
}

pub(super) fn load_global(
    vm: &mut Vm,
    base: &mut Base,
    callers: &mut Callers,
    ip: Pc,
    instr: Instr,
) -> Pc {
    let frame: &mut Frame = base;
    let cache = cache!(frame.code, instr);
    if let Some(v) = global_hit(cache, &frame.globals, &vm.builtins) {
        return push_go(vm, base, callers, v, ip);
    }
    slow!(vm, frame, ip, instr)
}

pub(super) fn load_attr(
    vm: &mut Vm,
    base: &mut Base,
    callers: &mut Callers,
    ip: Pc,
    instr: Instr,
) -> Pc {
    let frame: &mut Frame = base;
    let code = &*frame.code;
    let name = name!(code, instr.arg());
    if let Some((v, _)) = attr_hit_leaf(cache!(code, instr), frame.top(), name, false) {
        let obj = std::mem::replace(frame.stack.last_mut().unwrap(), v);
        return release_go(vm, base, callers, obj, ip);
    }
    load_attr_full(vm, base, callers, ip)
}

/// `LoadAttr` after the inline cache's hit path missed.
#[inline(never)]
fn load_attr_full(vm: &mut Vm, base: &mut Base, callers: &mut Callers, ip: Pc) -> Pc {
    let instr = current(ip);
    let frame: &mut Frame = base;
    frame.ip = ip.index_in(frame);
    // A property with a plain Python getter: the getter's frame runs next,
    // inline.
    if let Some(new) = tri!(vm, vm.load_attr_miss(frame, instr.arg())) {
        push_inline(callers, std::mem::replace(base, new));
        return enter(vm, base);
    }
    next_go!(vm, base, callers, ip);
}

pub(super) fn load_method(
    vm: &mut Vm,
    base: &mut Base,
    callers: &mut Callers,
    ip: Pc,
    instr: Instr,
) -> Pc {
    let frame: &mut Frame = base;
    let code = &*frame.code;
    let cache = cache!(code, instr);
    let obj = frame.top();
    if let Some((v, plain)) = attr_hit_leaf(cache, obj, name!(code, instr.arg()), true) {
        if plain {
            let obj = std::mem::replace(frame.stack.last_mut().unwrap(), v);
            return push_go(vm, base, callers, obj, ip);
        }
        if has_room(frame, 1) {
            let obj = std::mem::replace(frame.stack.last_mut().unwrap(), Value::None);
            // SAFETY: `has_room`.
            unsafe { push_unchecked(frame, v) };
            return release_go(vm, base, callers, obj, ip);
        }
    } else if let Some(f) = builtin_method_hit(&vm.types, cache, obj) {
        let obj = std::mem::replace(frame.stack.last_mut().unwrap(), f);
        return push_go(vm, base, callers, obj, ip);
    }
    load_method_full(vm, base, callers, ip)
}

/// `LoadMethod` after the inline cache's hit paths missed (or the value
/// stack must grow).
#[inline(never)]
fn load_method_full(vm: &mut Vm, base: &mut Base, callers: &mut Callers, ip: Pc) -> Pc {
    let instr = current(ip);
    let frame: &mut Frame = base;
    let code = &*frame.code;
    let cache = cache!(code, instr);
    if let Some((v, plain)) = attr_hit(cache, frame.top(), name!(code, instr.arg()), true) {
        if plain {
            let obj = std::mem::replace(frame.stack.last_mut().unwrap(), v);
            frame.push(obj);
        } else {
            let obj = std::mem::replace(frame.stack.last_mut().unwrap(), Value::None);
            Value::release(obj);
            frame.push(v);
        }
        next_go!(vm, base, callers, ip);
    }
    frame.ip = ip.index_in(frame);
    tri!(vm, vm.load_method_miss(frame, instr.arg()));
    next_go!(vm, base, callers, ip);
}

pub(super) fn store_attr(
    vm: &mut Vm,
    base: &mut Base,
    _: &mut Callers,
    ip: Pc,
    instr: Instr,
) -> Pc {
    let frame: &mut Frame = base;
    let obj = frame.pop();
    let v = frame.pop();
    let code = &*frame.code;
    match store_hit_leaf(cache!(code, instr), &obj, v) {
        Ok(old) => release2_then(vm, frame, old, obj, ip),
        Err(v) => store_attr_full(vm, frame, ip, obj, v),
    }
}

/// `StoreAttr` past the call-free hit path: the inline cache's other hit
/// paths, then its miss.
#[inline(never)]
fn store_attr_full(vm: &mut Vm, frame: &mut Frame, ip: Pc, obj: Value, v: Value) -> Pc {
    let instr = current(ip);
    let code = &*frame.code;
    let name = name!(code, instr.arg());
    let cache = cache!(code, instr);
    let v = match store_add(cache, &obj, name, v) {
        Ok(()) => {
            Value::release(obj);
            next!(vm, frame, ip);
        }
        Err(v) => v,
    };
    if let Err(v) = store_hit(cache, &obj, name, v) {
        frame.ip = ip.index_in(frame);
        tri!(vm, vm.store_attr_miss(frame, instr.arg(), obj, v));
    } else {
        Value::release(obj);
    }
    next!(vm, frame, ip);
}

pub(super) fn binary_subscr(
    vm: &mut Vm,
    base: &mut Base,
    callers: &mut Callers,
    ip: Pc,
    _: Instr,
) -> Pc {
    let frame: &mut Frame = base;
    let n = frame.stack.len();
    if n >= 2 {
        // SAFETY: `n >= 2`.
        let (obj, key) = unsafe {
            (
                frame.stack.get_unchecked(n - 2),
                frame.stack.get_unchecked(n - 1),
            )
        };
        if let Some(v) = crate::vm::subscript::subscr_int_fast(obj, key) {
            // The key is an int: it owns nothing.
            // SAFETY: `n >= 2`; the key is forgotten, the object replaced.
            let obj = unsafe {
                frame.stack.set_len(n - 1);
                std::ptr::replace(frame.stack.as_mut_ptr().add(n - 2), v)
            };
            return release_go(vm, base, callers, obj, ip);
        }
    }
    binary_subscr_full(vm, base, callers, ip)
}

#[inline(never)]
fn binary_subscr_full(vm: &mut Vm, base: &mut Base, _: &mut Callers, ip: Pc) -> Pc {
    let frame: &mut Frame = base;
    let n = frame.stack.len();
    let (obj, key) = (&frame.stack[n - 2], &frame.stack[n - 1]);
    let v = match crate::vm::subscript::subscr_fast(obj, key) {
        Some(v) => v,
        None => {
            frame.ip = ip.index_in(frame);
            let (obj, key) = (&frame.stack[n - 2], &frame.stack[n - 1]);
            tri!(vm, vm.get_item(obj, key))
        }
    };
    let key = frame.pop();
    let obj = std::mem::replace(frame.stack.last_mut().unwrap(), v);
    Value::release(key);
    Value::release(obj);
    next!(vm, frame, ip);
}

pub(super) fn store_subscr(vm: &mut Vm, base: &mut Base, _: &mut Callers, ip: Pc, _: Instr) -> Pc {
    let frame: &mut Frame = base;
    let key = frame.pop();
    let obj = frame.pop();
    let v = frame.pop();
    match crate::vm::subscript::store_subscr_fast(&obj, &key, v) {
        Some(v) => {
            frame.ip = ip.index_in(frame);
            tri!(vm, vm.set_item(&obj, key, v));
        }
        None => Value::release(key),
    }
    Value::release(obj);
    next!(vm, frame, ip);
}

pub(super) fn get_iter(vm: &mut Vm, base: &mut Base, _: &mut Callers, ip: Pc, _: Instr) -> Pc {
    let frame: &mut Frame = base;
    frame.ip = ip.index_in(frame);
    let v = frame.pop();
    let it = tri!(vm, vm.iter(&v));
    drop(v);
    frame.push(it);
    next!(vm, frame, ip);
}

/// `ForIter`, and `ForIterStoreFast` (`STORE`: the item goes to the local
/// of the `StoreFast` after it). The call-free fast path (the next item of
/// a list, tuple or range); see [`load_operand_binary_op`].
pub(super) fn for_iter<const STORE: bool>(
    vm: &mut Vm,
    base: &mut Base,
    callers: &mut Callers,
    ip: Pc,
    _: Instr,
) -> Pc {
    let frame: &mut Frame = base;
    if !crate::builtins::gen_inline::parent_is_running(vm, callers.len()) {
        if let Some(v) = crate::builtins::iterators::next_item_leaf(frame.top()) {
            if STORE {
                return store_go(vm, base, callers, peek(ip).arg(), v, ip + 1);
            }
            return push_go(vm, base, callers, v, ip);
        }
    }
    for_iter_full::<STORE>(vm, base, callers, ip)
}

#[inline(never)]
fn for_iter_full<const STORE: bool>(
    vm: &mut Vm,
    base: &mut Base,
    callers: &mut Callers,
    mut ip: Pc,
) -> Pc {
    let instr = current(ip);
    let frame: &mut Frame = base;
    // A generator this loop ran inline has ended: slow path.
    if crate::builtins::gen_inline::parent_is_running(vm, callers.len()) {
        slow!(vm, frame, ip, instr)
    }
    match crate::vm::ops::next_fast(frame.top()) {
        Some(Some(v)) => {
            if STORE {
                // The loop variable, stored at once.
                let slot = peek(ip).arg();
                ip += 1;
                return store_then(vm, frame, slot, v, ip);
            }
            push_then(frame, v, ip)
        }
        Some(None) => {
            if let Some(it) = frame.stack.pop() {
                Value::release(it);
            }
            let ip = Pc::target(frame, instr.arg());
            next_go!(vm, base, callers, ip);
        }
        None => {
            frame.ip = ip.index_in(frame);
            // A generator: its frame runs next, inline.
            if let Value::Generator(_) | Value::Iter(_) = frame.top() {
                if crate::builtins::gen_inline::start_fast(vm, base, callers) {
                    return enter(vm, base);
                }
            }
            // Any other iterator: its `__next__`.
            match tri!(vm, vm.next(base.top())) {
                Some(v) => base.push(v),
                None => {
                    if let Some(it) = base.stack.pop() {
                        Value::release(it);
                    }
                    base.ip = instr.arg() as usize;
                }
            }
            enter(vm, base)
        }
    }
}

/// An inline generator's yield back to its `for` loop.
pub(super) fn yield_value(
    vm: &mut Vm,
    base: &mut Base,
    callers: &mut Callers,
    ip: Pc,
    instr: Instr,
) -> Pc {
    base.ip = ip.index_in(base);
    if crate::builtins::gen_inline::yield_fast(vm, base, callers) {
        return enter(vm, base);
    }
    // The base frame yields out of the loop (no inline generator can be
    // running with no callers).
    if callers.is_empty() {
        let v = base.pop();
        return exit(vm, FastExit::Yield(v));
    }
    exit(vm, FastExit::Slow(instr))
}

pub(super) fn unpack_sequence(
    vm: &mut Vm,
    base: &mut Base,
    callers: &mut Callers,
    ip: Pc,
    instr: Instr,
) -> Pc {
    let frame: &mut Frame = base;
    if let Value::Tuple(t) = frame.top() {
        if t.len() == instr.arg() as usize {
            let v = frame.pop();
            if let Value::Tuple(t) = &v {
                frame.stack.extend(t.items.iter().rev().cloned());
            }
            Value::release(v);
            next_go!(vm, base, callers, ip);
        }
    }
    slow!(vm, frame, ip, instr)
}

pub(super) fn build_tuple(
    _: &mut Vm,
    base: &mut Base,
    _: &mut Callers,
    ip: Pc,
    instr: Instr,
) -> Pc {
    let frame: &mut Frame = base;
    let n = frame.stack.len() - instr.arg() as usize;
    let items = frame.stack.split_off(n);
    push_then(frame, Value::tuple(items), ip)
}

pub(super) fn build_list(_: &mut Vm, base: &mut Base, _: &mut Callers, ip: Pc, instr: Instr) -> Pc {
    let frame: &mut Frame = base;
    let n = frame.stack.len() - instr.arg() as usize;
    let items = frame.stack.split_off(n);
    push_then(frame, Value::list(items), ip)
}

pub(super) fn build_string(
    vm: &mut Vm,
    base: &mut Base,
    callers: &mut Callers,
    ip: Pc,
    instr: Instr,
) -> Pc {
    let frame: &mut Frame = base;
    let n = frame.stack.len() - instr.arg() as usize;
    let s = crate::types::str::concat_values(&frame.stack[n..]);
    frame.stack.truncate(n);
    frame.push(s);
    next_go!(vm, base, callers, ip);
}

pub(super) fn format_value(
    vm: &mut Vm,
    base: &mut Base,
    callers: &mut Callers,
    ip: Pc,
    instr: Instr,
) -> Pc {
    let frame: &mut Frame = base;
    frame.ip = ip.index_in(frame);
    tri!(vm, vm.format_value(frame, instr.arg()));
    next_go!(vm, base, callers, ip);
}

pub(super) fn list_append(
    vm: &mut Vm,
    base: &mut Base,
    callers: &mut Callers,
    ip: Pc,
    instr: Instr,
) -> Pc {
    let frame: &mut Frame = base;
    let v = frame.pop();
    let at = frame.stack.len() - instr.arg() as usize;
    if let Value::List(l) = &frame.stack[at] {
        let pushed = match l.try_borrow_mut() {
            Ok(mut l) => {
                l.push(v);
                None
            }
            Err(_) => Some(v),
        };
        let Some(v) = pushed else {
            return go(vm, base, callers, ip);
        };
        return list_append_full(vm, frame, ip, at, v);
    }
    list_append_full(vm, frame, ip, at, v)
}

/// [`list_append`] when the target is not a list it can borrow.
#[inline(never)]
fn list_append_full(vm: &mut Vm, frame: &mut Frame, ip: Pc, at: usize, v: Value) -> Pc {
    frame.ip = ip.index_in(frame);
    let target = frame.stack[at].clone();
    tri!(vm, vm.collection_add(Op::ListAppend, &target, v));
    drop(target);
    next!(vm, frame, ip);
}

pub(super) fn binary_slice(
    vm: &mut Vm,
    base: &mut Base,
    callers: &mut Callers,
    ip: Pc,
    _: Instr,
) -> Pc {
    let frame: &mut Frame = base;
    frame.ip = ip.index_in(frame);
    tri!(vm, vm.binary_slice_op(frame));
    next_go!(vm, base, callers, ip);
}

pub(super) fn store_slice(
    vm: &mut Vm,
    base: &mut Base,
    callers: &mut Callers,
    ip: Pc,
    _: Instr,
) -> Pc {
    let frame: &mut Frame = base;
    frame.ip = ip.index_in(frame);
    tri!(vm, vm.store_slice_op(frame));
    next_go!(vm, base, callers, ip);
}

/// `BuildSlice`; for `obj[i:j:k]` of a list, tuple or str the
/// `BinarySubscr` that follows is done here too.
pub(super) fn build_slice(
    vm: &mut Vm,
    base: &mut Base,
    callers: &mut Callers,
    ip: Pc,
    instr: Instr,
) -> Pc {
    let frame: &mut Frame = base;
    let next = peek(ip);
    if next.op() == Op::BinarySubscr && instr.arg() == 3 && slice_subscr_fast(frame) {
        let ip = ip + 1;
        next_go!(vm, base, callers, ip);
    }
    make_slice(frame, instr.arg());
    ip
}

/// `UnaryNegative` (`-x`, common in sort keys): ints and floats here,
/// anything else through [`simple`].
pub(super) fn unary_negative(
    vm: &mut Vm,
    base: &mut Base,
    callers: &mut Callers,
    ip: Pc,
    instr: Instr,
) -> Pc {
    if let Some(top) = base.stack.last_mut() {
        let r = match top {
            Value::Int(i) => i.checked_neg().map(Value::Int),
            Value::Float(f) => Some(Value::float(-f.get())),
            _ => None,
        };
        if let Some(r) = r {
            // SAFETY: `top` is an int or a float, which owns nothing: it is
            // overwritten, not dropped.
            unsafe { std::ptr::write(top, r) };
            return go(vm, base, callers, ip);
        }
    }
    simple(vm, base, callers, ip, instr)
}

/// Simple instructions too big or rare for a handler of their own
/// (`simple_ops.rs`).
pub(super) fn simple(
    vm: &mut Vm,
    base: &mut Base,
    callers: &mut Callers,
    ip: Pc,
    instr: Instr,
) -> Pc {
    let frame: &mut Frame = base;
    frame.ip = ip.index_in(frame);
    tri!(vm, vm.simple_op(frame, instr));
    next_go!(vm, base, callers, ip);
}

/// `a op b` for ints and floats: `fast_binary`'s answer when `FULL`,
/// otherwise the call-free `fast_binary_leaf`'s.
#[inline(always)]
fn number_op<const FULL: bool>(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    if FULL {
        crate::vm::numeric::fast_binary(op, a, b)
    } else {
        crate::vm::numeric::fast_binary_leaf(op, a, b)
    }
}

/// `[a] -> [a op b]` in place for the `BinaryOp` `next` when both are ints
/// or floats that [`number_op`] handles; false (stack untouched)
/// otherwise.
#[inline(always)]
fn fold_binary<const FULL: bool>(stack: &mut [Value], next: Instr, b: &Value) -> bool {
    if let Some(a) = stack.last_mut() {
        if let Some(r) = number_op::<FULL>(BinOp::from_u32(next.arg()), a, b) {
            // `a` is an int or float: nothing to free.
            std::mem::forget(std::mem::replace(a, r));
            return true;
        }
    }
    false
}

/// Push comparison result `t` and go on at `ip`, unless the instruction
/// there is a conditional jump: then take it (or skip it) now, so the bool
/// never goes through the value stack.
#[inline(always)]
fn push_or_jump_go(vm: &mut Vm, base: &mut Base, callers: &mut Callers, ip: Pc, t: bool) -> Pc {
    let next = peek(ip);
    let jump = match next.op() {
        Op::PopJumpIfFalse => !t,
        Op::PopJumpIfTrue => t,
        _ => return push_go(vm, base, callers, Value::Bool(t), ip),
    };
    let ip = if jump {
        Pc::target(base, next.arg())
    } else {
        ip + 1
    };
    go(vm, base, callers, ip)
}

/// [`push_or_jump_go`] for the slow paths: the next instruction's position,
/// for `run_fast`'s loop.
#[inline(always)]
fn push_or_jump(frame: &mut Frame, ip: Pc, t: bool) -> Pc {
    let next = peek(ip);
    let jump = match next.op() {
        Op::PopJumpIfFalse => !t,
        Op::PopJumpIfTrue => t,
        _ => {
            return push_then(frame, Value::Bool(t), ip);
        }
    };
    if jump {
        Pc::target(frame, next.arg())
    } else {
        ip + 1
    }
}

/// `a cmp b` for two ints or two floats, the comparisons handlers do
/// inline (mixed and other operands go through `Vm::compare`).
#[inline(always)]
fn num_compare(op: CmpOp, a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(op.apply(x, y)),
        (Value::Float(x), Value::Float(y)) => Some(op.apply(&x.get(), &y.get())),
        _ => None,
    }
}

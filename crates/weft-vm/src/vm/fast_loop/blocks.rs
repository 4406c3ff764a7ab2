//! Handlers for the instructions that inlined comprehensions (PEP 709) and
//! `try` blocks run on every pass: `Swap`, `LoadFastAndClear`,
//! `RestoreFast`, `SetupFinally` and `PopBlock`. Their common cases are
//! done here; anything else goes to [`simple`], whose `Vm::simple_op` has
//! the full versions. (`[x for x in t]` ran seven of them through
//! `simple_op`, about a third of its cost.)

use weft_compiler::bytecode::Instr;

use super::handlers::{Base, Callers, simple};
use super::{Pc, go, push_go, store_go};
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::frame::Block;

/// `Swap`: exchange the top of the stack with the value `arg - 1` below it.
pub(super) fn swap(
    vm: &mut Vm,
    base: &mut Base,
    callers: &mut Callers,
    ip: Pc,
    instr: Instr,
) -> Pc {
    let n = base.stack.len();
    let k = instr.arg() as usize;
    if k == 0 || k > n {
        return simple(vm, base, callers, ip, instr);
    }
    // SAFETY: `1 <= k <= n`, so both slots are in bounds; each value is
    // read once and written back to the other slot (values move one at a
    // time, as in `Frame::rotate_top`).
    unsafe {
        let p = base.stack.as_mut_ptr();
        let top = p.add(n - 1).read();
        let other = p.add(n - k).read();
        p.add(n - 1).write(other);
        p.add(n - k).write(top);
    }
    go(vm, base, callers, ip)
}

/// `LoadFastAndClear`: a comprehension saves the local its variable
/// shadows. A bound local moves to the stack; an unbound one (saved as a
/// marker) goes to `simple_op`.
pub(super) fn load_fast_and_clear(
    vm: &mut Vm,
    base: &mut Base,
    callers: &mut Callers,
    ip: Pc,
    instr: Instr,
) -> Pc {
    match local_mut(base, instr.arg()).take() {
        Some(v) => push_go(vm, base, callers, v, ip),
        None => simple(vm, base, callers, ip, instr),
    }
}

/// `RestoreFast`: the saved local goes back. The unbound marker (a cell,
/// which no other saved value is) goes to `simple_op`.
pub(super) fn restore_fast(
    vm: &mut Vm,
    base: &mut Base,
    callers: &mut Callers,
    ip: Pc,
    instr: Instr,
) -> Pc {
    match base.stack.last() {
        Some(Value::Cell(_)) | None => simple(vm, base, callers, ip, instr),
        Some(_) => {
            let v = base.pop();
            store_go(vm, base, callers, instr.arg(), v, ip)
        }
    }
}

/// `SetupFinally`: push a handler block, when the block stack has room
/// (growing it is `simple_op`'s).
pub(super) fn setup_finally(
    vm: &mut Vm,
    base: &mut Base,
    callers: &mut Callers,
    ip: Pc,
    instr: Instr,
) -> Pc {
    let blocks = &mut base.blocks;
    let len = blocks.len();
    if len == blocks.capacity() {
        return simple(vm, base, callers, ip, instr);
    }
    let block = Block::finally(instr.arg(), base.stack.len());
    // SAFETY: `len < capacity`: slot `len` is allocated and uninitialised,
    // and is written before the length covers it.
    unsafe {
        let blocks = &mut base.blocks;
        blocks.as_mut_ptr().add(len).write(block);
        blocks.set_len(len + 1);
    }
    go(vm, base, callers, ip)
}

/// `PopBlock`: drop the innermost block, when it holds no saved exception
/// (dropping one is `simple_op`'s).
pub(super) fn pop_block(
    vm: &mut Vm,
    base: &mut Base,
    callers: &mut Callers,
    ip: Pc,
    instr: Instr,
) -> Pc {
    let len = base.blocks.len();
    match base.blocks.last() {
        Some(b) if b.prev_exc.is_none() => {
            // SAFETY: the last block owns nothing (its `prev_exc` is
            // `None`), so forgetting it by cutting the length leaks
            // nothing.
            unsafe { base.blocks.set_len(len - 1) };
            go(vm, base, callers, ip)
        }
        _ => simple(vm, base, callers, ip, instr),
    }
}

/// Local slot `i` of the running frame; `i` must be the operand of a
/// local-slot instruction (see `local!`).
#[inline(always)]
fn local_mut(base: &mut Base, i: u32) -> &mut Option<Value> {
    // SAFETY: as for `local!` (`Code::new` checks the operands of
    // `LoadFastAndClear` and `RestoreFast` as local slots).
    unsafe { base.locals.get_unchecked_mut(i as usize) }
}

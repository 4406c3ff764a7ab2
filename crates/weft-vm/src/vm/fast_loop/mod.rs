//! The inner dispatch loop: every instruction that stays in the running
//! frame's normal flow, one small function (a *handler*) per instruction.
//!
//! `Vm::dispatch` calls [`Vm::run_fast`], which fetches an instruction,
//! calls its handler from [`HANDLERS`] and goes on from the instruction
//! pointer the handler returns, until a handler meets an instruction that
//! needs the frame machinery (exception blocks, `with`, generators,
//! imports, class bodies...), or an instruction raises, or objects with
//! `__del__` have been freed. The handler then writes the instruction
//! pointer back to the frame, records why in `Vm::fast_exit` and returns
//! [`Pc::EXIT`]; `run_fast` hands the reason ([`FastExit`]) to `dispatch`,
//! whose big `match` handles the instruction.
//!
//! Why handlers rather than one `match` (subroutine threading): in one
//! large function full of calls, LLVM kept the instruction pointer and the
//! frame in stack slots, so every instruction loaded both and stored the
//! pointer back (see docs/performance.md). Here the loop holds only the
//! VM, the frame slot, the callers and the instruction pointer, in
//! callee-saved registers, and each handler is register-allocated on its
//! own: the instruction pointer goes in and out in registers.
//!
//! The hot handlers' fast paths do not even return to the loop: they end
//! by tail-calling the next instruction's handler ([`go`]), so in the
//! release build a run of fast paths is a chain of jumps (threaded
//! dispatch: each handler's indirect jump is predicted on its own, and the
//! loop's call, return and test are gone). Anything else returns to the
//! loop, which goes on from there. `scripts/check-threaded-dispatch`
//! checks that every such call compiled to a jump.
//!
//! Rules for a handler (`fn(vm, base, callers, ip, instr) -> Pc`, `ip` just
//! past `instr`):
//! - It completes its instruction and returns where to go on (`ip`, or a
//!   jump target), or leaves the stack as it found it and hands the
//!   instruction to `dispatch` (`slow!`).
//! - Before calling anything that can fail or run Python code it stores
//!   `frame.ip = ip.index_in(frame)`, so tracebacks and `sys._getframe`
//!   see the line.
//! - After a call that may switch frames (`call_inline`) it returns
//!   [`enter`]'s pointer into the frame now in `base`.
//! - Python code run by a handler cannot replace or free `frame.code`
//!   (code objects are immutable and the frame holds its own), so the
//!   instruction pointer stays valid.

use weft_compiler::bytecode::{Instr, Op};

use crate::value::Value;
use crate::vm::frame::Frame;
use crate::vm::{PyErr, Vm};

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

/// Return from a handler with the result of `$e`'s error as the loop's
/// exit.
macro_rules! tri {
    ($vm:ident, $e:expr) => {
        match $e {
            Ok(v) => v,
            Err(e) => return exit_error($vm, e),
        }
    };
}

/// The end of an instruction that may have freed an object (a release, a
/// drop, a call out): objects with `__del__` are finalized before the next
/// instruction, as in CPython. Handlers that free nothing return `ip`
/// without the check.
macro_rules! next {
    ($vm:ident, $frame:ident, $ip:ident) => {{
        if crate::vm::finalize::pending() {
            return exit_finalizers($vm, $frame, $ip);
        }
        return $ip;
    }};
}

/// [`next!`] in a handler (or a half it tail-calls) that has the frame
/// slot and the callers: going on with [`go`].
macro_rules! next_go {
    ($vm:ident, $base:ident, $callers:ident, $ip:ident) => {{
        if crate::vm::finalize::pending() {
            return exit_finalizers($vm, $base, $ip);
        }
        return go($vm, $base, $callers, $ip);
    }};
}

/// Hand `$instr` to `dispatch` (the stack as the instruction found it).
macro_rules! slow {
    ($vm:ident, $frame:ident, $ip:ident, $instr:ident) => {{
        return exit_slow($vm, $frame, $ip, $instr);
    }};
}

/// The truth value of `$v`: simple types inline, others through
/// `Vm::truthy` (which may call `__bool__`/`__len__`).
macro_rules! truth {
    ($vm:ident, $frame:ident, $ip:ident, $v:expr) => {
        match truthy_simple($v) {
            Some(t) => t,
            None => {
                $frame.ip = $ip.index_in($frame);
                tri!($vm, $vm.truthy($v))
            }
        }
    };
}

// Operand-indexed reads without bounds checks. `Code::new`
// (`check_operands`) guarantees that the operand of every local-slot
// instruction is below `varnames.len()`, of every constant instruction
// below `consts.len()` and of every attribute/global instruction below
// `names.len()`; [`enter`] makes the running frame's locals at least
// `varnames.len()` long, and nothing shortens a running frame's locals.
// Only use them with the operand of such an instruction (`instr.arg()` in its
// handler, or `peek(..).arg()` of the fused partner).
macro_rules! local {
    ($frame:ident, $i:expr) => {{
        // SAFETY: see above.
        unsafe { $frame.locals.get_unchecked($i as usize) }
    }};
}

/// Store `$v` in local slot `$i`: what it held.
macro_rules! store_local {
    ($frame:ident, $i:expr, $v:expr) => {{
        // SAFETY: see above `local!`.
        let slot = unsafe { $frame.locals.get_unchecked_mut($i as usize) };
        slot.replace($v)
    }};
}

macro_rules! konst {
    ($frame:ident, $i:expr) => {{
        // SAFETY: see above `local!` (`Code::consts` has one value per
        // compiler constant).
        unsafe { $frame.code.consts.get_unchecked($i as usize) }
    }};
}

macro_rules! name {
    ($code:ident, $i:expr) => {{
        // SAFETY: see above `local!` (`Code::names` has one entry per
        // compiler name).
        unsafe { $code.names.get_unchecked($i as usize) }
    }};
}

/// The second operand of a fused instruction: the constant or the local
/// with index `$i` (the operand of a `LoadConst...` or `LoadFast...`
/// instruction, per `$is_const`).
macro_rules! operand {
    ($frame:ident, $is_const:expr, $i:expr) => {{
        if $is_const {
            Some(konst!($frame, $i))
        } else {
            local!($frame, $i).as_ref()
        }
    }};
}

/// The inline cache of `$instr`, the running instruction or the fused
/// partner its handler peeked at.
macro_rules! cache {
    ($code:expr, $instr:expr) => {{
        // SAFETY: `$instr` was fetched from the running code's instruction
        // array.
        unsafe { $code.cache_of($instr) }
    }};
}

mod blocks;
mod calls;
mod handlers;
mod misses;

use blocks::*;
use calls::*;
use handlers::*;

/// One instruction's handler: `ip` is just past `instr`, the instruction
/// it runs in the frame in `base`. Returns where to go on, or [`Pc::EXIT`]
/// after recording why in `Vm::fast_exit`.
type Handler = fn(&mut Vm, &mut Box<Frame>, &mut Vec<Box<Frame>>, Pc, Instr) -> Pc;

/// The handler of each opcode, indexed by discriminant.
static HANDLERS: [Handler; Op::COUNT] = {
    let mut table = [slow as Handler; Op::COUNT];
    let mut i = 0;
    while i < Op::COUNT {
        table[i] = handler(Op::ALL[i]);
        i += 1;
    }
    table
};

/// `op`'s handler. The frame machinery's instructions go to `dispatch`
/// ([`slow`]); they are listed rather than matched with `_` so that a new
/// opcode must be placed on one side or the other.
const fn handler(op: Op) -> Handler {
    use crate::vm::simple_ops::simple_opcodes;
    match op {
        Op::Nop => nop,
        Op::PopTop => pop_top,
        Op::RotTwo => rot_two,
        Op::RotThree => rot_three,
        Op::DupTop => dup_top,
        Op::LoadConst => load_const,
        Op::LoadConstBinaryOp | Op::LoadFastBinaryOp => load_operand_binary_op,
        Op::LoadFastFoldBinaryOp => load_fast_fold_binary_op,
        Op::LoadFastFoldCompareOp => load_fast_fold_compare_op,
        Op::LoadConstCompareOp | Op::LoadFastCompareOp => load_operand_compare_op,
        Op::LoadFastFoldIsOp => load_fast_fold_is_op,
        Op::LoadConstIsOp => load_const_is_op,
        Op::LoadFast => load_fast,
        Op::LoadFastLoadAttr => load_fast_load_attr,
        Op::LoadFastLoadMethod => load_fast_load_method,
        Op::LoadFastStoreAttr => load_fast_store_attr,
        Op::StoreFast => store_fast,
        Op::LoadDeref => load_deref,
        Op::Jump => jump,
        Op::PopJumpIfFalse => pop_jump_if::<false>,
        Op::PopJumpIfTrue => pop_jump_if::<true>,
        Op::JumpIfFalseOrPop => jump_if_or_pop::<false>,
        Op::JumpIfTrueOrPop => jump_if_or_pop::<true>,
        Op::UnaryNot => unary_not,
        Op::BinaryOp => binary_op::<false>,
        Op::BinaryOpStoreFast => binary_op::<true>,
        Op::CompareOp => compare_op,
        Op::IsOp => is_op,
        Op::ContainsOp => contains_op,
        Op::LoadGlobal => load_global,
        Op::LoadAttr => load_attr,
        Op::LoadMethod => load_method,
        Op::StoreAttr => store_attr,
        Op::BinarySubscr => binary_subscr,
        Op::StoreSubscr => store_subscr,
        Op::GetIter => get_iter,
        Op::ForIter => for_iter::<false>,
        Op::ForIterStoreFast => for_iter::<true>,
        Op::YieldValue => yield_value,
        Op::UnpackSequence => unpack_sequence,
        Op::BuildTuple => build_tuple,
        Op::BuildList => build_list,
        Op::BuildString => build_string,
        Op::FormatValue => format_value,
        Op::ListAppend => list_append,
        Op::CallFunction => call::<false>,
        Op::CallMethod => call::<true>,
        Op::CallFunctionKw => call_kw,
        Op::ReturnValue => return_value,
        Op::BinarySlice => binary_slice,
        Op::StoreSlice => store_slice,
        Op::BuildSlice => build_slice,
        Op::UnaryNegative => unary_negative,
        Op::Swap => swap,
        Op::LoadFastAndClear => load_fast_and_clear,
        Op::RestoreFast => restore_fast,
        Op::SetupFinally => setup_finally,
        Op::PopBlock => pop_block,
        simple_opcodes!() => simple,
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
        | Op::GetLen => slow,
    }
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
        let mut ip = enter(self, base);
        while !ip.is_exit() {
            // SAFETY: `ip` is in the running frame's instruction array: it
            // ends with `EndOfCode` (`Code::new`), which no instruction
            // falls through past and whose handler leaves this loop, and
            // jump targets are positions in the array. `frame.code`, which
            // owns the array, is not replaced or freed while the frame runs
            // (see the module comment).
            let instr = unsafe { ip.fetch() };
            #[cfg(feature = "trace-exec")]
            eprintln!(
                "{:>4} {:<20} {:>4} stack={}",
                ip.index_in(base),
                instr.op().name(),
                instr.arg(),
                base.stack.len()
            );
            // SAFETY: `HANDLERS` has an entry per opcode.
            let handler = unsafe { *HANDLERS.get_unchecked(instr.op() as usize) };
            ip = handler(self, base, callers, ip + 1, instr);
        }
        match self.fast_exit.take() {
            Some(why) => why,
            None => unreachable!("a handler left run_fast without a reason"),
        }
    }
}

/// Start (or go on) running the frame in `base`: the pointer to its next
/// instruction. Calls, returns and generator switches end with this.
fn enter(vm: &mut Vm, base: &mut Box<Frame>) -> Pc {
    let frame: &mut Frame = base;
    // What `local!` relies on. Every way of making a frame sizes its
    // locals so; this keeps a mistake there from becoming an
    // out-of-bounds access (an unbound slot is what it would hold).
    let nlocals = frame.code.co.varnames.len();
    if frame.locals.len() < nlocals {
        frame.locals.resize(nlocals, None);
    }
    // A frame that a call, return or generator switch freed may have
    // queued finalizers.
    if crate::vm::finalize::pending() {
        return exit(vm, FastExit::Finalizers);
    }
    frame.instrs = frame.code.co.instructions.as_ptr();
    Pc::at(frame.instrs, frame.ip)
}

/// [`enter`] for a frame whose locals are known to be sized: a new frame
/// from `Vm::simple_frame`, or a caller returned to.
#[inline(always)]
fn resume(vm: &mut Vm, base: &mut Box<Frame>) -> Pc {
    let frame: &mut Frame = base;
    debug_assert!(frame.locals.len() >= frame.code.co.varnames.len());
    if crate::vm::finalize::pending() {
        return exit(vm, FastExit::Finalizers);
    }
    frame.instrs = frame.code.co.instructions.as_ptr();
    Pc::at(frame.instrs, frame.ip)
}

/// Stop `run_fast` for `why`.
#[cold]
#[inline(never)]
fn exit(vm: &mut Vm, why: FastExit) -> Pc {
    vm.fast_exit = Some(why);
    // Through `black_box` so that LLVM does not see that every exit
    // returns null: it would then drop the tail calls to the `exit_*`
    // functions for a call and a `xor`, which costs the callers a saved
    // register.
    std::hint::black_box(Pc::EXIT)
}

/// Stop `run_fast` for the instruction before `ip`, `instr`, which
/// `dispatch` runs.
#[cold]
#[inline(never)]
fn exit_slow(vm: &mut Vm, frame: &mut Frame, ip: Pc, instr: Instr) -> Pc {
    frame.ip = ip.index_in(frame);
    exit(vm, FastExit::Slow(instr))
}

/// Stop `run_fast` to run finalizers before the instruction at `ip`.
#[cold]
#[inline(never)]
fn exit_finalizers(vm: &mut Vm, frame: &mut Frame, ip: Pc) -> Pc {
    frame.ip = ip.index_in(frame);
    exit(vm, FastExit::Finalizers)
}

/// Stop `run_fast`: the instruction raised `e`.
#[cold]
#[inline(never)]
fn exit_error(vm: &mut Vm, e: PyErr) -> Pc {
    exit(vm, FastExit::Error(e))
}

/// Go on at `ip`, from a handler's fast path: in optimised builds the next
/// instruction's handler is tail-called (threaded dispatch), so a run of
/// fast paths never returns to [`Vm::run_fast`]'s loop; in builds with
/// debug assertions or `trace-exec`, back to the loop (see below).
///
/// Rules: only in tail position (the handler returns what this returns),
/// and only in functions whose result is returned straight up to the loop
/// (a handler, or a half a handler tail-calls). A threaded handler that
/// returns instead of going on returns to the loop, which goes on from
/// there: the two mix freely.
///
/// Why not always: threaded dispatch relies on the call being compiled as
/// a jump (LLVM's sibling-call optimisation, which the release build does
/// for these calls; check with `objdump`: `HANDLERS` is reached by `jmp`
/// from every handler, by `call` only from `run_fast`). Without it every
/// instruction would grow the native stack, so builds that may not
/// optimise (tests, `trace-exec`, which prints from the loop) use the loop.
/// Nor is it a jump in a function that lent the address of one of its own
/// locals to an earlier call (`vm.binary_op(&a, &b, ..)`): LLVM cannot tell
/// that the callee did not keep it. Such functions return to the loop
/// (`next!`); the check script names any that do not. Whether an address
/// escapes depends on inlining, which differs between the plain and the
/// profile-guided build (`StoreSubscr`, lending `&obj` to `set_item`, passed
/// the check in one and failed it in the other): a function that passes a
/// reference to one of its locals to any call uses `next!`.
#[inline(always)]
fn go(vm: &mut Vm, base: &mut Box<Frame>, callers: &mut Vec<Box<Frame>>, ip: Pc) -> Pc {
    #[cfg(any(debug_assertions, feature = "trace-exec"))]
    {
        let _ = (vm, base, callers);
        ip
    }
    #[cfg(not(any(debug_assertions, feature = "trace-exec")))]
    {
        // SAFETY: as in `run_fast`: `ip` is in the running frame's
        // instruction array, and `HANDLERS` has an entry per opcode.
        let instr = unsafe { ip.fetch() };
        let handler = unsafe { *HANDLERS.get_unchecked(instr.op() as usize) };
        handler(vm, base, callers, ip + 1, instr)
    }
}

/// [`push_then`], going on with [`go`].
#[inline(always)]
fn push_go(
    vm: &mut Vm,
    base: &mut Box<Frame>,
    callers: &mut Vec<Box<Frame>>,
    v: Value,
    ip: Pc,
) -> Pc {
    if has_room(base, 1) {
        // SAFETY: `has_room`.
        unsafe { push_unchecked(base, v) };
        go(vm, base, callers, ip)
    } else {
        push_grow(base, v, ip)
    }
}

/// [`release_then`], going on with [`go`].
#[inline(always)]
fn release_go(
    vm: &mut Vm,
    base: &mut Box<Frame>,
    callers: &mut Vec<Box<Frame>>,
    v: Value,
    ip: Pc,
) -> Pc {
    match Value::release_shared(v) {
        None => go(vm, base, callers, ip),
        Some(last) => drop_then(vm, base, last, ip),
    }
}

/// [`store_then`], going on with [`go`].
#[inline(always)]
fn store_go(
    vm: &mut Vm,
    base: &mut Box<Frame>,
    callers: &mut Vec<Box<Frame>>,
    slot: u32,
    v: Value,
    ip: Pc,
) -> Pc {
    match store_local!(base, slot, v) {
        Some(old) => release_go(vm, base, callers, old, ip),
        None => go(vm, base, callers, ip),
    }
}

/// Push `v` on `frame`'s value stack and go on at `ip`. Handlers end with
/// this rather than a push and a return so that the stack's growth is a
/// tail call: a handler whose fast path calls nothing needs no registers
/// saved.
#[inline(always)]
fn push_then(frame: &mut Frame, v: Value, ip: Pc) -> Pc {
    if has_room(frame, 1) {
        // SAFETY: `has_room`.
        unsafe { push_unchecked(frame, v) };
        ip
    } else {
        push_grow(frame, v, ip)
    }
}

#[cold]
#[inline(never)]
fn push_grow(frame: &mut Frame, v: Value, ip: Pc) -> Pc {
    frame.stack.push(v);
    // Through `black_box` so that the caller does not keep its own `ip`
    // in a saved register (see `exit`).
    std::hint::black_box(ip)
}

/// Whether `frame`'s value stack has room for `n` more values without
/// growing (see [`push_unchecked`]).
#[inline(always)]
fn has_room(frame: &Frame, n: usize) -> bool {
    frame.stack.capacity() - frame.stack.len() >= n
}

/// Push `v` without a capacity check.
///
/// # Safety
/// `has_room(frame, 1)` must hold.
#[inline(always)]
unsafe fn push_unchecked(frame: &mut Frame, v: Value) {
    let len = frame.stack.len();
    // SAFETY: the caller's contract: slot `len` is allocated and
    // uninitialised; it is written before the length covers it.
    unsafe {
        frame.stack.as_mut_ptr().add(len).write(v);
        frame.stack.set_len(len + 1);
    }
}

/// Release `v` and go on at `ip`: when that frees it, through
/// [`drop_then`], a tail call (see [`push_then`]).
#[inline(always)]
fn release_then(vm: &mut Vm, frame: &mut Frame, v: Value, ip: Pc) -> Pc {
    match Value::release_shared(v) {
        None => ip,
        Some(last) => drop_then(vm, frame, last, ip),
    }
}

/// Release `a` and `b` and go on at `ip` (see [`release_then`]).
#[inline(always)]
fn release2_then(vm: &mut Vm, frame: &mut Frame, a: Value, b: Value, ip: Pc) -> Pc {
    match (Value::release_shared(a), Value::release_shared(b)) {
        (None, None) => ip,
        (a, b) => drop2_then(vm, frame, a, b, ip),
    }
}

/// [`drop_then`] for up to two values.
#[inline(never)]
fn drop2_then(vm: &mut Vm, frame: &mut Frame, a: Option<Value>, b: Option<Value>, ip: Pc) -> Pc {
    drop((a, b));
    if crate::vm::finalize::pending() {
        return exit_finalizers(vm, frame, ip);
    }
    std::hint::black_box(ip)
}

/// Free `v`, the last reference to an object, and go on at `ip` (after
/// its finalizer, if that queued one).
#[inline(never)]
fn drop_then(vm: &mut Vm, frame: &mut Frame, v: Value, ip: Pc) -> Pc {
    drop(v);
    if crate::vm::finalize::pending() {
        return exit_finalizers(vm, frame, ip);
    }
    std::hint::black_box(ip)
}

/// Store `v` in local slot `slot` and go on at `ip`, releasing what the
/// slot held (see [`release_then`]). `slot` must be the operand of a
/// local-slot instruction (see `local!`).
#[inline(always)]
fn store_then(vm: &mut Vm, frame: &mut Frame, slot: u32, v: Value, ip: Pc) -> Pc {
    match store_local!(frame, slot, v) {
        Some(old) => release_then(vm, frame, old, ip),
        None => ip,
    }
}

/// The handler of the instructions `dispatch` runs.
fn slow(vm: &mut Vm, base: &mut Box<Frame>, _: &mut Vec<Box<Frame>>, ip: Pc, instr: Instr) -> Pc {
    let frame: &mut Frame = base;
    slow!(vm, frame, ip, instr)
}

/// The instruction at `ip`: what a fused instruction looks at next.
#[inline(always)]
fn peek(ip: Pc) -> Instr {
    // SAFETY: `ip` is in the running code's array (kept alive by the
    // frame): a fused instruction peeks past itself, and the last
    // instruction, `EndOfCode`, fuses with nothing.
    unsafe { ip.fetch() }
}

/// The instruction a handler runs, from the `ip` it was given (just past
/// it): for the out-of-line halves of handlers, which take one argument
/// fewer so that the fast halves' tail calls to them keep fewer values
/// live.
#[inline(always)]
fn current(ip: Pc) -> Instr {
    // SAFETY: `ip` is just past an instruction of the running code's
    // array.
    unsafe { Pc(ip.0.wrapping_sub(1)).fetch() }
}

/// `run_fast`'s instruction pointer: a pointer into the running code's
/// instruction array rather than an index, so that a fetch needs no array
/// base. `frame.ip` stays an index; `at` and `index_in` convert where a
/// handler reads or writes it. Null is [`Pc::EXIT`].
#[derive(Clone, Copy)]
struct Pc(*const Instr);

impl Pc {
    /// What a handler returns to stop `run_fast` (see [`exit`]).
    const EXIT: Pc = Pc(std::ptr::null());

    #[inline(always)]
    fn is_exit(self) -> bool {
        self.0.is_null()
    }

    /// Position `i` of the array `instrs`.
    #[inline(always)]
    fn at(instrs: *const Instr, i: usize) -> Pc {
        Pc(instrs.wrapping_add(i))
    }

    /// Position `i` of `frame`'s instruction array: a jump target. `frame`
    /// must be the frame `run_fast` runs (`Frame::instrs` is set).
    #[inline(always)]
    fn target(frame: &Frame, i: u32) -> Pc {
        debug_assert!(std::ptr::eq(
            frame.instrs,
            frame.code.co.instructions.as_ptr()
        ));
        Pc::at(frame.instrs, i as usize)
    }

    /// The position of `self` in the instruction array of `frame`'s code;
    /// `frame` as for [`Pc::target`].
    #[inline(always)]
    fn index_in(self, frame: &Frame) -> usize {
        debug_assert!(std::ptr::eq(
            frame.instrs,
            frame.code.co.instructions.as_ptr()
        ));
        (self.0 as usize - frame.instrs as usize) / std::mem::size_of::<Instr>()
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

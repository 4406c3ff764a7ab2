//! The VM's view of a code object: the compiler's [`CodeObject`] plus its
//! constants converted to values and its names as interned `str` objects.

use std::cell::RefCell;
use std::rc::Rc;

use weft_compiler::bytecode::{CodeObject, Constant, Instr, Op};

use crate::types::str::{PyStr, intern, is_identifier_like};
use crate::value::Value;
use crate::vm::inline_cache::{Cache, Caches, wants_cache};

pub struct Code {
    pub co: CodeObject,
    pub consts: Vec<Value>,
    /// `co.names` as `str` objects with cached hashes, for attribute/global lookups.
    pub names: Vec<Rc<PyStr>>,
    pub varnames: Vec<Rc<PyStr>>,
    pub name: Rc<PyStr>,
    pub qualname: Rc<PyStr>,
    /// Inline caches of the instructions that have one (`vm/inline_cache.rs`),
    /// each at the index its instruction's [`Instr::cache_slot`] holds.
    /// Entry 0 is a spare one, the slot of the instructions without a
    /// cache, so every instruction's slot is in bounds.
    caches: Caches,
    /// Calls bind only positional parameters: no keyword-only, `*args` or
    /// `**kwargs` parameters, no cell variables, and not a generator or
    /// coroutine. A call with exactly `argcount` positional arguments then
    /// just moves them into the first locals (`Vm::push_simple_frame`).
    pub simple_args: bool,
    /// `co.argcount` when a call with that many positional arguments needs
    /// nothing but them moved into the first locals: [`Code::simple_args`]
    /// and no free variables (so no closure cells to copy). `u32::MAX`
    /// otherwise. One compare for `run_fast`'s call fast path.
    pub fast_argc: u32,
}

impl Code {
    /// The inline cache of the instruction at `ip`.
    #[inline]
    pub fn cache(&self, ip: usize) -> &RefCell<Cache> {
        let instr = self.co.instructions[ip];
        debug_assert!(
            instr.cache_slot() != 0,
            "instruction {ip} has no inline cache"
        );
        // SAFETY: `instr` is an instruction of this code.
        unsafe { self.cache_of(instr) }
    }

    /// The inline cache of `instr` without a bounds check, for the dispatch
    /// loop, which has the instruction (the running one, or the fused
    /// partner it peeked at) in hand.
    ///
    /// # Safety
    /// `instr` must be a copy of an instruction of `self.co.instructions`:
    /// `Code::new` gives each of those a slot below `caches.len()`, and
    /// neither changes afterwards (`caches` is private, and a `Code` is
    /// only reached through an `Rc`, never `&mut`).
    #[inline(always)]
    pub unsafe fn cache_of(&self, instr: Instr) -> &RefCell<Cache> {
        let i = instr.cache_slot();
        debug_assert!(i < self.caches.len());
        // SAFETY: `i < caches.len()` (the caller's contract).
        unsafe { self.caches.get_unchecked(i) }
    }

    pub fn new(mut co: CodeObject) -> Rc<Code> {
        fuse_pairs(&mut co.instructions);
        check_operands(&co);
        // The sentinel `run_fast`'s unchecked fetch relies on: every
        // compiled body ends in an instruction that does not fall through,
        // and jump targets are positions in the array, so the fetch never
        // reaches past it.
        let last_line = co.lines.last().copied().unwrap_or(co.firstlineno);
        co.instructions.push(Instr::new(Op::EndOfCode, 0));
        co.lines.push(last_line);
        let consts = co.consts.iter().map(const_value).collect();
        let names = co.names.iter().map(|n| intern(n)).collect();
        let varnames = co.varnames.iter().map(|n| intern(n)).collect();
        // Entry 0 is the spare one (see `caches`). The compiler keeps
        // bodies below `MAX_INSTRUCTIONS`, so the slots fit.
        let mut ncaches = 1;
        for instr in co.instructions.iter_mut() {
            if wants_cache(instr.op()) {
                instr.set_cache_slot(ncaches);
                ncaches += 1;
            } else {
                instr.set_cache_slot(0);
            }
        }
        let caches = (0..ncaches).map(|_| RefCell::new(Cache::Empty)).collect();
        use weft_compiler::bytecode::flags;
        let simple_args = co.kwonlyargcount == 0
            && co.cellvars.is_empty()
            && co.flags
                & (flags::VARARGS
                    | flags::VARKEYWORDS
                    | flags::GENERATOR
                    | flags::COROUTINE
                    | flags::ASYNC_GENERATOR)
                == 0;
        let fast_argc = if simple_args && co.freevars.is_empty() {
            co.argcount
        } else {
            u32::MAX
        };
        Rc::new(Code {
            simple_args,
            fast_argc,
            caches,
            name: intern(&co.name),
            qualname: intern(&co.qualname),
            consts,
            names,
            varnames,
            co,
        })
    }

    pub fn ncells(&self) -> usize {
        self.co.cellvars.len() + self.co.freevars.len()
    }
}

/// Check the operands `run_fast` uses as indices without a bounds check
/// (locals, constants, names) and the operator operands it decodes.
///
/// The compiler only emits in-range operands; this makes that a checked
/// property of every `Code`, so the dispatch loop's unchecked accesses
/// rest on it rather than on the compiler being right. A failure is a
/// compiler bug, reported at load time instead of as memory corruption.
fn check_operands(co: &CodeObject) {
    use weft_compiler::bytecode::{BinOp, CmpOp};
    let (nlocals, nconsts, nnames) = (co.varnames.len(), co.consts.len(), co.names.len());
    for (i, instr) in co.instructions.iter().enumerate() {
        let a = instr.arg() as usize;
        let ok = match instr.op() {
            Op::LoadFast
            | Op::StoreFast
            | Op::LoadFastLoadAttr
            | Op::LoadFastLoadMethod
            | Op::LoadFastStoreAttr
            | Op::LoadFastCompareOp
            | Op::LoadFastBinaryOp
            | Op::LoadFastFoldBinaryOp
            | Op::LoadFastFoldCompareOp
            | Op::LoadFastFoldIsOp
            | Op::LoadFastAndClear
            | Op::RestoreFast => a < nlocals,
            Op::LoadConst | Op::LoadConstBinaryOp | Op::LoadConstCompareOp | Op::LoadConstIsOp => {
                a < nconsts
            }
            Op::LoadGlobal | Op::LoadAttr | Op::LoadMethod | Op::StoreAttr => a < nnames,
            Op::BinaryOp | Op::BinaryOpStoreFast => instr.arg() < BinOp::NUM,
            Op::CompareOp => instr.arg() < CmpOp::NUM,
            _ => true,
        };
        assert!(
            ok,
            "invalid bytecode in {}: instruction {i} ({}) has operand {a} out of range",
            co.qualname,
            instr.op().name()
        );
    }
}

/// The instruction pairs `Code::new` fuses: (first, second, what the first
/// becomes). The fused instruction runs both (`LoadFastLoadAttr` reads the
/// attribute through the local without pushing the object;
/// `LoadConstBinaryOp` applies `n - 1` without pushing the constant...),
/// or, when its fast path does not apply, just the first. Correct whatever
/// jumps into the pair: the second instruction still works alone.
///
/// Pairs are formed from the end backwards, each first instruction
/// matched against its successor as already fused, so a `BinaryOp` that
/// fused with its `StoreFast` can still fuse with the load before it (the
/// fused `LoadConstBinaryOp` then stores the result too: `i += 1`).
const FUSED_PAIRS: [(Op, Op, Op); 17] = [
    (Op::LoadFast, Op::LoadAttr, Op::LoadFastLoadAttr),
    (Op::LoadFast, Op::LoadMethod, Op::LoadFastLoadMethod),
    (Op::LoadFast, Op::StoreAttr, Op::LoadFastStoreAttr),
    (Op::LoadConst, Op::BinaryOp, Op::LoadConstBinaryOp),
    (Op::LoadConst, Op::BinaryOpStoreFast, Op::LoadConstBinaryOp),
    (Op::LoadConst, Op::CompareOp, Op::LoadConstCompareOp),
    (Op::LoadConst, Op::IsOp, Op::LoadConstIsOp),
    (Op::LoadFast, Op::BinaryOp, Op::LoadFastBinaryOp),
    (Op::LoadFast, Op::BinaryOpStoreFast, Op::LoadFastBinaryOp),
    (Op::LoadFast, Op::CompareOp, Op::LoadFastCompareOp),
    (
        Op::LoadFast,
        Op::LoadConstBinaryOp,
        Op::LoadFastFoldBinaryOp,
    ),
    (Op::LoadFast, Op::LoadFastBinaryOp, Op::LoadFastFoldBinaryOp),
    (
        Op::LoadFast,
        Op::LoadConstCompareOp,
        Op::LoadFastFoldCompareOp,
    ),
    (
        Op::LoadFast,
        Op::LoadFastCompareOp,
        Op::LoadFastFoldCompareOp,
    ),
    (Op::LoadFast, Op::LoadConstIsOp, Op::LoadFastFoldIsOp),
    (Op::BinaryOp, Op::StoreFast, Op::BinaryOpStoreFast),
    (Op::ForIter, Op::StoreFast, Op::ForIterStoreFast),
];

fn fuse_pairs(instrs: &mut [Instr]) {
    for i in (1..instrs.len()).rev() {
        let (first, second) = (instrs[i - 1].op(), instrs[i].op());
        if let Some(&(_, _, fused)) = FUSED_PAIRS
            .iter()
            .find(|(a, b, _)| *a == first && *b == second)
        {
            instrs[i - 1].set_op(fused);
        }
    }
}

fn const_value(c: &Constant) -> Value {
    match c {
        Constant::None => Value::None,
        Constant::Bool(b) => Value::Bool(*b),
        Constant::Int(i) => Value::Int(*i),
        Constant::BigInt(b) => Value::from_bigint(b.clone()),
        Constant::Float(f) => Value::float(*f),
        Constant::Complex(r, i) => Value::Complex(Rc::new((*r, *i))),
        Constant::Str(s) if is_identifier_like(s) => Value::Str(intern(s)),
        Constant::Str(s) => Value::str(s),
        Constant::Bytes(b) => Value::Bytes(Rc::new(b.to_vec())),
        Constant::Tuple(items) => Value::tuple(items.iter().map(const_value).collect()),
        Constant::Code(co) => {
            // Code objects are shared by Rc in the compiler output; rebuild once here.
            let co = Rc::try_unwrap(co.clone()).unwrap_or_else(|rc| clone_code(&rc));
            Value::Code(Code::new(co))
        }
        Constant::Ellipsis => Value::Ellipsis,
    }
}

fn clone_code(co: &CodeObject) -> CodeObject {
    CodeObject {
        name: co.name.clone(),
        qualname: co.qualname.clone(),
        filename: co.filename.clone(),
        firstlineno: co.firstlineno,
        argcount: co.argcount,
        posonlyargcount: co.posonlyargcount,
        kwonlyargcount: co.kwonlyargcount,
        flags: co.flags,
        instructions: co.instructions.clone(),
        lines: co.lines.clone(),
        consts: co.consts.clone(),
        names: co.names.clone(),
        varnames: co.varnames.clone(),
        cellvars: co.cellvars.clone(),
        freevars: co.freevars.clone(),
        cell2arg: co.cell2arg.clone(),
        doc: co.doc.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn instrs(ops: &[Op]) -> Vec<Instr> {
        ops.iter().map(|&op| Instr::new(op, 0)).collect()
    }

    fn ops(instrs: &[Instr]) -> Vec<Op> {
        instrs.iter().map(|i| i.op()).collect()
    }

    #[test]
    fn fusion_sees_its_successor_fused() {
        // `i += 1`: the `BinaryOp` fuses with its `StoreFast` first, then
        // the `LoadConst` with that, then the `LoadFast` with that.
        let mut v = instrs(&[Op::LoadFast, Op::LoadConst, Op::BinaryOp, Op::StoreFast]);
        fuse_pairs(&mut v);
        assert_eq!(
            ops(&v),
            [
                Op::LoadFastFoldBinaryOp,
                Op::LoadConstBinaryOp,
                Op::BinaryOpStoreFast,
                Op::StoreFast
            ]
        );
        // `i < n`: the second load fuses with the comparison, the first
        // with that.
        let mut v = instrs(&[
            Op::LoadFast,
            Op::LoadFast,
            Op::CompareOp,
            Op::PopJumpIfFalse,
        ]);
        fuse_pairs(&mut v);
        assert_eq!(
            ops(&v),
            [
                Op::LoadFastFoldCompareOp,
                Op::LoadFastCompareOp,
                Op::CompareOp,
                Op::PopJumpIfFalse
            ]
        );
    }

    #[test]
    fn in_range_operands_load() {
        let co = weft_compiler::compile("a + 2", "<t>", weft_compiler::Mode::Eval).unwrap();
        Code::new(co);
    }

    #[test]
    #[should_panic(expected = "out of range")]
    fn out_of_range_constant_is_refused_at_load() {
        let mut co = weft_compiler::compile("a + 2", "<t>", weft_compiler::Mode::Eval).unwrap();
        let at = co
            .instructions
            .iter()
            .position(|i| i.op() == Op::LoadConst)
            .unwrap();
        co.instructions[at].set_arg(co.consts.len() as u32);
        Code::new(co);
    }
}

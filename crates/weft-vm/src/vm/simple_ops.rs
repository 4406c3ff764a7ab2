//! Instructions that `run_fast` hands to one out-of-line function: each
//! is simple (it touches only the running frame's stack, locals, cells or
//! block stack, and never switches frames), but too big or too rare to
//! inline into the dispatch loop, where every arm competes for registers.
//!
//! Before they lived in `dispatch`'s `match`, so each one left `run_fast`
//! and came back (~60 instructions of epilogue, `match` and re-entry).
//! Comprehensions inlined in a function (`LoadFastAndClear`, `Swap`,
//! `SetupFinally`, `PopBlock`, `RestoreFast`) and every `try` block
//! (`SetupFinally`, `PopBlock`) paid that several times.

use std::rc::Rc;

use weft_compiler::bytecode::{Instr, Op};

use crate::value::Value;
use crate::vm::frame::Frame;
use crate::vm::{PyResult, Vm};

/// The opcodes [`Vm::simple_op`] runs, as a pattern: the `run_fast` handler that
/// calls it and `dispatch`'s list of instructions `run_fast` always
/// completes both match on it, so the list is written once (each `match`
/// stays exhaustive and the jump table needs no range check).
/// `UnaryNegative`, `Swap`, `LoadFastAndClear`, `RestoreFast`,
/// `SetupFinally` and `PopBlock` are not in the list: they have handlers of
/// their own, whose slow paths are still [`Vm::simple_op`].
macro_rules! simple_opcodes {
    () => {
        Op::RotFour
            | Op::DupTopTwo
            | Op::Copy
            | Op::DeleteFast
            | Op::StoreDeref
            | Op::DeleteDeref
            | Op::LoadClosure
            | Op::DeleteSubscr
            | Op::UnaryPositive
            | Op::UnaryInvert
            | Op::BuildSet
            | Op::BuildMap
            | Op::DictMerge
            | Op::SetAdd
            | Op::ListExtend
            | Op::SetUpdate
            | Op::DictUpdate
            | Op::MapAdd
            | Op::ListToTuple
    };
}
pub(crate) use simple_opcodes;

impl Vm {
    /// Run `instr`, one of the [`simple_opcodes`], on the running frame.
    #[inline(never)]
    pub(crate) fn simple_op(&mut self, frame: &mut Frame, instr: Instr) -> PyResult<()> {
        let arg = instr.arg();
        match instr.op() {
            Op::RotFour => frame.rotate_top(4),
            Op::DupTopTwo => {
                let n = frame.stack.len();
                let a = frame.stack[n - 2].clone();
                let b = frame.stack[n - 1].clone();
                frame.push(a);
                frame.push(b);
            }
            Op::Copy => {
                let v = frame.stack[frame.stack.len() - arg as usize].clone();
                frame.push(v);
            }
            Op::Swap => {
                // Element by element, not `slice::swap` (see `rotate_top`).
                let n = frame.stack.len();
                let top = std::mem::replace(&mut frame.stack[n - 1], Value::None);
                let other = std::mem::replace(&mut frame.stack[n - arg as usize], top);
                std::mem::forget(std::mem::replace(&mut frame.stack[n - 1], other));
            }
            Op::LoadFastAndClear | Op::RestoreFast => {
                thread_local! {
                    /// Stands for an unbound variable saved on the stack
                    /// by `LoadFastAndClear`; Python code never sees it.
                    static UNBOUND: Rc<crate::types::misc::Cell> =
                        Rc::new(crate::types::misc::Cell::new(None));
                }
                let slot = arg as usize;
                if instr.op() == Op::LoadFastAndClear {
                    let v = match frame.locals[slot].take() {
                        Some(v) => v,
                        None => Value::Cell(UNBOUND.with(Rc::clone)),
                    };
                    frame.push(v);
                } else {
                    let v = frame.pop();
                    let v = match &v {
                        Value::Cell(c) if UNBOUND.with(|u| Rc::ptr_eq(c, u)) => None,
                        _ => Some(v),
                    };
                    if let Some(old) = std::mem::replace(&mut frame.locals[slot], v) {
                        Value::release(old);
                    }
                }
            }
            Op::DeleteFast => {
                if frame.locals[arg as usize].take().is_none() {
                    let name = frame.code.co.varnames[arg as usize].clone();
                    return Err(self.error(
                        "UnboundLocalError",
                        format!("cannot access local variable '{name}' where it is not associated with a value"),
                    ));
                }
            }
            Op::StoreDeref => {
                let v = frame.pop();
                frame.cells[arg as usize].set(Some(v));
            }
            Op::DeleteDeref => {
                if frame.cells[arg as usize].get().is_none() {
                    return Err(self.unbound_cell(frame, arg));
                }
                frame.cells[arg as usize].set(None);
            }
            Op::LoadClosure => {
                let c = frame.cells[arg as usize].clone();
                frame.push(Value::Cell(c));
            }
            Op::DeleteSubscr => {
                let key = frame.pop();
                let obj = frame.pop();
                self.del_item(&obj, &key)?;
            }
            Op::UnaryNegative => {
                let a = frame.pop();
                let v = self.unary_op(&a, "__neg__")?;
                frame.push(v);
            }
            Op::UnaryPositive => {
                let a = frame.pop();
                let v = self.unary_op(&a, "__pos__")?;
                frame.push(v);
            }
            Op::UnaryInvert => {
                let a = frame.pop();
                let v = self.unary_op(&a, "__invert__")?;
                frame.push(v);
            }
            Op::BuildSet => {
                let n = frame.stack.len() - arg as usize;
                let items = frame.stack.split_off(n);
                let set = self.new_set(items)?;
                frame.push(set);
            }
            Op::BuildMap => {
                let n = frame.stack.len() - 2 * arg as usize;
                let items = frame.stack.split_off(n);
                let d = crate::types::dict::PyDict::new();
                let mut it = items.into_iter();
                while let (Some(k), Some(v)) = (it.next(), it.next()) {
                    d.insert(self, k, v)?;
                }
                frame.push(Value::dict(d));
            }
            Op::DictMerge => {
                // [callable, args, kwargs, v]: errors name the callable.
                let v = frame.pop();
                let n = frame.stack.len();
                let target = frame.stack[n - arg as usize].clone();
                let callable = frame.stack[n - arg as usize - 2].clone();
                self.dict_merge(&target, v, &callable)?;
            }
            Op::SetAdd | Op::ListExtend | Op::SetUpdate | Op::DictUpdate => {
                let v = frame.pop();
                let target = frame.stack[frame.stack.len() - arg as usize].clone();
                self.collection_add(instr.op(), &target, v)?;
            }
            Op::MapAdd => {
                let v = frame.pop();
                let k = frame.pop();
                let target = frame.stack[frame.stack.len() - arg as usize].clone();
                if let Value::Dict(d) = target {
                    d.insert(self, k, v)?;
                }
            }
            Op::ListToTuple => {
                let v = frame.pop();
                if let Value::List(l) = v {
                    let items = l.borrow().clone();
                    frame.push(Value::tuple(items));
                }
            }
            Op::SetupFinally => frame.push_finally(arg, frame.stack.len()),
            Op::PopBlock => {
                frame.blocks.pop();
            }
            _ => unreachable!("simple_op called with {:?}", instr.op()),
        }
        Ok(())
    }
}

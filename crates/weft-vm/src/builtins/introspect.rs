//! Frame introspection: `sys._getframe()` and the frame objects it returns
//! (`f_code`, `f_lineno`, `f_globals`, `f_locals`, `f_back`, `f_builtins`).
//!
//! The VM keeps, for every running dispatch loop, a pointer to its base
//! frame slot and to its stack of suspended callers (`Vm::loops`); walking
//! them innermost-first gives the Python call stack. A frame object
//! records the frame's code, globals, line and locals dict when
//! `sys._getframe` is called; while that frame is still running,
//! `f_lineno` and `f_locals` read its current state, and after it has
//! finished they keep the values last seen (CPython keeps the final ones).

use std::rc::Rc;

use crate::types::dict::PyDict;
use crate::types::misc::Native;
use crate::value::Value;
use crate::vm::code::Code;
use crate::vm::frame::Frame;
use crate::vm::{Args, PyResult, Vm};

/// One frame of the call stack as `sys._getframe` saw it.
pub struct FrameInfo {
    pub code: Rc<Code>,
    pub line: u32,
    pub globals: Rc<PyDict>,
    pub locals: Rc<PyDict>,
    /// The frame itself, valid only while [`FrameInfo::live`] finds it.
    frame: *const Frame,
    pub line_seen: std::cell::Cell<u32>,
    /// The calling frame (`f_back`): another `Native::PyFrame`, or `None`.
    pub back: Value,
}

impl Vm {
    /// The Python frames currently executing, innermost first.
    fn frame_stack(&self) -> Vec<&Frame> {
        let mut out = Vec::new();
        for &(base, callers) in self.loops.iter().rev() {
            // SAFETY: `loops` entries are pushed by `run_loop` for the
            // duration of its dispatch and popped before it returns, so
            // both pointers refer to live locals of a suspended (not
            // currently mutating) dispatch loop while native code runs.
            unsafe {
                if let Some(b) = base.as_ref() {
                    out.push(&**b);
                }
                if let Some(cs) = callers.as_ref() {
                    for f in cs.iter().rev() {
                        out.push(&**f);
                    }
                }
            }
        }
        out
    }
}

/// `sys._getframe([depth])`.
pub fn sys_getframe(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("sys._getframe() takes no keyword arguments"));
    }
    let pos = args.pos();
    if pos.len() > 1 {
        return Err(vm.type_error(format!(
            "_getframe expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    let depth = match pos.first() {
        None => 0,
        Some(Value::BigInt(_)) => i64::MAX,
        Some(v) => vm.index_value(v)?,
    };
    if depth > i32::MAX as i64 {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    } else if depth < i32::MIN as i64 {
        return Err(vm.overflow_error("Python int too small to convert to C int"));
    }
    let depth = depth.max(0) as usize;
    // Gather (code, line, globals, locals plan) innermost first, then build
    // the snapshot chain from the outermost frame inwards.
    type Snap = (
        Rc<Code>,
        u32,
        Rc<PyDict>,
        crate::builtins::scope_funcs::LocalsPlan,
        *const Frame,
    );
    let frames: Vec<Snap> = {
        let stack = vm.frame_stack();
        if depth >= stack.len() {
            return Err(vm.value_error("call stack is not deep enough"));
        }
        stack[depth..]
            .iter()
            .map(|f| {
                (
                    f.code.clone(),
                    f.line(),
                    f.globals.clone(),
                    crate::builtins::scope_funcs::frame_locals(f),
                    *f as *const Frame,
                )
            })
            .collect()
    };
    let mut back = Value::None;
    for (code, line, globals, plan, frame) in frames.into_iter().rev() {
        let locals = crate::builtins::scope_funcs::apply_locals(vm, plan)?;
        back = Value::Native(Rc::new(Native::PyFrame(Rc::new(FrameInfo {
            code,
            line,
            globals,
            locals,
            frame,
            line_seen: std::cell::Cell::new(line),
            back,
        }))));
    }
    Ok(back)
}

impl FrameInfo {
    /// The frame this object describes, if it is still executing: a frame
    /// on the stack at the same address that owns the same locals dict
    /// (frames are pooled, so the address alone could be a later call).
    fn live<'a>(&self, vm: &'a Vm) -> Option<&'a Frame> {
        vm.frame_stack().into_iter().find(|fr| {
            std::ptr::eq(*fr, self.frame)
                && match &fr.names {
                    Some(ns) => Rc::ptr_eq(ns, &self.locals),
                    None => fr
                        .locals_dict
                        .borrow()
                        .as_ref()
                        .is_some_and(|d| Rc::ptr_eq(d, &self.locals)),
                }
        })
    }
}

/// Attributes of a frame object.
pub fn frame_attr(vm: &mut Vm, f: &Rc<FrameInfo>, name: &str) -> PyResult<Option<Value>> {
    Ok(Some(match name {
        "f_code" => Value::Code(f.code.clone()),
        "f_lineno" => {
            if let Some(line) = f.live(vm).map(|fr| fr.line()) {
                f.line_seen.set(line);
            }
            Value::Int(f.line_seen.get() as i64)
        }
        "f_globals" => Value::Dict(f.globals.clone()),
        "f_locals" => {
            if let Some(plan) = f.live(vm).map(crate::builtins::scope_funcs::frame_locals) {
                crate::builtins::scope_funcs::apply_locals(vm, plan)?;
            }
            Value::Dict(f.locals.clone())
        }
        "f_back" => f.back.clone(),
        "f_builtins" => match f.globals.get_str("__builtins__") {
            Some(Value::Dict(d)) => Value::Dict(d),
            Some(Value::Module(m)) => Value::Dict(m.dict.clone()),
            _ => Value::Dict(vm.builtins.clone()),
        },
        "f_trace" => Value::None,
        _ => return Ok(None),
    }))
}

pub fn frame_repr(v: &Value, f: &FrameInfo) -> String {
    format!(
        "<frame at {:#x}, file '{}', line {}, code {}>",
        v.ptr().unwrap_or(0),
        f.code.co.filename,
        f.line_seen.get(),
        f.code.co.name
    )
}

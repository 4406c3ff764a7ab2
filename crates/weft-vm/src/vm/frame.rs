//! Heap-allocated frames. A frame owns its value stack, locals and block
//! stack, so a generator suspends simply by keeping its `Box<Frame>`.

use std::rc::Rc;

use crate::types::dict::PyDict;
use crate::types::function::Function;
use crate::types::misc::Cell;
use crate::value::Value;
use crate::vm::code::Code;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BlockKind {
    /// `SetupFinally`/`SetupWith`: on exception, jump to `handler`.
    Finally,
    /// Inside an except/finally handler; popping it restores `prev_exc`.
    ExceptHandler,
}

pub struct Block {
    pub kind: BlockKind,
    pub handler: u32,
    /// Value-stack depth to restore when unwinding to this block.
    pub level: u32,
    /// The exception being handled before this handler started.
    pub prev_exc: Option<Value>,
}

impl Block {
    /// A `Finally` block: an exception unwound to it leaves the value stack
    /// `level` deep and jumps to `handler`.
    #[inline(always)]
    pub fn finally(handler: u32, level: usize) -> Block {
        Block {
            kind: BlockKind::Finally,
            handler,
            level: level as u32,
            prev_exc: None,
        }
    }
}

pub struct Frame {
    pub code: Rc<Code>,
    pub ip: usize,
    /// `code`'s instruction array, cached by `run_fast` each time it starts
    /// or resumes running this frame (`fast_loop::enter`/`resume`), for jump
    /// targets and `ip` write-backs without the two loads through `code`.
    /// Only `run_fast`'s handlers read it, and only for the frame they run.
    pub(crate) instrs: *const weft_compiler::bytecode::Instr,
    pub stack: Vec<Value>,
    pub locals: Vec<Option<Value>>,
    /// Cell variables, then free variables.
    pub cells: Vec<Rc<Cell>>,
    pub blocks: Vec<Block>,
    pub globals: Rc<PyDict>,
    /// The namespace for `LoadName`/`StoreName` (module and class bodies).
    pub names: Option<Rc<PyDict>>,
    /// A class body's namespace when `__prepare__` returned a mapping other
    /// than a plain dict: name operations go through its `__getitem__` etc.
    pub names_map: Option<Value>,
    /// The function this frame runs, when the collector may need it: set by
    /// `bind_args` for generator, coroutine and async generator frames only
    /// (a suspended frame keeps its function alive). Code and globals are
    /// held by the fields above.
    pub func: Option<Rc<Function>>,
    /// The dict `locals()` returns in a function frame: one per frame,
    /// re-synced from the fast locals on each call (CPython 3.12 semantics).
    pub locals_dict: std::cell::RefCell<Option<Rc<PyDict>>>,
    /// Set when this frame runs `__init__` for a constructor call made
    /// inline (`call_inline`): the new object, which the call evaluates to
    /// once `__init__` returns None.
    pub init_self: Option<Value>,
    /// The (empty) buffer of suspended callers the last `run_loop` with
    /// this frame as its base grew, kept for the next (a generator is the
    /// base of a loop each time `next()` resumes it).
    pub callers_buf: Vec<Box<Frame>>,
}

impl Frame {
    pub fn new(code: Rc<Code>, globals: Rc<PyDict>, names: Option<Rc<PyDict>>) -> Box<Frame> {
        let nlocals = code.co.varnames.len();
        let ncells = code.co.cellvars.len();
        Box::new(Frame {
            ip: 0,
            instrs: std::ptr::null(),
            stack: Vec::with_capacity(8),
            locals: vec![None; nlocals],
            cells: (0..ncells)
                .map(|_| {
                    let c = Rc::new(Cell::default());
                    crate::gc::track_cell(&c);
                    c
                })
                .collect(),
            blocks: Vec::new(),
            globals,
            names,
            names_map: None,
            func: None,
            locals_dict: std::cell::RefCell::new(None),
            init_self: None,
            callers_buf: Vec::new(),
            code,
        })
    }

    /// A frame with no locals or cells yet, for a caller that fills them.
    pub fn empty(code: Rc<Code>, globals: Rc<PyDict>) -> Box<Frame> {
        Box::new(Frame {
            ip: 0,
            instrs: std::ptr::null(),
            stack: Vec::with_capacity(8),
            locals: Vec::new(),
            cells: Vec::new(),
            blocks: Vec::new(),
            globals,
            names: None,
            names_map: None,
            func: None,
            locals_dict: std::cell::RefCell::new(None),
            init_self: None,
            callers_buf: Vec::new(),
            code,
        })
    }

    /// Reinitialise a recycled frame for a new call of `code`.
    pub fn reset(&mut self, code: Rc<Code>, globals: Rc<PyDict>) {
        let nlocals = code.co.varnames.len();
        let ncells = code.co.cellvars.len();
        self.ip = 0;
        for _ in 0..nlocals {
            self.locals.push(None);
        }
        for _ in 0..ncells {
            let c = Rc::new(Cell::default());
            crate::gc::track_cell(&c);
            self.cells.push(c);
        }
        self.globals = globals;
        self.code = code;
    }

    /// [`Frame::clear`] for the common returning frame, without drop glue:
    /// true when the frame held nothing but locals, none of them the last
    /// reference to an object, and is now clear. On false the frame is
    /// partly cleared (the locals before the one that stopped it are
    /// released) and [`Frame::clear`] finishes the job.
    #[inline(always)]
    pub fn clear_fast(&mut self) -> bool {
        if !self.stack.is_empty() || self.rare_fields_set() {
            return false;
        }
        self.release_locals_shared()
    }

    /// [`Frame::clear_fast`] for a returning frame whose stack still holds
    /// its return value: the same, but the stack is left alone.
    #[inline(always)]
    pub fn clear_locals_fast(&mut self) -> bool {
        if self.rare_fields_set() {
            return false;
        }
        self.release_locals_shared()
    }

    /// Whether any of the fields a returning frame rarely holds is set:
    /// tested together, in one branch.
    #[inline(always)]
    fn rare_fields_set(&mut self) -> bool {
        !self.cells.is_empty()
            | !self.blocks.is_empty()
            | self.names.is_some()
            | self.names_map.is_some()
            | self.func.is_some()
            | self.init_self.is_some()
            | self.locals_dict.get_mut().is_some()
    }

    /// Release the locals while none is the last reference to its object:
    /// true when all are released (the locals are then empty). On false
    /// the local that stopped it is back in its slot, for `clear`.
    #[inline(always)]
    fn release_locals_shared(&mut self) -> bool {
        for slot in self.locals.iter_mut() {
            if let Some(v) = slot.take() {
                if let Some(last) = Value::release_shared(v) {
                    // Put it back for `clear`, which drops it.
                    *slot = Some(last);
                    return false;
                }
            }
        }
        // SAFETY: every slot is `None` now, which owns nothing, so
        // forgetting the elements leaks nothing.
        unsafe { self.locals.set_len(0) };
        true
    }

    /// Drop the frame's contents (not its buffers) before it is pooled.
    pub fn clear(&mut self) {
        // Each field is usually empty already (a returning frame has popped
        // its stack and blocks): test before paying for drop glue.
        if !self.stack.is_empty() {
            self.stack.clear();
        }
        for slot in self.locals.iter_mut() {
            if let Some(v) = slot.take() {
                Value::release(v);
            }
        }
        // SAFETY: every slot is `None` now, which owns nothing, so
        // forgetting the elements leaks nothing.
        unsafe { self.locals.set_len(0) };
        if !self.cells.is_empty() {
            self.cells.clear();
        }
        if !self.blocks.is_empty() {
            self.blocks.clear();
        }
        if self.names.is_some() {
            self.names = None;
        }
        if self.names_map.is_some() {
            self.names_map = None;
        }
        if self.func.is_some() {
            self.func = None;
        }
        if self.init_self.is_some() {
            self.init_self = None;
        }
        if self.locals_dict.get_mut().is_some() {
            *self.locals_dict.get_mut() = None;
        }
    }

    /// The source line of the instruction being executed.
    pub fn line(&self) -> u32 {
        let i = self.ip.saturating_sub(1);
        self.code
            .co
            .lines
            .get(i)
            .copied()
            .unwrap_or(self.code.co.firstlineno)
    }

    /// Move the top of the stack down `n - 1` places (`RotTwo`..`RotFour`).
    /// Values move one at a time as (tag, payload) pairs: `slice::swap` or
    /// `insert` would copy them with 16-byte vector moves, which stall on
    /// the two 8-byte stores that wrote them.
    #[inline(always)]
    pub fn rotate_top(&mut self, n: usize) {
        let len = self.stack.len();
        assert!(n >= 2 && len >= n, "value stack underflow");
        let s = &mut self.stack[len - n..];
        let top = std::mem::replace(&mut s[n - 1], Value::None);
        for i in (1..n).rev() {
            let v = std::mem::replace(&mut s[i - 1], Value::None);
            let _none = std::mem::replace(&mut s[i], v);
            std::mem::forget(_none);
        }
        let _none = std::mem::replace(&mut s[0], top);
        std::mem::forget(_none);
    }

    /// Where `CallMethod` with `n` arguments finds its callable: the stack
    /// holds `[func, self, args...]` after a method `LoadMethod` found, or
    /// `[None, bound, args...]` otherwise. Returns the callable's index,
    /// the number of arguments above it, and the index the stack is cut
    /// back to after the call.
    #[inline(always)]
    pub fn method_call_layout(&self, n: u32) -> (usize, usize, usize) {
        let n = n as usize;
        let marker_at = self.stack.len() - n - 2;
        if matches!(self.stack[marker_at], Value::None)
            && !matches!(self.stack[marker_at + 1], Value::None)
        {
            (marker_at + 1, n, marker_at)
        } else {
            (marker_at, n + 1, marker_at)
        }
    }

    /// Push a `Finally` block: an exception unwound to it leaves the value
    /// stack `level` deep and jumps to `handler`.
    #[inline(always)]
    pub fn push_finally(&mut self, handler: u32, level: usize) {
        push_inline(&mut self.blocks, Block::finally(handler, level));
    }

    /// Inline even in its growing case's test: LLVM otherwise leaves
    /// `Vec::push` out of line on some paths (the push of a return value
    /// into the caller's frame was a call per Python call).
    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        push_inline(&mut self.stack, v);
    }

    #[inline(always)]
    pub fn pop(&mut self) -> Value {
        self.stack.pop().expect("value stack underflow")
    }

    #[inline]
    pub fn top(&self) -> &Value {
        self.stack.last().expect("value stack underflow")
    }
}

/// `v.push(x)` with the common case (room left) inlined: on the call and
/// return paths LLVM otherwise leaves `Vec::push` out of line, a call per
/// Python call for the frame stack and the frame pool.
#[inline(always)]
pub fn push_inline<T>(v: &mut Vec<T>, x: T) {
    let len = v.len();
    if len < v.capacity() {
        // SAFETY: `len < capacity`, so slot `len` is allocated and
        // uninitialised; it is written before the length covers it.
        unsafe {
            v.as_mut_ptr().add(len).write(x);
            v.set_len(len + 1);
        }
    } else {
        v.push(x);
    }
}

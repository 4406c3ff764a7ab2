//! The bytecode format shared by the compiler and the VM.
//!
//! The opcode table is defined once, in [`opcodes!`]: each entry names the
//! instruction and documents its stack effect. The VM's dispatch loop matches on
//! [`Op`]; the disassembler uses [`Op::name`].

use std::rc::Rc;

use num_bigint::BigInt;

macro_rules! opcodes {
    ($( $(#[doc = $doc:literal])* $name:ident ),* $(,)?) => {
        /// One bytecode operation. The operand lives in [`Instr::arg`].
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(u8)]
        pub enum Op { $( $(#[doc = $doc])* $name ),* }

        impl Op {
            /// How many opcodes there are.
            pub const COUNT: usize = [$(Op::$name),*].len();
            /// Every opcode, in discriminant order.
            pub const ALL: [Op; Op::COUNT] = [$(Op::$name),*];

            /// The instruction's name, for disassembly and `trace-exec`.
            pub fn name(self) -> &'static str {
                match self { $( Op::$name => stringify!($name) ),* }
            }
        }
    };
}

opcodes! {
    /// Does nothing.
    Nop,
    /// Pop TOS.
    PopTop,
    /// Swap TOS and TOS1.
    RotTwo,
    /// Lift TOS to third place: [a b c] -> [c a b].
    RotThree,
    /// Lift TOS to fourth place.
    RotFour,
    /// Push a copy of TOS.
    DupTop,
    /// Push copies of TOS1 and TOS.
    DupTopTwo,
    /// Push `consts[arg]`.
    LoadConst,
    /// Push local slot `arg`; UnboundLocalError if empty.
    LoadFast,
    /// Pop into local slot `arg`.
    StoreFast,
    /// Empty local slot `arg`.
    DeleteFast,
    /// Push the contents of cell `arg` (cells = cellvars then freevars).
    LoadDeref,
    /// Pop into cell `arg`.
    StoreDeref,
    /// Empty cell `arg`.
    DeleteDeref,
    /// Push cell `arg` itself (to build a closure).
    LoadClosure,
    /// In a class body: look `names[arg]` up in the class namespace, then in free cell.
    /// The cell index is in the high 16 bits of arg, the name index in the low 16.
    LoadClassDeref,
    /// Push `names[arg]` from locals, globals, builtins.
    LoadName,
    /// Pop into locals[`names[arg]`].
    StoreName,
    /// Delete locals[`names[arg]`].
    DeleteName,
    /// Push `names[arg]` from globals, builtins.
    LoadGlobal,
    /// Pop into globals[`names[arg]`].
    StoreGlobal,
    /// Delete globals[`names[arg]`].
    DeleteGlobal,
    /// TOS = getattr(TOS, names[arg]).
    LoadAttr,
    /// setattr(TOS, names[arg], TOS1); pops both.
    StoreAttr,
    /// delattr(TOS, names[arg]).
    DeleteAttr,
    /// Replace TOS with [method, self] or [NULL, attr] for CallMethod.
    LoadMethod,
    /// `LoadFast arg` whose next instruction is a `LoadAttr`: when that
    /// attribute of the local is an inline-cache hit, push it and skip the
    /// `LoadAttr`; otherwise behave as `LoadFast`. Never emitted by the
    /// compiler: the VM rewrites `LoadFast` into it when loading code.
    LoadFastLoadAttr,
    /// `LoadFast arg` whose next instruction is a `LoadMethod`: the same
    /// for a method load from the local (`self.m(...)`, `d.get(...)`).
    LoadFastLoadMethod,
    /// `LoadFast arg` whose next instruction is a `StoreAttr`: the same
    /// for a store into an attribute of the local (TOS is the value).
    LoadFastStoreAttr,
    /// Call the result of LoadMethod with `arg` positional arguments.
    CallMethod,
    /// TOS = TOS1[TOS].
    BinarySubscr,
    /// TOS1[TOS] = TOS2.
    StoreSubscr,
    /// del TOS1[TOS].
    DeleteSubscr,
    /// TOS = TOS2[TOS1:TOS]: a two-part slice (no step) without a slice
    /// object; pops container, start, stop (each bound may be None).
    BinarySlice,
    /// TOS2[TOS1:TOS] = TOS3; pops all four (value, container, start, stop).
    StoreSlice,
    /// TOS = TOS1 (op) TOS, op = [`BinOp`] as u32.
    BinaryOp,
    /// TOS = -TOS.
    UnaryNegative,
    /// TOS = +TOS.
    UnaryPositive,
    /// TOS = not TOS.
    UnaryNot,
    /// TOS = ~TOS.
    UnaryInvert,
    /// TOS = TOS1 (cmp) TOS, cmp = [`CmpOp`] as u32.
    CompareOp,
    /// TOS = TOS1 is TOS (negated if arg == 1).
    IsOp,
    /// TOS = TOS1 in TOS (negated if arg == 1).
    ContainsOp,
    /// Jump to `arg`.
    Jump,
    /// Pop TOS; jump if falsy.
    PopJumpIfFalse,
    /// Pop TOS; jump if truthy.
    PopJumpIfTrue,
    /// If TOS is falsy jump (keeping it), else pop.
    JumpIfFalseOrPop,
    /// If TOS is truthy jump (keeping it), else pop.
    JumpIfTrueOrPop,
    /// TOS = iter(TOS).
    GetIter,
    /// Push next(TOS); when exhausted pop the iterator and jump to `arg`.
    ForIter,
    /// Pop `arg` items into a tuple.
    BuildTuple,
    /// Pop `arg` items into a list.
    BuildList,
    /// Pop `arg` items into a set.
    BuildSet,
    /// Pop `arg` key/value pairs into a dict.
    BuildMap,
    /// Pop `arg` keys (a tuple const on TOS) and values into a dict.
    BuildConstKeyMap,
    /// Concatenate `arg` strings.
    BuildString,
    /// Build a slice from 2 or 3 items.
    BuildSlice,
    /// Append TOS to the list at stack depth `arg` (comprehensions).
    ListAppend,
    /// Add TOS to the set at stack depth `arg`.
    SetAdd,
    /// Store TOS1: TOS into the dict at stack depth `arg`.
    MapAdd,
    /// Extend the list at depth `arg` with iterable TOS.
    ListExtend,
    /// Update the set at depth `arg` with iterable TOS.
    SetUpdate,
    /// Update the dict at depth `arg` with mapping TOS (`{**m}`).
    DictUpdate,
    /// Like DictUpdate, but duplicate keys are an error (`f(**m)`).
    DictMerge,
    /// TOS = tuple(TOS) for a list.
    ListToTuple,
    /// Unpack TOS into exactly `arg` values, pushed last-first.
    UnpackSequence,
    /// Star unpacking: low byte = count before star, next byte = count after.
    UnpackEx,
    /// Format TOS (with spec TOS if arg & 4); arg & 3: 0 none, 1 str, 2 repr, 3 ascii.
    FormatValue,
    /// Call TOS[-arg-1] with `arg` positional arguments.
    CallFunction,
    /// Call with `arg` arguments; TOS is a tuple of keyword names for the last ones.
    CallFunctionKw,
    /// Call with an args tuple (and kwargs dict if arg & 1).
    CallFunctionEx,
    /// Make a function from code TOS; arg flags: 1 defaults, 2 kwdefaults, 4 annotations, 8 closure.
    MakeFunction,
    /// Return TOS from the frame.
    ReturnValue,
    /// Push an exception block whose handler is `arg`.
    SetupFinally,
    /// Call __enter__ of TOS, push __exit__ and a block for handler `arg`, push result.
    SetupWith,
    /// Pop the innermost block.
    PopBlock,
    /// Leave an except handler: pop its block and the exception, restore the handled one.
    PopExcept,
    /// Re-raise the exception on TOS.
    Reraise,
    /// raise (arg=0), raise TOS (1), raise TOS1 from TOS (2).
    RaiseVarargs,
    /// Under an exception TOS, call the `__exit__` below it; push its result.
    WithExceptStart,
    /// Pop TOS (exception class/tuple); if TOS1 doesn't match jump to `arg`.
    JumpIfNotExcMatch,
    /// except*: split the group on TOS by the type TOS1... see VM docs.
    ExcStarMatch,
    /// except*: finish the except* block, raising what remains.
    ExcStarFinish,
    /// Push the `__build_class__` builtin.
    LoadBuildClass,
    /// Import `names[arg]`: TOS = fromlist, TOS1 = level.
    ImportName,
    /// Push attribute `names[arg]` of the module on TOS (keeps module).
    ImportFrom,
    /// `from m import *` into the current namespace; pops module.
    ImportStar,
    /// Push AssertionError.
    LoadAssertionError,
    /// Store TOS into the annotations dict under `names[arg]`.
    StoreAnnotation,
    /// Set up `__annotations__` in the current namespace.
    SetupAnnotations,
    /// Yield TOS from a generator (issue 3).
    YieldValue,
    /// Delegate to the iterator TOS1 sending TOS (yield from / await).
    YieldFrom,
    /// TOS = the iterator `await TOS` delegates to (a coroutine itself, or what
    /// `__await__` returns); arg 1/2: awaiting `__aenter__()`/`__aexit__()` results.
    GetAwaitable,
    /// Convert TOS to an iterator for `yield from`.
    GetYieldFromIter,
    /// Start a generator frame: pops the initial sent value.
    GenStart,
    /// TOS = TOS.__aiter__(), which must have `__anext__`.
    GetAIter,
    /// Push the iterator awaiting TOS.__anext__() (the async iterator stays).
    GetANext,
    /// Handler of an `async for` step, stack [aiter, exc]: StopAsyncIteration
    /// ends the loop (pops both and the handler block); anything else is re-raised.
    EndAsyncFor,
    /// Replace the manager TOS by its bound `__aexit__` and `__aenter__()` (to await).
    BeforeAsyncWith,
    /// Push a block for handler `arg` below the awaited `__aenter__()` result on TOS.
    SetupAsyncWith,
    /// match: TOS is a mapping (dict or subclass)? push bool.
    MatchMapping,
    /// match: TOS is a sequence (list, tuple, range or subclass)? push bool.
    MatchSequence,
    /// match: push tuple of values for the keys tuple TOS from mapping TOS1, or None.
    MatchKeys,
    /// match: pop the keyword names tuple, the class and the subject; push the
    /// tuple of `arg` positional then keyword attribute values, or None.
    MatchClass,
    /// Push len(TOS).
    GetLen,
    /// Copy the item at depth `arg` (1 = TOS) to the top.
    Copy,
    /// Swap TOS with the item at depth `arg`.
    Swap,
    /// Push local slot `arg` (or a marker if it is unbound) and leave the
    /// slot unbound: saves a variable an inlined comprehension hides.
    LoadFastAndClear,
    /// Pop what `LoadFastAndClear` pushed back into local slot `arg`
    /// (unbinding it for the marker).
    RestoreFast,
    /// `LoadConst` fused (by the VM, never emitted) with the `BinaryOp`
    /// after it: for int/float operands both run at once.
    LoadConstBinaryOp,
    /// `LoadConst` fused with the `CompareOp` after it.
    LoadConstCompareOp,
    /// `LoadConst` fused with the `IsOp` after it (`x is None`).
    LoadConstIsOp,
    /// `LoadFast` fused with the `BinaryOp` after it (`x * y`).
    LoadFastBinaryOp,
    /// `BinaryOp` fused with the `StoreFast` after it (`z = x * y`).
    BinaryOpStoreFast,
    /// `LoadFast` fused with the `CompareOp` after it (`i < n`).
    LoadFastCompareOp,
    /// `LoadFast` fused with the `LoadConstBinaryOp` or `LoadFastBinaryOp`
    /// after it (`n - 1`, `x * y`): for int/float operands the local never
    /// goes on the stack.
    LoadFastFoldBinaryOp,
    /// `LoadFast` fused with the `LoadConstCompareOp` or
    /// `LoadFastCompareOp` after it (`n < 2`, `i < n`).
    LoadFastFoldCompareOp,
    /// `LoadFast` fused with the `LoadConstIsOp` after it (`x is None`,
    /// `x is not None` with `x` a local).
    LoadFastFoldIsOp,
    /// `ForIter` fused with the `StoreFast` after it (`for x in ...`).
    ForIterStoreFast,
    /// Never emitted by the compiler: `Code::new` appends one after the
    /// last instruction, so the dispatch loop can fetch without a bounds
    /// check (no instruction falls through past it; it raises SystemError).
    EndOfCode,
}

/// Binary operators for [`Op::BinaryOp`]; the in-place forms follow the plain ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
    IAdd,
    ISub,
    IMul,
    IMatMul,
    ITrueDiv,
    IFloorDiv,
    IMod,
    IPow,
    ILShift,
    IRShift,
    IAnd,
    IOr,
    IXor,
}

impl BinOp {
    pub const COUNT: u32 = 13;
    /// Operand values that name an operator (`0..NUM`); `Code::new` checks
    /// every `BinaryOp` against it.
    pub const NUM: u32 = 26;
    /// Indexed by operand; padded to 32 entries so [`BinOp::from_u32`]
    /// masks instead of bounds-checking (the padding is never reached by
    /// checked code).
    const ALL: [BinOp; 32] = [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::MatMul,
        BinOp::TrueDiv,
        BinOp::FloorDiv,
        BinOp::Mod,
        BinOp::Pow,
        BinOp::LShift,
        BinOp::RShift,
        BinOp::And,
        BinOp::Or,
        BinOp::Xor,
        BinOp::IAdd,
        BinOp::ISub,
        BinOp::IMul,
        BinOp::IMatMul,
        BinOp::ITrueDiv,
        BinOp::IFloorDiv,
        BinOp::IMod,
        BinOp::IPow,
        BinOp::ILShift,
        BinOp::IRShift,
        BinOp::IAnd,
        BinOp::IOr,
        BinOp::IXor,
        BinOp::IXor,
        BinOp::IXor,
        BinOp::IXor,
        BinOp::IXor,
        BinOp::IXor,
        BinOp::IXor,
    ];

    /// The operator an operand names (`v < NUM`; larger values give some
    /// operator, never a panic: this runs on every arithmetic instruction).
    #[inline(always)]
    pub fn from_u32(v: u32) -> BinOp {
        Self::ALL[(v & 31) as usize]
    }

    /// The plain operator for an in-place one (identity for plain ones).
    pub fn base(self) -> BinOp {
        Self::ALL[(self as usize) % 13]
    }

    pub fn is_inplace(self) -> bool {
        (self as u32) >= Self::COUNT
    }

    pub fn inplace(self) -> BinOp {
        Self::ALL[(self as usize) % 13 + 13]
    }

    /// The operator's symbol as CPython prints it in TypeErrors.
    pub fn symbol(self) -> &'static str {
        [
            "+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "+=", "-=", "*=",
            "@=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=",
        ][self as usize]
    }

    /// `(dunder, reflected dunder, in-place dunder)` names.
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        [
            ("__add__", "__radd__", "__iadd__"),
            ("__sub__", "__rsub__", "__isub__"),
            ("__mul__", "__rmul__", "__imul__"),
            ("__matmul__", "__rmatmul__", "__imatmul__"),
            ("__truediv__", "__rtruediv__", "__itruediv__"),
            ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            ("__mod__", "__rmod__", "__imod__"),
            ("__pow__", "__rpow__", "__ipow__"),
            ("__lshift__", "__rlshift__", "__ilshift__"),
            ("__rshift__", "__rrshift__", "__irshift__"),
            ("__and__", "__rand__", "__iand__"),
            ("__or__", "__ror__", "__ior__"),
            ("__xor__", "__rxor__", "__ixor__"),
        ][(self as usize) % 13]
    }
}

/// Comparison operators for [`Op::CompareOp`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    /// The comparison on plain Rust values (ints, floats: IEEE semantics,
    /// so NaN compares unequal to everything as in Python).
    #[inline(always)]
    pub fn apply<T: PartialOrd>(self, x: &T, y: &T) -> bool {
        match self {
            CmpOp::Lt => x < y,
            CmpOp::Le => x <= y,
            CmpOp::Eq => x == y,
            CmpOp::Ne => x != y,
            CmpOp::Gt => x > y,
            CmpOp::Ge => x >= y,
        }
    }

    /// Operand values that name a comparison (`0..NUM`).
    pub const NUM: u32 = 6;

    /// The comparison an operand names (`v < NUM`; larger values give some
    /// comparison, never a panic: masked like [`BinOp::from_u32`]).
    #[inline(always)]
    pub fn from_u32(v: u32) -> CmpOp {
        [
            CmpOp::Lt,
            CmpOp::Le,
            CmpOp::Eq,
            CmpOp::Ne,
            CmpOp::Gt,
            CmpOp::Ge,
            CmpOp::Ge,
            CmpOp::Ge,
        ][(v & 7) as usize]
    }

    pub fn symbol(self) -> &'static str {
        ["<", "<=", "==", "!=", ">", ">="][self as usize]
    }

    pub fn dunder(self) -> &'static str {
        ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"][self as usize]
    }

    /// The operator with operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CmpOp {
        [
            CmpOp::Gt,
            CmpOp::Ge,
            CmpOp::Eq,
            CmpOp::Ne,
            CmpOp::Lt,
            CmpOp::Le,
        ][self as usize]
    }
}

/// One instruction: an opcode, a 32-bit operand, and the index of its
/// inline cache in the VM's code object.
///
/// The instruction is one 64-bit word: the opcode in the low byte, the
/// cache index in the 24 bits above it (together the low half, `head`)
/// and the operand in the high half. So the dispatch loop finds an
/// instruction's cache with a shift instead of a side table indexed by
/// position, and a handler receives the whole instruction in one register.
/// The compiler leaves the index 0; the VM assigns it (`Code::new`).
#[derive(Clone, Copy)]
#[repr(transparent)]
pub struct Instr(u64);

const _: () = assert!(std::mem::size_of::<Instr>() == 8);

/// The most instructions one code object may have: every one must be able
/// to have its own inline cache index, which is 24 bits wide (see
/// [`Instr`]). The compiler reports a longer body as a `SyntaxError`.
pub const MAX_INSTRUCTIONS: usize = (1 << 24) - 1;

impl Instr {
    pub const fn new(op: Op, arg: u32) -> Instr {
        Instr(op as u64 | (arg as u64) << 32)
    }

    #[inline(always)]
    pub fn op(self) -> Op {
        // SAFETY: `Op` is `repr(u8)`, and the low byte is only ever
        // written from an `Op` (`new`, `set_op`; `set_cache_slot` and
        // `set_arg` keep it).
        unsafe { std::mem::transmute::<u8, Op>(self.0 as u8) }
    }

    pub fn set_op(&mut self, op: Op) {
        self.0 = (self.0 & !0xFF) | op as u64;
    }

    /// The operand.
    #[inline(always)]
    pub fn arg(self) -> u32 {
        (self.0 >> 32) as u32
    }

    pub fn set_arg(&mut self, arg: u32) {
        self.0 = (self.0 & 0xFFFF_FFFF) | (arg as u64) << 32;
    }

    /// The index of this instruction's inline cache (0 when it has none).
    #[inline(always)]
    pub fn cache_slot(self) -> usize {
        (self.0 as u32 >> 8) as usize
    }

    /// Set the index [`Instr::cache_slot`] returns; `slot` must be at most
    /// [`MAX_INSTRUCTIONS`].
    pub fn set_cache_slot(&mut self, slot: usize) {
        assert!(slot <= MAX_INSTRUCTIONS, "inline cache index out of range");
        self.0 = (self.0 & !0xFFFF_FF00) | (slot as u64) << 8;
    }
}

impl std::fmt::Debug for Instr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Instr")
            .field("op", &self.op())
            .field("arg", &self.arg())
            .finish()
    }
}

/// A compile-time constant.
#[derive(Clone, Debug)]
pub enum Constant {
    None,
    Bool(bool),
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    Complex(f64, f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Tuple(Rc<[Constant]>),
    Code(Rc<CodeObject>),
    Ellipsis,
}

/// Flags describing a code object, as in CPython's `co_flags`.
pub mod flags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const COROUTINE: u32 = 0x80;
    pub const ASYNC_GENERATOR: u32 = 0x200;
}

/// A compiled function body, module or class body.
#[derive(Debug)]
pub struct CodeObject {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub firstlineno: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub instructions: Vec<Instr>,
    /// Source line of each instruction (same length as `instructions`).
    pub lines: Vec<u32>,
    pub consts: Vec<Constant>,
    pub names: Vec<Rc<str>>,
    /// Local variable names: parameters first, then other locals.
    pub varnames: Vec<Rc<str>>,
    /// Variables of this scope captured by inner scopes.
    pub cellvars: Vec<Rc<str>>,
    /// Variables captured from enclosing scopes.
    pub freevars: Vec<Rc<str>>,
    /// For each cellvar that is also a parameter: (cell index, varname index).
    pub cell2arg: Vec<(u32, u32)>,
    /// The docstring, if the body starts with one.
    pub doc: Option<Rc<str>>,
}

impl CodeObject {
    pub fn has_flag(&self, flag: u32) -> bool {
        self.flags & flag != 0
    }

    /// A human-readable listing of the instructions, for debugging.
    pub fn disassemble(&self) -> String {
        let mut out = String::new();
        for (i, ins) in self.instructions.iter().enumerate() {
            out.push_str(&format!(
                "{:5} {:4} {:<20} {}\n",
                self.lines[i],
                i,
                ins.op().name(),
                ins.arg()
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opcode_and_cache_slot_share_the_head_word() {
        let mut i = Instr::new(Op::LoadAttr, 7);
        assert_eq!((i.op(), i.arg(), i.cache_slot()), (Op::LoadAttr, 7, 0));
        i.set_cache_slot(MAX_INSTRUCTIONS);
        assert_eq!((i.op(), i.cache_slot()), (Op::LoadAttr, MAX_INSTRUCTIONS));
        i.set_op(Op::LoadMethod);
        assert_eq!(
            (i.op(), i.arg(), i.cache_slot()),
            (Op::LoadMethod, 7, MAX_INSTRUCTIONS)
        );
    }

    #[test]
    #[should_panic(expected = "inline cache index out of range")]
    fn cache_slot_is_24_bits() {
        Instr::new(Op::LoadAttr, 0).set_cache_slot(MAX_INSTRUCTIONS + 1);
    }
}

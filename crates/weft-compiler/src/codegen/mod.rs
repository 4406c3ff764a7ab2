//! Code generation: walks the AST of one module and produces nested
//! [`CodeObject`]s. Statements live here, expressions in `expr.rs`,
//! control flow that must unwind blocks (`break`, `return` through
//! `finally`/`with`) in `unwind.rs`.

mod async_stmt;
mod expr;
mod pattern;
mod stmt;

use std::collections::HashMap;
use std::rc::Rc;

use ruff_python_ast::{self as ast, Stmt};
use ruff_source_file::LineIndex;
use ruff_text_size::{TextRange, TextSize};

use crate::CompileError;
use crate::bytecode::{CodeObject, Constant, Instr, Op, flags};
use crate::symtable::{NameScope, Scope, ScopeKind};

/// A block the compiler is inside of, for `break`/`continue`/`return` unwinding.
#[derive(Clone)]
enum FBlock<'a> {
    /// A loop; `for_loop` loops keep their iterator on the stack.
    Loop {
        for_loop: bool,
        start: u32,
        breaks: Vec<usize>,
    },
    /// The body of a try with except handlers.
    TryExcept,
    /// The body of a try/finally; unwinding runs the finally body inline.
    FinallyTry { body: &'a [Stmt] },
    /// Running a finally body after an exception: the exception is on the stack.
    FinallyEnd,
    /// Inside an except handler: the exception is on the stack.
    HandlerCleanup { name: Option<&'a str> },
    /// Inside a with body: `__exit__` is on the stack.
    With,
    /// Inside an `async with` body: `__aexit__` is on the stack.
    AsyncWith,
    /// The body of an `except*` handler, which `break`/`continue`/`return`
    /// may not leave.
    ExceptStarBody,
}

/// The code object being built for one scope.
struct Unit<'a> {
    scope: Scope,
    name: Rc<str>,
    qualname: String,
    instructions: Vec<Instr>,
    lines: Vec<u32>,
    consts: Vec<Constant>,
    names: Vec<Rc<str>>,
    name_map: HashMap<Rc<str>, u32>,
    varnames: Vec<Rc<str>>,
    var_map: HashMap<Rc<str>, u32>,
    cellvars: Vec<Rc<str>>,
    freevars: Vec<Rc<str>>,
    fblocks: Vec<FBlock<'a>>,
    /// In module code: the iteration variables of the inlined comprehensions
    /// being compiled, fast locals there.
    fast_hidden: Vec<String>,
    line: u32,
    firstlineno: u32,
    argcount: u32,
    posonly: u32,
    kwonly: u32,
    flags: u32,
    doc: Option<Rc<str>>,
}

pub struct Codegen<'a> {
    filename: Rc<str>,
    index: LineIndex,
    units: Vec<Unit<'a>>,
}

type Res<T> = Result<T, CompileError>;

impl<'a> Codegen<'a> {
    pub fn new(filename: &str, source: &str) -> Self {
        Codegen {
            filename: filename.into(),
            index: LineIndex::from_source_text(source),
            units: Vec::new(),
        }
    }

    pub(crate) fn line_of(&self, offset: TextSize) -> u32 {
        self.index.line_index(offset).get() as u32
    }

    pub(crate) fn error(&self, message: impl Into<String>, range: TextRange) -> CompileError {
        CompileError {
            message: message.into(),
            line: self.line_of(range.start()),
            range,
            kind: crate::ErrorKind::Syntax,
        }
    }

    fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().unwrap()
    }

    fn unit_ref(&self) -> &Unit<'a> {
        self.units.last().unwrap()
    }

    fn push_unit(&mut self, scope: Scope, name: &str, qualname: String, firstlineno: u32) {
        let mut u = Unit {
            name: name.into(),
            qualname,
            instructions: Vec::new(),
            lines: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            name_map: HashMap::new(),
            varnames: Vec::new(),
            var_map: HashMap::new(),
            cellvars: scope
                .cellvars
                .iter()
                .map(|s| Rc::from(s.as_str()))
                .collect(),
            freevars: scope
                .freevars
                .iter()
                .map(|s| Rc::from(s.as_str()))
                .collect(),
            fblocks: Vec::new(),
            fast_hidden: Vec::new(),
            line: firstlineno,
            firstlineno,
            argcount: 0,
            posonly: 0,
            kwonly: 0,
            flags: 0,
            doc: None,
            scope,
        };
        if u.scope.is_function_like() {
            u.flags |= flags::OPTIMIZED | flags::NEWLOCALS;
            if u.scope.is_generator {
                u.flags |= if u.scope.is_coroutine {
                    flags::ASYNC_GENERATOR
                } else {
                    flags::GENERATOR
                };
            } else if u.scope.is_coroutine {
                u.flags |= flags::COROUTINE;
            }
        }
        self.units.push(u);
    }

    fn pop_unit(&mut self) -> Res<CodeObject> {
        let mut u = self.units.pop().unwrap();
        if u.instructions.len() >= crate::bytecode::MAX_INSTRUCTIONS {
            // (`>=`: the VM appends an end-of-code sentinel.)
            return Err(CompileError {
                message: format!(
                    "code block too large: weft allows at most {} bytecode instructions per function, class or module body",
                    crate::bytecode::MAX_INSTRUCTIONS - 1
                ),
                line: u.firstlineno,
                range: TextRange::default(),
                kind: crate::ErrorKind::Syntax,
            });
        }
        thread_jumps(&mut u.instructions);
        // Parameters that are also cells: the VM copies them into their cell at frame start.
        let mut cell2arg = Vec::new();
        for (ci, c) in u.cellvars.iter().enumerate() {
            if let Some(&vi) = u.var_map.get(c) {
                if u.scope.is_param(c) {
                    cell2arg.push((ci as u32, vi));
                }
            }
        }
        Ok(CodeObject {
            name: u.name,
            qualname: u.qualname.as_str().into(),
            filename: self.filename.clone(),
            firstlineno: u.firstlineno,
            argcount: u.argcount,
            posonlyargcount: u.posonly,
            kwonlyargcount: u.kwonly,
            flags: u.flags,
            instructions: u.instructions,
            lines: u.lines,
            consts: u.consts,
            names: u.names,
            varnames: u.varnames,
            cellvars: u.cellvars,
            freevars: u.freevars,
            cell2arg,
            doc: u.doc,
        })
    }

    // ----- emission helpers -------------------------------------------------

    fn emit(&mut self, op: Op, arg: u32) -> usize {
        let u = self.unit();
        u.instructions.push(Instr::new(op, arg));
        u.lines.push(u.line);
        u.instructions.len() - 1
    }

    fn here(&self) -> u32 {
        self.unit_ref().instructions.len() as u32
    }

    /// Point the jump at `at` to the current position.
    fn patch(&mut self, at: usize) {
        let target = self.here();
        self.unit().instructions[at].set_arg(target);
    }

    /// Point every jump in `jumps` at the current position.
    fn patch_all(&mut self, jumps: impl IntoIterator<Item = usize>) {
        for j in jumps {
            self.patch(j);
        }
    }

    /// Point every jump in `jumps` at `target` (a backward jump).
    fn patch_all_to(&mut self, jumps: impl IntoIterator<Item = usize>, target: u32) {
        let u = self.unit();
        for j in jumps {
            u.instructions[j].set_arg(target);
        }
    }

    fn set_line(&mut self, range: TextRange) {
        let line = self.line_of(range.start());
        self.unit().line = line;
    }

    fn add_const(&mut self, c: Constant) -> u32 {
        let u = self.unit();
        // Reuse identical simple constants.
        for (i, existing) in u.consts.iter().enumerate() {
            let same = match (existing, &c) {
                (Constant::None, Constant::None) | (Constant::Ellipsis, Constant::Ellipsis) => true,
                (Constant::Bool(a), Constant::Bool(b)) => a == b,
                (Constant::Int(a), Constant::Int(b)) => a == b,
                (Constant::Str(a), Constant::Str(b)) => a == b,
                _ => false,
            };
            if same {
                return i as u32;
            }
        }
        u.consts.push(c);
        (u.consts.len() - 1) as u32
    }

    fn load_const(&mut self, c: Constant) {
        let i = self.add_const(c);
        self.emit(Op::LoadConst, i);
    }

    fn name_index(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(&i) = u.name_map.get(name) {
            return i;
        }
        let rc: Rc<str> = name.into();
        u.names.push(rc.clone());
        let i = (u.names.len() - 1) as u32;
        u.name_map.insert(rc, i);
        i
    }

    fn var_index(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(&i) = u.var_map.get(name) {
            return i;
        }
        let rc: Rc<str> = name.into();
        u.varnames.push(rc.clone());
        let i = (u.varnames.len() - 1) as u32;
        u.var_map.insert(rc, i);
        i
    }

    fn cell_index(&self, name: &str) -> Option<u32> {
        let u = self.unit_ref();
        if let Some(i) = u.cellvars.iter().position(|c| &**c == name) {
            return Some(i as u32);
        }
        u.freevars
            .iter()
            .position(|c| &**c == name)
            .map(|i| (i + u.cellvars.len()) as u32)
    }

    // ----- names --------------------------------------------------------------

    fn name_op(&mut self, name: &str, ctx: ast::ExprContext) {
        let kind = self.unit_ref().scope.kind;
        let scope = self.unit_ref().scope.lookup(name);
        let mangled = name;
        enum Which {
            Fast,
            Deref,
            Global,
            Name,
        }
        let which = match scope {
            _ if self.unit_ref().fast_hidden.iter().any(|n| n == name) => Which::Fast,
            NameScope::Free | NameScope::Cell => Which::Deref,
            NameScope::Local if self.unit_ref().scope.is_function_like() => Which::Fast,
            NameScope::GlobalExplicit => Which::Global,
            NameScope::GlobalImplicit if self.unit_ref().scope.is_function_like() => Which::Global,
            _ => Which::Name,
        };
        match (which, ctx) {
            (Which::Fast, ast::ExprContext::Load) => {
                let i = self.var_index(mangled);
                self.emit(Op::LoadFast, i);
            }
            (Which::Fast, ast::ExprContext::Store) => {
                let i = self.var_index(mangled);
                self.emit(Op::StoreFast, i);
            }
            (Which::Fast, _) => {
                let i = self.var_index(mangled);
                self.emit(Op::DeleteFast, i);
            }
            (Which::Deref, ctx) => {
                let i = self.cell_index(mangled).expect("cell variable");
                if kind == ScopeKind::Class && ctx == ast::ExprContext::Load {
                    let n = self.name_index(mangled);
                    self.emit(Op::LoadClassDeref, (i << 16) | n);
                } else {
                    let op = match ctx {
                        ast::ExprContext::Load => Op::LoadDeref,
                        ast::ExprContext::Store => Op::StoreDeref,
                        _ => Op::DeleteDeref,
                    };
                    self.emit(op, i);
                }
            }
            (Which::Global, ctx) => {
                let n = self.name_index(mangled);
                let op = match ctx {
                    ast::ExprContext::Load => Op::LoadGlobal,
                    ast::ExprContext::Store => Op::StoreGlobal,
                    _ => Op::DeleteGlobal,
                };
                self.emit(op, n);
            }
            (Which::Name, ctx) => {
                let n = self.name_index(mangled);
                let op = match ctx {
                    ast::ExprContext::Load => Op::LoadName,
                    ast::ExprContext::Store => Op::StoreName,
                    _ => Op::DeleteName,
                };
                self.emit(op, n);
            }
        }
    }

    /// Whether `name` is a plain fast local here (`LoadFast`/`StoreFast`),
    /// not a cell, free, global or class/module-body name.
    pub(super) fn is_fast_local(&self, name: &str) -> bool {
        let u = self.unit_ref();
        if u.fast_hidden.iter().any(|n| n == name) {
            return true;
        }
        matches!(u.scope.lookup(name), NameScope::Local) && u.scope.is_function_like()
    }

    fn store_name(&mut self, name: &str) {
        self.name_op(name, ast::ExprContext::Store);
    }

    pub(super) fn load_name(&mut self, name: &str) {
        self.name_op(name, ast::ExprContext::Load);
    }

    // ----- entry points --------------------------------------------------------

    pub fn compile_module(mut self, body: &'a [Stmt], scope: Scope) -> Res<CodeObject> {
        self.push_unit(scope, "<module>", "<module>".into(), 1);
        if let Some(doc) = docstring(body) {
            self.load_const(Constant::Str(doc.into()));
            self.store_name("__doc__");
        }
        if has_annotations(body) {
            self.emit(Op::SetupAnnotations, 0);
        }
        self.body(body)?;
        self.load_const(Constant::None);
        self.emit(Op::ReturnValue, 0);
        self.pop_unit()
    }

    /// Compile for `exec`-like evaluation where the value of a trailing expression is kept (`eval`).
    pub fn compile_expression(mut self, expr: &'a ast::Expr, scope: Scope) -> Res<CodeObject> {
        self.push_unit(scope, "<module>", "<module>".into(), 1);
        self.expr(expr)?;
        self.emit(Op::ReturnValue, 0);
        self.pop_unit()
    }

    /// Set up a nested code unit, run `f` to fill it, and return the code object.
    fn nested<F>(&mut self, name: &str, firstline: u32, f: F) -> Res<CodeObject>
    where
        F: FnOnce(&mut Self) -> Res<()>,
    {
        let scope = self.unit().scope.take_child();
        let parent = self.unit_ref();
        let qualname = match parent.scope.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", parent.qualname, name),
            _ => format!("{}.<locals>.{}", parent.qualname, name),
        };
        self.push_unit(scope, name, qualname, firstline);
        if let Err(e) = f(self) {
            self.units.pop();
            return Err(e);
        }
        self.pop_unit()
    }

    /// Emit the closure tuple and MakeFunction for a finished child code object.
    fn make_function(&mut self, code: CodeObject, mut flags_arg: u32) {
        if !code.freevars.is_empty() {
            for fv in code.freevars.clone().iter() {
                // In a class body, `__class__` refers to the class cell.
                let i = self
                    .cell_index(fv)
                    .expect("free variable must be a cell in the parent");
                self.emit(Op::LoadClosure, i);
            }
            self.emit(Op::BuildTuple, code.freevars.len() as u32);
            flags_arg |= 8;
        }
        self.load_const(Constant::Code(Rc::new(code)));
        self.emit(Op::MakeFunction, flags_arg);
    }

    fn params_setup(&mut self, params: &ast::Parameters) {
        let u = self.unit();
        u.posonly = params.posonlyargs.len() as u32;
        u.argcount = (params.posonlyargs.len() + params.args.len()) as u32;
        u.kwonly = params.kwonlyargs.len() as u32;
        let mut names: Vec<String> = Vec::new();
        for a in params.posonlyargs.iter().chain(&params.args) {
            names.push(a.parameter.name.id.to_string());
        }
        for a in &params.kwonlyargs {
            names.push(a.parameter.name.id.to_string());
        }
        if let Some(v) = &params.vararg {
            names.push(v.name.id.to_string());
            self.unit().flags |= flags::VARARGS;
        }
        if let Some(k) = &params.kwarg {
            names.push(k.name.id.to_string());
            self.unit().flags |= flags::VARKEYWORDS;
        }
        for n in names {
            self.var_index(&n);
        }
        self.reserve_locals();
    }

    /// Give every local a slot up front so slot numbers don't depend on use order.
    fn reserve_locals(&mut self) {
        if self.unit_ref().scope.is_function_like() {
            for l in self.unit_ref().scope.locals() {
                self.var_index(&l);
            }
        }
    }

    /// Push defaults/kwdefaults for a function; returns MakeFunction flags.
    fn defaults(&mut self, params: &'a ast::Parameters) -> Res<u32> {
        let mut flags_arg = 0;
        let defaults: Vec<&ast::Expr> = params
            .posonlyargs
            .iter()
            .chain(&params.args)
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(Op::BuildTuple, defaults.len() as u32);
            flags_arg |= 1;
        }
        let kwdefaults: Vec<(&str, &ast::Expr)> = params
            .kwonlyargs
            .iter()
            .filter_map(|a| {
                a.default
                    .as_deref()
                    .map(|d| (a.parameter.name.id.as_str(), d))
            })
            .collect();
        if !kwdefaults.is_empty() {
            for (n, d) in &kwdefaults {
                self.load_const(Constant::Str((*n).into()));
                self.expr(d)?;
            }
            self.emit(Op::BuildMap, kwdefaults.len() as u32);
            flags_arg |= 2;
        }
        Ok(flags_arg)
    }

    fn annotations(
        &mut self,
        params: &'a ast::Parameters,
        returns: Option<&'a ast::Expr>,
    ) -> Res<u32> {
        let mut n = 0;
        let all = params
            .posonlyargs
            .iter()
            .chain(&params.args)
            .map(|a| &a.parameter)
            .chain(params.vararg.as_deref())
            .chain(params.kwonlyargs.iter().map(|a| &a.parameter))
            .chain(params.kwarg.as_deref());
        for p in all {
            if let Some(ann) = &p.annotation {
                self.load_const(Constant::Str(p.name.id.as_str().into()));
                self.expr(ann)?;
                n += 1;
            }
        }
        if let Some(r) = returns {
            self.load_const(Constant::Str("return".into()));
            self.expr(r)?;
            n += 1;
        }
        if n > 0 {
            self.emit(Op::BuildMap, n);
            Ok(4)
        } else {
            Ok(0)
        }
    }
}

pub(crate) fn docstring(body: &[Stmt]) -> Option<&str> {
    if let Some(Stmt::Expr(e)) = body.first() {
        if let ast::Expr::StringLiteral(s) = &*e.value {
            return Some(s.value.to_str());
        }
    }
    None
}

fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::If(i) => {
            has_annotations(&i.body) || i.elif_else_clauses.iter().any(|c| has_annotations(&c.body))
        }
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::While(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::With(w) => has_annotations(&w.body),
        Stmt::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        _ => false,
    })
}

/// Jump threading, as CPython's assembler does: a jump whose target is an
/// unconditional `Jump` goes straight to where that one leads, so a loop
/// body ending in an `if`/`else` (or a `continue` in one) gets back to the
/// loop head in one dispatch. Only jumps that leave the stack alone at the
/// target (`Jump`, `PopJumpIfFalse`/`PopJumpIfTrue`) are retargeted; a
/// chain is followed a few steps at most.
fn thread_jumps(instrs: &mut [Instr]) {
    for i in 0..instrs.len() {
        if !matches!(
            instrs[i].op(),
            Op::Jump | Op::PopJumpIfFalse | Op::PopJumpIfTrue
        ) {
            continue;
        }
        let mut target = instrs[i].arg() as usize;
        for _ in 0..8 {
            match instrs.get(target) {
                Some(t) if t.op() == Op::Jump && t.arg() as usize != target => {
                    target = t.arg() as usize
                }
                _ => break,
            }
        }
        instrs[i].set_arg(target as u32);
    }
}

#[cfg(test)]
mod tests {
    use crate::bytecode::{CodeObject, Constant, Op};
    use crate::{Mode, compile};

    fn function(src: &str) -> std::rc::Rc<CodeObject> {
        let module = compile(src, "<test>", Mode::Exec).expect("compiles");
        module
            .consts
            .iter()
            .find_map(|c| match c {
                Constant::Code(code) => Some(code.clone()),
                _ => None,
            })
            .expect("a function")
    }

    fn count(code: &CodeObject, op: Op) -> usize {
        code.instructions.iter().filter(|i| i.op() == op).count()
    }

    #[test]
    fn while_test_repeats_after_the_body() {
        let code = function("def f(n):\n    i = 0\n    while i < n:\n        i += 1\n");
        // No jump back: the test after the body jumps to the body's start.
        assert_eq!(count(&code, Op::Jump), 0);
        assert_eq!(count(&code, Op::PopJumpIfTrue), 1);
        let code = function("def f():\n    while True:\n        g()\n");
        assert_eq!(count(&code, Op::PopJumpIfFalse), 0);
    }

    #[test]
    fn and_or_not_become_jumps() {
        let code = function("def f(a, b, c):\n    if a and not b or c:\n        g()\n");
        assert_eq!(count(&code, Op::UnaryNot), 0);
        assert_eq!(count(&code, Op::JumpIfFalseOrPop), 0);
        assert_eq!(count(&code, Op::JumpIfTrueOrPop), 0);
    }

    #[test]
    fn jumps_to_jumps_are_threaded() {
        let code = function(
            "def f(xs):\n    for x in xs:\n        if x:\n            g()\n        else:\n            h()\n",
        );
        for i in &code.instructions {
            if matches!(i.op(), Op::Jump | Op::PopJumpIfFalse | Op::PopJumpIfTrue) {
                assert_ne!(code.instructions[i.arg() as usize].op(), Op::Jump);
            }
        }
    }
}

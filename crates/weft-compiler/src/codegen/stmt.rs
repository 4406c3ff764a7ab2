//! Statements, including the control flow that unwinds blocks.

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use super::{Codegen, FBlock, Res, docstring};
use crate::bytecode::{Constant, Op};

impl<'a> Codegen<'a> {
    pub(super) fn body(&mut self, body: &'a [Stmt]) -> Res<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> Res<()> {
        self.set_line(s.range());
        match s {
            Stmt::FunctionDef(f) => self.function_def(f)?,
            Stmt::ClassDef(c) => self.class_def(c)?,
            Stmt::Return(r) => {
                if !self.unit_ref().scope.is_function_like() {
                    return Err(self.error("'return' outside function", r.range()));
                }
                match &r.value {
                    Some(v) => {
                        let u = self.unit_ref();
                        if u.scope.is_generator && u.scope.is_coroutine {
                            return Err(
                                self.error("'return' with value in async generator", r.range())
                            );
                        }
                        self.expr(v)?
                    }
                    None => self.load_const(Constant::None),
                }
                self.check_except_star(0, r.range())?;
                self.unwind_all(true)?;
                self.emit(Op::ReturnValue, 0);
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
            }
            Stmt::TypeAlias(t) => {
                return Err(self.error("weft does not support the 'type' statement yet", t.range()));
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < a.targets.len() {
                        self.emit(Op::DupTop, 0);
                    }
                    self.assign_target(t)?;
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.assign_target(&a.target)?;
                }
                if a.simple && !self.unit_ref().scope.is_function_like() {
                    if let Expr::Name(n) = &*a.target {
                        self.expr(&a.annotation)?;
                        let i = self.name_index(n.id.as_str());
                        self.emit(Op::StoreAnnotation, i);
                    }
                }
            }
            Stmt::For(f) => self.for_stmt(f)?,
            Stmt::While(w) => self.while_stmt(w)?,
            Stmt::If(i) => self.if_stmt(i)?,
            Stmt::With(w) => {
                if w.is_async {
                    self.async_with_stmt(w)?
                } else {
                    self.with_items(&w.items, &w.body)?
                }
            }
            Stmt::Match(m) => self.match_stmt(m)?,
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Op::RaiseVarargs, n);
            }
            Stmt::Try(t) => {
                if t.is_star {
                    self.try_star(t)?;
                } else if !t.finalbody.is_empty() {
                    self.try_finally(t)?;
                } else {
                    self.try_except(t)?;
                }
            }
            Stmt::Assert(a) => {
                let passed = self.jump_if(&a.test, true)?;
                self.emit(Op::LoadAssertionError, 0);
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                    self.emit(Op::CallFunction, 1);
                }
                self.emit(Op::RaiseVarargs, 1);
                self.patch_all(passed);
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let full = alias.name.id.as_str();
                    self.load_const(Constant::Int(0));
                    self.load_const(Constant::None);
                    let n = self.name_index(full);
                    self.emit(Op::ImportName, n);
                    match &alias.asname {
                        Some(asname) => {
                            // `import a.b.c as d` binds the submodule.
                            let parts: Vec<&str> = full.split('.').collect();
                            for p in &parts[1..] {
                                let n = self.name_index(p);
                                self.emit(Op::ImportFrom, n);
                                self.emit(Op::RotTwo, 0);
                                self.emit(Op::PopTop, 0);
                            }
                            self.store_name(asname.id.as_str());
                        }
                        None => self.store_name(full.split('.').next().unwrap()),
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                let names: Vec<Constant> = i
                    .names
                    .iter()
                    .map(|a| Constant::Str(a.name.id.as_str().into()))
                    .collect();
                self.load_const(Constant::Int(i.level as i64));
                self.load_const(Constant::Tuple(names.into()));
                let module = i.module.as_ref().map(|m| m.id.as_str()).unwrap_or("");
                let n = self.name_index(module);
                self.emit(Op::ImportName, n);
                if i.names.len() == 1 && i.names[0].name.id.as_str() == "*" {
                    self.emit(Op::ImportStar, 0);
                } else {
                    for a in &i.names {
                        let n = self.name_index(a.name.id.as_str());
                        self.emit(Op::ImportFrom, n);
                        self.store_name(a.asname.as_ref().unwrap_or(&a.name).id.as_str());
                    }
                    self.emit(Op::PopTop, 0);
                }
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => {}
            Stmt::Expr(e) => {
                if !matches!(
                    &*e.value,
                    Expr::StringLiteral(_) | Expr::NumberLiteral(_) | Expr::EllipsisLiteral(_)
                ) {
                    self.expr(&e.value)?;
                    self.emit(Op::PopTop, 0);
                }
            }
            Stmt::Break(b) => self.break_stmt(b.range())?,
            Stmt::Continue(c) => self.continue_stmt(c.range())?,
            Stmt::IpyEscapeCommand(c) => return Err(self.error("invalid syntax", c.range())),
        }
        Ok(())
    }

    fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> Res<()> {
        for d in &f.decorator_list {
            self.expr(&d.expression)?;
        }
        let mut flags_arg = self.defaults(&f.parameters)?;
        flags_arg |= self.annotations(&f.parameters, f.returns.as_deref())?;
        let first = self.line_of(f.range().start());
        let code = self.nested(f.name.id.as_str(), first, |c| {
            c.params_setup(&f.parameters);
            if let Some(doc) = docstring(&f.body) {
                c.unit().doc = Some(doc.into());
            }
            c.body(&f.body)?;
            c.load_const(Constant::None);
            c.emit(Op::ReturnValue, 0);
            Ok(())
        })?;
        self.set_line(f.range());
        self.make_function(code, flags_arg);
        for _ in &f.decorator_list {
            self.emit(Op::CallFunction, 1);
        }
        self.store_name(f.name.id.as_str());
        Ok(())
    }

    fn class_def(&mut self, c: &'a ast::StmtClassDef) -> Res<()> {
        for d in &c.decorator_list {
            self.expr(&d.expression)?;
        }
        self.emit(Op::LoadBuildClass, 0);
        let first = self.line_of(c.range().start());
        let name = c.name.id.as_str();
        let code = self.nested(name, first, |cg| {
            cg.load_name("__name__");
            cg.store_name("__module__");
            let q = cg.unit_ref().qualname.clone();
            cg.load_const(Constant::Str(q.into()));
            cg.store_name("__qualname__");
            if let Some(doc) = docstring(&c.body) {
                cg.load_const(Constant::Str(doc.into()));
                cg.store_name("__doc__");
            }
            if super::has_annotations(&c.body) {
                cg.emit(Op::SetupAnnotations, 0);
            }
            cg.body(&c.body)?;
            if let Some(i) = cg
                .unit_ref()
                .cellvars
                .iter()
                .position(|v| &**v == "__class__")
            {
                cg.emit(Op::LoadClosure, i as u32);
                cg.emit(Op::DupTop, 0);
                let n = cg.name_index("__classcell__");
                cg.emit(Op::StoreName, n);
                cg.emit(Op::ReturnValue, 0);
            } else {
                cg.load_const(Constant::None);
                cg.emit(Op::ReturnValue, 0);
            }
            Ok(())
        })?;
        self.set_line(c.range());
        self.make_function(code, 0);
        self.load_const(Constant::Str(name.into()));
        let (args, keywords): (&[Expr], &[ast::Keyword]) = match &c.arguments {
            Some(a) => (&a.args, &a.keywords),
            None => (&[], &[]),
        };
        self.call_tail(args, keywords, 2, c.range())?;
        for _ in &c.decorator_list {
            self.emit(Op::CallFunction, 1);
        }
        self.store_name(name);
        Ok(())
    }

    pub(super) fn assign_target(&mut self, t: &'a Expr) -> Res<()> {
        match t {
            Expr::Name(n) => self.store_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.name_index(a.attr.id.as_str());
                self.emit(Op::StoreAttr, i);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                if self.slice_bounds(&s.slice)? {
                    self.emit(Op::StoreSlice, 0);
                } else {
                    self.expr(&s.slice)?;
                    self.emit(Op::StoreSubscr, 0);
                }
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                self.unpack_into(elts, t)?;
            }
            Expr::Starred(s) => {
                return Err(self.error(
                    "starred assignment target must be in a list or tuple",
                    s.range(),
                ));
            }
            other => return Err(self.error(assign_error(other, "assign to"), other.range())),
        }
        Ok(())
    }

    fn unpack_into(&mut self, elts: &'a [Expr], whole: &Expr) -> Res<()> {
        let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
        if elts
            .iter()
            .filter(|e| matches!(e, Expr::Starred(_)))
            .count()
            > 1
        {
            return Err(self.error("multiple starred expressions in assignment", whole.range()));
        }
        match star {
            Some(i) => {
                let after = elts.len() - i - 1;
                self.emit(Op::UnpackEx, (i as u32) | ((after as u32) << 8));
            }
            None => {
                self.emit(Op::UnpackSequence, elts.len() as u32);
            }
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.assign_target(&s.value)?,
                other => self.assign_target(other)?,
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> Res<()> {
        match t {
            Expr::Name(n) => self.name_op(n.id.as_str(), ast::ExprContext::Del),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.name_index(a.attr.id.as_str());
                self.emit(Op::DeleteAttr, i);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::DeleteSubscr, 0);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete_target(e)?;
                }
            }
            other => return Err(self.error(assign_error(other, "delete"), other.range())),
        }
        Ok(())
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> Res<()> {
        let op = super::expr::binop(a.op).inplace() as u32;
        match &*a.target {
            Expr::Name(n) => {
                self.load_name(n.id.as_str());
                self.expr(&a.value)?;
                self.emit(Op::BinaryOp, op);
                self.store_name(n.id.as_str());
            }
            Expr::Attribute(at) => {
                let i = self.name_index(at.attr.id.as_str());
                // CPython's lines: the operation at the statement's, the
                // store at the attribute name's.
                let store_line = self.line_of(at.range().end());
                match &*at.value {
                    // `o.x += v` with `o` a plain fast local that `v` cannot
                    // rebind (only a walrus could: `del` is a statement):
                    // read `o` again for the store instead of keeping a copy
                    // under the value, so both halves fuse with the load
                    // (`LoadFastLoadAttr`, `LoadFastStoreAttr`, `Code::new`).
                    Expr::Name(n)
                        if self.is_fast_local(n.id.as_str()) && !contains_walrus(&a.value) =>
                    {
                        self.load_name(n.id.as_str());
                        self.emit(Op::LoadAttr, i);
                        self.expr(&a.value)?;
                        self.set_line(a.range());
                        self.emit(Op::BinaryOp, op);
                        self.unit().line = store_line;
                        self.load_name(n.id.as_str());
                        self.emit(Op::StoreAttr, i);
                    }
                    _ => {
                        self.expr(&at.value)?;
                        self.emit(Op::DupTop, 0);
                        self.emit(Op::LoadAttr, i);
                        self.expr(&a.value)?;
                        self.set_line(a.range());
                        self.emit(Op::BinaryOp, op);
                        self.unit().line = store_line;
                        self.emit(Op::RotTwo, 0);
                        self.emit(Op::StoreAttr, i);
                    }
                }
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::DupTopTwo, 0);
                self.emit(Op::BinarySubscr, 0);
                self.expr(&a.value)?;
                self.emit(Op::BinaryOp, op);
                self.emit(Op::RotThree, 0);
                self.emit(Op::StoreSubscr, 0);
            }
            other => {
                return Err(self.error(
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        expr_kind(other)
                    ),
                    other.range(),
                ));
            }
        }
        Ok(())
    }

    fn if_stmt(&mut self, i: &'a ast::StmtIf) -> Res<()> {
        let mut end_jumps = Vec::new();
        let mut next = self.jump_if(&i.test, false)?;
        self.body(&i.body)?;
        for clause in &i.elif_else_clauses {
            end_jumps.push(self.emit(Op::Jump, 0));
            self.patch_all(std::mem::take(&mut next));
            if let Some(t) = &clause.test {
                self.set_line(t.range());
                next = self.jump_if(t, false)?;
            }
            self.body(&clause.body)?;
        }
        self.patch_all(next.into_iter().chain(end_jumps));
        Ok(())
    }

    /// Compile `e` as a condition, CPython's `compiler_jump_if`: jump when
    /// its truth is `cond` (to where the caller patches the returned jumps),
    /// fall through otherwise. `not` flips the sense and `and`/`or` become
    /// jumps per operand, so each operand's truth is taken once (a
    /// `__bool__` runs once, as in CPython) and no bool is built.
    pub(super) fn jump_if(&mut self, e: &'a Expr, cond: bool) -> Res<Vec<usize>> {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => self.jump_if(&u.operand, !cond),
            Expr::BoolOp(b) if !b.values.is_empty() => {
                let is_and = b.op == ast::BoolOp::And;
                if is_and != cond {
                    // `and` jumping when false, `or` when true: any
                    // operand can decide.
                    let mut jumps = Vec::new();
                    for v in &b.values {
                        jumps.extend(self.jump_if(v, cond)?);
                    }
                    Ok(jumps)
                } else {
                    // `and` jumping when true (`or` when false): an operand
                    // deciding the other way skips the jump.
                    let (last, rest) = b.values.split_last().expect("not empty");
                    let mut skips = Vec::new();
                    for v in rest {
                        skips.extend(self.jump_if(v, !cond)?);
                    }
                    let jumps = self.jump_if(last, cond)?;
                    self.patch_all(skips);
                    Ok(jumps)
                }
            }
            _ => {
                self.expr(e)?;
                let op = if cond {
                    Op::PopJumpIfTrue
                } else {
                    Op::PopJumpIfFalse
                };
                Ok(vec![self.emit(op, 0)])
            }
        }
    }

    /// `while test: body else: orelse`, laid out as CPython 3.12 does:
    /// the test before the loop, then again after the body, jumping back
    /// while true, so an iteration takes no unconditional jump. `continue`
    /// goes to the first test. A test that must not be compiled twice
    /// (one that makes a scope, assigns or suspends) keeps the plain
    /// layout, and `while True:` (or a nonzero int) is tested not at all.
    fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> Res<()> {
        let start = self.here();
        let always = always_true(&w.test);
        let rotate = !always && can_repeat(&w.test);
        let exits = if always {
            Vec::new()
        } else {
            self.jump_if(&w.test, false)?
        };
        let body_start = self.here();
        self.unit().fblocks.push(FBlock::Loop {
            for_loop: false,
            start,
            breaks: Vec::new(),
        });
        self.body(&w.body)?;
        if rotate {
            self.set_line(w.test.range());
            let again = self.jump_if(&w.test, true)?;
            self.patch_all_to(again, body_start);
        } else {
            self.emit(Op::Jump, start);
        }
        let Some(FBlock::Loop { breaks, .. }) = self.unit().fblocks.pop() else {
            unreachable!()
        };
        self.patch_all(exits);
        self.body(&w.orelse)?;
        for b in breaks {
            self.patch(b);
        }
        Ok(())
    }

    fn for_stmt(&mut self, f: &'a ast::StmtFor) -> Res<()> {
        if f.is_async {
            return self.async_for_stmt(f);
        }
        self.expr(&f.iter)?;
        self.emit(Op::GetIter, 0);
        let start = self.here();
        let exit = self.emit(Op::ForIter, 0);
        self.assign_target(&f.target)?;
        self.unit().fblocks.push(FBlock::Loop {
            for_loop: true,
            start,
            breaks: Vec::new(),
        });
        self.body(&f.body)?;
        self.set_line(f.range());
        self.emit(Op::Jump, start);
        let Some(FBlock::Loop { breaks, .. }) = self.unit().fblocks.pop() else {
            unreachable!()
        };
        self.patch(exit);
        self.body(&f.orelse)?;
        for b in breaks {
            self.patch(b);
        }
        Ok(())
    }

    fn loop_index(&self) -> Option<usize> {
        self.unit_ref()
            .fblocks
            .iter()
            .rposition(|b| matches!(b, FBlock::Loop { .. }))
    }

    fn break_stmt(&mut self, range: ruff_text_size::TextRange) -> Res<()> {
        let Some(li) = self.loop_index() else {
            return Err(self.error("'break' outside loop", range));
        };
        self.check_except_star(li + 1, range)?;
        self.unwind_to(li + 1, false)?;
        let for_loop = matches!(
            self.unit_ref().fblocks[li],
            FBlock::Loop { for_loop: true, .. }
        );
        if for_loop {
            self.emit(Op::PopTop, 0);
        }
        let j = self.emit(Op::Jump, 0);
        if let FBlock::Loop { breaks, .. } = &mut self.unit().fblocks[li] {
            breaks.push(j);
        }
        Ok(())
    }

    fn continue_stmt(&mut self, range: ruff_text_size::TextRange) -> Res<()> {
        let Some(li) = self.loop_index() else {
            return Err(self.error("'continue' not properly in loop", range));
        };
        self.check_except_star(li + 1, range)?;
        self.unwind_to(li + 1, false)?;
        let FBlock::Loop { start, .. } = self.unit_ref().fblocks[li] else {
            unreachable!()
        };
        self.emit(Op::Jump, start);
        Ok(())
    }

    /// Emit the cleanup for every block above `depth` (innermost first),
    /// keeping TOS on top when `preserve_tos` (a return value).
    /// CPython refuses to leave an `except*` body with break/continue/return.
    fn check_except_star(&self, depth: usize, range: ruff_text_size::TextRange) -> Res<()> {
        if self.unit_ref().fblocks[depth..]
            .iter()
            .any(|b| matches!(b, FBlock::ExceptStarBody))
        {
            return Err(self.error(
                "'break', 'continue' and 'return' cannot appear in an except* block",
                range,
            ));
        }
        Ok(())
    }

    fn unwind_to(&mut self, depth: usize, preserve_tos: bool) -> Res<()> {
        let blocks: Vec<FBlock<'a>> = self.unit_ref().fblocks[depth..].to_vec();
        // While compiling a finally body inline, the blocks above it must not be
        // visible (a `break` inside it must not run it again).
        let saved = self.unit_ref().fblocks.clone();
        for (i, b) in blocks.iter().enumerate().rev() {
            self.unit().fblocks.truncate(depth + i);
            self.unwind_block(b, preserve_tos)?;
        }
        self.unit().fblocks = saved;
        Ok(())
    }

    fn unwind_all(&mut self, preserve_tos: bool) -> Res<()> {
        self.unwind_to(0, preserve_tos)
    }

    fn unwind_block(&mut self, b: &FBlock<'a>, preserve_tos: bool) -> Res<()> {
        match b {
            FBlock::Loop { for_loop, .. } => {
                if *for_loop {
                    if preserve_tos {
                        self.emit(Op::RotTwo, 0);
                    }
                    self.emit(Op::PopTop, 0);
                }
            }
            FBlock::TryExcept => {
                self.emit(Op::PopBlock, 0);
            }
            FBlock::FinallyTry { body } => {
                self.emit(Op::PopBlock, 0);
                self.body(body)?;
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit(Op::RotTwo, 0);
                }
                self.emit(Op::PopExcept, 0);
            }
            FBlock::HandlerCleanup { name } => {
                if preserve_tos {
                    self.emit(Op::RotTwo, 0);
                }
                self.emit(Op::PopExcept, 0);
                if let Some(n) = name {
                    self.load_const(Constant::None);
                    self.store_name(n);
                    self.name_op(n, ast::ExprContext::Del);
                }
            }
            FBlock::ExceptStarBody => {}
            FBlock::With => {
                self.emit(Op::PopBlock, 0);
                if preserve_tos {
                    self.emit(Op::RotTwo, 0);
                }
                self.call_exit_none();
            }
            FBlock::AsyncWith => {
                self.emit(Op::PopBlock, 0);
                if preserve_tos {
                    self.emit(Op::RotTwo, 0);
                }
                self.call_aexit_none();
            }
        }
        Ok(())
    }

    /// With `__exit__` on TOS: call it with three Nones and discard the result.
    fn call_exit_none(&mut self) {
        self.load_const(Constant::None);
        self.emit(Op::DupTop, 0);
        self.emit(Op::DupTop, 0);
        self.emit(Op::CallFunction, 3);
        self.emit(Op::PopTop, 0);
    }

    fn try_except(&mut self, t: &'a ast::StmtTry) -> Res<()> {
        let setup = self.emit(Op::SetupFinally, 0);
        self.unit().fblocks.push(FBlock::TryExcept);
        self.body(&t.body)?;
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock, 0);
        self.body(&t.orelse)?;
        let mut end_jumps = vec![self.emit(Op::Jump, 0)];
        self.patch(setup);
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h.range());
            let mut next = None;
            match &h.type_ {
                Some(ty) => {
                    self.expr(ty)?;
                    next = Some(self.emit(Op::JumpIfNotExcMatch, 0));
                }
                None => {
                    if !std::ptr::eq(h, last_handler(t)) {
                        return Err(self.error("default 'except:' must be last", h.range()));
                    }
                }
            }
            let name = h.name.as_ref().map(|n| n.id.as_str());
            if let Some(n) = name {
                self.emit(Op::DupTop, 0);
                self.store_name(n);
            }
            self.unit().fblocks.push(FBlock::HandlerCleanup { name });
            self.body(&h.body)?;
            self.unit().fblocks.pop();
            self.emit(Op::PopExcept, 0);
            if let Some(n) = name {
                self.load_const(Constant::None);
                self.store_name(n);
                self.name_op(n, ast::ExprContext::Del);
            }
            end_jumps.push(self.emit(Op::Jump, 0));
            if let Some(n) = next {
                self.patch(n);
            }
        }
        self.emit(Op::Reraise, 0);
        for j in end_jumps {
            self.patch(j);
        }
        Ok(())
    }

    fn try_finally(&mut self, t: &'a ast::StmtTry) -> Res<()> {
        let setup = self.emit(Op::SetupFinally, 0);
        self.unit()
            .fblocks
            .push(FBlock::FinallyTry { body: &t.finalbody });
        if t.handlers.is_empty() {
            self.body(&t.body)?;
        } else if t.is_star {
            self.try_star_inner(t)?;
        } else {
            self.try_except(t)?;
        }
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock, 0);
        self.body(&t.finalbody)?;
        let end = self.emit(Op::Jump, 0);
        self.patch(setup);
        self.unit().fblocks.push(FBlock::FinallyEnd);
        self.body(&t.finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Op::Reraise, 0);
        self.patch(end);
        Ok(())
    }

    fn try_star(&mut self, t: &'a ast::StmtTry) -> Res<()> {
        if t.finalbody.is_empty() {
            self.try_star_inner(t)
        } else {
            self.try_finally(t)
        }
    }

    /// `try: … except* E: …`. The handler keeps, under the exception, the
    /// group of exceptions still unmatched and a list collecting what the
    /// handler bodies raise; [`Op::ExcStarFinish`] raises what remains.
    fn try_star_inner(&mut self, t: &'a ast::StmtTry) -> Res<()> {
        let setup = self.emit(Op::SetupFinally, 0);
        self.unit().fblocks.push(FBlock::TryExcept);
        self.body(&t.body)?;
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock, 0);
        self.body(&t.orelse)?;
        let end = self.emit(Op::Jump, 0);
        self.patch(setup);
        // Stack: [exc]. ExcStarMatch with arg 0 initialises: [orig, rest, raised_list].
        self.emit(Op::ExcStarMatch, 0);
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h.range());
            let Some(ty) = &h.type_ else {
                return Err(self.error("expected 'except' or 'finally' block", h.range()));
            };
            self.expr(ty)?;
            // [orig, rest, raised, type] -> [orig, rest', raised, match-or-None]
            self.emit(Op::ExcStarMatch, 1);
            self.emit(Op::DupTop, 0);
            self.load_const(Constant::None);
            self.emit(Op::IsOp, 0);
            let skip = self.emit(Op::PopJumpIfTrue, 0);
            // Run the body as a nested try so its exceptions are collected.
            let name = h.name.as_ref().map(|n| n.id.as_str());
            match name {
                Some(n) => self.store_name(n),
                None => {
                    self.emit(Op::PopTop, 0);
                }
            }
            let inner = self.emit(Op::SetupFinally, 0);
            self.unit().fblocks.push(FBlock::ExceptStarBody);
            self.unit().fblocks.push(FBlock::TryExcept);
            self.body(&h.body)?;
            self.unit().fblocks.pop();
            self.unit().fblocks.pop();
            self.emit(Op::PopBlock, 0);
            let after = self.emit(Op::Jump, 0);
            self.patch(inner);
            // [orig, rest, raised, exc]: record the raised exception.
            self.emit(Op::ExcStarMatch, 2);
            self.emit(Op::PopExcept, 0);
            self.patch(after);
            if let Some(n) = name {
                self.load_const(Constant::None);
                self.store_name(n);
                self.name_op(n, ast::ExprContext::Del);
            }
            let next = self.emit(Op::Jump, 0);
            self.patch(skip);
            self.emit(Op::PopTop, 0);
            self.patch(next);
        }
        // [exc(handler), orig, rest, raised] -> raises, or falls through to PopExcept.
        self.emit(Op::ExcStarFinish, 0);
        self.emit(Op::PopExcept, 0);
        self.patch(end);
        Ok(())
    }

    fn with_items(&mut self, items: &'a [ast::WithItem], body: &'a [Stmt]) -> Res<()> {
        let Some((first, rest)) = items.split_first() else {
            return self.body(body);
        };
        self.expr(&first.context_expr)?;
        let setup = self.emit(Op::SetupWith, 0);
        match &first.optional_vars {
            Some(v) => self.assign_target(v)?,
            None => {
                self.emit(Op::PopTop, 0);
            }
        }
        self.unit().fblocks.push(FBlock::With);
        self.with_items(rest, body)?;
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock, 0);
        self.call_exit_none();
        let end = self.emit(Op::Jump, 0);
        self.patch(setup);
        self.emit(Op::WithExceptStart, 0);
        let suppress = self.emit(Op::PopJumpIfTrue, 0);
        self.emit(Op::Reraise, 0);
        self.patch(suppress);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::PopTop, 0);
        self.patch(end);
        Ok(())
    }
}

fn last_handler(t: &ast::StmtTry) -> &ast::ExceptHandlerExceptHandler {
    let ast::ExceptHandler::ExceptHandler(h) = t.handlers.last().unwrap();
    h
}

fn expr_kind(e: &Expr) -> &'static str {
    match e {
        Expr::Call(_) => "function call",
        Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::BooleanLiteral(_) => "literal",
        Expr::Tuple(_) => "tuple",
        Expr::List(_) => "list",
        _ => "expression",
    }
}

/// CPython's message for assigning to (or deleting) something that isn't a target.
fn assign_error(e: &Expr, verb: &str) -> String {
    let what = match e {
        Expr::Call(_) => "function call",
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BytesLiteral(_) => "literal",
        Expr::BooleanLiteral(b) => {
            return format!("cannot {verb} {}", if b.value { "True" } else { "False" });
        }
        Expr::NoneLiteral(_) => return format!("cannot {verb} None"),
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::BinOp(_) | Expr::UnaryOp(_) | Expr::BoolOp(_) => "expression",
        Expr::Compare(_) => "comparison",
        Expr::Lambda(_) => "lambda",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Generator(_) => "generator expression",
        Expr::Await(_) => "await expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::FString(_) => "f-string expression",
        _ => "expression",
    };
    format!("cannot {verb} {what}")
}

/// Whether an assignment expression (`:=`) occurs anywhere in `e`,
/// including nested lambdas and comprehensions (conservative).
fn contains_walrus(e: &Expr) -> bool {
    use ruff_python_ast::visitor::{Visitor, walk_expr};
    struct Find(bool);
    impl<'a> Visitor<'a> for Find {
        fn visit_expr(&mut self, e: &'a Expr) {
            if matches!(e, Expr::Named(_)) {
                self.0 = true;
            } else if !self.0 {
                walk_expr(self, e);
            }
        }
    }
    let mut f = Find(false);
    f.visit_expr(e);
    f.0
}

/// A `while` test that is true without being evaluated: `True` or a
/// nonzero int literal (CPython compiles no test for them either).
fn always_true(e: &Expr) -> bool {
    match e {
        Expr::BooleanLiteral(b) => b.value,
        Expr::NumberLiteral(n) => matches!(&n.value, ast::Number::Int(i) if i.as_u64() != Some(0)),
        _ => false,
    }
}

/// Can `e` be compiled a second time (the rotated `while` test)? Only
/// expressions built from names, literals, operators, attribute and
/// subscript reads and calls: no lambda, comprehension or generator
/// expression (a scope of its own), no `:=`, `await` or `yield`.
fn can_repeat(e: &Expr) -> bool {
    match e {
        Expr::Name(_)
        | Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_)
        | Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::EllipsisLiteral(_) => true,
        Expr::Attribute(a) => can_repeat(&a.value),
        Expr::Subscript(s) => can_repeat(&s.value) && can_repeat(&s.slice),
        Expr::Compare(c) => can_repeat(&c.left) && c.comparators.iter().all(can_repeat),
        Expr::BoolOp(b) => b.values.iter().all(can_repeat),
        Expr::UnaryOp(u) => can_repeat(&u.operand),
        Expr::BinOp(b) => can_repeat(&b.left) && can_repeat(&b.right),
        Expr::Call(c) => {
            can_repeat(&c.func)
                && c.arguments
                    .args
                    .iter()
                    .all(|a| !a.is_starred_expr() && can_repeat(a))
                && c.arguments
                    .keywords
                    .iter()
                    .all(|k| k.arg.is_some() && can_repeat(&k.value))
        }
        _ => false,
    }
}

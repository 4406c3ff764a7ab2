//! Asynchronous code: `await`, `async for`, `async with`, and the loops of
//! asynchronous comprehensions.
//!
//! Every await compiles to `GetAwaitable; LoadConst None; YieldFrom`: the
//! awaitable stays on the value stack while the frame is suspended, which is
//! how a suspended coroutine knows what it is awaiting (`cr_await`).

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::{Codegen, FBlock, Res};
use crate::bytecode::{Constant, Op, flags};
use crate::symtable::ScopeKind;

/// `GetAwaitable` operands: which error message a non-awaitable gets.
pub(super) const AWAIT_PLAIN: u32 = 0;
pub(super) const AWAIT_AENTER: u32 = 1;
pub(super) const AWAIT_AEXIT: u32 = 2;

impl<'a> Codegen<'a> {
    /// Is the current unit the body of an `async def`?
    pub(super) fn in_async_function(&self) -> bool {
        let u = self.unit_ref();
        u.scope.kind == ScopeKind::Function
            && u.flags & (flags::COROUTINE | flags::ASYNC_GENERATOR) != 0
    }

    /// Await the value on top of the stack, leaving the result there.
    pub(super) fn emit_await(&mut self, kind: u32) {
        self.emit(Op::GetAwaitable, kind);
        self.load_const(Constant::None);
        self.emit(Op::YieldFrom, 0);
    }

    /// `await value`.
    pub(super) fn await_expr(&mut self, value: &'a Expr, range: TextRange) -> Res<()> {
        let u = self.unit_ref();
        if !u.scope.is_function_like() {
            return Err(self.error("'await' outside function", range));
        }
        // In a comprehension the check happens where the comprehension is
        // built ("asynchronous comprehension outside of an asynchronous function").
        if !self.in_async_function() && u.scope.kind != ScopeKind::Comprehension {
            return Err(self.error("'await' outside async function", range));
        }
        self.expr(value)?;
        self.emit_await(AWAIT_PLAIN);
        Ok(())
    }

    /// `async for target in iter: body else: orelse`.
    ///
    /// The async iterator stays on the stack for the whole loop. Each step
    /// awaits `__anext__()` inside a `SetupFinally` block whose handler,
    /// `EndAsyncFor`, ends the loop on `StopAsyncIteration` and re-raises
    /// anything else.
    pub(super) fn async_for_stmt(&mut self, f: &'a ast::StmtFor) -> Res<()> {
        if !self.in_async_function() {
            return Err(self.error("'async for' outside async function", f.range()));
        }
        self.expr(&f.iter)?;
        self.emit(Op::GetAIter, 0);
        let start = self.here();
        let setup = self.async_loop_head()?;
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
        self.patch(setup);
        self.emit(Op::EndAsyncFor, 0);
        self.body(&f.orelse)?;
        for b in breaks {
            self.patch(b);
        }
        Ok(())
    }

    /// With an async iterator on TOS, push the next item (awaiting
    /// `__anext__()`). Returns the `SetupFinally` to patch to the loop exit,
    /// where `EndAsyncFor` must follow.
    pub(super) fn async_loop_head(&mut self) -> Res<usize> {
        let setup = self.emit(Op::SetupFinally, 0);
        // GetANext already pushes the awaitable's iterator.
        self.emit(Op::GetANext, 0);
        self.load_const(Constant::None);
        self.emit(Op::YieldFrom, 0);
        self.emit(Op::PopBlock, 0);
        Ok(setup)
    }

    /// `async with a as x, b as y: body`, one context manager at a time.
    pub(super) fn async_with_stmt(&mut self, w: &'a ast::StmtWith) -> Res<()> {
        if !self.in_async_function() {
            return Err(self.error("'async with' outside async function", w.range()));
        }
        self.async_with_items(&w.items, &w.body)
    }

    fn async_with_items(&mut self, items: &'a [ast::WithItem], body: &'a [Stmt]) -> Res<()> {
        let Some((first, rest)) = items.split_first() else {
            return self.body(body);
        };
        self.expr(&first.context_expr)?;
        // [mgr] -> [__aexit__, __aenter__()] -> [__aexit__, entered]
        self.emit(Op::BeforeAsyncWith, 0);
        self.emit_await(AWAIT_AENTER);
        let setup = self.emit(Op::SetupAsyncWith, 0);
        match &first.optional_vars {
            Some(v) => self.assign_target(v)?,
            None => {
                self.emit(Op::PopTop, 0);
            }
        }
        self.unit().fblocks.push(FBlock::AsyncWith);
        self.async_with_items(rest, body)?;
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock, 0);
        self.call_aexit_none();
        let end = self.emit(Op::Jump, 0);
        // Handler: [__aexit__, exc]; await __aexit__(type, exc, tb).
        self.patch(setup);
        self.emit(Op::WithExceptStart, 0);
        self.emit_await(AWAIT_AEXIT);
        let suppress = self.emit(Op::PopJumpIfTrue, 0);
        self.emit(Op::Reraise, 0);
        self.patch(suppress);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::PopTop, 0);
        self.patch(end);
        Ok(())
    }

    /// With `__aexit__` on TOS: await `__aexit__(None, None, None)` and
    /// discard the result.
    pub(super) fn call_aexit_none(&mut self) {
        self.load_const(Constant::None);
        self.emit(Op::DupTop, 0);
        self.emit(Op::DupTop, 0);
        self.emit(Op::CallFunction, 3);
        self.emit_await(AWAIT_AEXIT);
        self.emit(Op::PopTop, 0);
    }
}

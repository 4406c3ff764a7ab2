//! Expressions.

use std::rc::Rc;

use num_bigint::BigInt;
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::{Ranged, TextRange};

use super::{Codegen, Res};
use crate::bytecode::{BinOp, CmpOp, Constant, Op};
use crate::symtable::{NameScope, ScopeKind};

pub(super) fn binop(op: ast::Operator) -> BinOp {
    use ast::Operator as O;
    match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Sub,
        O::Mult => BinOp::Mul,
        O::MatMult => BinOp::MatMul,
        O::Div => BinOp::TrueDiv,
        O::Mod => BinOp::Mod,
        O::Pow => BinOp::Pow,
        O::LShift => BinOp::LShift,
        O::RShift => BinOp::RShift,
        O::BitOr => BinOp::Or,
        O::BitXor => BinOp::Xor,
        O::BitAnd => BinOp::And,
        O::FloorDiv => BinOp::FloorDiv,
    }
}

/// Parse the text of an integer literal token (`0x_ff`, `1_000`) that did not fit u64.
pub(crate) fn parse_int_literal(text: &str) -> Option<BigInt> {
    let t: String = text.chars().filter(|c| *c != '_').collect();
    let lower = t.to_ascii_lowercase();
    let (digits, radix) = if let Some(d) = lower.strip_prefix("0x") {
        (d.to_string(), 16)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (d.to_string(), 8)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (d.to_string(), 2)
    } else {
        (lower, 10)
    };
    BigInt::parse_bytes(digits.as_bytes(), radix)
}

/// The constant value of a literal expression, if it is one.
fn constant_of(e: &Expr) -> Option<Constant> {
    Some(match e {
        Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Int(i) => match i.as_i64() {
                Some(v) => Constant::Int(v),
                None => {
                    let text = i.to_string();
                    Constant::BigInt(parse_int_literal(&text)?)
                }
            },
            ast::Number::Float(f) => Constant::Float(*f),
            ast::Number::Complex { real, imag } => Constant::Complex(*real, *imag),
        },
        Expr::StringLiteral(s) => Constant::Str(s.value.to_str().into()),
        Expr::BytesLiteral(b) => {
            let bytes: Vec<u8> = b.value.bytes().collect();
            Constant::Bytes(bytes.into())
        }
        Expr::BooleanLiteral(b) => Constant::Bool(b.value),
        Expr::NoneLiteral(_) => Constant::None,
        Expr::EllipsisLiteral(_) => Constant::Ellipsis,
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match constant_of(&u.operand)? {
            Constant::Int(i) if i != i64::MIN => Constant::Int(-i),
            Constant::Float(f) => Constant::Float(-f),
            _ => return None,
        },
        Expr::Tuple(t) if !t.elts.is_empty() => {
            let items: Option<Vec<Constant>> = t.elts.iter().map(constant_of).collect();
            Constant::Tuple(Rc::from(items?))
        }
        _ => return None,
    })
}

impl<'a> Codegen<'a> {
    pub(super) fn expr(&mut self, e: &'a Expr) -> Res<()> {
        if let Some(c) = constant_of(e) {
            self.load_const(c);
            return Ok(());
        }
        match e {
            Expr::BoolOp(b) => {
                let op = if b.op == ast::BoolOp::And {
                    Op::JumpIfFalseOrPop
                } else {
                    Op::JumpIfTrueOrPop
                };
                let mut jumps = Vec::new();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < b.values.len() {
                        jumps.push(self.emit(op, 0));
                    }
                }
                for j in jumps {
                    self.patch(j);
                }
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.emit(Op::DupTop, 0);
                self.assign_target(&n.target)?;
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.emit(Op::BinaryOp, binop(b.op) as u32);
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                let op = match u.op {
                    ast::UnaryOp::Invert => Op::UnaryInvert,
                    ast::UnaryOp::Not => Op::UnaryNot,
                    ast::UnaryOp::UAdd => Op::UnaryPositive,
                    ast::UnaryOp::USub => Op::UnaryNegative,
                };
                self.emit(op, 0);
            }
            Expr::Lambda(l) => {
                let mut flags = 0;
                if let Some(p) = &l.parameters {
                    flags = self.defaults(p)?;
                }
                let first = self.line_of(l.range().start());
                let code = self.nested("<lambda>", first, |c| {
                    if let Some(p) = &l.parameters {
                        c.params_setup(p);
                    } else {
                        c.reserve_locals();
                    }
                    c.expr(&l.body)?;
                    c.emit(Op::ReturnValue, 0);
                    Ok(())
                })?;
                self.make_function(code, flags);
            }
            Expr::If(i) => {
                let else_ = self.jump_if(&i.test, false)?;
                self.expr(&i.body)?;
                let end = self.emit(Op::Jump, 0);
                self.patch_all(else_);
                self.expr(&i.orelse)?;
                self.patch(end);
            }
            Expr::Dict(d) => self.dict_display(d)?,
            Expr::Set(s) => {
                self.sequence_display(&s.elts, Op::BuildSet, Op::SetUpdate, Op::SetAdd)?
            }
            Expr::List(l) => {
                self.sequence_display(&l.elts, Op::BuildList, Op::ListExtend, Op::ListAppend)?
            }
            Expr::Tuple(t) => {
                if t.elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
                    self.sequence_display(&t.elts, Op::BuildList, Op::ListExtend, Op::ListAppend)?;
                    self.emit(Op::ListToTuple, 0);
                } else {
                    for e in &t.elts {
                        self.expr(e)?;
                    }
                    self.emit(Op::BuildTuple, t.elts.len() as u32);
                }
            }
            Expr::ListComp(c) => self.comprehension(
                "<listcomp>",
                &c.generators,
                e.range(),
                |cg| {
                    cg.emit(Op::BuildList, 0);
                    Ok(())
                },
                |cg, depth| {
                    cg.expr(&c.elt)?;
                    cg.emit(Op::ListAppend, depth);
                    Ok(())
                },
            )?,
            Expr::SetComp(c) => self.comprehension(
                "<setcomp>",
                &c.generators,
                e.range(),
                |cg| {
                    cg.emit(Op::BuildSet, 0);
                    Ok(())
                },
                |cg, depth| {
                    cg.expr(&c.elt)?;
                    cg.emit(Op::SetAdd, depth);
                    Ok(())
                },
            )?,
            Expr::DictComp(c) => self.comprehension(
                "<dictcomp>",
                &c.generators,
                e.range(),
                |cg| {
                    cg.emit(Op::BuildMap, 0);
                    Ok(())
                },
                |cg, depth| {
                    if let Some(k) = &c.key {
                        cg.expr(k)?;
                    }
                    cg.expr(&c.value)?;
                    cg.emit(Op::MapAdd, depth);
                    Ok(())
                },
            )?,
            Expr::Generator(c) => self.comprehension(
                "<genexpr>",
                &c.generators,
                e.range(),
                |_| Ok(()),
                |cg, _| {
                    cg.expr(&c.elt)?;
                    cg.emit(Op::YieldValue, 0);
                    cg.emit(Op::PopTop, 0);
                    Ok(())
                },
            )?,
            Expr::Await(a) => self.await_expr(&a.value, a.range())?,
            Expr::Yield(y) => {
                self.check_yield(y.range())?;
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.emit(Op::YieldValue, 0);
            }
            Expr::YieldFrom(y) => {
                self.check_yield(y.range())?;
                if self.in_async_function() {
                    return Err(self.error("'yield from' inside async function", y.range()));
                }
                self.expr(&y.value)?;
                self.emit(Op::GetYieldFromIter, 0);
                self.load_const(Constant::None);
                self.emit(Op::YieldFrom, 0);
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::Call(c) => self.call(c)?,
            Expr::FString(f) => self.fstring(f)?,
            Expr::TString(t) => {
                return Err(self.error("weft does not support template strings", t.range()));
            }
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => unreachable!("handled by constant_of"),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.name_index(a.attr.id.as_str());
                self.emit(Op::LoadAttr, i);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                if self.slice_bounds(&s.slice)? {
                    self.emit(Op::BinarySlice, 0);
                } else {
                    self.expr(&s.slice)?;
                    self.emit(Op::BinarySubscr, 0);
                }
            }
            Expr::Starred(s) => {
                return Err(self.error("can't use starred expression here", s.range()));
            }
            Expr::Name(n) => self.load_name(n.id.as_str()),
            Expr::Slice(s) => {
                let mut n = 2;
                for part in [&s.lower, &s.upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.load_const(Constant::None),
                    }
                }
                if let Some(st) = &s.step {
                    self.expr(st)?;
                    n = 3;
                }
                self.emit(Op::BuildSlice, n);
            }
            Expr::IpyEscapeCommand(c) => return Err(self.error("invalid syntax", c.range())),
        }
        Ok(())
    }

    /// For a two-part slice `i:j` (no step), push its bounds (None for a
    /// missing one) and return true, as CPython 3.12 does for
    /// `BINARY_SLICE`/`STORE_SLICE`; anything else emits nothing.
    pub(super) fn slice_bounds(&mut self, slice: &'a Expr) -> Res<bool> {
        let Expr::Slice(s) = slice else {
            return Ok(false);
        };
        if s.step.is_some() {
            return Ok(false);
        }
        for part in [&s.lower, &s.upper] {
            match part {
                Some(p) => self.expr(p)?,
                None => self.load_const(Constant::None),
            }
        }
        Ok(true)
    }

    fn check_yield(&mut self, range: TextRange) -> Res<()> {
        let u = self.unit_ref();
        if !u.scope.is_function_like() {
            return Err(self.error("'yield' outside function", range));
        }
        if u.scope.kind == ScopeKind::Comprehension {
            let what = match &*u.name {
                "<listcomp>" => "list comprehension",
                "<setcomp>" => "set comprehension",
                "<dictcomp>" => "dict comprehension",
                _ => "generator expression",
            };
            return Err(self.error(format!("'yield' inside {what}"), range));
        }
        Ok(())
    }

    /// A list/set/tuple display, with support for `*iterable` items.
    fn sequence_display(&mut self, elts: &'a [Expr], build: Op, extend: Op, append: Op) -> Res<()> {
        if !elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
            for e in elts {
                self.expr(e)?;
            }
            self.emit(build, elts.len() as u32);
            return Ok(());
        }
        self.emit(build, 0);
        for e in elts {
            match e {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(extend, 1);
                }
                other => {
                    self.expr(other)?;
                    self.emit(append, 1);
                }
            }
        }
        Ok(())
    }

    fn dict_display(&mut self, d: &'a ast::ExprDict) -> Res<()> {
        if d.items.iter().all(|i| i.key.is_some()) {
            for item in &d.items {
                self.expr(item.key.as_ref().unwrap())?;
                self.expr(&item.value)?;
            }
            self.emit(Op::BuildMap, d.items.len() as u32);
            return Ok(());
        }
        self.emit(Op::BuildMap, 0);
        for item in &d.items {
            match &item.key {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(&item.value)?;
                    self.emit(Op::MapAdd, 1);
                }
                None => {
                    self.expr(&item.value)?;
                    self.emit(Op::DictUpdate, 1);
                }
            }
        }
        Ok(())
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> Res<()> {
        self.expr(&c.left)?;
        let n = c.ops.len();
        let mut cleanup = Vec::new();
        for (i, (op, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            self.expr(right)?;
            if i + 1 < n {
                self.emit(Op::DupTop, 0);
                self.emit(Op::RotThree, 0);
            }
            self.cmp_op(*op);
            if i + 1 < n {
                cleanup.push(self.emit(Op::JumpIfFalseOrPop, 0));
            }
        }
        if !cleanup.is_empty() {
            let end = self.emit(Op::Jump, 0);
            for j in cleanup {
                self.patch(j);
            }
            self.emit(Op::RotTwo, 0);
            self.emit(Op::PopTop, 0);
            self.patch(end);
        }
        Ok(())
    }

    fn cmp_op(&mut self, op: ast::CmpOp) {
        use ast::CmpOp as C;
        match op {
            C::Eq => self.emit(Op::CompareOp, CmpOp::Eq as u32),
            C::NotEq => self.emit(Op::CompareOp, CmpOp::Ne as u32),
            C::Lt => self.emit(Op::CompareOp, CmpOp::Lt as u32),
            C::LtE => self.emit(Op::CompareOp, CmpOp::Le as u32),
            C::Gt => self.emit(Op::CompareOp, CmpOp::Gt as u32),
            C::GtE => self.emit(Op::CompareOp, CmpOp::Ge as u32),
            C::Is => self.emit(Op::IsOp, 0),
            C::IsNot => self.emit(Op::IsOp, 1),
            C::In => self.emit(Op::ContainsOp, 0),
            C::NotIn => self.emit(Op::ContainsOp, 1),
        };
    }

    fn call(&mut self, c: &'a ast::ExprCall) -> Res<()> {
        let args = &c.arguments;
        let simple =
            !args.args.iter().any(|a| matches!(a, Expr::Starred(_))) && args.keywords.is_empty();
        if let Expr::Attribute(at) = &*c.func {
            if simple {
                self.expr(&at.value)?;
                let i = self.name_index(at.attr.id.as_str());
                self.set_line(c.range());
                self.emit(Op::LoadMethod, i);
                for a in args.args.iter() {
                    self.expr(a)?;
                }
                self.set_line(c.range());
                self.emit(Op::CallMethod, args.args.len() as u32);
                return Ok(());
            }
        }
        if self.zero_arg_super(c)? {
            return Ok(());
        }
        self.expr(&c.func)?;
        self.call_tail(&args.args, &args.keywords, 0, c.range())
    }

    /// `super()` in a method compiles to `super(__class__, <first argument>)`,
    /// which is what CPython's zero-argument form looks up at run time.
    fn zero_arg_super(&mut self, c: &'a ast::ExprCall) -> Res<bool> {
        let Expr::Name(n) = &*c.func else {
            return Ok(false);
        };
        if n.id.as_str() != "super"
            || !c.arguments.args.is_empty()
            || !c.arguments.keywords.is_empty()
        {
            return Ok(false);
        }
        let u = self.unit_ref();
        if !u.scope.is_function_like()
            || !matches!(u.scope.lookup("super"), NameScope::GlobalImplicit)
            || !u.freevars.iter().any(|f| &**f == "__class__")
            || (u.argcount == 0 && u.scope.super_self.is_none())
        {
            return Ok(false);
        }
        let first = match &u.scope.super_self {
            Some(s) => s.as_str().into(),
            None => u.varnames[0].clone(),
        };
        self.load_name("super");
        self.load_name("__class__");
        self.load_name(&first);
        self.set_line(c.range());
        self.emit(Op::CallFunction, 2);
        Ok(true)
    }

    /// Emit the arguments and the call, with `already` positional arguments
    /// already on the stack above the callable.
    pub(super) fn call_tail(
        &mut self,
        args: &'a [Expr],
        keywords: &'a [ast::Keyword],
        already: u32,
        range: TextRange,
    ) -> Res<()> {
        let starred = args.iter().any(|a| matches!(a, Expr::Starred(_)));
        let double = keywords.iter().any(|k| k.arg.is_none());
        if !starred && !double {
            for a in args {
                self.expr(a)?;
            }
            for k in keywords {
                self.expr(&k.value)?;
            }
            self.set_line(range);
            let n = already + (args.len() + keywords.len()) as u32;
            if keywords.is_empty() {
                self.emit(Op::CallFunction, n);
            } else {
                let names: Vec<Constant> = keywords
                    .iter()
                    .map(|k| Constant::Str(k.arg.as_ref().unwrap().id.as_str().into()))
                    .collect();
                self.load_const(Constant::Tuple(names.into()));
                self.emit(Op::CallFunctionKw, n);
            }
            return Ok(());
        }
        // General form: build a positional tuple and a keyword dict. A lone
        // `*iterable` is passed as is; `CallFunctionEx` turns it into a tuple.
        if let ([Expr::Starred(s)], 0) = (args, already) {
            self.expr(&s.value)?;
        } else {
            self.positional_tuple(args, already)?;
        }
        self.keyword_dict(keywords, range)
    }

    fn positional_tuple(&mut self, args: &'a [Expr], already: u32) -> Res<()> {
        self.emit(Op::BuildList, already);
        for a in args {
            match a {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(Op::ListExtend, 1);
                }
                other => {
                    self.expr(other)?;
                    self.emit(Op::ListAppend, 1);
                }
            }
        }
        self.emit(Op::ListToTuple, 0);
        Ok(())
    }

    fn keyword_dict(&mut self, keywords: &'a [ast::Keyword], range: TextRange) -> Res<()> {
        let mut flag = 0;
        if !keywords.is_empty() {
            flag = 1;
            self.emit(Op::BuildMap, 0);
            for k in keywords {
                match &k.arg {
                    Some(name) => {
                        self.load_const(Constant::Str(name.id.as_str().into()));
                        self.expr(&k.value)?;
                        self.emit(Op::BuildMap, 1);
                        self.emit(Op::DictMerge, 1);
                    }
                    None => {
                        self.expr(&k.value)?;
                        self.emit(Op::DictMerge, 1);
                    }
                }
            }
        }
        self.set_line(range);
        self.emit(Op::CallFunctionEx, flag);
        Ok(())
    }

    /// A comprehension compiled as a nested function called with the first iterator.
    fn comprehension<I, B>(
        &mut self,
        name: &str,
        generators: &'a [ast::Comprehension],
        range: TextRange,
        init: I,
        body: B,
    ) -> Res<()>
    where
        I: FnOnce(&mut Self) -> Res<()>,
        B: FnOnce(&mut Self, u32) -> Res<()>,
    {
        if self.unit_ref().scope.next_child_inlined() {
            return self.inline_comprehension(generators, init, body);
        }
        let first = self.line_of(range.start());
        // Where an asynchronous list/set/dict comprehension may be built.
        let async_ok =
            self.in_async_function() || self.unit_ref().scope.kind == ScopeKind::Comprehension;
        let code = self.nested(name, first, |cg| {
            if cg.unit_ref().scope.is_coroutine && name != "<genexpr>" && !async_ok {
                return Err(cg.error(
                    "asynchronous comprehension outside of an asynchronous function",
                    range,
                ));
            }
            cg.unit().argcount = 1;
            cg.var_index(".0");
            cg.reserve_locals();
            init(cg)?;
            // The first iterator is the function's argument.
            cg.emit(Op::LoadFast, 0);
            cg.comprehension_loops(generators, body)?;
            if name == "<genexpr>" {
                cg.load_const(Constant::None);
            }
            cg.emit(Op::ReturnValue, 0);
            Ok(())
        })?;
        let awaited = code.flags & crate::bytecode::flags::COROUTINE != 0;
        self.make_function(code, 0);
        self.expr(&generators[0].iter)?;
        let get_iter = if generators[0].is_async {
            Op::GetAIter
        } else {
            Op::GetIter
        };
        self.emit(get_iter, 0);
        self.emit(Op::CallFunction, 1);
        if awaited {
            self.emit_await(super::async_stmt::AWAIT_PLAIN);
        }
        Ok(())
    }

    /// The loop nest of a comprehension, with the first iterator on the
    /// stack: a loop per `for` clause (each later iterator evaluated inside
    /// the previous loop), the `if` filters, then `body` with the number of
    /// stack entries above the result it builds (one iterator per clause).
    fn comprehension_loops<B>(&mut self, generators: &'a [ast::Comprehension], body: B) -> Res<()>
    where
        B: FnOnce(&mut Self, u32) -> Res<()>,
    {
        // (loop start, jump to patch at exhaustion, async?)
        let mut loops = Vec::new();
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
                self.emit(
                    if g.is_async {
                        Op::GetAIter
                    } else {
                        Op::GetIter
                    },
                    0,
                );
            }
            let start = self.here();
            let exit = if g.is_async {
                self.async_loop_head()?
            } else {
                self.emit(Op::ForIter, 0)
            };
            self.assign_target(&g.target)?;
            for cond in &g.ifs {
                let skips = self.jump_if(cond, false)?;
                self.patch_all_to(skips, start);
            }
            loops.push((start, exit, g.is_async));
        }
        body(self, generators.len() as u32 + 1)?;
        for (start, exit, is_async) in loops.into_iter().rev() {
            self.emit(Op::Jump, start);
            self.patch(exit);
            if is_async {
                self.emit(Op::EndAsyncFor, 0);
            }
        }
        Ok(())
    }

    /// A list/set/dict comprehension compiled into the enclosing code (PEP
    /// 709): the iteration variables are hidden locals whose previous values
    /// are kept on the stack and put back afterwards, also when the
    /// comprehension raises.
    fn inline_comprehension<I, B>(
        &mut self,
        generators: &'a [ast::Comprehension],
        init: I,
        body: B,
    ) -> Res<()>
    where
        I: FnOnce(&mut Self) -> Res<()>,
        B: FnOnce(&mut Self, u32) -> Res<()>,
    {
        let hidden = self.unit().scope.take_child().hidden;
        self.expr(&generators[0].iter)?;
        self.emit(
            if generators[0].is_async {
                Op::GetAIter
            } else {
                Op::GetIter
            },
            0,
        );
        let slots: Vec<u32> = hidden.iter().map(|n| self.var_index(n)).collect();
        let hidden_from = self.unit_ref().fast_hidden.len();
        if !self.unit_ref().scope.is_function_like() {
            self.unit().fast_hidden.extend(hidden);
        }
        for &slot in &slots {
            self.emit(Op::LoadFastAndClear, slot);
            self.emit(Op::Swap, 2);
        }
        let guard = (!slots.is_empty()).then(|| self.emit(Op::SetupFinally, 0));
        init(self)?;
        self.emit(Op::Swap, 2);
        self.comprehension_loops(generators, body)?;
        self.unit().fast_hidden.truncate(hidden_from);
        if let Some(guard) = guard {
            // [saved..., result]
            self.emit(Op::PopBlock, 0);
            for &slot in slots.iter().rev() {
                self.emit(Op::Swap, 2);
                self.emit(Op::RestoreFast, slot);
            }
            let done = self.emit(Op::Jump, 0);
            // Raised inside: [saved..., result, exception].
            self.patch(guard);
            self.emit(Op::Swap, 2);
            self.emit(Op::PopTop, 0);
            for &slot in slots.iter().rev() {
                self.emit(Op::Swap, 2);
                self.emit(Op::RestoreFast, slot);
            }
            self.emit(Op::Reraise, 0);
            self.patch(done);
        }
        Ok(())
    }

    fn fstring(&mut self, f: &'a ast::ExprFString) -> Res<()> {
        let mut n = 0;
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(s) => {
                    self.load_const(Constant::Str(s.value.as_ref().into()));
                    n += 1;
                }
                ast::FStringPart::FString(fs) => n += self.fstring_elements(&fs.elements)?,
            }
        }
        if n != 1 {
            self.emit(Op::BuildString, n);
        }
        Ok(())
    }

    /// Push the pieces of an f-string; returns how many were pushed.
    fn fstring_elements(&mut self, elements: &'a ast::InterpolatedStringElements) -> Res<u32> {
        let mut n = 0;
        for el in elements.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    self.load_const(Constant::Str(l.value.as_ref().into()));
                    n += 1;
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conv = match i.conversion {
                        ast::ConversionFlag::None => 0,
                        ast::ConversionFlag::Str => 1,
                        ast::ConversionFlag::Repr => 2,
                        ast::ConversionFlag::Ascii => 3,
                    };
                    if let Some(dbg) = &i.debug_text {
                        self.load_const(Constant::Str(dbg.as_str().into()));
                        n += 1;
                        if conv == 0 && i.format_spec.is_none() {
                            conv = 2;
                        }
                    }
                    self.expr(&i.expression)?;
                    if let Some(spec) = &i.format_spec {
                        let k = self.fstring_elements(&spec.elements)?;
                        if k != 1 {
                            self.emit(Op::BuildString, k);
                        }
                        conv |= 4;
                    }
                    self.emit(Op::FormatValue, conv);
                    n += 1;
                }
            }
        }
        if n == 0 {
            self.load_const(Constant::Str("".into()));
            n = 1;
        }
        Ok(n)
    }
}

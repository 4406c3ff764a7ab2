//! The `match` statement (PEP 634), compiled the way CPython 3.12 does it.
//!
//! Every `pattern_*` routine consumes the subject on top of the stack and, on
//! failure, jumps to a "fail-pop" label that pops whatever the pattern left on
//! the stack ([`PatternCtx::on_top`]) plus the values captured so far. Captured
//! values stay on the stack, rotated underneath the items still in use, and are
//! only stored into their names once the whole pattern has matched, so a
//! failed case binds nothing. The runtime checks are the opcodes
//! `MatchSequence`, `MatchMapping`, `MatchKeys`, `MatchClass` and `GetLen`.
//!
//! This file also checks the compile-time errors CPython reports for patterns
//! (unreachable cases, duplicate names, inconsistent or-patterns, duplicate
//! mapping keys...) and holds the small literal folder and `repr` needed to
//! phrase the duplicate-key message.

use num_bigint::BigInt;
use ruff_python_ast::{self as ast, Expr, Pattern};
use ruff_text_size::{Ranged, TextRange};

use super::{Codegen, Res};
use crate::bytecode::{BinOp, CmpOp, Constant, Op};

/// State threaded through the compilation of one case's pattern.
#[derive(Default)]
struct PatternCtx<'a> {
    /// Names captured so far, in the order their values sit on the stack.
    stores: Vec<&'a str>,
    /// May an irrefutable pattern appear here?
    allow_irrefutable: bool,
    /// `fail_pop[n]`: jumps to the label that pops `n` items then fails.
    fail_pop: Vec<Vec<usize>>,
    /// Items on top of the stack the current pattern must keep (and pop on failure).
    on_top: usize,
}

/// `_` (a capture-less `MatchAs` without a sub-pattern).
fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

/// `*_`.
fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchStar(s) if s.name.is_none())
}

impl<'a> Codegen<'a> {
    pub(super) fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> Res<()> {
        self.expr(&m.subject)?;
        let cases = m.cases.len();
        let Some(last) = m.cases.last() else {
            return Err(self.error("invalid syntax", m.range()));
        };
        let has_default = is_wildcard(&last.pattern) && cases > 1;
        let tested = cases - has_default as usize;
        let mut end_jumps = Vec::new();
        for (i, case) in m.cases[..tested].iter().enumerate() {
            self.set_line(case.pattern.range());
            let keep_subject = i != tested - 1;
            // Only copy the subject if later cases still need it.
            if keep_subject {
                self.emit(Op::Copy, 1);
            }
            let mut pc = PatternCtx {
                // Irrefutable cases must be guarded, last, or both.
                allow_irrefutable: case.guard.is_some() || i == cases - 1,
                ..Default::default()
            };
            self.pattern(&case.pattern, &mut pc)?;
            debug_assert_eq!(pc.on_top, 0);
            // It's a match: store the captured values (they are on the stack).
            for name in std::mem::take(&mut pc.stores) {
                self.store_name(name);
            }
            if let Some(g) = &case.guard {
                self.set_line(g.range());
                self.expr(g)?;
                self.jump_to(&mut pc, 0, Op::PopJumpIfFalse);
            }
            if keep_subject {
                self.emit(Op::PopTop, 0);
            }
            self.body(&case.body)?;
            end_jumps.push(self.emit(Op::Jump, 0));
            self.set_line(case.pattern.range());
            self.emit_fail_pops(&mut pc);
        }
        if has_default {
            self.set_line(last.pattern.range());
            if cases == 1 {
                self.emit(Op::PopTop, 0);
            } else {
                self.emit(Op::Nop, 0);
            }
            if let Some(g) = &last.guard {
                self.set_line(g.range());
                self.expr(g)?;
                end_jumps.push(self.emit(Op::PopJumpIfFalse, 0));
            }
            self.body(&last.body)?;
        }
        for j in end_jumps {
            self.patch(j);
        }
        Ok(())
    }

    // ----- fail-pop labels ------------------------------------------------

    /// Emit `op` jumping to the label that pops `pops` items.
    fn jump_to(&mut self, pc: &mut PatternCtx<'a>, pops: usize, op: Op) {
        if pc.fail_pop.len() <= pops {
            pc.fail_pop.resize_with(pops + 1, Vec::new);
        }
        let j = self.emit(op, 0);
        pc.fail_pop[pops].push(j);
    }

    /// Jump to failure, popping the items on top and the pending captures.
    fn jump_to_fail_pop(&mut self, pc: &mut PatternCtx<'a>, op: Op) {
        let pops = pc.on_top + pc.stores.len();
        self.jump_to(pc, pops, op);
    }

    /// Place the fail-pop labels here: label `n` pops `n` items and falls
    /// through to label `n - 1`.
    fn emit_fail_pops(&mut self, pc: &mut PatternCtx<'a>) {
        let labels = std::mem::take(&mut pc.fail_pop);
        for (n, jumps) in labels.iter().enumerate().rev() {
            for &j in jumps {
                self.patch(j);
            }
            if n > 0 {
                self.emit(Op::PopTop, 0);
            }
        }
    }

    /// Lift TOS to depth `count` (CPython's 3.10 `ROT_N`, as SWAPs).
    fn rotate(&mut self, count: usize) {
        let mut count = count;
        while count > 1 {
            self.emit(Op::Swap, count as u32);
            count -= 1;
        }
    }

    /// Record a capture of TOS as `name` (or pop it for a wildcard).
    fn store_capture(
        &mut self,
        name: Option<&'a ast::Identifier>,
        pc: &mut PatternCtx<'a>,
        range: TextRange,
    ) -> Res<()> {
        let Some(name) = name else {
            self.emit(Op::PopTop, 0);
            return Ok(());
        };
        let name = name.id.as_str();
        if name == "__debug__" {
            return Err(self.error("cannot assign to __debug__", range));
        }
        if pc.stores.contains(&name) {
            return Err(self.error(
                format!("multiple assignments to name '{name}' in pattern"),
                range,
            ));
        }
        // Rotate the value underneath the items we need to preserve.
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(name);
        Ok(())
    }

    // ----- patterns -------------------------------------------------------

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx<'a>) -> Res<()> {
        match p {
            Pattern::MatchValue(v) => {
                match literal(&v.value) {
                    Some(c) => self.load_const(c),
                    None if matches!(&*v.value, Expr::Attribute(_)) => self.expr(&v.value)?,
                    None => {
                        return Err(self.error(
                            "patterns may only match literals and attribute lookups",
                            v.range(),
                        ));
                    }
                }
                self.emit(Op::CompareOp, CmpOp::Eq as u32);
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
            }
            Pattern::MatchSingleton(s) => {
                self.load_const(match s.value {
                    ast::Singleton::None => Constant::None,
                    ast::Singleton::True => Constant::Bool(true),
                    ast::Singleton::False => Constant::Bool(false),
                });
                self.emit(Op::IsOp, 0);
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
            }
            Pattern::MatchSequence(s) => self.pattern_sequence(s, pc)?,
            Pattern::MatchMapping(m) => self.pattern_mapping(m, pc)?,
            Pattern::MatchClass(c) => self.pattern_class(c, pc)?,
            Pattern::MatchStar(s) => self.store_capture(s.name.as_ref(), pc, s.range())?,
            Pattern::MatchAs(a) => self.pattern_as(a, pc)?,
            Pattern::MatchOr(o) => self.pattern_or(o, pc)?,
        }
        Ok(())
    }

    /// A pattern nested in another: irrefutable forms are always allowed.
    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx<'a>) -> Res<()> {
        let saved = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        self.pattern(p, pc)?;
        pc.allow_irrefutable = saved;
        Ok(())
    }

    fn pattern_as(&mut self, a: &'a ast::PatternMatchAs, pc: &mut PatternCtx<'a>) -> Res<()> {
        let Some(inner) = &a.pattern else {
            if !pc.allow_irrefutable {
                let msg = match &a.name {
                    Some(n) => format!(
                        "name capture '{}' makes remaining patterns unreachable",
                        n.id.as_str()
                    ),
                    None => "wildcard makes remaining patterns unreachable".to_string(),
                };
                return Err(self.error(msg, a.range()));
            }
            return self.store_capture(a.name.as_ref(), pc, a.range());
        };
        // Keep a copy of the subject to store once the sub-pattern matched.
        pc.on_top += 1;
        self.emit(Op::Copy, 1);
        self.pattern(inner, pc)?;
        pc.on_top -= 1;
        self.store_capture(a.name.as_ref(), pc, a.range())
    }

    fn pattern_sequence(
        &mut self,
        s: &'a ast::PatternMatchSequence,
        pc: &mut PatternCtx<'a>,
    ) -> Res<()> {
        let patterns = &s.patterns;
        let size = patterns.len();
        let mut star: Option<usize> = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in patterns.iter().enumerate() {
            if matches!(p, Pattern::MatchStar(_)) {
                if star.is_some() {
                    return Err(self.error("multiple starred names in sequence pattern", s.range()));
                }
                star_wildcard = is_star_wildcard(p);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(p);
        }
        // Keep the subject on top during the sequence and length checks.
        pc.on_top += 1;
        self.emit(Op::MatchSequence, 0);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        if star.is_none() {
            self.emit(Op::GetLen, 0);
            self.load_int(size);
            self.emit(Op::CompareOp, CmpOp::Eq as u32);
            self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        } else if size > 1 {
            self.emit(Op::GetLen, 0);
            self.load_int(size - 1);
            self.emit(Op::CompareOp, CmpOp::Ge as u32);
            self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit(Op::PopTop, 0);
        } else if star_wildcard {
            self.sequence_subscr(patterns, star.unwrap_or(size), pc)?;
        } else {
            self.sequence_unpack(patterns, star, s.range(), pc)?;
        }
        Ok(())
    }

    fn load_int(&mut self, n: usize) {
        self.load_const(Constant::Int(n as i64));
    }

    /// Unpack the subject onto the stack and match each item.
    fn sequence_unpack(
        &mut self,
        patterns: &'a [Pattern],
        star: Option<usize>,
        range: TextRange,
        pc: &mut PatternCtx<'a>,
    ) -> Res<()> {
        let n = patterns.len();
        match star {
            Some(i) => {
                if i >= 256 || n - i > (i32::MAX >> 8) as usize {
                    return Err(self.error(
                        "too many expressions in star-unpacking sequence pattern",
                        range,
                    ));
                }
                self.emit(Op::UnpackEx, (i + ((n - i - 1) << 8)) as u32);
            }
            None => {
                self.emit(Op::UnpackSequence, n as u32);
            }
        }
        // The new subjects stay on the stack until their turn comes.
        pc.on_top += n;
        for p in patterns {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    /// Like `sequence_unpack`, but indexes the subject for patterns with a
    /// `*_` (`[first, *_, last]`), so the middle is never copied.
    fn sequence_subscr(
        &mut self,
        patterns: &'a [Pattern],
        star: usize,
        pc: &mut PatternCtx<'a>,
    ) -> Res<()> {
        pc.on_top += 1;
        let size = patterns.len();
        for (i, p) in patterns.iter().enumerate() {
            if is_wildcard(p) || i == star {
                continue;
            }
            self.emit(Op::Copy, 1);
            if i < star {
                self.load_int(i);
            } else {
                // The subject may not support negative indexing.
                self.emit(Op::GetLen, 0);
                self.load_int(size - i);
                self.emit(Op::BinaryOp, BinOp::Sub as u32);
            }
            self.emit(Op::BinarySubscr, 0);
            self.subpattern(p, pc)?;
        }
        pc.on_top -= 1;
        self.emit(Op::PopTop, 0);
        Ok(())
    }

    fn pattern_mapping(
        &mut self,
        m: &'a ast::PatternMatchMapping,
        pc: &mut PatternCtx<'a>,
    ) -> Res<()> {
        let size = m.keys.len();
        if size != m.patterns.len() {
            return Err(self.error("invalid syntax", m.range()));
        }
        // Keep the subject on top during the mapping and length checks.
        pc.on_top += 1;
        self.emit(Op::MatchMapping, 0);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        if size == 0 && m.rest.is_none() {
            // `{}`: any mapping matches.
            pc.on_top -= 1;
            self.emit(Op::PopTop, 0);
            return Ok(());
        }
        if size > 0 {
            self.emit(Op::GetLen, 0);
            self.load_int(size);
            self.emit(Op::CompareOp, CmpOp::Ge as u32);
            self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        }
        // Literal keys are checked for duplicates now; value patterns at run time.
        let mut seen: Vec<Constant> = Vec::new();
        for key in &m.keys {
            match literal(key) {
                Some(c) => {
                    if seen.iter().any(|s| const_eq(s, &c)) {
                        return Err(self.error(
                            format!("mapping pattern checks duplicate key ({})", const_repr(&c)),
                            m.range(),
                        ));
                    }
                    seen.push(c.clone());
                    self.load_const(c);
                }
                None if matches!(key, Expr::Attribute(_)) => self.expr(key)?,
                None => {
                    return Err(self.error(
                        "mapping pattern keys may only match literals and attribute lookups",
                        m.range(),
                    ));
                }
            }
        }
        self.emit(Op::BuildTuple, size as u32);
        self.emit(Op::MatchKeys, 0);
        // A tuple of keys and a tuple of values (or None) sit on the subject.
        pc.on_top += 2;
        self.emit(Op::Copy, 1);
        self.load_const(Constant::None);
        self.emit(Op::IsOp, 1);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        self.emit(Op::UnpackSequence, size as u32);
        pc.on_top += size;
        pc.on_top -= 1;
        for p in &m.patterns {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        // A match: what follows consumes the keys tuple and the subject.
        pc.on_top -= 2;
        match &m.rest {
            Some(rest) => {
                // rest = dict(subject); del rest[k] for each matched key.
                self.emit(Op::BuildMap, 0); // [subject, keys, {}]
                self.emit(Op::Swap, 3); // [{}, keys, subject]
                self.emit(Op::DictUpdate, 2); // [copy, keys]
                self.emit(Op::UnpackSequence, size as u32); // [copy, keys...]
                let mut left = size;
                while left > 0 {
                    self.emit(Op::Copy, (1 + left) as u32); // [copy, keys..., copy]
                    left -= 1;
                    self.emit(Op::Swap, 2); // [copy, keys..., copy, key]
                    self.emit(Op::DeleteSubscr, 0); // [copy, keys...]
                }
                self.store_capture(Some(rest), pc, m.range())?;
            }
            None => {
                self.emit(Op::PopTop, 0); // the keys
                self.emit(Op::PopTop, 0); // the subject
            }
        }
        Ok(())
    }

    fn pattern_class(&mut self, c: &'a ast::PatternMatchClass, pc: &mut PatternCtx<'a>) -> Res<()> {
        let patterns = &c.arguments.patterns;
        let keywords = &c.arguments.keywords;
        let nargs = patterns.len();
        let nattrs = keywords.len();
        for (i, k) in keywords.iter().enumerate() {
            let attr = k.attr.id.as_str();
            if attr == "__debug__" {
                return Err(self.error("cannot assign to __debug__", k.pattern.range()));
            }
            if let Some(dup) = keywords[i + 1..]
                .iter()
                .find(|o| o.attr.id.as_str() == attr)
            {
                return Err(self.error(
                    format!("attribute name repeated in class pattern: {attr}"),
                    dup.pattern.range(),
                ));
            }
        }
        self.expr(&c.cls)?;
        self.set_line(c.range());
        let names: Vec<Constant> = keywords
            .iter()
            .map(|k| Constant::Str(k.attr.id.as_str().into()))
            .collect();
        self.load_const(Constant::Tuple(names.into()));
        self.emit(Op::MatchClass, nargs as u32);
        self.emit(Op::Copy, 1);
        self.load_const(Constant::None);
        self.emit(Op::IsOp, 1);
        // TOS is now a tuple of (nargs + nattrs) attributes, or None.
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        self.emit(Op::UnpackSequence, (nargs + nattrs) as u32);
        pc.on_top += nargs + nattrs;
        pc.on_top -= 1;
        let subs = patterns.iter().chain(keywords.iter().map(|k| &k.pattern));
        for p in subs {
            pc.on_top -= 1;
            if is_wildcard(p) {
                self.emit(Op::PopTop, 0);
                continue;
            }
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    fn pattern_or(&mut self, o: &'a ast::PatternMatchOr, pc: &mut PatternCtx<'a>) -> Res<()> {
        let size = o.patterns.len();
        let mut end = Vec::new();
        // Each alternative gets a fresh context; keep the outer one aside.
        let old = std::mem::take(pc);
        // The names bound by the first alternative: the others must bind the
        // same ones, and their values are reordered to match.
        let mut control: Vec<&'a str> = Vec::new();
        for (i, alt) in o.patterns.iter().enumerate() {
            *pc = PatternCtx {
                allow_irrefutable: i == size - 1 && old.allow_irrefutable,
                ..Default::default()
            };
            self.set_line(alt.range());
            self.emit(Op::Copy, 1);
            self.pattern(alt, pc)?;
            let nstores = pc.stores.len();
            if i == 0 {
                control = pc.stores.clone();
            } else if nstores != control.len() {
                return Err(self.error("alternative patterns bind different names", o.range()));
            } else if nstores > 0 {
                let mut icontrol = nstores;
                while icontrol > 0 {
                    icontrol -= 1;
                    let name = control[icontrol];
                    let Some(istores) = pc.stores.iter().position(|n| *n == name) else {
                        return Err(
                            self.error("alternative patterns bind different names", o.range())
                        );
                    };
                    if icontrol != istores {
                        // Move stores[..=istores] to just below position icontrol,
                        // on the stack and in the name list alike.
                        let rotations = istores + 1;
                        let rotated: Vec<&'a str> = pc.stores.drain(..rotations).collect();
                        let at = icontrol - istores;
                        pc.stores.splice(at..at, rotated);
                        for _ in 0..rotations {
                            self.rotate(icontrol + 1);
                        }
                    }
                }
            }
            end.push(self.emit(Op::Jump, 0));
            self.emit_fail_pops(pc);
        }
        *pc = old;
        // No alternative matched: pop the remaining copy of the subject and fail.
        self.set_line(o.range());
        self.emit(Op::PopTop, 0);
        self.jump_to_fail_pop(pc, Op::Jump);
        for j in end {
            self.patch(j);
        }
        // Between the new captures and their place on the stack: the other
        // new captures, the subject copy, the items on top and older captures.
        let nstores = control.len();
        let nrots = nstores + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(nrots);
            if pc.stores.contains(&name) {
                return Err(self.error(
                    format!("multiple assignments to name '{name}' in pattern"),
                    o.range(),
                ));
            }
            pc.stores.push(name);
        }
        // Pop the copy of the subject.
        self.emit(Op::PopTop, 0);
        Ok(())
    }
}

// ----- literals -----------------------------------------------------------

/// The constant a literal pattern stands for (CPython folds `-1` and `1+2j`
/// before compiling), or `None` if the expression is not a literal.
fn literal(e: &Expr) -> Option<Constant> {
    Some(match e {
        Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Int(i) => match i.as_i64() {
                Some(v) => Constant::Int(v),
                None => Constant::BigInt(super::expr::parse_int_literal(&i.to_string())?),
            },
            ast::Number::Float(f) => Constant::Float(*f),
            ast::Number::Complex { real, imag } => Constant::Complex(*real, *imag),
        },
        Expr::StringLiteral(s) => Constant::Str(s.value.to_str().into()),
        Expr::BytesLiteral(b) => Constant::Bytes(b.value.bytes().collect::<Vec<u8>>().into()),
        Expr::BooleanLiteral(b) => Constant::Bool(b.value),
        Expr::NoneLiteral(_) => Constant::None,
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match literal(&u.operand)? {
            Constant::Int(i) => match i.checked_neg() {
                Some(v) => Constant::Int(v),
                None => Constant::BigInt(-BigInt::from(i)),
            },
            Constant::BigInt(b) => {
                let neg = -b;
                match i64::try_from(&neg) {
                    Ok(v) => Constant::Int(v),
                    Err(_) => Constant::BigInt(neg),
                }
            }
            Constant::Float(f) => Constant::Float(-f),
            Constant::Complex(re, im) => Constant::Complex(-re, -im),
            _ => return None,
        },
        Expr::BinOp(b) if matches!(b.op, ast::Operator::Add | ast::Operator::Sub) => {
            // real ± imaginary, computed like complex arithmetic does.
            let re = match literal(&b.left)? {
                Constant::Int(i) => i as f64,
                Constant::BigInt(v) => big_to_f64(&v),
                Constant::Float(f) => f,
                _ => return None,
            };
            let Constant::Complex(_, im) = literal(&b.right)? else {
                return None;
            };
            if b.op == ast::Operator::Add {
                Constant::Complex(re + 0.0, 0.0 + im)
            } else {
                Constant::Complex(re - 0.0, 0.0 - im)
            }
        }
        _ => return None,
    })
}

/// A number as (real, imaginary, exact integer if it is one).
fn numeric(c: &Constant) -> Option<(f64, f64, Option<BigInt>)> {
    match c {
        Constant::Bool(b) => Some((*b as i64 as f64, 0.0, Some(BigInt::from(*b as i64)))),
        Constant::Int(i) => Some((*i as f64, 0.0, Some(BigInt::from(*i)))),
        Constant::BigInt(b) => Some((big_to_f64(b), 0.0, Some(b.clone()))),
        Constant::Float(f) => Some((*f, 0.0, None)),
        Constant::Complex(re, im) => Some((*re, *im, None)),
        _ => None,
    }
}

/// Python `==` between two literal constants (as a set would see them).
fn const_eq(a: &Constant, b: &Constant) -> bool {
    match (a, b) {
        (Constant::None, Constant::None) => true,
        (Constant::Str(x), Constant::Str(y)) => x == y,
        (Constant::Bytes(x), Constant::Bytes(y)) => x == y,
        _ => match (numeric(a), numeric(b)) {
            (Some((ra, ia, xa)), Some((rb, ib, xb))) => {
                if ia != ib {
                    return false;
                }
                match (xa, xb) {
                    (Some(x), Some(y)) => x == y,
                    (Some(x), None) => float_is_int(rb, &x),
                    (None, Some(y)) => float_is_int(ra, &y),
                    (None, None) => ra == rb,
                }
            }
            _ => false,
        },
    }
}

/// Exact comparison of a float with an integer.
fn float_is_int(f: f64, i: &BigInt) -> bool {
    if f == 0.0 {
        return *i == BigInt::from(0);
    }
    f.is_finite() && f.fract() == 0.0 && format!("{f:.0}") == i.to_string()
}

/// Nearest float to a big integer (correctly rounded, via its decimal digits).
fn big_to_f64(b: &BigInt) -> f64 {
    b.to_string().parse().unwrap_or(f64::INFINITY)
}

/// `repr()` of a literal constant, for error messages.
fn const_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(b) => b.to_string(),
        Constant::Float(f) => float_repr(*f, true),
        Constant::Complex(re, im) => {
            if *re == 0.0 && re.is_sign_positive() {
                format!("{}j", float_repr(*im, false))
            } else {
                let sign = if *im >= 0.0 && !im.is_sign_negative() || im.is_nan() {
                    "+"
                } else {
                    ""
                };
                format!(
                    "({}{sign}{}j)",
                    float_repr(*re, false),
                    float_repr(*im, false)
                )
            }
        }
        Constant::Str(s) => str_repr(s),
        Constant::Bytes(b) => bytes_repr(b),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Tuple(_) | Constant::Code(_) => "...".into(),
    }
}

/// CPython's `float.__repr__` (shortest round-trip digits); complex parts
/// omit the `.0` of integral values.
fn float_repr(f: f64, point: bool) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    let sci = format!("{:e}", f.abs());
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    let body = if (-4..16).contains(&exp) {
        if exp >= 0 {
            let int_len = exp as usize + 1;
            if digits.len() <= int_len {
                let zeros = "0".repeat(int_len - digits.len());
                if point {
                    format!("{digits}{zeros}.0")
                } else {
                    format!("{digits}{zeros}")
                }
            } else {
                format!("{}.{}", &digits[..int_len], &digits[int_len..])
            }
        } else if digits == "0" {
            if point { "0.0".into() } else { "0".into() }
        } else {
            format!("0.{}{digits}", "0".repeat((-exp - 1) as usize))
        }
    } else {
        let m = if digits.len() > 1 {
            format!("{}.{}", &digits[..1], &digits[1..])
        } else {
            digits
        };
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{m}e{esign}{:02}", exp.abs())
    };
    format!("{sign}{body}")
}

fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if !c.is_ascii() && (c.is_control() || (c.is_whitespace())) => {
                let v = c as u32;
                if v < 0x100 {
                    out.push_str(&format!("\\x{v:02x}"));
                } else if v < 0x10000 {
                    out.push_str(&format!("\\u{v:04x}"));
                } else {
                    out.push_str(&format!("\\U{v:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::from("b");
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            c if !(0x20..0x7f).contains(&c) => out.push_str(&format!("\\x{c:02x}")),
            c => out.push(c as char),
        }
    }
    out.push(quote as char);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_reprs() {
        assert_eq!(float_repr(1.0, true), "1.0");
        assert_eq!(float_repr(0.1, true), "0.1");
        assert_eq!(float_repr(1e16, true), "1e+16");
        assert_eq!(float_repr(1.5e-5, true), "1.5e-05");
        assert_eq!(float_repr(123456.789, true), "123456.789");
        assert_eq!(float_repr(-0.0, true), "-0.0");
        assert_eq!(float_repr(0.0001, true), "0.0001");
        assert_eq!(float_repr(2.0, false), "2");
        assert_eq!(const_repr(&Constant::Complex(-0.0, -2.0)), "(-0-2j)");
        assert_eq!(const_repr(&Constant::Complex(0.0, 2.0)), "2j");
        assert_eq!(const_repr(&Constant::Complex(1.0, 2.5)), "(1+2.5j)");
    }

    #[test]
    fn literal_equality() {
        assert!(const_eq(&Constant::Int(1), &Constant::Bool(true)));
        assert!(const_eq(&Constant::Int(0), &Constant::Float(-0.0)));
        assert!(const_eq(&Constant::Complex(1.0, 0.0), &Constant::Int(1)));
        assert!(!const_eq(
            &Constant::Str("a".into()),
            &Constant::Bytes(b"a"[..].into())
        ));
    }
}

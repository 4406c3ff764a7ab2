//! Printing uncaught exceptions exactly as CPython 3.12's `traceback`
//! module does: the `__cause__`/`__context__` chain, the stack entries with
//! their source lines, `__notes__`, and the boxed layout of exception groups.

use std::rc::Rc;

use crate::value::Value;
use crate::vm::Vm;

/// CPython's `max_group_width` and `max_group_depth`.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// `traceback._ExceptionPrintContext`: the nesting of exception groups.
struct Ctx {
    seen: Vec<Value>,
    depth: usize,
    need_close: bool,
    out: String,
}

impl Ctx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Emit text with the group margin (`| ` or the given char).
    fn emit(&mut self, text: &str, margin: Option<char>) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin.unwrap_or('|'));
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            self.out.push_str(&prefix);
            self.out.push_str(line);
        }
    }
}

impl Vm {
    /// The text CPython prints for an uncaught exception.
    pub fn format_exception(&mut self, exc: &Value) -> String {
        let mut ctx = Ctx {
            seen: Vec::new(),
            depth: 0,
            need_close: false,
            out: String::new(),
        };
        self.format_tb_exception(exc, &mut ctx);
        ctx.out
    }

    fn format_tb_exception(&mut self, exc: &Value, ctx: &mut Ctx) {
        // The chain, outermost last: (message introducing it, exception).
        let mut chain: Vec<(Option<&'static str>, Value)> = Vec::new();
        let mut cur = Some(exc.clone());
        let mut msg = None;
        while let Some(e) = cur.take() {
            if ctx.seen.iter().any(|s| s.is(&e)) {
                break;
            }
            ctx.seen.push(e.clone());
            chain.push((msg, e.clone()));
            if let Some(d) = self.exc_data(&e) {
                let d = d.borrow();
                if let Some(c) = &d.cause {
                    msg = Some(
                        "\nThe above exception was the direct cause of the following exception:\n\n",
                    );
                    cur = Some(c.clone());
                } else if let (Some(c), false) = (&d.context, d.suppress_context) {
                    msg = Some(
                        "\nDuring handling of the above exception, another exception occurred:\n\n",
                    );
                    cur = Some(c.clone());
                }
            }
        }
        // `chain[i].0` introduces the exception *after* chain[i] in printing order.
        let n = chain.len();
        for i in (0..n).rev() {
            let e = chain[i].1.clone();
            self.format_one(&e, ctx);
            if i > 0 {
                if let Some(m) = chain[i].0 {
                    ctx.emit(m, None);
                }
            }
        }
    }

    fn stack_text(&self, exc: &Value) -> Option<String> {
        let d = self.exc_data(exc)?;
        let d = d.borrow();
        let tb = d.traceback.as_ref()?;
        let mut out = String::new();
        // CPython prints a run of identical entries three times, then
        // "[Previous line repeated N more times]".
        let mut last: Option<(*const u8, u32)> = None;
        let mut repeats = 0usize;
        let flush = |out: &mut String, repeats: usize| {
            if repeats > 3 {
                let n = repeats - 3;
                let s = if n > 1 { "s" } else { "" };
                out.push_str(&format!("  [Previous line repeated {n} more time{s}]\n"));
            }
        };
        for e in tb.iter() {
            let co = &e.code.co;
            let key = (Rc::as_ptr(&e.code) as *const u8, e.line);
            if last == Some(key) {
                repeats += 1;
                if repeats > 3 {
                    continue;
                }
            } else {
                flush(&mut out, repeats);
                last = Some(key);
                repeats = 1;
            }
            out.push_str(&format!(
                "  File \"{}\", line {}, in {}\n",
                co.filename, e.line, co.name
            ));
            if let Some(src) = self.sources.get(&co.filename) {
                if let Some(line) = src.lines().nth((e.line as usize).saturating_sub(1)) {
                    let t = line.trim();
                    if !t.is_empty() {
                        out.push_str(&format!("    {t}\n"));
                    }
                }
            }
        }
        flush(&mut out, repeats);
        Some(out)
    }

    /// `format_exception_only`: the summary line and the notes.
    fn exception_only(&mut self, exc: &Value) -> String {
        let mut s = self.exception_summary(exc);
        s.push('\n');
        if let Ok(Some(notes)) = self.get_attr_opt(exc, "__notes__") {
            match &notes {
                Value::List(_) | Value::Tuple(_) => {
                    for n in self.collect(&notes).unwrap_or_default() {
                        let text = match &n {
                            Value::Str(t) => t.as_str().to_string(),
                            other => self
                                .str(other)
                                .ok()
                                .and_then(|v| v.as_str().map(|t| t.as_str().to_string()))
                                .unwrap_or_else(|| "<note str() failed>".into()),
                        };
                        s.push_str(&text);
                        s.push('\n');
                    }
                }
                other => {
                    let r = self.repr_string(other).unwrap_or_default();
                    s.push_str(&r);
                    s.push('\n');
                }
            }
        }
        s
    }

    fn group_members(&mut self, exc: &Value) -> Option<Vec<Value>> {
        let group = self.exc_class("BaseExceptionGroup");
        if !self.class_of(exc).is_subclass(&group) {
            return None;
        }
        let excs = self.get_attr_opt(exc, "exceptions").ok()??;
        self.collect(&excs).ok()
    }

    fn format_one(&mut self, exc: &Value, ctx: &mut Ctx) {
        let Some(members) = self.group_members(exc) else {
            if let Some(stack) = self.stack_text(exc) {
                ctx.emit("Traceback (most recent call last):\n", None);
                ctx.emit(&stack, None);
            }
            let only = self.exception_only(exc);
            ctx.emit(&only, None);
            return;
        };
        if ctx.depth > MAX_GROUP_DEPTH {
            ctx.emit(
                &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
                None,
            );
            return;
        }
        let toplevel = ctx.depth == 0;
        if toplevel {
            ctx.depth += 1;
        }
        if let Some(stack) = self.stack_text(exc) {
            ctx.emit(
                "Exception Group Traceback (most recent call last):\n",
                if toplevel { Some('+') } else { None },
            );
            ctx.emit(&stack, None);
        }
        let only = self.exception_only(exc);
        ctx.emit(&only, None);
        let num = members.len();
        let n = if num <= MAX_GROUP_WIDTH {
            num
        } else {
            MAX_GROUP_WIDTH + 1
        };
        ctx.need_close = false;
        for (i, member) in members.iter().take(n).enumerate() {
            let last = i == n - 1;
            if last {
                ctx.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated {
                "...".to_string()
            } else {
                (i + 1).to_string()
            };
            let head = if i == 0 { "+-" } else { "  " };
            ctx.out.push_str(&format!(
                "{}{head}+---------------- {title} ----------------\n",
                ctx.indent()
            ));
            ctx.depth += 1;
            if truncated {
                let remaining = num - MAX_GROUP_WIDTH;
                let s = if remaining > 1 { "s" } else { "" };
                ctx.emit(&format!("and {remaining} more exception{s}\n"), None);
            } else {
                self.format_tb_exception(member, ctx);
            }
            if last && ctx.need_close {
                ctx.out.push_str(&format!(
                    "{}+------------------------------------\n",
                    ctx.indent()
                ));
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        if toplevel {
            ctx.depth = 0;
        }
    }
}

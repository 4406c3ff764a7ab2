//! Scope analysis: decides for every name in every scope whether it is a
//! fast local, a cell, a free variable, a global or a name looked up by dict.
//!
//! This mirrors CPython's `symtable.c`: a first pass records what each scope
//! binds, declares and uses; a second pass resolves free variables against
//! the enclosing function scopes (class scopes do not enclose).

use std::collections::{HashMap, HashSet};

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    /// Lambdas and comprehensions behave as functions.
    Lambda,
    Comprehension,
}

/// How one name is resolved in one scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Default, Clone, Copy, Debug)]
struct SymFlags {
    bound: bool,
    param: bool,
    used: bool,
    global: bool,
    nonlocal: bool,
    /// Bound only as the iteration variable of an inlined comprehension.
    hidden: bool,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    symbols: HashMap<String, SymFlags>,
    /// Names in first-binding order, for a stable local slot layout.
    order: Vec<String>,
    pub children: Vec<Scope>,
    /// Final resolution, filled by the analysis pass.
    pub resolved: HashMap<String, NameScope>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    /// Functions that use `super` or `__class__` need the implicit `__class__` cell.
    pub needs_class_cell: bool,
    /// In a comprehension inside a method: the method's first parameter,
    /// which a zero-argument `super()` there passes (CPython 3.12 inlines
    /// comprehensions, so `super()` sees the method's arguments).
    pub super_self: Option<String>,
    /// A list/set/dict comprehension inside a function-like scope, which
    /// `inline_comprehensions` may merge into that scope (PEP 709).
    inline_candidate: bool,
    /// A placeholder left where an inlined comprehension was: codegen
    /// compiles the comprehension into the enclosing code.
    pub inlined: bool,
    /// For a placeholder: the comprehension's iteration variables, hidden
    /// locals of the enclosing scope saved and restored around it.
    pub hidden: Vec<String>,
    /// How many child scopes of the enclosing scope come from the
    /// comprehension's first iterable (they follow it in `children`).
    first_iter_children: usize,
    next_child: usize,
}

/// A SyntaxError found during scope analysis.
#[derive(Debug)]
pub struct SymtableError {
    pub message: String,
    pub range: TextRange,
}

type Res<T> = Result<T, SymtableError>;

impl Scope {
    fn new(kind: ScopeKind, name: &str) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            symbols: HashMap::new(),
            order: Vec::new(),
            children: Vec::new(),
            resolved: HashMap::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            needs_class_cell: false,
            super_self: None,
            inline_candidate: false,
            inlined: false,
            hidden: Vec::new(),
            first_iter_children: 0,
            next_child: 0,
        }
    }

    fn entry(&mut self, name: &str) -> &mut SymFlags {
        if !self.symbols.contains_key(name) {
            self.order.push(name.to_string());
        }
        self.symbols.entry(name.to_string()).or_default()
    }

    pub fn is_function_like(&self) -> bool {
        matches!(
            self.kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }

    /// The resolution of `name` in this scope.
    pub fn lookup(&self, name: &str) -> NameScope {
        match self.resolved.get(name) {
            Some(s) => *s,
            None => NameScope::GlobalImplicit,
        }
    }

    /// Local (non-cell) names in binding order: parameters come first because
    /// they are recorded first.
    pub fn locals(&self) -> Vec<String> {
        self.order
            .iter()
            .filter(|n| {
                matches!(
                    self.resolved.get(n.as_str()),
                    Some(NameScope::Local | NameScope::Cell)
                )
            })
            .cloned()
            .collect()
    }

    pub fn is_param(&self, name: &str) -> bool {
        self.symbols.get(name).is_some_and(|s| s.param)
    }

    /// If the next child scope is an inlined comprehension's placeholder.
    pub fn next_child_inlined(&self) -> bool {
        self.children
            .get(self.next_child)
            .is_some_and(|c| c.inlined)
    }

    /// Hand out child scopes in the order the compiler meets them.
    pub fn take_child(&mut self) -> Scope {
        let i = self.next_child;
        self.next_child += 1;
        std::mem::replace(&mut self.children[i], Scope::new(ScopeKind::Module, ""))
    }
}

/// Build and analyse the scope tree of a module.
pub fn build(module: &[Stmt]) -> Res<Scope> {
    let mut b = Builder {
        stack: vec![Scope::new(ScopeKind::Module, "<module>")],
    };
    for s in module {
        b.stmt(s)?;
    }
    let mut top = b.stack.pop().unwrap();
    inline_comprehensions(&mut top);
    analyze(&mut top, &HashSet::new(), false)?;
    Ok(top)
}

/// Build the scope tree for an `eval`/`exec` string compiled in "eval" mode.
pub fn build_expr(expr: &Expr) -> Res<Scope> {
    let mut b = Builder {
        stack: vec![Scope::new(ScopeKind::Module, "<module>")],
    };
    b.expr(expr)?;
    let mut top = b.stack.pop().unwrap();
    inline_comprehensions(&mut top);
    analyze(&mut top, &HashSet::new(), false)?;
    Ok(top)
}

struct Builder {
    stack: Vec<Scope>,
}

impl Builder {
    fn cur(&mut self) -> &mut Scope {
        self.stack.last_mut().unwrap()
    }

    fn bind(&mut self, name: &str) {
        self.cur().entry(name).bound = true;
    }

    fn use_name(&mut self, name: &str) {
        self.cur().entry(name).used = true;
    }

    /// `super()` in a comprehension: make the enclosing function's first
    /// parameter visible to it (as a free variable) for the implicit call.
    fn comprehension_super(&mut self) {
        let Some(idx) = self
            .stack
            .iter()
            .rposition(|s| s.kind != ScopeKind::Comprehension)
        else {
            return;
        };
        let f = &self.stack[idx];
        if f.kind != ScopeKind::Function {
            return;
        }
        let first = f
            .order
            .iter()
            .find(|n| f.symbols.get(n.as_str()).is_some_and(|s| s.param))
            .cloned();
        if let Some(first) = first {
            let top = self.stack.len() - 1;
            for s in &mut self.stack[idx + 1..] {
                s.entry(&first).used = true;
            }
            self.stack[top].super_self = Some(first);
        }
    }

    fn declare(&mut self, name: &str, global: bool, range: TextRange) -> Res<()> {
        let kind = self.cur().kind;
        let sym = *self.cur().entry(name);
        let what = if global { "global" } else { "nonlocal" };
        if sym.param {
            return Err(SymtableError {
                message: format!("name '{name}' is parameter and {what}"),
                range,
            });
        }
        if sym.bound || sym.used {
            let verb = if sym.bound { "assigned to" } else { "used" };
            return Err(SymtableError {
                message: format!("name '{name}' is {verb} before {what} declaration"),
                range,
            });
        }
        if !global && kind == ScopeKind::Module {
            return Err(SymtableError {
                message: "nonlocal declaration not allowed at module level".into(),
                range,
            });
        }
        let s = self.cur().entry(name);
        if global {
            s.global = true;
        } else {
            s.nonlocal = true;
        }
        Ok(())
    }

    fn push(&mut self, kind: ScopeKind, name: &str) {
        self.stack.push(Scope::new(kind, name));
    }

    fn pop(&mut self) {
        let s = self.stack.pop().unwrap();
        self.cur().children.push(s);
    }

    fn params(&mut self, p: &ast::Parameters) -> Res<()> {
        // Defaults and annotations are evaluated in the enclosing scope.
        for a in p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs) {
            if let Some(d) = &a.default {
                self.expr(d)?;
            }
        }
        Ok(())
    }

    fn param_annotations(&mut self, p: &ast::Parameters) -> Res<()> {
        for a in p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs) {
            if let Some(ann) = &a.parameter.annotation {
                self.expr(ann)?;
            }
        }
        for a in p.vararg.iter().chain(&p.kwarg) {
            if let Some(ann) = &a.annotation {
                self.expr(ann)?;
            }
        }
        Ok(())
    }

    fn bind_params(&mut self, p: &ast::Parameters) -> Res<()> {
        let mut seen = HashSet::new();
        let names = p
            .posonlyargs
            .iter()
            .chain(&p.args)
            .map(|a| &a.parameter)
            .chain(p.vararg.as_deref())
            .chain(p.kwonlyargs.iter().map(|a| &a.parameter))
            .chain(p.kwarg.as_deref());
        for param in names {
            let name = param.name.id.as_str();
            if !seen.insert(name.to_string()) {
                return Err(SymtableError {
                    message: format!("duplicate argument '{name}' in function definition"),
                    range: param.range(),
                });
            }
            let s = self.cur().entry(name);
            s.bound = true;
            s.param = true;
        }
        Ok(())
    }

    fn body(&mut self, body: &[Stmt]) -> Res<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Res<()> {
        match s {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(&d.expression)?;
                }
                self.params(&f.parameters)?;
                self.param_annotations(&f.parameters)?;
                if let Some(r) = &f.returns {
                    self.expr(r)?;
                }
                self.bind(f.name.id.as_str());
                self.push(ScopeKind::Function, f.name.id.as_str());
                self.cur().is_coroutine = f.is_async;
                self.bind_params(&f.parameters)?;
                self.body(&f.body)?;
                self.pop();
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(&d.expression)?;
                }
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.expr(a)?;
                    }
                    for k in args.keywords.iter() {
                        self.expr(&k.value)?;
                    }
                }
                self.bind(c.name.id.as_str());
                self.push(ScopeKind::Class, c.name.id.as_str());
                self.body(&c.body)?;
                self.pop();
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v)?;
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.target(t)?;
                }
            }
            Stmt::TypeAlias(t) => {
                self.target(&t.name)?;
                self.expr(&t.value)?;
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for t in &a.targets {
                    self.target(t)?;
                }
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.value)?;
                if let Expr::Name(n) = &*a.target {
                    self.use_name(n.id.as_str());
                }
                self.target(&a.target)?;
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                }
                if self.cur().kind != ScopeKind::Function || !a.simple {
                    self.expr(&a.annotation)?;
                }
                if a.value.is_some() || !a.simple {
                    self.target(&a.target)?;
                } else if let Expr::Name(n) = &*a.target {
                    // `x: int` alone makes x local in a function without binding it.
                    self.bind(n.id.as_str());
                }
            }
            Stmt::For(f) => {
                self.expr(&f.iter)?;
                self.target(&f.target)?;
                self.body(&f.body)?;
                self.body(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.expr(&w.test)?;
                self.body(&w.body)?;
                self.body(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.expr(&i.test)?;
                self.body(&i.body)?;
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.expr(t)?;
                    }
                    self.body(&c.body)?;
                }
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.target(v)?;
                    }
                }
                self.body(&w.body)?;
            }
            Stmt::Match(m) => {
                self.expr(&m.subject)?;
                for c in &m.cases {
                    self.pattern(&c.pattern)?;
                    if let Some(g) = &c.guard {
                        self.expr(g)?;
                    }
                    self.body(&c.body)?;
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.expr(c)?;
                }
            }
            Stmt::Try(t) => {
                self.body(&t.body)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(n.id.as_str());
                    }
                    self.body(&h.body)?;
                }
                self.body(&t.orelse)?;
                self.body(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let bound = match &a.asname {
                        Some(n) => n.id.as_str(),
                        None => a.name.id.as_str().split('.').next().unwrap(),
                    };
                    self.bind(bound);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.id.as_str() == "*" {
                        if self.cur().kind != ScopeKind::Module {
                            return Err(SymtableError {
                                message: "import * only allowed at module level".into(),
                                range: i.range(),
                            });
                        }
                        continue;
                    }
                    let bound = a.asname.as_ref().unwrap_or(&a.name);
                    self.bind(bound.id.as_str());
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    self.declare(n.id.as_str(), true, g.range())?;
                }
            }
            Stmt::Nonlocal(g) => {
                for n in &g.names {
                    self.declare(n.id.as_str(), false, g.range())?;
                }
            }
            Stmt::Expr(e) => self.expr(&e.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) | Stmt::IpyEscapeCommand(_) => {}
        }
        Ok(())
    }

    fn pattern(&mut self, p: &ast::Pattern) -> Res<()> {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => self.expr(&v.value)?,
            P::MatchSingleton(_) => {}
            P::MatchSequence(s) => {
                for p in &s.patterns {
                    self.pattern(p)?;
                }
            }
            P::MatchMapping(m) => {
                for k in &m.keys {
                    self.expr(k)?;
                }
                for p in &m.patterns {
                    self.pattern(p)?;
                }
                if let Some(r) = &m.rest {
                    self.bind(r.id.as_str());
                }
            }
            P::MatchClass(c) => {
                self.expr(&c.cls)?;
                for p in &c.arguments.patterns {
                    self.pattern(p)?;
                }
                for k in &c.arguments.keywords {
                    self.pattern(&k.pattern)?;
                }
            }
            P::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.bind(n.id.as_str());
                }
            }
            P::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.pattern(p)?;
                }
                if let Some(n) = &a.name {
                    self.bind(n.id.as_str());
                }
            }
            P::MatchOr(o) => {
                for p in &o.patterns {
                    self.pattern(p)?;
                }
            }
        }
        Ok(())
    }

    fn target(&mut self, t: &Expr) -> Res<()> {
        match t {
            Expr::Name(n) => self.bind(n.id.as_str()),
            Expr::Tuple(t) => {
                for e in &t.elts {
                    self.target(e)?;
                }
            }
            Expr::List(t) => {
                for e in &t.elts {
                    self.target(e)?;
                }
            }
            Expr::Starred(s) => self.target(&s.value)?,
            other => self.expr(other)?,
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        generators: &[ast::Comprehension],
        elts: &[&Expr],
        name: &str,
    ) -> Res<()> {
        let parent = self.cur().kind;
        self.push(ScopeKind::Comprehension, name);
        self.cur().inline_candidate = name != "<genexpr>" && parent != ScopeKind::Class;
        self.cur().entry(".0").bound = true;
        self.cur().entry(".0").param = true;
        if name == "<genexpr>" {
            self.cur().is_generator = true;
        }
        if generators.iter().any(|g| g.is_async) {
            self.cur().is_coroutine = true;
        }
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.target(&g.target)?;
            for cond in &g.ifs {
                self.expr(cond)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        // An asynchronous list/set/dict comprehension is awaited where it is
        // built, so an enclosing comprehension becomes asynchronous too.
        let awaited = self.cur().is_coroutine && name != "<genexpr>";
        self.pop();
        if awaited && self.cur().kind == ScopeKind::Comprehension {
            self.cur().is_coroutine = true;
        }
        // The first iterable is evaluated in the enclosing scope, after the
        // comprehension's function is made: visiting it last keeps the child
        // scopes in the order codegen consumes them.
        let at = self.cur().children.len() - 1;
        self.expr(&generators[0].iter)?;
        let n = self.cur().children.len() - at - 1;
        self.cur().children[at].first_iter_children = n;
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Res<()> {
        match e {
            Expr::BoolOp(b) => {
                for v in &b.values {
                    self.expr(v)?;
                }
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                // The walrus binds in the nearest enclosing non-comprehension scope.
                if let Expr::Name(name) = &*n.target {
                    let idx = self
                        .stack
                        .iter()
                        .rposition(|s| s.kind != ScopeKind::Comprehension)
                        .unwrap();
                    let name = name.id.as_str();
                    if idx + 1 < self.stack.len() {
                        if self.stack[idx].kind == ScopeKind::Class {
                            return Err(SymtableError {
                                message: "assignment expression within a comprehension cannot be used in a class body".into(),
                                range: n.range(),
                            });
                        }
                        self.stack[idx].entry(name).bound = true;
                        for s in &mut self.stack[idx + 1..] {
                            s.entry(name).nonlocal = true;
                        }
                        if self.stack[idx].kind == ScopeKind::Module {
                            for s in &mut self.stack[idx + 1..] {
                                let e = s.entry(name);
                                e.nonlocal = false;
                                e.global = true;
                            }
                        }
                    } else {
                        self.bind(name);
                    }
                }
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
            }
            Expr::UnaryOp(u) => self.expr(&u.operand)?,
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.params(p)?;
                }
                self.push(ScopeKind::Lambda, "<lambda>");
                if let Some(p) = &l.parameters {
                    self.bind_params(p)?;
                }
                self.expr(&l.body)?;
                self.pop();
            }
            Expr::If(i) => {
                self.expr(&i.test)?;
                self.expr(&i.body)?;
                self.expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    if let Some(k) = &item.key {
                        self.expr(k)?;
                    }
                    self.expr(&item.value)?;
                }
            }
            Expr::Set(s) => {
                for e in &s.elts {
                    self.expr(e)?;
                }
            }
            Expr::ListComp(c) => self.comprehension(&c.generators, &[&c.elt], "<listcomp>")?,
            Expr::SetComp(c) => self.comprehension(&c.generators, &[&c.elt], "<setcomp>")?,
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = Vec::new();
                if let Some(k) = &c.key {
                    elts.push(k);
                }
                elts.push(&c.value);
                self.comprehension(&c.generators, &elts, "<dictcomp>")?
            }
            Expr::Generator(c) => self.comprehension(&c.generators, &[&c.elt], "<genexpr>")?,
            Expr::Await(a) => {
                // `await` makes a comprehension asynchronous (a function only
                // by being `async def`).
                if self.cur().kind == ScopeKind::Comprehension {
                    self.cur().is_coroutine = true;
                }
                self.expr(&a.value)?;
            }
            Expr::Yield(y) => {
                self.cur().is_generator = true;
                if let Some(v) = &y.value {
                    self.expr(v)?;
                }
            }
            Expr::YieldFrom(y) => {
                self.cur().is_generator = true;
                self.expr(&y.value)?;
            }
            Expr::Compare(c) => {
                self.expr(&c.left)?;
                for x in c.comparators.iter() {
                    self.expr(x)?;
                }
            }
            Expr::Call(c) => {
                self.expr(&c.func)?;
                for a in c.arguments.args.iter() {
                    self.expr(a)?;
                }
                for k in c.arguments.keywords.iter() {
                    self.expr(&k.value)?;
                }
            }
            Expr::FString(f) => {
                for part in f.value.iter() {
                    if let ast::FStringPart::FString(fs) = part {
                        self.fstring_elements(&fs.elements)?;
                    }
                }
            }
            Expr::TString(_) => {}
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
            | Expr::IpyEscapeCommand(_) => {}
            Expr::Attribute(a) => self.expr(&a.value)?,
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
            }
            Expr::Starred(s) => self.expr(&s.value)?,
            Expr::Name(n) => {
                let name = n.id.as_str();
                match n.ctx {
                    ast::ExprContext::Load => {
                        self.use_name(name);
                        if name == "super" || name == "__class__" {
                            self.cur().needs_class_cell = true;
                        }
                        if name == "super" && self.cur().kind == ScopeKind::Comprehension {
                            self.comprehension_super();
                        }
                    }
                    _ => self.bind(name),
                }
            }
            Expr::List(l) => {
                for e in &l.elts {
                    self.expr(e)?;
                }
            }
            Expr::Tuple(l) => {
                for e in &l.elts {
                    self.expr(e)?;
                }
            }
            Expr::Slice(s) => {
                for x in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(x)?;
                }
            }
        }
        Ok(())
    }

    fn fstring_elements(&mut self, elements: &ast::InterpolatedStringElements) -> Res<()> {
        for el in elements.iter() {
            if let ast::InterpolatedStringElement::Interpolation(i) = el {
                self.expr(&i.expression)?;
                if let Some(spec) = &i.format_spec {
                    self.fstring_elements(&spec.elements)?;
                }
            }
        }
        Ok(())
    }
}

/// Resolve the names of `scope`. `enclosing` holds the names bound in
/// enclosing function scopes (available as free variables). Returns the
/// names this scope needs from its enclosing scopes.
fn analyze(scope: &mut Scope, enclosing: &HashSet<String>, in_class: bool) -> Res<HashSet<String>> {
    let function_like = scope.is_function_like();
    let mut resolved = HashMap::new();
    for (name, sym) in &scope.symbols {
        let r = if sym.global {
            NameScope::GlobalExplicit
        } else if sym.nonlocal {
            if !enclosing.contains(name) {
                return Err(SymtableError {
                    message: format!("no binding for nonlocal '{name}' found"),
                    range: TextRange::default(),
                });
            }
            NameScope::Free
        } else if sym.bound {
            if function_like {
                NameScope::Local
            } else {
                NameScope::GlobalImplicit
            }
        } else if enclosing.contains(name) {
            NameScope::Free
        } else {
            NameScope::GlobalImplicit
        };
        resolved.insert(name.clone(), r);
    }
    // Class bodies use dict lookups for their own names; mark them Local so
    // the compiler emits Name ops, except when free from an enclosing function.
    if scope.kind == ScopeKind::Class {
        for (name, sym) in &scope.symbols {
            if sym.bound && !sym.global && !sym.nonlocal {
                resolved.insert(name.clone(), NameScope::Local);
            }
        }
    }
    // Names visible to children as free variables.
    let mut child_env = enclosing.clone();
    if function_like {
        for (name, r) in &resolved {
            if matches!(r, NameScope::Local | NameScope::Free) {
                child_env.insert(name.clone());
            }
        }
        for (name, r) in &resolved {
            if *r == NameScope::GlobalExplicit {
                child_env.remove(name);
            }
        }
    } else if scope.kind == ScopeKind::Module {
        child_env.clear();
    } else {
        // Class: its names are not visible to children, but explicit globals hide outer ones.
        for (name, r) in &resolved {
            if *r == NameScope::GlobalExplicit {
                child_env.remove(name);
            }
        }
    }
    let is_class = scope.kind == ScopeKind::Class;
    if is_class {
        child_env.insert("__class__".to_string());
    }
    let mut needed_by_children = HashSet::new();
    let mut class_cell_needed = false;
    for child in &mut scope.children {
        if child.inlined {
            continue;
        }
        let free = analyze(child, &child_env, is_class)?;
        if is_class && free.contains("__class__") {
            class_cell_needed = true;
        }
        needed_by_children.extend(free);
    }
    let mut free_here = HashSet::new();
    for name in &needed_by_children {
        if is_class && name == "__class__" {
            continue;
        }
        match resolved.get(name) {
            Some(NameScope::Local) if function_like => {
                resolved.insert(name.clone(), NameScope::Cell);
            }
            Some(NameScope::Cell) | Some(NameScope::Free) => {}
            Some(NameScope::Local) => {
                // A class-local name that a method closes over: the method sees the
                // enclosing function's binding, so it passes through.
                if enclosing.contains(name) {
                    free_here.insert(name.clone());
                }
            }
            _ => {
                if enclosing.contains(name) {
                    if !resolved.contains_key(name) || resolved[name] == NameScope::GlobalImplicit {
                        resolved.insert(name.clone(), NameScope::Free);
                    }
                    free_here.insert(name.clone());
                }
            }
        }
    }
    if scope.needs_class_cell && function_like && in_class_chain(in_class, enclosing) {
        resolved
            .entry("__class__".to_string())
            .or_insert(NameScope::Free);
        free_here.insert("__class__".to_string());
    }
    for (name, r) in &resolved {
        if *r == NameScope::Free {
            free_here.insert(name.clone());
        }
    }
    if class_cell_needed {
        scope.cellvars.push("__class__".to_string());
    }
    let mut cells: Vec<String> = scope
        .order
        .iter()
        .filter(|n| resolved.get(n.as_str()) == Some(&NameScope::Cell))
        .cloned()
        .collect();
    scope.cellvars.append(&mut cells);
    let mut frees: Vec<String> = free_here
        .iter()
        .filter(|n| !(is_class && n.as_str() == "__class__"))
        .cloned()
        .collect();
    frees.sort();
    scope.freevars = frees;
    scope.resolved = resolved;
    Ok(free_here)
}

fn in_class_chain(_in_class: bool, enclosing: &HashSet<String>) -> bool {
    enclosing.contains("__class__")
}

/// Inline list/set/dict comprehensions into their enclosing function-like
/// scope, as CPython 3.12 does (PEP 709): their iteration variables become
/// hidden locals of that scope and the names they use resolve there.
///
/// A comprehension keeps its own function when inlining would change what a
/// name means: an iteration variable captured by an inner function (it would
/// have to be a cell), one that the enclosing scope reads as a global or
/// free variable, or declares `global`/`nonlocal`, or captures in some
/// closure; a free name of the comprehension that is a hidden local of an
/// earlier inlined one; `yield`, zero-argument `super()`, or `await` outside
/// an `async def`. At module level the hidden variables are fast locals of
/// the module code, apart from its global names. Class bodies never inline.
fn inline_comprehensions(scope: &mut Scope) {
    for child in &mut scope.children {
        inline_comprehensions(child);
    }
    let mut i = 0;
    while i < scope.children.len() {
        if scope.children[i].inline_candidate && can_inline(scope, i) {
            inline_child(scope, i);
        } else {
            scope.children[i].inline_candidate = false;
        }
        i += 1;
    }
}

fn is_comp_bound(f: &SymFlags) -> bool {
    f.bound && !f.param && !f.nonlocal && !f.global
}

/// Whether `scope` or a scope inside it may refer to `name` of an enclosing scope.
fn mentions(scope: &Scope, name: &str) -> bool {
    if scope.inlined {
        return false;
    }
    if let Some(f) = scope.symbols.get(name) {
        let own = f.bound && !f.nonlocal && !f.global && scope.kind != ScopeKind::Class;
        if (f.used || f.nonlocal) && !f.global && !own {
            return true;
        }
    }
    scope.children.iter().any(|c| mentions(c, name))
}

fn can_inline(scope: &Scope, i: usize) -> bool {
    let c = &scope.children[i];
    let module = scope.kind == ScopeKind::Module;
    if scope.kind == ScopeKind::Class
        || c.is_generator
        || c.needs_class_cell
        || c.super_self.is_some()
    {
        return false;
    }
    if c.is_coroutine && !(scope.kind == ScopeKind::Function && scope.is_coroutine) {
        return false;
    }
    for name in &c.order {
        if name == ".0" {
            continue;
        }
        let f = &c.symbols[name];
        let outer = scope.symbols.get(name);
        if is_comp_bound(f) {
            if module {
                if c.children.iter().any(|ch| mentions(ch, name)) {
                    return false;
                }
                continue;
            }
            if let Some(o) = outer {
                if o.global || o.nonlocal || !o.bound {
                    return false;
                }
            }
            if c.children.iter().any(|ch| mentions(ch, name))
                || scope
                    .children
                    .iter()
                    .enumerate()
                    .any(|(j, ch)| j != i && mentions(ch, name))
            {
                return false;
            }
        } else if outer.is_some_and(|o| o.hidden) {
            return false;
        }
    }
    true
}

fn inline_child(scope: &mut Scope, i: usize) {
    let mut placeholder = Scope::new(ScopeKind::Comprehension, "");
    placeholder.inlined = true;
    let mut c = std::mem::replace(&mut scope.children[i], placeholder);
    let mut hidden = Vec::new();
    for name in &c.order {
        if name == ".0" {
            continue;
        }
        let f = c.symbols[name];
        if is_comp_bound(&f) {
            if scope.kind != ScopeKind::Module {
                let o = scope.entry(name);
                if !o.bound {
                    o.bound = true;
                    o.hidden = true;
                }
            }
            hidden.push(name.clone());
        } else if f.used {
            scope.entry(name).used = true;
        }
    }
    scope.children[i].hidden = hidden;
    let at = i + 1 + c.first_iter_children;
    let moved: Vec<Scope> = std::mem::take(&mut c.children);
    scope.children.splice(at..at, moved);
}

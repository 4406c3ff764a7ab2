//! Builtin functions over namespaces and code: `locals`, `globals`, `vars`,
//! `dir`, `eval`, `exec`, `compile` and `__import__`. They look at the
//! calling Python frame through [`Vm::caller_frame`].

use std::collections::BTreeSet;
use std::rc::Rc;

use crate::builtins::args::{Sig, positional, sig_args};
use crate::builtins::builtin;
use crate::types::class::Class;
use crate::types::dict::PyDict;
use crate::types::str::PyStr;
use crate::value::Value;
use crate::vm::frame::Frame;
use crate::vm::{Args, PyResult, Vm};

// ----- namespaces: locals, globals, vars, dir -------------------------------------------

/// What `locals()` sees in a frame: the namespace itself for module and
/// class bodies; for function frames the frame's one locals dict plus the
/// current values of its variables (`None` = unbound) to sync into it.
pub(crate) type LocalsPlan = (Rc<PyDict>, Vec<(Rc<PyStr>, Option<Value>)>);

pub(crate) fn frame_locals(frame: &Frame) -> LocalsPlan {
    if let Some(ns) = &frame.names {
        return (ns.clone(), Vec::new());
    }
    let d = frame
        .locals_dict
        .borrow_mut()
        .get_or_insert_with(|| Rc::new(PyDict::new()))
        .clone();
    let co = &frame.code.co;
    let mut vars = Vec::with_capacity(frame.code.varnames.len() + frame.cells.len());
    let cell = |i: usize| frame.cells.get(i).and_then(|c| c.get());
    // CPython's order: plain locals (arguments first), then the variables
    // captured by inner scopes, then free variables. A captured argument
    // keeps its place but its value lives in its cell.
    for (i, name) in frame.code.varnames.iter().enumerate() {
        let v = match co.cell2arg.iter().find(|(_, vi)| *vi as usize == i) {
            Some((ci, _)) => cell(*ci as usize),
            None if co.cellvars.iter().any(|c| &**c == name.as_str()) => continue,
            None => frame.locals.get(i).cloned().flatten(),
        };
        vars.push((name.clone(), v));
    }
    for (ci, name) in co.cellvars.iter().enumerate() {
        if !co.cell2arg.iter().any(|(c, _)| *c as usize == ci) {
            vars.push((Rc::new(PyStr::new(name)), cell(ci)));
        }
    }
    for (fi, name) in co.freevars.iter().enumerate() {
        vars.push((Rc::new(PyStr::new(name)), cell(co.cellvars.len() + fi)));
    }
    (d, vars)
}

/// The calling frame's globals.
fn caller_globals(vm: &Vm) -> Rc<PyDict> {
    match vm.caller_frame() {
        Some(f) => f.globals.clone(),
        None => vm
            .current_globals
            .clone()
            .unwrap_or_else(|| Rc::new(PyDict::new())),
    }
}

/// The calling frame's locals (as `locals()` returns them).
fn caller_locals(vm: &mut Vm) -> PyResult<Rc<PyDict>> {
    let plan = match vm.caller_frame() {
        Some(f) => frame_locals(f),
        None => return Ok(caller_globals(vm)),
    };
    apply_locals(vm, plan)
}

/// Sync a frame's locals dict with the variable values in `plan`.
pub(crate) fn apply_locals(vm: &mut Vm, plan: LocalsPlan) -> PyResult<Rc<PyDict>> {
    let (d, vars) = plan;
    for (name, v) in vars {
        match v {
            Some(v) => d.insert_native(Value::Str(name.clone()), name.hash(), v),
            None => {
                d.remove(vm, &Value::Str(name))?;
            }
        }
    }
    Ok(d)
}

fn locals(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("locals() takes no keyword arguments"));
    }
    if !args.args.is_empty() {
        return Err(vm.type_error(format!(
            "locals() takes no arguments ({} given)",
            args.args.len()
        )));
    }
    Ok(Value::Dict(caller_locals(vm)?))
}

fn globals(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("globals() takes no keyword arguments"));
    }
    if !args.args.is_empty() {
        return Err(vm.type_error(format!(
            "globals() takes no arguments ({} given)",
            args.args.len()
        )));
    }
    Ok(Value::Dict(caller_globals(vm)))
}

fn vars(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = positional(vm, args, "vars", 0, 1)?;
    let Some(obj) = p.first() else {
        return Ok(Value::Dict(caller_locals(vm)?));
    };
    match vm.get_attr_opt(obj, "__dict__")? {
        Some(d) => Ok(d),
        None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
    }
}

/// Add the `str` keys of `d` to `out`.
fn add_keys(out: &mut BTreeSet<String>, d: &PyDict, skip_module: bool) {
    for entry in d.map.borrow().iter() {
        if let Value::Str(s) = &entry.key {
            if skip_module && s.as_str() == "__module__" {
                continue;
            }
            out.insert(s.as_str().to_string());
        }
    }
}

/// The attribute names of a class and its bases (`type.__dir__`).
fn class_names(out: &mut BTreeSet<String>, cls: &Rc<Class>) {
    for c in cls.mro_iter() {
        // Builtin classes carry `__module__` only as an implementation detail.
        add_keys(out, &c.dict, c.builtin);
        if !c.builtin && !c.no_dict {
            out.insert("__dict__".to_string());
        }
    }
    out.insert("__class__".to_string());
    out.insert("__doc__".to_string());
}

/// Sort a `__dir__` result like `sorted()`.
fn sort_values(vm: &mut Vm, mut items: Vec<Value>) -> PyResult<Vec<Value>> {
    if items.iter().all(|v| matches!(v, Value::Str(_))) {
        items.sort_by(|a, b| match (a, b) {
            (Value::Str(x), Value::Str(y)) => x.as_str().cmp(y.as_str()),
            _ => std::cmp::Ordering::Equal,
        });
        return Ok(items);
    }
    // Mixed items: a stable insertion sort with Python's `<`.
    let mut out: Vec<Value> = Vec::with_capacity(items.len());
    for v in items {
        let mut i = out.len();
        while i > 0 && vm.lt(&v, &out[i - 1])? {
            i -= 1;
        }
        out.insert(i, v);
    }
    Ok(out)
}

fn dir(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = positional(vm, args, "dir", 0, 1)?;
    let Some(obj) = p.first() else {
        let mut names = BTreeSet::new();
        let loc = caller_locals(vm)?;
        add_keys(&mut names, &loc, false);
        return Ok(Value::list(names.into_iter().map(Value::string).collect()));
    };
    // A `__dir__` written in Python (or a module-level `__dir__` function).
    let custom = match obj {
        Value::Module(m) => m.dict.get_str("__dir__"),
        // An instance's class, or a class's metaclass, may define `__dir__`.
        Value::Instance(_) | Value::Class(_) => {
            let cls = vm.class_of(obj);
            match cls.lookup_str("__dir__") {
                Some(m) if !matches!(m, Value::Builtin(_)) => {
                    Some(vm.bind_descriptor(&m, obj, &cls)?)
                }
                _ => None,
            }
        }
        _ => None,
    };
    if let Some(f) = custom {
        let r = vm.call(&f, &[])?;
        let items = vm.collect(&r)?;
        return Ok(Value::list(sort_values(vm, items)?));
    }
    let mut names = BTreeSet::new();
    match obj {
        Value::Module(m) => add_keys(&mut names, &m.dict, false),
        Value::Class(c) => class_names(&mut names, c),
        Value::Instance(inst) => {
            for (k, _) in inst.attr_items() {
                if let Value::Str(s) = k {
                    names.insert(s.as_str().to_string());
                }
            }
            class_names(&mut names, &inst.class());
        }
        Value::Function(f) => {
            add_keys(&mut names, &f.dict, false);
            class_names(&mut names, &vm.class_of(obj));
        }
        _ => class_names(&mut names, &vm.class_of(obj)),
    }
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

// ----- eval / exec / compile / __import__ ------------------------------------------------

/// Source text of an eval/exec/compile argument, or `None` if it isn't text.
fn source_text(vm: &Vm, v: &Value) -> PyResult<Option<String>> {
    let bytes = match v {
        Value::Str(s) => return Ok(Some(s.as_str().to_string())),
        Value::Bytes(b) => b.to_vec(),
        Value::ByteArray(b) => b.borrow().clone(),
        _ => return Ok(None),
    };
    match String::from_utf8(bytes) {
        Ok(s) => Ok(Some(s)),
        Err(e) => {
            let bytes = e.as_bytes();
            let pos = e.utf8_error().valid_up_to();
            let byte = bytes.get(pos).copied().unwrap_or(0);
            let reason = match e.utf8_error().error_len() {
                None => "unexpected end of data",
                Some(_) if (0x80..0xc2).contains(&byte) || byte >= 0xf5 => "invalid start byte",
                Some(_) => "invalid continuation byte",
            };
            Err(vm.error(
                "SyntaxError",
                format!(
                    "(unicode error) 'utf-8' codec can't decode byte 0x{byte:02x} in position {pos}: {reason}"
                ),
            ))
        }
    }
}

/// Resolve the `globals`/`locals` arguments of eval/exec.
fn namespaces(
    vm: &mut Vm,
    g: Option<&Value>,
    l: Option<&Value>,
    fname: &str,
) -> PyResult<(Rc<PyDict>, Rc<PyDict>)> {
    let g = g.filter(|v| !v.is_none());
    let l = l.filter(|v| !v.is_none());
    let globals = match g {
        Some(Value::Dict(d)) => Some(d.clone()),
        Some(other) => {
            return Err(vm.type_error(if fname == "exec" {
                format!("exec() globals must be a dict, not {}", vm.type_name(other))
            } else {
                "globals must be a dict".to_string()
            }));
        }
        None => None,
    };
    let locals = match l {
        Some(Value::Dict(d)) => Some(d.clone()),
        Some(other) => {
            let is_mapping = vm.class_of(other).lookup_str("__getitem__").is_some();
            if !is_mapping {
                return Err(vm.type_error(if fname == "exec" {
                    format!(
                        "locals must be a mapping or None, not {}",
                        vm.type_name(other)
                    )
                } else {
                    "locals must be a mapping".to_string()
                }));
            }
            return Err(vm.not_implemented(&format!("non-dict locals in {fname}()")));
        }
        None => None,
    };
    let (globals, locals) = match (globals, locals) {
        (Some(g), Some(l)) => (g, l),
        (Some(g), None) => (g.clone(), g),
        (None, l) => {
            let g = caller_globals(vm);
            let l = match l {
                Some(l) => l,
                None => caller_locals(vm)?,
            };
            (g, l)
        }
    };
    if globals.get_str("__builtins__").is_none() {
        globals.set_str("__builtins__", Value::Dict(vm.builtins.clone()));
    }
    Ok((globals, locals))
}

/// Run a code object with the given namespaces.
fn run_code(
    vm: &mut Vm,
    code: Rc<crate::vm::code::Code>,
    globals: Rc<PyDict>,
    locals: Rc<PyDict>,
    fname: &str,
) -> PyResult<Value> {
    if !code.co.freevars.is_empty() {
        return Err(vm.type_error(format!(
            "code object passed to {fname}() may not contain free variables"
        )));
    }
    let frame = Frame::new(code, globals.clone(), Some(locals));
    let saved = vm.current_globals.replace(globals);
    let r = vm.run_frame(frame);
    vm.current_globals = saved;
    r
}

fn eval_or_exec(
    vm: &mut Vm,
    src: &Value,
    g: Option<&Value>,
    l: Option<&Value>,
    exec: bool,
) -> PyResult<Value> {
    let fname = if exec { "exec" } else { "eval" };
    let code = match src {
        Value::Code(c) => c.clone(),
        _ => match source_text(vm, src)? {
            Some(text) => {
                // Check the namespaces before compiling, as CPython does.
                namespaces(vm, g, l, fname)?;
                let (text, mode) = if exec {
                    (text, weft_compiler::Mode::Exec)
                } else {
                    let t = text.trim_start_matches([' ', '\t']).to_string();
                    (t, weft_compiler::Mode::Eval)
                };
                vm.compile_source(&text, "<string>", mode)?
            }
            None => {
                return Err(vm.type_error(format!(
                    "{fname}() arg 1 must be a string, bytes or code object"
                )));
            }
        },
    };
    let (globals, locals) = namespaces(vm, g, l, fname)?;
    run_code(vm, code, globals, locals, fname)
}

fn eval(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = positional(vm, args, "eval", 1, 3)?;
    eval_or_exec(vm, &p[0], p.get(1), p.get(2), false)
}

const EXEC: Sig = Sig {
    name: "exec",
    posonly: 3,
    kw: &["closure"],
    minpos: 1,
    maxpos: 3,
};

fn exec(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = sig_args(vm, args, &EXEC)?;
    let Some(src) = &a[0] else {
        return Err(vm.type_error("exec() takes at least 1 positional argument (0 given)"));
    };
    if a[3].as_ref().is_some_and(|c| !c.is_none()) {
        return Err(vm.not_implemented("exec() with a closure"));
    }
    eval_or_exec(vm, src, a[1].as_ref(), a[2].as_ref(), true)?;
    Ok(Value::None)
}

const COMPILE: Sig = Sig {
    name: "compile",
    posonly: 0,
    kw: &[
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
        "_feature_version",
    ],
    minpos: 3,
    maxpos: 6,
};

/// `ast.PyCF_ONLY_AST`.
const PYCF_ONLY_AST: i64 = 0x400;

fn compile(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = sig_args(vm, args, &COMPILE)?;
    let (Some(src), Some(filename), Some(mode)) = (&a[0], &a[1], &a[2]) else {
        return Err(vm.type_error("compile() missing required argument"));
    };
    let filename = match filename {
        Value::Str(s) => s.as_str().to_string(),
        Value::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
        other => {
            return Err(vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                vm.type_name(other)
            )));
        }
    };
    let Value::Str(mode) = mode else {
        return Err(vm.type_error(format!(
            "compile() argument 'mode' must be str, not {}",
            vm.type_name(mode)
        )));
    };
    let flags = match &a[3] {
        Some(v) => vm.index_value(v)?,
        None => 0,
    };
    if let Some(o) = &a[5] {
        vm.index_value(o)?;
    }
    let mode = match mode.as_str() {
        "exec" => weft_compiler::Mode::Exec,
        "eval" => weft_compiler::Mode::Eval,
        "single" => return Err(vm.not_implemented("compile() in 'single' mode")),
        _ => {
            return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'"));
        }
    };
    if flags & PYCF_ONLY_AST != 0 {
        return Err(vm.not_implemented("compile() to an AST"));
    }
    let Some(text) = source_text(vm, src)? else {
        return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object"));
    };
    let text = if mode == weft_compiler::Mode::Eval {
        text.trim_start_matches([' ', '\t']).to_string()
    } else {
        text
    };
    Ok(Value::Code(vm.compile_source(&text, &filename, mode)?))
}

const IMPORT: Sig = Sig {
    name: "__import__",
    posonly: 0,
    kw: &["name", "globals", "locals", "fromlist", "level"],
    minpos: 1,
    maxpos: 5,
};

fn import(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = sig_args(vm, args, &IMPORT)?;
    let name = match &a[0] {
        Some(Value::Str(s)) => s.clone(),
        _ => return Err(vm.type_error("module name must be a string")),
    };
    let level = match &a[4] {
        Some(v) => vm.index_value(v)?,
        None => 0,
    };
    if level < 0 {
        return Err(vm.value_error("level must be >= 0"));
    }
    if level == 0 && name.as_str().is_empty() {
        return Err(vm.value_error("Empty module name"));
    }
    let globals = match &a[1] {
        Some(Value::Dict(d)) => d.clone(),
        _ => Rc::new(PyDict::new()),
    };
    let fromlist = match &a[3] {
        Some(v) if !v.is_none() => v.clone(),
        _ => Value::tuple(Vec::new()),
    };
    vm.import_name(name.as_str(), &fromlist, &Value::Int(level), &globals)
}

pub fn install(vm: &mut Vm) {
    let b = vm.builtins.clone();
    for (name, f) in [
        ("vars", vars as crate::vm::NativeFn),
        ("dir", dir),
        ("locals", locals),
        ("globals", globals),
        ("eval", eval),
        ("exec", exec),
        ("compile", compile),
        ("__import__", import),
    ] {
        b.set_str(name, builtin(name, f));
    }
    // Module attributes of `builtins` that name lookups can fall back to
    // (a class body exec'd with bare globals reads `__name__` from here).
    b.set_str("__name__", Value::str("builtins"));
    b.set_str("__package__", Value::str(""));
    b.set_str("__debug__", Value::True);
}

//! Module metadata for the import system: the `ModuleSpec` and
//! `SourceFileLoader` classes (as in CPython's `importlib.machinery`), the
//! dunder attributes every imported module gets (`__spec__`, `__loader__`,
//! `__file__`, `__cached__`, `__package__`, `__path__`), and the native
//! helper module `_weft_import` that the embedded `importlib` uses.

use std::cell::RefCell;
use std::rc::Rc;

use crate::builtins::types::new_class;
use crate::builtins::{add_method, builtin};
use crate::types::class::{Class, Instance, Layout};
use crate::types::dict::PyDict;
use crate::types::module::Module;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// Where the source of a module was found.
pub enum Found {
    /// A file; `pkg_dir` is the package folder for a package's `__init__.py`.
    File {
        path: String,
        pkg_dir: Option<String>,
    },
    /// A module embedded in the weft binary (`weft_stdlib`).
    Stdlib { path: String, is_pkg: bool },
}

impl Found {
    pub fn path(&self) -> &str {
        match self {
            Found::File { path, .. } | Found::Stdlib { path, .. } => path,
        }
    }
}

struct SpecClasses {
    spec: Rc<Class>,
    loader: Rc<Class>,
}

thread_local! {
    static CLASSES: RefCell<Option<Rc<SpecClasses>>> = const { RefCell::new(None) };
}

fn classes(vm: &mut Vm) -> Rc<SpecClasses> {
    if let Some(c) = CLASSES.with(|c| c.borrow().clone()) {
        return c;
    }
    let obj = vm.types.object.clone();
    let spec = new_class("ModuleSpec", vec![obj.clone()], Layout::Object, false);
    spec.dict
        .set_str("__module__", Value::str("importlib.machinery"));
    add_method(&spec, "ModuleSpec", "__init__", spec_init);
    add_method(&spec, "ModuleSpec", "__repr__", spec_repr);
    let loader = new_class("SourceFileLoader", vec![obj], Layout::Object, false);
    loader
        .dict
        .set_str("__module__", Value::str("importlib.machinery"));
    add_method(&loader, "SourceFileLoader", "__init__", loader_init);
    add_method(&loader, "SourceFileLoader", "create_module", loader_create);
    add_method(&loader, "SourceFileLoader", "exec_module", loader_exec);
    add_method(&loader, "SourceFileLoader", "get_filename", loader_filename);
    add_method(&loader, "SourceFileLoader", "is_package", loader_is_package);
    add_method(&loader, "SourceFileLoader", "get_source", loader_source);
    let c = Rc::new(SpecClasses { spec, loader });
    CLASSES.with(|slot| *slot.borrow_mut() = Some(c.clone()));
    c
}

fn instance(cls: &Rc<Class>, items: &[(&str, Value)]) -> Value {
    let dict = PyDict::new();
    for (k, v) in items {
        dict.set_str(k, v.clone());
    }
    Value::Instance(Rc::new(Instance::new(cls.clone(), Some(Rc::new(dict)))))
}

fn inst_dict(v: &Value) -> Option<Rc<PyDict>> {
    match v {
        Value::Instance(i) => i.dict(),
        _ => None,
    }
}

/// The attributes of a spec that depend on `name` and the package flag.
fn spec_items(
    name: &str,
    loader: Value,
    origin: Value,
    search: Value,
) -> Vec<(&'static str, Value)> {
    let parent = if !search.is_none() {
        name.to_string()
    } else {
        name.rsplit_once('.')
            .map(|(a, _)| a.to_string())
            .unwrap_or_default()
    };
    let has_location = matches!(&origin, Value::Str(s) if s.as_str() != "built-in");
    vec![
        ("name", Value::str(name)),
        ("loader", loader),
        ("origin", origin),
        ("loader_state", Value::None),
        ("submodule_search_locations", search),
        ("cached", Value::None),
        ("parent", Value::string(parent)),
        ("has_location", Value::Bool(has_location)),
    ]
}

/// Give a freshly created module its import metadata.
pub fn init_module(vm: &mut Vm, module: &Rc<Module>, name: &str, found: &Found) {
    let c = classes(vm);
    let path = found.path();
    let loader = instance(
        &c.loader,
        &[("name", Value::str(name)), ("path", Value::str(path))],
    );
    let pkg_dir = match found {
        Found::File { pkg_dir, .. } => pkg_dir.clone().map(Value::string),
        Found::Stdlib { is_pkg: true, .. } => Some(Value::str("")),
        Found::Stdlib { .. } => None,
    };
    let search = match &pkg_dir {
        Some(Value::Str(s)) if s.as_str().is_empty() => Value::list(Vec::new()),
        Some(d) => Value::list(vec![d.clone()]),
        None => Value::None,
    };
    let items = spec_items(name, loader.clone(), Value::str(path), search.clone());
    let package = items[6].1.clone();
    let spec = instance(&c.spec, &items);
    let d = &module.dict;
    d.set_str("__file__", Value::str(path));
    d.set_str("__cached__", Value::None);
    d.set_str("__loader__", loader);
    d.set_str("__spec__", spec);
    d.set_str("__package__", package);
    if !search.is_none() {
        d.set_str("__path__", search);
    }
}

/// The spec of a native (built-in) module such as `sys`.
pub fn init_builtin_module(vm: &mut Vm, module: &Value) {
    let Value::Module(m) = module else { return };
    if m.dict.get_str("__spec__").is_some() {
        return;
    }
    let c = classes(vm);
    let items = spec_items(&m.name, Value::None, Value::str("built-in"), Value::None);
    m.dict.set_str("__spec__", instance(&c.spec, &items));
    m.dict.set_str("__package__", Value::str(""));
    m.dict.set_str("__loader__", Value::None);
}

/// Mark a module as being executed (CPython's `__spec__._initializing`).
pub fn set_initializing(module: &Rc<Module>, on: bool) {
    if let Some(d) = module.dict.get_str("__spec__").as_ref().and_then(inst_dict) {
        if on {
            d.set_str("_initializing", Value::True);
        } else {
            d.set_str("_initializing", Value::False);
        }
    }
}

/// Whether a module is still running its body (a circular import).
pub fn is_initializing(module: &Module) -> bool {
    module
        .dict
        .get_str("__spec__")
        .as_ref()
        .and_then(inst_dict)
        .and_then(|d| d.get_str("_initializing"))
        .is_some_and(|v| matches!(v, Value::True))
}

// ----- ModuleSpec ---------------------------------------------------------------------

/// `ModuleSpec(name, loader, *, origin=None, loader_state=None, is_package=None)`.
fn spec_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    use crate::builtins::args::{Sig, sig_args};
    let a = sig_args(
        vm,
        &Args {
            args: &args.args[1..],
            kwnames: args.kwnames,
        },
        &Sig {
            name: "ModuleSpec",
            posonly: 0,
            kw: &["name", "loader", "origin", "loader_state", "is_package"],
            minpos: 2,
            maxpos: 2,
        },
    )?;
    let Some(d) = inst_dict(&args.args[0]) else {
        return Err(vm.type_error("ModuleSpec.__init__ needs a ModuleSpec instance"));
    };
    let name = match &a[0] {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "ModuleSpec name must be str, not {}",
                vm.type_name(other)
            )));
        }
        None => String::new(),
    };
    let is_pkg = match &a[4] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let search = if is_pkg {
        Value::list(Vec::new())
    } else {
        Value::None
    };
    let origin = a[2].clone().unwrap_or(Value::None);
    let mut items = spec_items(&name, a[1].clone().unwrap_or(Value::None), origin, search);
    items[3].1 = a[3].clone().unwrap_or(Value::None);
    items[7].1 = Value::False;
    for (k, v) in items {
        d.set_str(k, v);
    }
    Ok(Value::None)
}

fn spec_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let Some(d) = args.args.first().and_then(inst_dict) else {
        return Err(vm.type_error("descriptor '__repr__' requires a 'ModuleSpec' object"));
    };
    let get = |k: &str| d.get_str(k).unwrap_or(Value::None);
    let mut parts = vec![
        format!("name={}", vm.repr_string(&get("name"))?),
        format!("loader={}", vm.repr_string(&get("loader"))?),
    ];
    let origin = get("origin");
    if !origin.is_none() {
        parts.push(format!("origin={}", vm.repr_string(&origin)?));
    }
    let search = get("submodule_search_locations");
    if !search.is_none() {
        parts.push(format!(
            "submodule_search_locations={}",
            vm.repr_string(&search)?
        ));
    }
    Ok(Value::string(format!("ModuleSpec({})", parts.join(", "))))
}

// ----- SourceFileLoader -------------------------------------------------------------------

fn loader_self(vm: &Vm, args: &Args, what: &str) -> PyResult<Rc<PyDict>> {
    match args.args.first().and_then(inst_dict) {
        Some(d) => Ok(d),
        None => Err(vm.type_error(format!(
            "descriptor '{what}' requires a 'SourceFileLoader' object"
        ))),
    }
}

fn loader_path(vm: &mut Vm, d: &PyDict) -> PyResult<String> {
    match d.get_str("path") {
        Some(Value::Str(s)) => Ok(s.as_str().to_string()),
        _ => Err(vm.attribute_error("'SourceFileLoader' object has no attribute 'path'")),
    }
}

/// `SourceFileLoader(fullname, path)`.
fn loader_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = loader_self(vm, args, "__init__")?;
    let p = crate::builtins::args::positional(
        vm,
        &Args {
            args: &args.args[1..],
            kwnames: args.kwnames,
        },
        "SourceFileLoader",
        2,
        2,
    )?;
    d.set_str("name", p[0].clone());
    d.set_str("path", p[1].clone());
    Ok(Value::None)
}

fn loader_create(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn loader_filename(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = loader_self(vm, args, "get_filename")?;
    Ok(Value::string(loader_path(vm, &d)?))
}

fn loader_is_package(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = loader_self(vm, args, "is_package")?;
    let path = loader_path(vm, &d)?;
    let file = path.rsplit('/').next().unwrap_or("");
    Ok(Value::Bool(
        file.rsplit_once('.').map(|(stem, _)| stem) == Some("__init__"),
    ))
}

/// The source text behind a loader path (a file, or an embedded module).
fn read_source(vm: &mut Vm, path: &str) -> PyResult<String> {
    if let Some(rest) = path.strip_prefix("<weft>/") {
        let name = rest
            .trim_end_matches(".py")
            .trim_end_matches("/__init__")
            .replace('/', ".");
        if let Some(src) = weft_stdlib::source(&name) {
            return Ok(src.to_string());
        }
    }
    let bytes = std::fs::read(path).map_err(|e| crate::builtins::io::os_error(vm, &e, path))?;
    String::from_utf8(bytes).map_err(|_| vm.error("SyntaxError", "invalid utf-8 in source"))
}

fn loader_source(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = loader_self(vm, args, "get_source")?;
    let path = loader_path(vm, &d)?;
    Ok(Value::string(read_source(vm, &path)?))
}

/// `loader.exec_module(module)`: run the source in the module's namespace.
fn loader_exec(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = loader_self(vm, args, "exec_module")?;
    let module = match args.args.get(1) {
        Some(Value::Module(m)) => m.clone(),
        Some(other) => {
            return Err(vm.attribute_error(format!(
                "'{}' object has no attribute '__dict__'",
                vm.type_name(other)
            )));
        }
        None => {
            return Err(vm.type_error(
                "SourceFileLoader.exec_module() missing 1 required positional argument: 'module'",
            ));
        }
    };
    let path = loader_path(vm, &d)?;
    let source = read_source(vm, &path)?;
    let code = vm.compile_source(&source, &path, weft_compiler::Mode::Exec)?;
    vm.exec_in(code, module.dict.clone())?;
    Ok(Value::None)
}

// ----- the `_weft_import` helper module ---------------------------------------------------

/// `_weft_import.find_spec(fullname, path=None)`: the spec of the module
/// the import system would load for `fullname` (searching `path`, a
/// package's `__path__`, or `sys.path`), or `None`.
fn find_spec(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = crate::builtins::args::positional(vm, args, "find_spec", 1, 2)?;
    let name = match &p[0] {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            return Err(vm.type_error(format!(
                "module name must be str, not {}",
                vm.type_name(other)
            )));
        }
    };
    if crate::builtins::modules::is_builtin_module(&name) {
        let c = classes(vm);
        let items = spec_items(&name, Value::None, Value::str("built-in"), Value::None);
        return Ok(instance(&c.spec, &items));
    }
    let search = match p.get(1) {
        None | Some(Value::None) => vm.path.clone(),
        Some(v) => v.clone(),
    };
    let Some(found) = vm.find_module(&name, &search)? else {
        return Ok(Value::None);
    };
    let m = vm.new_module(&name, None);
    init_module(vm, &m, &name, &found);
    Ok(m.dict.get_str("__spec__").unwrap_or(Value::None))
}

/// `_weft_import`: native helpers for the embedded `importlib`.
pub fn make_module(vm: &mut Vm) -> Rc<Module> {
    let m = vm.new_module("_weft_import", None);
    m.dict.set_str("find_spec", builtin("find_spec", find_spec));
    let c = classes(vm);
    m.dict.set_str("ModuleSpec", Value::Class(c.spec.clone()));
    m.dict
        .set_str("SourceFileLoader", Value::Class(c.loader.clone()));
    m
}

/// The attributes of the `__main__` module of a script: no spec, a
/// source loader, and the `builtins` module as `__builtins__`.
pub fn init_main_module(vm: &mut Vm, module: &Rc<Module>, filename: &str) {
    let c = classes(vm);
    let loader = instance(
        &c.loader,
        &[
            ("name", Value::str("__main__")),
            ("path", Value::str(filename)),
        ],
    );
    let d = &module.dict;
    d.set_str("__package__", Value::None);
    d.set_str("__loader__", loader);
    d.set_str("__spec__", Value::None);
    d.set_str("__cached__", Value::None);
    if let Some(b) = vm.modules.get_str("builtins") {
        d.set_str("__builtins__", b);
    }
}

/// `repr(module)` as CPython builds it from the module's spec or file.
pub fn module_repr(vm: &mut Vm, m: &Module) -> PyResult<String> {
    let name = match m.dict.get_str("__name__") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => "?".to_string(),
    };
    if let Some(spec) = m.dict.get_str("__spec__").as_ref().and_then(inst_dict) {
        let origin = spec.get_str("origin").unwrap_or(Value::None);
        let has_location = spec
            .get_str("has_location")
            .is_some_and(|v| matches!(v, Value::True));
        if let Value::Str(o) = &origin {
            return Ok(if has_location {
                format!("<module '{name}' from '{}'>", o.as_str())
            } else {
                format!("<module '{name}' ({})>", o.as_str())
            });
        }
        let loader = spec.get_str("loader").unwrap_or(Value::None);
        if !loader.is_none() {
            let r = vm.repr_string(&loader)?;
            return Ok(format!("<module '{name}' ({r})>"));
        }
        return Ok(format!("<module '{name}'>"));
    }
    Ok(match m.dict.get_str("__file__") {
        Some(Value::Str(f)) => format!("<module '{name}' from '{}'>", f.as_str()),
        _ => format!("<module '{name}'>"),
    })
}

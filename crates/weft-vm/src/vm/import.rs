//! The import system: `sys.modules`, `.py` files and packages on `sys.path`,
//! and running the main program.

use std::rc::Rc;

use crate::builtins::modspec::Found;
use crate::types::dict::PyDict;
use crate::types::module::Module;
use crate::value::Value;
use crate::vm::code::Code;
use crate::vm::frame::Frame;
use crate::vm::{PyErr, PyResult, Vm};

impl Vm {
    /// Compile source into a code object, raising SyntaxError on failure.
    pub fn compile_source(
        &mut self,
        source: &str,
        filename: &str,
        mode: weft_compiler::Mode,
    ) -> PyResult<Rc<Code>> {
        self.sources.insert(filename.into(), source.into());
        match weft_compiler::compile(source, filename, mode) {
            Ok(co) => Ok(Code::new(co)),
            Err(e) => {
                let cls = match e.kind {
                    weft_compiler::ErrorKind::Syntax => "SyntaxError",
                    weft_compiler::ErrorKind::Indentation => "IndentationError",
                    weft_compiler::ErrorKind::Tab => "TabError",
                };
                let err = self.error_attrs(
                    cls,
                    e.message.clone(),
                    &[
                        ("msg", Value::str(&e.message)),
                        ("filename", Value::str(filename)),
                        ("lineno", Value::Int(e.line as i64)),
                    ],
                );
                Err(err)
            }
        }
    }

    pub fn new_module(&mut self, name: &str, file: Option<&str>) -> Rc<Module> {
        let dict = Rc::new(PyDict::new());
        dict.set_str("__name__", Value::str(name));
        dict.set_str("__builtins__", Value::Dict(self.builtins.clone()));
        dict.set_str("__doc__", Value::None);
        if let Some(f) = file {
            dict.set_str("__file__", Value::str(f));
        }
        Rc::new(Module {
            name: name.into(),
            dict,
        })
    }

    /// Execute code in a module namespace.
    pub fn exec_in(&mut self, code: Rc<Code>, globals: Rc<PyDict>) -> PyResult<Value> {
        let frame = Frame::new(code, globals.clone(), Some(globals.clone()));
        let saved = self.current_globals.replace(globals);
        let r = self.run_frame(frame);
        self.current_globals = saved;
        r
    }

    /// Run the main program from source.
    pub fn run_main(&mut self, source: &str, filename: &str) -> PyResult<()> {
        let module = self.new_module("__main__", Some(filename));
        self.modules
            .set_str("__main__", Value::Module(module.clone()));
        // CPython starts with these two already imported.
        for name in ["sys", "builtins"] {
            self.import_one(name, &Value::None)?;
        }
        crate::builtins::modspec::init_main_module(self, &module, filename);
        let code = self.compile_source(source, filename, weft_compiler::Mode::Exec)?;
        self.exec_in(code, module.dict.clone())?;
        Ok(())
    }

    pub(crate) fn import_name(
        &mut self,
        name: &str,
        fromlist: &Value,
        level: &Value,
        globals: &Rc<PyDict>,
    ) -> PyResult<Value> {
        let level = match level {
            Value::Int(l) => *l as usize,
            _ => 0,
        };
        let full = if level > 0 {
            let package = match globals.get_str("__package__") {
                Some(Value::Str(p)) => p.as_str().to_string(),
                _ => match globals.get_str("__name__") {
                    Some(Value::Str(n)) => {
                        if globals.get_str("__path__").is_some() {
                            n.as_str().to_string()
                        } else {
                            n.as_str()
                                .rsplit_once('.')
                                .map(|(a, _)| a.to_string())
                                .unwrap_or_default()
                        }
                    }
                    _ => String::new(),
                },
            };
            if package.is_empty() {
                return Err(self.error(
                    "ImportError",
                    "attempted relative import with no known parent package",
                ));
            }
            let mut parts: Vec<&str> = package.split('.').collect();
            if parts.len() < level {
                return Err(self.error(
                    "ImportError",
                    "attempted relative import beyond top-level package",
                ));
            }
            parts.truncate(parts.len() + 1 - level);
            let base = parts.join(".");
            if name.is_empty() {
                base
            } else {
                format!("{base}.{name}")
            }
        } else {
            name.to_string()
        };
        // Import each dotted prefix.
        let mut module = Value::None;
        let mut prefix = String::new();
        let mut top = Value::None;
        for part in full.split('.') {
            if !prefix.is_empty() {
                prefix.push('.');
            }
            prefix.push_str(part);
            module = self.import_one(&prefix, &module)?;
            if top.is_none() {
                top = module.clone();
            }
        }
        let has_fromlist = !matches!(fromlist, Value::None)
            && !matches!(fromlist, Value::Tuple(t) if t.is_empty());
        if has_fromlist {
            // `from pkg import sub` may name submodules.
            if let (Value::Tuple(t), Value::Module(m)) = (fromlist, &module) {
                if m.dict.get_str("__path__").is_some() {
                    for item in t.items.iter() {
                        if let Value::Str(s) = item {
                            if s.as_str() != "*" && m.dict.get_pystr(s).is_none() {
                                let sub = format!("{full}.{}", s.as_str());
                                match self.import_one(&sub, &module) {
                                    Ok(_) => {}
                                    Err(e) if self.err_is(&e, "ModuleNotFoundError") => {}
                                    Err(e) => return Err(e),
                                }
                            }
                        }
                    }
                }
            }
            return Ok(module);
        }
        Ok(if level > 0 { module } else { top })
    }

    fn import_one(&mut self, name: &str, parent: &Value) -> PyResult<Value> {
        if let Some(m) = self.modules.get_str(name) {
            if m.is_none() {
                return Err(self.error_attrs(
                    "ModuleNotFoundError",
                    format!("import of {name} halted; None in sys.modules"),
                    &[("name", Value::str(name))],
                ));
            }
            return Ok(m);
        }
        if let Some(m) = crate::builtins::modules::builtin_module(self, name)? {
            crate::builtins::modspec::init_builtin_module(self, &m);
            self.modules.set_str(name, m.clone());
            return Ok(m);
        }
        let search = match parent {
            Value::Module(p) => match p.dict.get_str("__path__") {
                Some(path) => path,
                None => {
                    return Err(self.error_attrs(
                        "ModuleNotFoundError",
                        format!("No module named '{name}'; '{}' is not a package", p.name),
                        &[("name", Value::str(name))],
                    ));
                }
            },
            _ => self.path.clone(),
        };
        let Some(found) = self.find_module(name, &search)? else {
            return Err(self.error_attrs(
                "ModuleNotFoundError",
                format!("No module named '{name}'"),
                &[("name", Value::str(name))],
            ));
        };
        let source = match &found {
            Found::File { path, .. } => {
                let source = std::fs::read(path)
                    .map_err(|e| crate::builtins::io::os_error(self, &e, path))?;
                String::from_utf8(source)
                    .map_err(|_| self.error("SyntaxError", "invalid utf-8 in source"))?
            }
            Found::Stdlib { .. } => weft_stdlib::source(name).unwrap_or("").to_string(),
        };
        let path = found.path().to_string();
        let module = self.new_module(name, None);
        crate::builtins::modspec::init_module(self, &module, name, &found);
        let mv = Value::Module(module.clone());
        self.modules.set_str(name, mv.clone());
        crate::builtins::modspec::set_initializing(&module, true);
        let result = self
            .compile_source(&source, &path, weft_compiler::Mode::Exec)
            .and_then(|code| self.exec_in(code, module.dict.clone()));
        crate::builtins::modspec::set_initializing(&module, false);
        if let Err(e) = result {
            let mods = self.modules.clone();
            let _ = mods.remove(self, &Value::str(name));
            return Err(e);
        }
        let short = name.rsplit('.').next().unwrap_or(name);
        let loaded = self.modules.get_str(name).unwrap_or(mv);
        if let Value::Module(p) = parent {
            p.dict.set_str(short, loaded.clone());
        }
        Ok(loaded)
    }

    /// Find the source of module `name` (dotted) in the folders `search`
    /// (a package's `__path__` or `sys.path`), then among the embedded
    /// stdlib modules.
    pub(crate) fn find_module(&mut self, name: &str, search: &Value) -> PyResult<Option<Found>> {
        let dirs: Vec<String> = self
            .collect(search)?
            .iter()
            .filter_map(|v| v.as_str().map(|s| s.as_str().to_string()))
            .collect();
        let short = name.rsplit('.').next().unwrap_or(name);
        for dir in dirs {
            let dir = if dir.is_empty() { ".".to_string() } else { dir };
            let pkg_dir = format!("{dir}/{short}");
            let pkg_init = format!("{pkg_dir}/__init__.py");
            if std::path::Path::new(&pkg_init).is_file() {
                return Ok(Some(Found::File {
                    path: pkg_init,
                    pkg_dir: Some(pkg_dir),
                }));
            }
            let file = format!("{dir}/{short}.py");
            if std::path::Path::new(&file).is_file() {
                return Ok(Some(Found::File {
                    path: file,
                    pkg_dir: None,
                }));
            }
        }
        if weft_stdlib::source(name).is_some() {
            let is_pkg = weft_stdlib::is_package(name);
            let rel = name.replace('.', "/");
            let path = if is_pkg {
                format!("<weft>/{rel}/__init__.py")
            } else {
                format!("<weft>/{rel}.py")
            };
            return Ok(Some(Found::Stdlib { path, is_pkg }));
        }
        Ok(None)
    }

    pub(crate) fn import_from(
        &mut self,
        module: &Value,
        name: &Rc<crate::types::str::PyStr>,
    ) -> PyResult<Value> {
        match self.get_attr(module, name) {
            Ok(v) => Ok(v),
            Err(e) if self.err_is(&e, "AttributeError") => {
                let mname = match self.get_attr_opt(module, "__name__")? {
                    Some(Value::Str(s)) => s.as_str().to_string(),
                    _ => "<unknown module name>".into(),
                };
                if let Some(m) = self.modules.get_str(&format!("{mname}.{}", name.as_str())) {
                    return Ok(m);
                }
                let path = match module {
                    Value::Module(m) => m.dict.get_str("__file__").unwrap_or(Value::None),
                    _ => Value::None,
                };
                let file = match &path {
                    Value::Str(f) => format!(" ({})", f.as_str()),
                    _ => " (unknown location)".into(),
                };
                let partially = match module {
                    Value::Module(m) if crate::builtins::modspec::is_initializing(m) => {
                        "partially initialized module "
                    }
                    _ => "",
                };
                let circular = if partially.is_empty() {
                    ""
                } else {
                    " (most likely due to a circular import)"
                };
                Err(self.error_attrs(
                    "ImportError",
                    format!(
                        "cannot import name '{}' from {partially}'{mname}'{circular}{file}",
                        name.as_str()
                    ),
                    &[("name", Value::str(&mname)), ("path", path)],
                ))
            }
            Err(e) => Err(e),
        }
    }

    pub(crate) fn import_star(&mut self, module: &Value, ns: &Rc<PyDict>) -> PyResult<()> {
        let Value::Module(m) = module else {
            return Ok(());
        };
        let (names, from_all) = match m.dict.get_str("__all__") {
            Some(all) => (self.collect(&all)?, true),
            None => (m.dict.keys(), false),
        };
        for n in names {
            let Value::Str(s) = &n else {
                return Err(self.type_error(format!(
                    "{} in {}.{} must be str, not {}",
                    if from_all { "Item" } else { "Key" },
                    m.name,
                    if from_all { "__all__" } else { "__dict__" },
                    self.type_name(&n)
                )));
            };
            if !from_all && s.as_str().starts_with('_') {
                continue;
            }
            let v = self.get_attr(module, s)?;
            ns.insert(self, n, v)?;
        }
        Ok(())
    }

    /// Report an uncaught exception as CPython does and return the exit status.
    pub fn report_uncaught(&mut self, err: PyErr) -> i32 {
        if self.err_is(&err, "SystemExit") {
            let code = self.get_attr_str(&err.0, "code").unwrap_or(Value::None);
            self.stdout.flush();
            return match code {
                Value::None => 0,
                Value::Int(i) => i as i32,
                b @ (Value::True | Value::False) => matches!(b, Value::True) as i32,
                other => {
                    let s = self.str_string(&other).unwrap_or_default();
                    eprintln!("{s}");
                    1
                }
            };
        }
        self.stdout.flush();
        let text = self.format_exception(&err.0);
        eprint!("{text}");
        1
    }
}

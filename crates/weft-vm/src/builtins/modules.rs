//! Native modules: the entry point [`builtin_module`] and the `sys` module.
//! (`math` lives in `math.rs`, `time` in `time.rs`.)

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::builtins::builtin;
use crate::builtins::structseq;
use crate::types::module::Module;
use crate::types::str::PyStr;
use crate::value::Value;
use crate::vm::{Args, NativeFn, PyResult, Vm};

pub fn builtin_module(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    let m = match name {
        "sys" => make_sys(vm),
        "math" => crate::builtins::math::make_math(vm),
        "time" => crate::builtins::time::make_time(vm),
        "gc" => make_gc(vm),
        "builtins" => builtins_module(vm),
        "_weft_import" => crate::builtins::modspec::make_module(vm),
        _ => return Ok(None),
    };
    Ok(Some(Value::Module(m)))
}

/// Whether `name` is one of the native modules [`builtin_module`] makes.
pub fn is_builtin_module(name: &str) -> bool {
    matches!(
        name,
        "sys" | "math" | "time" | "gc" | "builtins" | "_weft_import"
    )
}

/// `types.ModuleType(name, doc=None)`, reached as `type(sys)(name)`.
pub fn module_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    let name = match pos.first().or_else(|| args.kw("name")) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "module() argument 'name' must be str, not {}",
                vm.type_name(other)
            )));
        }
        None => {
            return Err(vm.type_error("module() missing required argument 'name' (pos 1)"));
        }
    };
    let m = vm.new_module(&name, None);
    m.dict.remove(vm, &Value::str("__builtins__"))?;
    for key in ["__package__", "__loader__", "__spec__"] {
        m.dict.set_str(key, Value::None);
    }
    if let Some(doc) = pos.get(1).or_else(|| args.kw("doc")) {
        m.dict.set_str("__doc__", doc.clone());
    }
    Ok(Value::Module(m))
}

fn gc_collect(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.pos().len() > 1 {
        return Err(vm.type_error(format!(
            "collect() takes at most 1 argument ({} given)",
            args.pos().len()
        )));
    }
    Ok(Value::Int(crate::gc::collect_full() as i64))
}

fn gc_enable(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    crate::gc::set_enabled(true);
    Ok(Value::None)
}

fn gc_disable(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    crate::gc::set_enabled(false);
    Ok(Value::None)
}

fn gc_isenabled(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::Bool(crate::gc::is_enabled()))
}

fn gc_get_count(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    let (young, old) = crate::gc::counts();
    Ok(Value::tuple(vec![
        Value::Int(young as i64),
        Value::Int(0),
        Value::Int(old as i64),
    ]))
}

/// `gc`: weft's cycle collector (see `gc.rs`). `collect()` returns the
/// number of unreachable objects found, counted weft's way.
fn make_gc(vm: &mut Vm) -> Rc<Module> {
    let m = vm.new_module("gc", None);
    for (name, f) in [
        ("collect", gc_collect as NativeFn),
        ("enable", gc_enable),
        ("disable", gc_disable),
        ("isenabled", gc_isenabled),
        ("get_count", gc_get_count),
    ] {
        m.dict.set_str(name, builtin(name, f));
    }
    m
}

/// The `builtins` module: its namespace is the VM's builtins dict itself,
/// so `builtins.x = ...` is seen by name lookups.
fn builtins_module(vm: &mut Vm) -> Rc<Module> {
    if let Some(Value::Module(m)) = vm.modules.get_str("builtins") {
        return m;
    }
    vm.builtins.set_str("__name__", Value::str("builtins"));
    Rc::new(Module {
        name: "builtins".to_string(),
        dict: vm.builtins.clone(),
    })
}

fn sys_exit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("sys.exit() takes no keyword arguments"));
    }
    if args.args.len() > 1 {
        return Err(vm.type_error(format!(
            "exit expected at most 1 argument, got {}",
            args.args.len()
        )));
    }
    let cls = vm.exc_class("SystemExit");
    let a = args.args.to_vec();
    Err(crate::vm::PyErr(vm.new_exception(&cls, a)))
}

fn sys_getrecursionlimit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(vm, args, "getrecursionlimit")?;
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn sys_setrecursionlimit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("sys.setrecursionlimit() takes no keyword arguments"));
    }
    let [v] = args.args else {
        return Err(vm.type_error(format!(
            "sys.setrecursionlimit() takes exactly one argument ({} given)",
            args.args.len()
        )));
    };
    let n = match crate::builtins::math::to_index(vm, v)? {
        Value::Int(i) if i32::try_from(i).is_ok() => i,
        _ => return Err(vm.overflow_error("Python int too large to convert to C int")),
    };
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    vm.recursion_limit = n as usize;
    Ok(Value::None)
}

fn sys_exc_info(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(vm, args, "exc_info")?;
    Ok(match vm.handled.clone() {
        Some(e) => {
            let t = Value::Class(vm.class_of(&e));
            let tb = vm.traceback_of(&e);
            Value::tuple(vec![t, e, tb])
        }
        None => Value::tuple(vec![Value::None, Value::None, Value::None]),
    })
}

fn sys_exception(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(vm, args, "exception")?;
    Ok(vm.handled.clone().unwrap_or(Value::None))
}

/// The CPython version weft implements, and weft's own version.
const VERSION: (i64, i64, i64) = (3, 12, 1);
const WEFT_VERSION: (i64, i64, i64) = (0, 1, 0);

fn hexversion(v: (i64, i64, i64)) -> i64 {
    (v.0 << 24) | (v.1 << 16) | (v.2 << 8) | 0xf0
}

fn sys_intern(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("sys.intern() takes no keyword arguments"));
    }
    let [v] = args.args else {
        return Err(vm.type_error(format!(
            "sys.intern() takes exactly one argument ({} given)",
            args.args.len()
        )));
    };
    let Value::Str(s) = v else {
        return Err(vm.type_error(format!(
            "intern() argument must be str, not {}",
            vm.type_name(v)
        )));
    };
    thread_local! {
        static INTERNED: RefCell<HashMap<String, Rc<PyStr>>> = RefCell::new(HashMap::new());
    }
    let r = INTERNED.with(|t| {
        t.borrow_mut()
            .entry(s.as_str().to_string())
            .or_insert_with(|| s.clone())
            .clone()
    });
    Ok(Value::Str(r))
}

/// `sys.getsizeof`: CPython 3.12's sizes (64-bit build) for the objects
/// whose size does not depend on allocation history. Other objects return
/// `default` when given, else raise NotImplementedError.
fn sys_getsizeof(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() + args.kwnames.len() > 2 {
        return Err(vm.type_error(format!(
            "getsizeof() takes at most 2 arguments ({} given)",
            pos.len() + args.kwnames.len()
        )));
    }
    let Some(obj) = pos.first().or_else(|| args.kw("object")) else {
        return Err(vm.type_error("getsizeof() missing required argument 'object' (pos 1)"));
    };
    for k in args.kwnames {
        if !matches!(k.as_str(), "object" | "default") {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for getsizeof()",
                k.as_str()
            )));
        }
    }
    let default = pos.get(1).or_else(|| args.kw("default"));
    let digits = |bits: u64| 24 + 4 * bits.div_ceil(30).max(1) as i64;
    let size = match obj {
        Value::None | Value::NotImplemented | Value::Ellipsis => Some(16),
        Value::True | Value::False => Some(28),
        Value::Int(i) => Some(digits(64 - i.unsigned_abs().leading_zeros() as u64)),
        Value::BigInt(b) => Some(digits(b.bits())),
        Value::Float(_) => Some(24),
        Value::Complex(_) => Some(32),
        Value::Str(s) => {
            let st = s.as_str();
            let max = st.chars().map(|c| c as u32).max().unwrap_or(0);
            let n = st.chars().count() as i64;
            Some(if max < 128 {
                40 + n + 1
            } else {
                let kind = if max < 256 {
                    1
                } else if max < 65536 {
                    2
                } else {
                    4
                };
                56 + (n + 1) * kind
            })
        }
        Value::Bytes(b) => Some(33 + b.len() as i64),
        Value::Tuple(t) => Some(if t.is_empty() {
            40
        } else {
            40 + 8 * t.len() as i64
        }),
        Value::Range(_) => Some(48),
        Value::List(l) if l.borrow().is_empty() => Some(56),
        Value::Dict(d) if d.is_empty() => Some(64),
        Value::Set(s) | Value::FrozenSet(s) if s.is_empty() => Some(216),
        _ => None,
    };
    match (size, default) {
        (Some(n), _) => Ok(Value::Int(n)),
        (None, Some(d)) => Ok(d.clone()),
        (None, None) => Err(vm.not_implemented(&format!(
            "sys.getsizeof() for '{}' objects",
            vm.type_name(obj)
        ))),
    }
}

fn no_args(vm: &Vm, args: &Args, name: &str) -> PyResult<()> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("sys.{name}() takes no keyword arguments")));
    }
    if !args.args.is_empty() {
        return Err(vm.type_error(format!(
            "sys.{name}() takes no arguments ({} given)",
            args.args.len()
        )));
    }
    Ok(())
}

fn sys_getdefaultencoding(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(vm, args, "getdefaultencoding")?;
    Ok(Value::str("utf-8"))
}

fn sys_getfilesystemencoding(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(vm, args, "getfilesystemencoding")?;
    Ok(Value::str("utf-8"))
}

fn sys_getfilesystemencodeerrors(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(vm, args, "getfilesystemencodeerrors")?;
    Ok(Value::str("surrogateescape"))
}

fn sys_get_int_max_str_digits(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(vm, args, "get_int_max_str_digits")?;
    Ok(Value::Int(4300))
}

fn sys_set_int_max_str_digits(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(vm.not_implemented("sys.set_int_max_str_digits()"))
}

fn sys_getswitchinterval(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(vm, args, "getswitchinterval")?;
    Ok(Value::float(0.005))
}

fn sys_is_finalizing(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(vm, args, "is_finalizing")?;
    Ok(Value::False)
}

fn ints(v: &[i64]) -> Vec<Value> {
    v.iter().map(|i| Value::Int(*i)).collect()
}

fn make_sys(vm: &mut Vm) -> Rc<Module> {
    let m = vm.new_module("sys", None);
    let d = &m.dict;
    d.set_str(
        "argv",
        Value::list(vm.argv.iter().map(|a| Value::str(a)).collect()),
    );
    d.set_str("path", vm.path.clone());
    d.set_str("modules", Value::Dict(vm.modules.clone()));
    if vm.modules.get_str("builtins").is_none() {
        let b = builtins_module(vm);
        vm.modules.set_str("builtins", Value::Module(b));
    }
    use crate::builtins::io::{FileKind, stream};
    let (stdout, stderr, stdin) = (
        stream("<stdout>", FileKind::Stdout, "w"),
        stream("<stderr>", FileKind::Stderr, "w"),
        stream("<stdin>", FileKind::Stdin, "r"),
    );
    for (name, v) in [
        ("stdout", &stdout),
        ("__stdout__", &stdout),
        ("stderr", &stderr),
        ("__stderr__", &stderr),
        ("stdin", &stdin),
        ("__stdin__", &stdin),
    ] {
        d.set_str(name, v.clone());
    }

    let (ma, mi, pa) = VERSION;
    d.set_str(
        "version",
        Value::string(format!(
            "{ma}.{mi}.{pa} (main, weft {}.{}.{}) [rustc]",
            WEFT_VERSION.0, WEFT_VERSION.1, WEFT_VERSION.2
        )),
    );
    let vi_fields = ["major", "minor", "micro", "releaselevel", "serial"];
    let vi = structseq::new_type(vm, "sys", "version_info", &vi_fields, 5, false);
    let version_info = |v: (i64, i64, i64)| {
        let mut items = ints(&[v.0, v.1, v.2]);
        items.push(Value::str("final"));
        items.push(Value::Int(0));
        structseq::new_instance(&vi, items)
    };
    d.set_str("version_info", version_info(VERSION));
    d.set_str("hexversion", Value::Int(hexversion(VERSION)));
    d.set_str("api_version", Value::Int(1013));
    let implementation = structseq::new_namespace(
        vm,
        vec![
            ("name", Value::str("weft")),
            ("cache_tag", Value::None),
            ("version", version_info(WEFT_VERSION)),
            ("hexversion", Value::Int(hexversion(WEFT_VERSION))),
        ],
    );
    d.set_str("implementation", implementation);
    d.set_str("platform", Value::str(std::env::consts::OS));
    d.set_str("maxsize", Value::Int(i64::MAX));
    d.set_str("maxunicode", Value::Int(0x10ffff));
    d.set_str(
        "byteorder",
        Value::str(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        }),
    );
    let exe = std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    d.set_str("executable", Value::string(exe));
    d.set_str("float_repr_style", Value::str("short"));
    d.set_str("abiflags", Value::str(""));
    d.set_str("dont_write_bytecode", Value::True);
    d.set_str("warnoptions", Value::list(Vec::new()));
    d.set_str("_xoptions", Value::dict(crate::types::dict::PyDict::new()));
    d.set_str(
        "builtin_module_names",
        Value::tuple(
            ["builtins", "gc", "math", "sys", "time"]
                .into_iter()
                .map(Value::str)
                .collect(),
        ),
    );

    let fi_fields = [
        "max",
        "max_exp",
        "max_10_exp",
        "min",
        "min_exp",
        "min_10_exp",
        "dig",
        "mant_dig",
        "epsilon",
        "radix",
        "rounds",
    ];
    let fi = structseq::new_type(vm, "sys", "float_info", &fi_fields, 11, true);
    let float_info = vec![
        Value::float(f64::MAX),
        Value::Int(f64::MAX_EXP as i64),
        Value::Int(f64::MAX_10_EXP as i64),
        Value::float(f64::MIN_POSITIVE),
        Value::Int(f64::MIN_EXP as i64),
        Value::Int(f64::MIN_10_EXP as i64),
        Value::Int(f64::DIGITS as i64),
        Value::Int(f64::MANTISSA_DIGITS as i64),
        Value::float(f64::EPSILON),
        Value::Int(f64::RADIX as i64),
        Value::Int(1),
    ];
    d.set_str("float_info", structseq::new_instance(&fi, float_info));

    let ii_fields = [
        "bits_per_digit",
        "sizeof_digit",
        "default_max_str_digits",
        "str_digits_check_threshold",
    ];
    let ii = structseq::new_type(vm, "sys", "int_info", &ii_fields, 4, true);
    d.set_str(
        "int_info",
        structseq::new_instance(&ii, ints(&[30, 4, 4300, 640])),
    );

    let hi_fields = [
        "width",
        "modulus",
        "inf",
        "nan",
        "imag",
        "algorithm",
        "hash_bits",
        "seed_bits",
        "cutoff",
    ];
    let hi = structseq::new_type(vm, "sys", "hash_info", &hi_fields, 9, true);
    let mut hash_info = ints(&[64, (1i64 << 61) - 1, 314159, 0, 1000003]);
    hash_info.push(Value::str("fxhash"));
    hash_info.extend(ints(&[64, 0, 0]));
    d.set_str("hash_info", structseq::new_instance(&hi, hash_info));

    let flag_fields = [
        "debug",
        "inspect",
        "interactive",
        "optimize",
        "dont_write_bytecode",
        "no_user_site",
        "no_site",
        "ignore_environment",
        "verbose",
        "bytes_warning",
        "quiet",
        "hash_randomization",
        "isolated",
        "dev_mode",
        "utf8_mode",
        "warn_default_encoding",
        "safe_path",
        "int_max_str_digits",
    ];
    let fl = structseq::new_type(vm, "sys", "flags", &flag_fields, 18, false);
    let mut flags = ints(&[0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
    flags.push(Value::False);
    flags.extend(ints(&[0, 0]));
    flags.push(Value::False);
    flags.push(Value::Int(4300));
    d.set_str("flags", structseq::new_instance(&fl, flags));

    let funcs: &[(&'static str, NativeFn)] = &[
        ("exit", sys_exit),
        ("getrecursionlimit", sys_getrecursionlimit),
        ("setrecursionlimit", sys_setrecursionlimit),
        ("exc_info", sys_exc_info),
        ("exception", sys_exception),
        ("intern", sys_intern),
        ("_getframe", crate::builtins::introspect::sys_getframe),
        ("getsizeof", sys_getsizeof),
        ("getdefaultencoding", sys_getdefaultencoding),
        ("getfilesystemencoding", sys_getfilesystemencoding),
        ("getfilesystemencodeerrors", sys_getfilesystemencodeerrors),
        ("get_int_max_str_digits", sys_get_int_max_str_digits),
        ("set_int_max_str_digits", sys_set_int_max_str_digits),
        ("getswitchinterval", sys_getswitchinterval),
        ("is_finalizing", sys_is_finalizing),
    ];
    for &(name, f) in funcs {
        d.set_str(name, builtin(name, f));
    }
    m
}

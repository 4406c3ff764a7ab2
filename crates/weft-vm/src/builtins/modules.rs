//! Native modules: `sys`, `math`, `time`.

use std::rc::Rc;

use crate::builtins::builtin;
use crate::types::module::Module;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

pub fn builtin_module(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    let m = match name {
        "sys" => make_sys(vm),
        "math" => crate::builtins::math::make_math(vm),
        "time" => make_time(vm),
        "builtins" => {
            let m = vm.new_module("builtins", None);
            for (k, v) in vm.builtins.items() {
                m.dict.insert(vm, k, v)?;
            }
            m
        }
        _ => return Ok(None),
    };
    Ok(Some(Value::Module(m)))
}

fn sys_exit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = vm.exc_class("SystemExit");
    let a = args.pos().to_vec();
    Err(crate::vm::PyErr(vm.new_exception(&cls, a)))
}

fn sys_getrecursionlimit(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn sys_setrecursionlimit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let n = vm.index_value(args.pos().first().unwrap_or(&Value::None))?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    vm.recursion_limit = n as usize;
    Ok(Value::None)
}

fn sys_exc_info(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(match vm.handled.clone() {
        Some(e) => {
            let t = Value::Class(vm.class_of(&e));
            let tb = vm.traceback_of(&e);
            Value::tuple(vec![t, e, tb])
        }
        None => Value::tuple(vec![Value::None, Value::None, Value::None]),
    })
}

fn sys_exception(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(vm.handled.clone().unwrap_or(Value::None))
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
    use crate::builtins::io::{FileKind, stream};
    d.set_str("stdout", stream("<stdout>", FileKind::Stdout, "w"));
    d.set_str("stderr", stream("<stderr>", FileKind::Stderr, "w"));
    d.set_str("stdin", stream("<stdin>", FileKind::Stdin, "r"));
    d.set_str("__stdout__", d.get_str("stdout").unwrap());
    d.set_str("__stderr__", d.get_str("stderr").unwrap());
    d.set_str("version", Value::str("3.12.1 (weft 0.1.0)"));
    d.set_str(
        "version_info",
        Value::tuple(vec![
            Value::Int(3),
            Value::Int(12),
            Value::Int(1),
            Value::str("final"),
            Value::Int(0),
        ]),
    );
    d.set_str("platform", Value::str(std::env::consts::OS));
    d.set_str("maxsize", Value::Int(i64::MAX));
    d.set_str("byteorder", Value::str("little"));
    d.set_str("implementation_name", Value::str("weft"));
    for (name, f) in [
        ("exit", sys_exit as crate::vm::NativeFn),
        ("getrecursionlimit", sys_getrecursionlimit),
        ("setrecursionlimit", sys_setrecursionlimit),
        ("exc_info", sys_exc_info),
        ("exception", sys_exception),
    ] {
        d.set_str(name, builtin(name, f));
    }
    m
}

fn t_time(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    let d = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    Ok(Value::Float(d.as_secs_f64()))
}

thread_local! {
    static START: std::time::Instant = std::time::Instant::now();
}

fn t_monotonic(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::Float(START.with(|s| s.elapsed().as_secs_f64())))
}

fn t_sleep(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = crate::builtins::math::to_f64(vm, args.pos().first().unwrap_or(&Value::None))?;
    if s < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    std::thread::sleep(std::time::Duration::from_secs_f64(s));
    Ok(Value::None)
}

fn make_time(vm: &mut Vm) -> Rc<Module> {
    let m = vm.new_module("time", None);
    for (name, f) in [
        ("time", t_time as crate::vm::NativeFn),
        ("monotonic", t_monotonic),
        ("perf_counter", t_monotonic),
        ("sleep", t_sleep),
    ] {
        m.dict.set_str(name, builtin(name, f));
    }
    m
}

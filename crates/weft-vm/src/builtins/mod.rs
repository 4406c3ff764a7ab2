//! Builtin functions, the methods of builtin types, and start-up wiring.
//!
//! Where a new builtin goes: a builtin function is a `NativeFn` registered
//! in `functions.rs`; a method of a builtin type is registered with
//! [`add_method`] in that type's module (`str_methods.rs`, `list.rs`, ...).

pub mod args;
pub mod attrs;
pub mod bytes;
pub mod classes;
pub mod functions;
pub mod generator;
pub mod io;
pub mod iterators;
pub mod iterfuncs;
pub mod misc_funcs;
pub mod modules;
pub mod oserror;
pub mod repr;
pub mod scope_funcs;
pub mod strformat;
pub mod types;

use std::rc::Rc;

use crate::types::class::Class;
use crate::types::function::BuiltinFn;
use crate::value::Value;
use crate::vm::{NativeFn, Vm};

/// A builtin function value.
pub fn builtin(name: &'static str, func: NativeFn) -> Value {
    Value::Builtin(Rc::new(BuiltinFn {
        name,
        func,
        bound: None,
        owner: None,
    }))
}

/// Register a method on a builtin class; it receives `self` as `args[0]`.
pub fn add_method(cls: &Rc<Class>, owner: &'static str, name: &'static str, func: NativeFn) {
    cls.dict.set_str(
        name,
        Value::Builtin(Rc::new(BuiltinFn {
            name,
            func,
            bound: None,
            owner: Some(owner),
        })),
    );
}

/// Install builtins, the builtin types' methods and the core modules.
pub fn install(vm: &mut Vm) {
    classes::install(vm);
    functions::install(vm);
    generator::install(vm);
    io::install(vm);
    iterfuncs::install(vm);
    misc_funcs::install(vm);
    scope_funcs::install(vm);
    oserror::install(vm);
}

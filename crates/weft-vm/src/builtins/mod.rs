//! Builtin functions, the methods of builtin types, and start-up wiring.
//!
//! Where a new builtin goes: a builtin function is a `NativeFn` registered
//! in `functions.rs`; a method of a builtin type is registered with
//! [`add_method`] in that type's module (`str_methods.rs`, `list.rs`, ...).

pub mod args;
pub mod async_gen;
pub mod attrs;
pub mod bytearray_methods;
pub mod bytes;
pub mod bytes_codec;
pub mod bytes_format;
pub mod bytes_methods;
pub mod classattrs;
pub mod classbuild;
pub mod classes;
pub mod coroutine;
pub mod descr_methods;
pub mod descriptors;
pub mod dict_methods;
pub mod exc_group;
pub mod exceptions;
pub mod float_methods;
pub mod functions;
pub mod gen_finalize;
pub mod gen_inline;
pub mod generator;
pub mod generic_alias;
pub mod introspect;
pub mod io;
pub mod iterators;
pub mod iterfuncs;
pub mod list_methods;
pub mod math;
pub mod math_int;
pub mod math_num;
pub mod method_args;
pub mod misc_funcs;
pub mod modspec;
pub mod modules;
pub mod numeric_methods;
pub mod numparse;
pub mod objmodel;
pub mod range_slice;
pub mod repr;
pub mod scope_funcs;
pub mod set_methods;
pub mod str_methods;
pub mod str_methods2;
pub mod str_split;
pub mod str_unicode;
pub mod str_unicode_data;
pub mod strformat;
pub mod structseq;
pub mod time;
pub mod timsort;
pub mod typecheck;
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
    descriptors::install(vm);
    descr_methods::install(vm);
    classbuild::install(vm);
    exc_group::install(vm);
    exceptions::install(vm);
    functions::install(vm);
    generator::install(vm);
    coroutine::install(vm);
    async_gen::install(vm);
    io::install(vm);
    str_methods::install(vm);
    list_methods::install(vm);
    dict_methods::install(vm);
    set_methods::install(vm);
    range_slice::install(vm);
    iterfuncs::install(vm);
    misc_funcs::install(vm);
    numeric_methods::install(vm);
    bytes::install(vm);
    bytearray_methods::install(vm);
    scope_funcs::install(vm);
    objmodel::install(vm);
    crate::types::class::lookup_cache::invalidate();
}

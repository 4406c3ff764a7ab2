//! The virtual machine: interpreter state, errors and the call protocol.
//!
//! - `run.rs`: the dispatch loop.
//! - `call.rs`: binding arguments and calling any callable.
//! - `ops.rs`: operators, comparison, hashing, truthiness.
//! - `attr.rs`: the attribute protocol.
//! - `import.rs`: the import system.

pub mod attr;
pub mod call;
pub mod code;
pub mod compare;
pub mod exc;
pub mod fast_loop;
pub mod finalize;
pub mod frame;
pub mod import;
pub mod inline_cache;
pub mod numeric;
pub mod ops;
pub mod pattern;
pub mod run;
pub mod simple_ops;
pub mod subscript;
pub mod traceback;

use std::collections::HashMap;
use std::rc::Rc;

use crate::builtins::io::Stdout;
use crate::types::class::Class;
use crate::types::dict::PyDict;
use crate::types::exception::ExcData;
use crate::types::str::PyStr;
use crate::value::Value;

/// A raised Python exception (an instance of a BaseException subclass).
#[derive(Clone)]
pub struct PyErr(pub Value);

pub type PyResult<T> = Result<T, PyErr>;

/// Arguments of a call: positional values followed by keyword values, whose
/// names are in `kwnames` (CPython's vectorcall layout).
pub struct Args<'a> {
    pub args: &'a [Value],
    pub kwnames: &'a [Rc<PyStr>],
}

impl<'a> Args<'a> {
    pub fn new(args: &'a [Value]) -> Args<'a> {
        Args { args, kwnames: &[] }
    }

    /// The positional arguments.
    pub fn pos(&self) -> &'a [Value] {
        &self.args[..self.args.len() - self.kwnames.len()]
    }

    /// The keyword arguments as (name, value) pairs.
    pub fn kwargs(&self) -> impl Iterator<Item = (&'a Rc<PyStr>, &'a Value)> {
        let n = self.args.len() - self.kwnames.len();
        self.kwnames.iter().zip(self.args[n..].iter())
    }

    pub fn kw(&self, name: &str) -> Option<&'a Value> {
        self.kwargs()
            .find(|(k, _)| k.as_str() == name)
            .map(|(_, v)| v)
    }
}

/// Signature of every builtin function and method. Methods get `self` as `args[0]`.
pub type NativeFn = fn(&mut Vm, &Args) -> PyResult<Value>;

/// The builtin type objects the VM needs to reach quickly.
pub struct Types {
    pub object: Rc<Class>,
    pub type_: Rc<Class>,
    pub none: Rc<Class>,
    pub not_implemented: Rc<Class>,
    pub ellipsis: Rc<Class>,
    pub bool_: Rc<Class>,
    pub int: Rc<Class>,
    pub float: Rc<Class>,
    pub complex: Rc<Class>,
    pub str_: Rc<Class>,
    pub bytes: Rc<Class>,
    pub bytearray: Rc<Class>,
    pub tuple: Rc<Class>,
    pub list: Rc<Class>,
    pub dict: Rc<Class>,
    pub set: Rc<Class>,
    pub frozenset: Rc<Class>,
    pub range: Rc<Class>,
    pub slice: Rc<Class>,
    pub function: Rc<Class>,
    pub builtin_function: Rc<Class>,
    pub method: Rc<Class>,
    pub module: Rc<Class>,
    pub cell: Rc<Class>,
    pub code: Rc<Class>,
    pub iterator: Rc<Class>,
    pub generator: Rc<Class>,
    pub coroutine: Rc<Class>,
    pub async_generator: Rc<Class>,
    pub async_generator_asend: Rc<Class>,
    pub async_generator_athrow: Rc<Class>,
    pub coroutine_wrapper: Rc<Class>,
    pub anext_awaitable: Rc<Class>,
    pub property: Rc<Class>,
    pub classmethod: Rc<Class>,
    pub staticmethod: Rc<Class>,
    pub super_: Rc<Class>,
    pub dict_keys: Rc<Class>,
    pub dict_values: Rc<Class>,
    pub dict_items: Rc<Class>,
    pub traceback: Rc<Class>,
    pub frame: Rc<Class>,
    pub member_descriptor: Rc<Class>,
    pub file: Rc<Class>,
    pub base_exception: Rc<Class>,
    /// Every builtin exception class by name.
    /// By name; FxHash because `exc_class` is on the path of every raised
    /// builtin error.
    pub exceptions: rustc_hash::FxHashMap<&'static str, Rc<Class>>,
}

pub struct Vm {
    pub types: Types,
    pub builtins: Rc<PyDict>,
    /// `sys.modules`.
    pub modules: Rc<PyDict>,
    /// The exception currently being handled (`sys.exception()`).
    pub handled: Option<Value>,
    /// An exception to raise in the next frame resumed (`generator.throw`).
    pub pending_throw: Option<PyErr>,
    /// Globals of the innermost running frame, for `globals()`.
    pub current_globals: Option<Rc<PyDict>>,
    /// The Python frame whose bytecode is calling the native callable now
    /// running (null outside such calls); set around every non-inline call
    /// from the dispatch loop, for `locals()`, `vars()`, `dir()`, `eval()`...
    /// Read it only through [`Vm::caller_frame`].
    pub caller: *const frame::Frame,
    /// The classes of native iterators by type name (`list_iterator`, `zip`, ...).
    pub iter_classes: HashMap<&'static str, Rc<Class>>,
    /// Containers whose repr is being computed (for `[...]` on recursion).
    pub repr_active: Vec<usize>,
    /// Python frames currently executing (for RecursionError).
    pub depth: usize,
    pub recursion_limit: usize,
    pub stdout: Stdout,
    /// `sys.argv`, `sys.path` as given at start-up.
    pub argv: Vec<String>,
    pub path: Value,
    /// Source text of files, for traceback lines.
    pub sources: HashMap<Rc<str>, Rc<str>>,
    /// Interned strings for dunder names used by the VM itself.
    pub names: Names,
    /// Lowest stack address native recursion may reach before it raises
    /// `RecursionError` (CPython's C recursion guard); 0 = unchecked.
    pub stack_floor: usize,
    /// Finished function frames kept for reuse, so a call does not
    /// allocate a frame, a value stack and a locals vector each time.
    pub frame_pool: Vec<Box<frame::Frame>>,
    /// Why `run_fast`'s last instruction handler stopped the loop (see
    /// `fast_loop::exit`); `None` while it runs.
    pub(crate) fast_exit: Option<fast_loop::FastExit>,
    /// Each running dispatch loop's base frame slot and suspended callers,
    /// outermost first, for `sys._getframe` (see `builtins/introspect.rs`).
    pub loops: Vec<(*const Box<frame::Frame>, *const Vec<Box<frame::Frame>>)>,
    /// Generators whose frames a `for` loop is running inline, innermost
    /// last (see `builtins/gen_inline.rs`).
    pub inline_gens: Vec<crate::builtins::gen_inline::InlineGen>,
}

/// Frequently used attribute names, interned once.
pub struct Names {
    pub init: Rc<PyStr>,
    pub new: Rc<PyStr>,
    pub call: Rc<PyStr>,
    pub getattr: Rc<PyStr>,
    pub iter: Rc<PyStr>,
    pub next: Rc<PyStr>,
    pub enter: Rc<PyStr>,
    pub exit: Rc<PyStr>,
    pub getattribute: Rc<PyStr>,
    pub setattr: Rc<PyStr>,
}

/// An address in the current stack frame (the stack grows downwards on
/// every platform weft targets).
#[inline(always)]
fn stack_pointer() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

impl Vm {
    pub fn new(argv: Vec<String>, path: Vec<String>) -> Box<Vm> {
        let types = crate::builtins::types::make_types();
        let n = crate::types::str::intern;
        let mut vm = Box::new(Vm {
            types,
            builtins: Rc::new(PyDict::new()),
            modules: Rc::new(PyDict::new()),
            handled: None,
            pending_throw: None,
            current_globals: None,
            caller: std::ptr::null(),
            iter_classes: HashMap::new(),
            repr_active: Vec::new(),
            depth: 0,
            recursion_limit: 1000,
            stdout: Stdout::new(),
            argv,
            path: Value::list(path.into_iter().map(Value::string).collect()),
            sources: HashMap::new(),
            names: Names {
                init: n("__init__"),
                new: n("__new__"),
                call: n("__call__"),
                getattr: n("__getattr__"),
                iter: n("__iter__"),
                next: n("__next__"),
                enter: n("__enter__"),
                exit: n("__exit__"),
                getattribute: n("__getattribute__"),
                setattr: n("__setattr__"),
            },
            stack_floor: 0,
            frame_pool: Vec::new(),
            fast_exit: None,
            loops: Vec::new(),
            inline_gens: Vec::new(),
        });
        crate::builtins::install(&mut vm);
        vm
    }

    /// Tell the VM how much native stack the current thread has, so deep
    /// recursion through builtins (`repr`, `==`, calls from native code)
    /// raises `RecursionError` instead of overflowing. Call from the thread
    /// that will run Python code.
    pub fn set_stack_size(&mut self, size: usize) {
        let here = stack_pointer();
        // Keep a generous margin for the deepest single native operation.
        let margin = (size / 8).clamp(256 * 1024, 16 * 1024 * 1024);
        self.stack_floor = here.saturating_sub(size.saturating_sub(margin));
    }

    /// Raise `RecursionError` when native recursion nears the stack's end.
    #[inline]
    pub fn check_stack(&self) -> PyResult<()> {
        if stack_pointer() < self.stack_floor {
            return Err(self.error("RecursionError", "maximum recursion depth exceeded"));
        }
        Ok(())
    }

    // ----- exceptions -------------------------------------------------------

    pub fn exc_class(&self, name: &str) -> Rc<Class> {
        self.types
            .exceptions
            .get(name)
            .cloned()
            .unwrap_or_else(|| panic!("no exception class {name}"))
    }

    /// Create an exception instance of `class` with `args`.
    pub fn new_exception(&self, class: &Rc<Class>, args: Vec<Value>) -> Value {
        let data = ExcData {
            args: Value::tuple(args),
            ..Default::default()
        };
        Value::instance(crate::types::class::Instance::of_class_with_state(
            class.clone(),
            Some(data),
            None,
        ))
    }

    /// An exception of the named builtin class with a message.
    pub fn error(&self, class: &str, msg: impl Into<String>) -> PyErr {
        let cls = self.exc_class(class);
        PyErr(self.new_exception(&cls, vec![Value::string(msg.into())]))
    }

    /// An exception with extra attributes (`NameError.name`,
    /// `AttributeError.obj`, `ImportError.path`...).
    pub fn error_attrs(
        &self,
        class: &str,
        msg: impl Into<String>,
        attrs: &[(&str, Value)],
    ) -> PyErr {
        let err = self.error(class, msg);
        if let Value::Instance(i) = &err.0 {
            for (k, v) in attrs {
                i.set_attr_str(k, v.clone());
            }
        }
        err
    }

    pub fn type_error(&self, msg: impl Into<String>) -> PyErr {
        self.error("TypeError", msg)
    }

    pub fn value_error(&self, msg: impl Into<String>) -> PyErr {
        self.error("ValueError", msg)
    }

    pub fn index_error(&self, msg: impl Into<String>) -> PyErr {
        self.error("IndexError", msg)
    }

    pub fn overflow_error(&self, msg: impl Into<String>) -> PyErr {
        self.error("OverflowError", msg)
    }

    pub fn zero_division(&self, msg: impl Into<String>) -> PyErr {
        self.error("ZeroDivisionError", msg)
    }

    pub fn attribute_error(&self, msg: impl Into<String>) -> PyErr {
        self.error("AttributeError", msg)
    }

    pub fn key_error(&self, key: Value) -> PyErr {
        let cls = self.exc_class("KeyError");
        PyErr(self.new_exception(&cls, vec![key]))
    }

    pub fn not_implemented(&self, what: &str) -> PyErr {
        self.error(
            "NotImplementedError",
            format!("weft does not support {what} yet"),
        )
    }

    /// Is `err` an instance of the named builtin exception class (or a subclass)?
    pub fn err_is(&self, err: &PyErr, class: &str) -> bool {
        let cls = self.exc_class(class);
        self.class_of(&err.0).is_subclass(&cls)
    }

    /// The class of any value.
    pub fn class_of(&self, v: &Value) -> Rc<Class> {
        let t = &self.types;
        match v {
            Value::None => t.none.clone(),
            Value::NotImplemented => t.not_implemented.clone(),
            Value::Ellipsis => t.ellipsis.clone(),
            Value::True | Value::False => t.bool_.clone(),
            Value::Int(_) | Value::BigInt(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Complex(_) => t.complex.clone(),
            Value::Str(_) => t.str_.clone(),
            Value::Bytes(_) => t.bytes.clone(),
            Value::ByteArray(_) => t.bytearray.clone(),
            Value::Tuple(_) => t.tuple.clone(),
            Value::List(_) => t.list.clone(),
            Value::Dict(_) => t.dict.clone(),
            Value::Set(_) => t.set.clone(),
            Value::FrozenSet(_) => t.frozenset.clone(),
            Value::Range(_) => t.range.clone(),
            Value::Slice(_) => t.slice.clone(),
            Value::Function(_) => t.function.clone(),
            Value::Builtin(_) => t.builtin_function.clone(),
            Value::Method(_) => t.method.clone(),
            Value::Class(c) => c
                .metaclass
                .borrow()
                .clone()
                .unwrap_or_else(|| t.type_.clone()),
            Value::Instance(i) => i.class(),
            Value::Module(_) => t.module.clone(),
            Value::Cell(_) => t.cell.clone(),
            Value::Code(_) => t.code.clone(),
            Value::Iter(it) => self
                .iter_classes
                .get(it.type_name)
                .cloned()
                .unwrap_or_else(|| t.iterator.clone()),
            Value::Generator(g) => crate::builtins::generator::class_of(t, g),
            Value::Native(n) => {
                use crate::types::misc::{Native, ViewKind};
                match &**n {
                    Native::Property { .. } => t.property.clone(),
                    Native::ClassMethod(_) => t.classmethod.clone(),
                    Native::StaticMethod(_) => t.staticmethod.clone(),
                    Native::Super { .. } => t.super_.clone(),
                    Native::DictView {
                        kind: ViewKind::Keys,
                        ..
                    } => t.dict_keys.clone(),
                    Native::DictView {
                        kind: ViewKind::Values,
                        ..
                    } => t.dict_values.clone(),
                    Native::DictView {
                        kind: ViewKind::Items,
                        ..
                    } => t.dict_items.clone(),
                    Native::Traceback(_) => t.traceback.clone(),
                    Native::Frame { .. } | Native::PyFrame(_) => t.frame.clone(),
                    Native::Slot { .. } => t.member_descriptor.clone(),
                    Native::File(_) => t.file.clone(),
                    Native::Object => t.object.clone(),
                }
            }
        }
    }

    /// `type(v).__name__`, as used in error messages.
    pub fn type_name(&self, v: &Value) -> String {
        match v {
            Value::Iter(it) => it.type_name.to_string(),
            _ => self.class_of(v).name().as_str().to_string(),
        }
    }

    pub fn isinstance(&self, v: &Value, cls: &Rc<Class>) -> bool {
        self.class_of(v).is_subclass(cls)
    }

    /// The Python frame that made the current native call, if any.
    pub fn caller_frame(&self) -> Option<&frame::Frame> {
        // SAFETY: `caller` is set from a live frame by the dispatch loop
        // just before a native call and restored right after it, so while
        // native code runs it points to a frame that is suspended (not
        // mutated) for the duration of that call, or it is null.
        unsafe { self.caller.as_ref() }
    }

    pub fn intern(&self, s: &str) -> Rc<PyStr> {
        crate::types::str::intern(s)
    }
}

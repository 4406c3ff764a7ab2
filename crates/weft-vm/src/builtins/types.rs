//! Creation of the builtin type objects and the exception hierarchy.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::types::class::{Class, Layout};
use crate::types::dict::PyDict;
use crate::types::str::PyStr;
use crate::value::Value;
use crate::vm::Types;

pub fn new_class(name: &str, bases: Vec<Rc<Class>>, layout: Layout, builtin: bool) -> Rc<Class> {
    let mut mro: Vec<Rc<Class>> = Vec::new();
    // Builtin hierarchies are single-inheritance: the MRO is the base chain.
    if let Some(b) = bases.first() {
        mro.push(b.clone());
        mro.extend(b.mro.iter().cloned());
    }
    let c = Rc::new(Class {
        name: RefCell::new(Rc::new(PyStr::new(name))),
        qualname: RefCell::new(Rc::new(PyStr::new(name))),
        bases,
        mro,
        dict: PyDict::new(),
        layout,
        native_new: Cell::new(None),
        metaclass: RefCell::new(None),
        no_dict: builtin && layout != Layout::Exception,
        builtin,
        abstract_methods: RefCell::new(Vec::new()),
        subclasses: RefCell::new(Vec::new()),
        del_cache: Cell::new(0),
        dict_hint: Cell::new(0),
        new_cache: Default::default(),
    });
    c.dict.set_str("__module__", Value::str("builtins"));
    c
}

/// The exception hierarchy of CPython 3.12, as (name, base) in definition order.
const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("BaseExceptionGroup", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("SystemExit", "BaseException"),
    ("Exception", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ExceptionGroup", "BaseExceptionGroup"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("StopAsyncIteration", "Exception"),
    ("StopIteration", "Exception"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("BytesWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("EncodingWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("UserWarning", "Warning"),
];

pub fn make_types() -> Types {
    let object = new_class("object", vec![], Layout::Object, true);
    let t = |name: &str| new_class(name, vec![object.clone()], Layout::Builtin, true);
    let int = t("int");
    let bool_ = new_class("bool", vec![int.clone()], Layout::Builtin, true);
    let mut exceptions: rustc_hash::FxHashMap<&'static str, Rc<Class>> =
        rustc_hash::FxHashMap::default();
    for (name, base) in EXCEPTIONS {
        let bases = if base.is_empty() {
            vec![object.clone()]
        } else {
            let mut v = vec![exceptions[base].clone()];
            if *name == "ExceptionGroup" {
                v.push(exceptions["Exception"].clone());
            }
            v
        };
        let c = if *name == "ExceptionGroup" {
            // MRO: ExceptionGroup, BaseExceptionGroup, Exception, BaseException, object.
            let beg = exceptions["BaseExceptionGroup"].clone();
            let exc = exceptions["Exception"].clone();
            let mut c = Class {
                name: RefCell::new(Rc::new(PyStr::new(name))),
                qualname: RefCell::new(Rc::new(PyStr::new(name))),
                mro: vec![
                    beg,
                    exc.clone(),
                    exceptions["BaseException"].clone(),
                    object.clone(),
                ],
                bases,
                dict: PyDict::new(),
                layout: Layout::Exception,
                native_new: Cell::new(None),
                metaclass: RefCell::new(None),
                no_dict: false,
                builtin: true,
                abstract_methods: RefCell::new(Vec::new()),
                subclasses: RefCell::new(Vec::new()),
                del_cache: Cell::new(0),
                dict_hint: Cell::new(0),
                new_cache: Default::default(),
            };
            c.no_dict = false;
            let c = Rc::new(c);
            c.dict.set_str("__module__", Value::str("builtins"));
            c
        } else {
            new_class(name, bases, Layout::Exception, true)
        };
        exceptions.insert(name, c);
    }
    Types {
        type_: t("type"),
        none: t("NoneType"),
        not_implemented: t("NotImplementedType"),
        ellipsis: t("ellipsis"),
        bool_,
        int,
        float: t("float"),
        complex: t("complex"),
        str_: t("str"),
        bytes: t("bytes"),
        bytearray: t("bytearray"),
        tuple: t("tuple"),
        list: t("list"),
        dict: t("dict"),
        set: t("set"),
        frozenset: t("frozenset"),
        range: t("range"),
        slice: t("slice"),
        function: t("function"),
        builtin_function: t("builtin_function_or_method"),
        method: t("method"),
        module: t("module"),
        cell: t("cell"),
        code: t("code"),
        iterator: t("iterator"),
        generator: t("generator"),
        coroutine: t("coroutine"),
        async_generator: t("async_generator"),
        async_generator_asend: t("async_generator_asend"),
        async_generator_athrow: t("async_generator_athrow"),
        coroutine_wrapper: t("coroutine_wrapper"),
        anext_awaitable: t("anext_awaitable"),
        property: t("property"),
        classmethod: t("classmethod"),
        staticmethod: t("staticmethod"),
        super_: t("super"),
        dict_keys: t("dict_keys"),
        dict_values: t("dict_values"),
        dict_items: t("dict_items"),
        traceback: t("traceback"),
        frame: t("frame"),
        member_descriptor: t("member_descriptor"),
        file: t("TextIOWrapper"),
        base_exception: exceptions["BaseException"].clone(),
        exceptions,
        object,
    }
}

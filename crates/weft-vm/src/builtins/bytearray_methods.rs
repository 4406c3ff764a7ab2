//! The list-like mutating methods of `bytearray`: append, extend, insert,
//! pop, remove, clear, copy and reverse. (Indexing and slice assignment are
//! in `vm/subscript.rs`.)

use std::cell::RefCell;
use std::rc::Rc;

use crate::builtins::add_method;
use crate::builtins::method_args::{no_args, one_arg, pos_args, receiver, ssize_arg};
use crate::value::Value;
use crate::vm::{Args, NativeFn, PyResult, Vm};

type Bytes = Rc<RefCell<Vec<u8>>>;

fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<Bytes> {
    match receiver(vm, args, "bytearray", name, |v| {
        matches!(v, Value::ByteArray(_))
    })? {
        Value::ByteArray(b) => Ok(b),
        _ => unreachable!("receiver checked the type"),
    }
}

fn ba_append(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = this(vm, args, "append")?;
    let v = one_arg(vm, args, "bytearray", "append")?;
    let byte = vm.byte_value(v)?;
    b.borrow_mut().push(byte);
    Ok(Value::None)
}

fn ba_extend(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = this(vm, args, "extend")?;
    let v = one_arg(vm, args, "bytearray", "extend")?;
    let new: Vec<u8> = match v {
        Value::Bytes(x) => (**x).clone(),
        Value::ByteArray(x) => x.borrow().clone(),
        _ => {
            let it = match vm.iter(v) {
                Ok(it) => it,
                Err(e) if vm.err_is(&e, "TypeError") => {
                    return Err(
                        vm.type_error(format!("can't extend bytearray with {}", vm.type_name(v)))
                    );
                }
                Err(e) => return Err(e),
            };
            let mut out = Vec::new();
            while let Some(x) = vm.next(&it)? {
                out.push(vm.byte_value(&x)?);
            }
            out
        }
    };
    b.borrow_mut().extend(new);
    Ok(Value::None)
}

fn ba_insert(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = this(vm, args, "insert")?;
    let a = pos_args(vm, args, "bytearray", "insert", 2, 2)?;
    let i = ssize_arg(vm, &a[0])?;
    let byte = vm.byte_value(&a[1])?;
    let mut bytes = b.borrow_mut();
    let n = bytes.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    bytes.insert(at as usize, byte);
    Ok(Value::None)
}

fn ba_pop(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = this(vm, args, "pop")?;
    let a = pos_args(vm, args, "bytearray", "pop", 0, 1)?;
    let i = match a.first() {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let mut bytes = b.borrow_mut();
    let n = bytes.len() as i64;
    if n == 0 {
        drop(bytes);
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let at = if i < 0 { i + n } else { i };
    if at < 0 || at >= n {
        drop(bytes);
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(Value::Int(bytes.remove(at as usize) as i64))
}

fn ba_remove(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = this(vm, args, "remove")?;
    let v = one_arg(vm, args, "bytearray", "remove")?;
    let byte = vm.byte_value(v)?;
    let mut bytes = b.borrow_mut();
    match bytes.iter().position(|x| *x == byte) {
        Some(i) => {
            bytes.remove(i);
            Ok(Value::None)
        }
        None => {
            drop(bytes);
            Err(vm.value_error("value not found in bytearray"))
        }
    }
}

fn ba_clear(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = this(vm, args, "clear")?;
    no_args(vm, args, "bytearray", "clear")?;
    b.borrow_mut().clear();
    Ok(Value::None)
}

fn ba_copy(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = this(vm, args, "copy")?;
    no_args(vm, args, "bytearray", "copy")?;
    let bytes = b.borrow().clone();
    Ok(Value::ByteArray(Rc::new(RefCell::new(bytes))))
}

fn ba_reverse(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = this(vm, args, "reverse")?;
    no_args(vm, args, "bytearray", "reverse")?;
    b.borrow_mut().reverse();
    Ok(Value::None)
}

pub fn install(vm: &mut Vm) {
    let cls = vm.types.bytearray.clone();
    let methods: [(&'static str, NativeFn); 8] = [
        ("append", ba_append),
        ("extend", ba_extend),
        ("insert", ba_insert),
        ("pop", ba_pop),
        ("remove", ba_remove),
        ("clear", ba_clear),
        ("copy", ba_copy),
        ("reverse", ba_reverse),
    ];
    for (name, f) in methods {
        add_method(&cls, "bytearray", name, f);
    }
}

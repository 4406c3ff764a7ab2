//! `bytes` and `bytearray` helpers.

use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The bytes of a bytes-like value or an iterable of ints.
pub fn bytes_from(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Bytes(b) => Ok((**b).clone()),
        Value::ByteArray(b) => Ok(b.borrow().clone()),
        Value::Str(_) => Err(vm.type_error("cannot convert 'str' object to bytes")),
        Value::Int(n) => {
            if *n < 0 {
                return Err(vm.value_error("negative count"));
            }
            Ok(vec![0; *n as usize])
        }
        other => {
            let items = vm.collect(other)?;
            let mut out = Vec::with_capacity(items.len());
            for i in items {
                let n = vm.index_value(&i)?;
                if !(0..256).contains(&n) {
                    return Err(vm.value_error("bytes must be in range(0, 256)"));
                }
                out.push(n as u8);
            }
            Ok(out)
        }
    }
}

//! weft's virtual machine: values, the object model, the bytecode
//! interpreter and the builtins. See `docs/architecture.md`.

pub mod builtins;
pub mod format;
pub mod gc;
pub mod types;
pub mod value;
pub mod vm;

pub use value::Value;
pub use vm::{PyErr, PyResult, Vm};

//! Object layouts for the builtin types. Behaviour (methods) lives in
//! `crate::builtins`; these modules only define storage.

pub mod class;
pub mod dict;
pub mod exception;
pub mod function;
pub mod inst_dict;
pub mod iter;
pub mod misc;
pub mod module;
pub mod set;
pub mod str;
pub mod tuple;

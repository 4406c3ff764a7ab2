//! The slow halves of some handlers, out of line: inline cache misses and
//! instructions whose work is mostly a call.

use crate::value::Value;
use crate::vm::frame::Frame;
use crate::vm::inline_cache::inline_property_getter;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// `LoadAttr` after the inline cache's hit path missed: the cache's
    /// slow path, then the generic protocol. Or, when the cache knows the
    /// attribute is a property whose getter is a plain Python function
    /// (CPython 3.12's `LOAD_ATTR_PROPERTY`), the getter's frame with the
    /// object as its argument, for the caller to run inline: its return
    /// value then takes the object's place on the stack.
    #[inline(never)]
    pub(super) fn load_attr_miss(
        &mut self,
        frame: &mut Frame,
        arg: u32,
    ) -> PyResult<Option<Box<Frame>>> {
        let code = &*frame.code;
        let cache = code.cache(frame.ip - 1);
        if let Some(getter) = inline_property_getter(cache, frame.top()) {
            if self.depth < self.recursion_limit {
                let at = frame.stack.len() - 1;
                return Ok(Some(self.simple_frame(&getter, frame, at, at)));
            }
        }
        let obj = frame.pop();
        let code = &*frame.code;
        let name = &code.names[arg as usize];
        let cache = code.cache(frame.ip - 1);
        let v = match self.load_attr_cached(cache, &obj, name, false)? {
            Some((v, _)) => v,
            None => self.get_attr(&obj, name)?,
        };
        frame.push(v);
        Ok(None)
    }

    /// `LoadMethod` after the inline cache's hit paths missed. Pushes
    /// `[func, self]` for a method to call with its receiver, otherwise
    /// `[None, attribute]`.
    #[inline(never)]
    pub(super) fn load_method_miss(&mut self, frame: &mut Frame, arg: u32) -> PyResult<()> {
        let obj = frame.pop();
        let code = &*frame.code;
        let name = &code.names[arg as usize];
        let cache = code.cache(frame.ip - 1);
        let (v, plain) = match self.load_attr_cached(cache, &obj, name, true)? {
            Some(found) => found,
            None => match self.get_method(&obj, name)? {
                Some(func) => (func, true),
                None => (self.get_attr(&obj, name)?, false),
            },
        };
        if plain {
            frame.push(v);
            frame.push(obj);
        } else {
            frame.push(Value::None);
            frame.push(v);
        }
        Ok(())
    }

    /// `FormatValue`: one f-string field (`arg & 3` picks the conversion,
    /// `arg & 4` says a format spec is on the stack).
    #[inline(never)]
    pub(super) fn format_value(&mut self, frame: &mut Frame, arg: u32) -> PyResult<()> {
        let spec = if arg & 4 != 0 {
            Some(frame.pop())
        } else {
            None
        };
        let v = frame.pop();
        let v = match arg & 3 {
            1 => self.str(&v)?,
            2 => self.repr(&v)?,
            3 => self.ascii(&v)?,
            _ => v,
        };
        let spec_str = match &spec {
            Some(Value::Str(s)) => s.as_str(),
            _ => "",
        };
        let r = match (&v, spec_str.is_empty()) {
            (Value::Str(_), true) => v,
            _ => self.format(&v, spec_str)?,
        };
        frame.push(r);
        Ok(())
    }

    /// `StoreAttr` after the inline cache's hit path missed.
    #[inline(never)]
    pub(super) fn store_attr_miss(
        &mut self,
        frame: &Frame,
        arg: u32,
        obj: Value,
        v: Value,
    ) -> PyResult<()> {
        let code = &*frame.code;
        let name = &code.names[arg as usize];
        let cache = code.cache(frame.ip - 1);
        if let Err(v) = self.store_attr_cached(cache, &obj, name, v)? {
            self.set_attr(&obj, name, v)?;
        }
        Ok(())
    }

    /// `BinarySlice`: [obj, start, stop] -> [obj[start:stop]].
    #[inline(never)]
    pub(super) fn binary_slice_op(&mut self, frame: &mut Frame) -> PyResult<()> {
        let stop = frame.pop();
        let start = frame.pop();
        let obj = frame.pop();
        let v = self.binary_slice(&obj, start, stop)?;
        frame.push(v);
        Value::release(obj);
        Ok(())
    }

    /// `StoreSlice`: [value, obj, start, stop] -> [], `obj[start:stop] = value`.
    #[inline(never)]
    pub(super) fn store_slice_op(&mut self, frame: &mut Frame) -> PyResult<()> {
        let stop = frame.pop();
        let start = frame.pop();
        let obj = frame.pop();
        let v = frame.pop();
        self.store_slice(&obj, start, stop, v)?;
        Value::release(obj);
        Ok(())
    }
}

/// `[a] -> [a op b]` in place for the `BinaryOp` `next` when both are

#[inline(never)]
pub(super) fn make_slice(frame: &mut Frame, arg: u32) {
    let step = if arg == 3 { frame.pop() } else { Value::None };
    let stop = frame.pop();
    let start = frame.pop();
    let s = crate::types::misc::PySlice { start, stop, step };
    frame.push(Value::Slice(std::rc::Rc::new(s)));
}

/// `BuildSlice 3` + `BinarySubscr` on [obj, start, stop, step] when
/// `subscript::slice_simple` can do it without a slice object (no Python
/// code, no error): replaces the four items with the result and returns
/// true, else leaves the stack alone.
#[inline(never)]
pub(super) fn slice_subscr_fast(frame: &mut Frame) -> bool {
    let n = frame.stack.len();
    let Some([obj, start, stop, step]) = n.checked_sub(4).map(|k| &frame.stack[k..]) else {
        return false;
    };
    let Some(v) = crate::vm::subscript::slice_simple(obj, start, stop, step) else {
        return false;
    };
    // The bounds are ints or None: nothing to free but the container.
    frame.stack.truncate(n - 3);
    let obj = std::mem::replace(frame.stack.last_mut().unwrap(), v);
    Value::release(obj);
    true
}

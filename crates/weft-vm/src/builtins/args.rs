//! CPython-style argument checking for builtin functions: Argument Clinic
//! signatures (`round() missing required argument 'number' (pos 1)`) and
//! positional-only forms (`divmod expected 2 arguments, got 1`).

use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// An Argument-Clinic style signature: `posonly` positional-only parameters,
/// then the keyword-capable ones named in `kw`.
pub struct Sig {
    pub name: &'static str,
    pub posonly: usize,
    pub kw: &'static [&'static str],
    /// Required parameters (all positional-capable).
    pub minpos: usize,
    /// How many parameters can be passed positionally.
    pub maxpos: usize,
}

/// Bind `args` to `sig` with CPython's messages (`_PyArg_UnpackKeywords`);
/// one slot per parameter, `None` when not given.
pub fn sig_args(vm: &Vm, args: &Args, sig: &Sig) -> PyResult<Vec<Option<Value>>> {
    let name = sig.name;
    let pos = args.pos();
    let nargs = pos.len();
    let nkw = args.kwnames.len();
    let maxargs = sig.posonly + sig.kw.len();
    let s = |n: usize| if n == 1 { "" } else { "s" };
    if nargs + nkw > maxargs {
        return Err(vm.type_error(format!(
            "{name}() takes at most {maxargs} {}argument{} ({} given)",
            if nargs == 0 { "keyword " } else { "" },
            s(maxargs),
            nargs + nkw
        )));
    }
    if nargs > sig.maxpos {
        return Err(vm.type_error(if sig.maxpos == 0 {
            format!("{name}() takes no positional arguments")
        } else {
            format!(
                "{name}() takes {} {} positional argument{} ({nargs} given)",
                if sig.minpos < sig.maxpos {
                    "at most"
                } else {
                    "exactly"
                },
                sig.maxpos,
                s(sig.maxpos)
            )
        }));
    }
    let minposonly = sig.posonly.min(sig.minpos);
    if nargs < minposonly {
        return Err(vm.type_error(format!(
            "{name}() takes {} {minposonly} positional argument{} ({nargs} given)",
            if minposonly < sig.maxpos {
                "at least"
            } else {
                "exactly"
            },
            s(minposonly)
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; maxargs];
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    let mut used = 0;
    for i in nargs.max(sig.posonly)..maxargs {
        let key = sig.kw[i - sig.posonly];
        match args.kw(key) {
            Some(v) => {
                out[i] = Some(v.clone());
                used += 1;
            }
            None if i < sig.minpos => {
                return Err(vm.type_error(format!(
                    "{name}() missing required argument '{key}' (pos {})",
                    i + 1
                )));
            }
            None => {}
        }
    }
    if used < nkw {
        for i in sig.posonly..nargs {
            let key = sig.kw[i - sig.posonly];
            if args.kw(key).is_some() {
                return Err(vm.type_error(format!(
                    "argument for {name}() given by name ('{key}') and position ({})",
                    i + 1
                )));
            }
        }
        for (k, _) in args.kwargs() {
            let known = sig.kw[nargs.saturating_sub(sig.posonly)..].contains(&k.as_str());
            if !known {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for {name}()",
                    k.as_str()
                )));
            }
        }
    }
    Ok(out)
}

/// Positional-only arguments, `min..=max` of them, no keywords
/// (`divmod expected 2 arguments, got 1`).
pub fn positional<'a>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let pos = args.pos();
    let n = pos.len();
    let s = |k: usize| if k == 1 { "" } else { "s" };
    if n < min || n > max {
        let msg = if min == max {
            format!("{name} expected {min} argument{}, got {n}", s(min))
        } else if n < min {
            format!("{name} expected at least {min} argument{}, got {n}", s(min))
        } else {
            format!("{name} expected at most {max} argument{}, got {n}", s(max))
        };
        return Err(vm.type_error(msg));
    }
    Ok(pos)
}

/// The single argument of a one-argument builtin (`any() takes exactly one argument (0 given)`).
#[inline]
pub fn exactly_one<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    if let ([v], []) = (args.args, args.kwnames) {
        return Ok(v);
    }
    exactly_one_slow(vm, args, name)
}

#[inline(never)]
fn exactly_one_slow<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    match args.pos() {
        [v] => Ok(v),
        p => Err(vm.type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            p.len()
        ))),
    }
}

//! The `time` module: clocks, `sleep`, `struct_time` conversions
//! (`gmtime`, `localtime`, `mktime`), formatting (`strftime`, `asctime`,
//! `ctime`) and the timezone constants. Calendar work is done by the C
//! library, as CPython does, so results (including `strftime` directives and
//! the local timezone) match it exactly.

use std::ffi::{CStr, CString};
use std::rc::Rc;

use crate::builtins::builtin;
use crate::builtins::math::to_index;
use crate::builtins::structseq;
use crate::types::class::Class;
use crate::types::module::Module;
use crate::value::Value;
use crate::vm::{Args, NativeFn, PyErr, PyResult, Vm};

unsafe extern "C" {
    fn tzset();
}

const STRUCT_TIME_FIELDS: [&str; 11] = [
    "tm_year",
    "tm_mon",
    "tm_mday",
    "tm_hour",
    "tm_min",
    "tm_sec",
    "tm_wday",
    "tm_yday",
    "tm_isdst",
    "tm_zone",
    "tm_gmtoff",
];

// ----- argument checking ------------------------------------------------------

fn no_args(vm: &Vm, args: &Args, name: &str) -> PyResult<()> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("time.{name}() takes no keyword arguments")));
    }
    if !args.args.is_empty() {
        return Err(vm.type_error(format!(
            "time.{name}() takes no arguments ({} given)",
            args.args.len()
        )));
    }
    Ok(())
}

fn one_arg<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("time.{name}() takes no keyword arguments")));
    }
    match args.args {
        [x] => Ok(x),
        a => Err(vm.type_error(format!(
            "time.{name}() takes exactly one argument ({} given)",
            a.len()
        ))),
    }
}

/// `PyArg_ParseTuple(args, "|O:name")`: an optional single argument.
fn opt_arg<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<Option<&'a Value>> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    match args.args {
        [] => Ok(None),
        [x] => Ok(Some(x).filter(|v| !v.is_none())),
        a => Err(vm.type_error(format!(
            "{name}() takes at most 1 argument ({} given)",
            a.len()
        ))),
    }
}

// ----- clocks -------------------------------------------------------------------

fn clock_ns(vm: &Vm, clock: libc::clockid_t) -> PyResult<i128> {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec.
    let rc = unsafe { libc::clock_gettime(clock, &mut ts) };
    if rc != 0 {
        return Err(errno_error(vm));
    }
    Ok(ts.tv_sec as i128 * 1_000_000_000 + ts.tv_nsec as i128)
}

fn ns_to_secs(ns: i128) -> Value {
    Value::float(ns as f64 / 1e9)
}

fn ns_to_int(ns: i128) -> Value {
    match i64::try_from(ns) {
        Ok(i) => Value::Int(i),
        Err(_) => Value::from_bigint(num_bigint::BigInt::from(ns)),
    }
}

macro_rules! clock_fns {
    ($secs:ident, $ns:ident, $py:literal, $py_ns:literal, $clock:expr) => {
        fn $secs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
            no_args(vm, args, $py)?;
            Ok(ns_to_secs(clock_ns(vm, $clock)?))
        }
        fn $ns(vm: &mut Vm, args: &Args) -> PyResult<Value> {
            no_args(vm, args, $py_ns)?;
            Ok(ns_to_int(clock_ns(vm, $clock)?))
        }
    };
}

clock_fns!(t_time, t_time_ns, "time", "time_ns", libc::CLOCK_REALTIME);
clock_fns!(
    t_monotonic,
    t_monotonic_ns,
    "monotonic",
    "monotonic_ns",
    libc::CLOCK_MONOTONIC
);
clock_fns!(
    t_perf_counter,
    t_perf_counter_ns,
    "perf_counter",
    "perf_counter_ns",
    libc::CLOCK_MONOTONIC
);
clock_fns!(
    t_process_time,
    t_process_time_ns,
    "process_time",
    "process_time_ns",
    libc::CLOCK_PROCESS_CPUTIME_ID
);
clock_fns!(
    t_thread_time,
    t_thread_time_ns,
    "thread_time",
    "thread_time_ns",
    libc::CLOCK_THREAD_CPUTIME_ID
);

fn clock_id_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<libc::clockid_t> {
    let v = one_arg(vm, args, name)?;
    match to_index(vm, v)? {
        Value::Int(i) if i32::try_from(i).is_ok() => Ok(i as libc::clockid_t),
        _ => Err(vm.overflow_error("Python int too large to convert to C int")),
    }
}

fn t_clock_gettime(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let c = clock_id_arg(vm, args, "clock_gettime")?;
    Ok(ns_to_secs(clock_ns(vm, c)?))
}

fn t_clock_gettime_ns(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let c = clock_id_arg(vm, args, "clock_gettime_ns")?;
    Ok(ns_to_int(clock_ns(vm, c)?))
}

fn t_clock_getres(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let c = clock_id_arg(vm, args, "clock_getres")?;
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec.
    if unsafe { libc::clock_getres(c, &mut ts) } != 0 {
        return Err(errno_error(vm));
    }
    Ok(Value::float(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9))
}

fn t_get_clock_info(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(vm, args, "get_clock_info")?;
    let Value::Str(name) = v else {
        return Err(vm.type_error(format!(
            "get_clock_info() argument 1 must be str, not {}",
            vm.type_name(v)
        )));
    };
    let (implementation, clock, monotonic, adjustable) = match name.as_str() {
        "time" => (
            "clock_gettime(CLOCK_REALTIME)",
            libc::CLOCK_REALTIME,
            false,
            true,
        ),
        "monotonic" | "perf_counter" => (
            "clock_gettime(CLOCK_MONOTONIC)",
            libc::CLOCK_MONOTONIC,
            true,
            false,
        ),
        "process_time" => (
            "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)",
            libc::CLOCK_PROCESS_CPUTIME_ID,
            true,
            false,
        ),
        "thread_time" => (
            "clock_gettime(CLOCK_THREAD_CPUTIME_ID)",
            libc::CLOCK_THREAD_CPUTIME_ID,
            true,
            false,
        ),
        _ => return Err(vm.value_error("unknown clock")),
    };
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec.
    unsafe { libc::clock_getres(clock, &mut ts) };
    let resolution = ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9;
    Ok(structseq::new_namespace(
        vm,
        vec![
            ("implementation", Value::str(implementation)),
            ("monotonic", Value::Bool(monotonic)),
            ("adjustable", Value::Bool(adjustable)),
            ("resolution", Value::float(resolution)),
        ],
    ))
}

/// The value of a float or float-subclass instance (CPython's `PyFloat_Check`).
fn float_value(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(f.get()),
        Value::Instance(inst) => match *inst.base_value() {
            Some(Value::Float(f)) => Some(f.get()),
            _ => None,
        },
        _ => None,
    }
}

fn t_sleep(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(vm, args, "sleep")?;
    let ns: i128 = match float_value(v) {
        Some(f) => {
            if f.is_nan() {
                return Err(vm.value_error("Invalid value NaN (not a number)"));
            }
            let d = (f * 1e9).ceil();
            if !(-(i64::MAX as f64)..i64::MAX as f64).contains(&d) {
                return Err(vm.overflow_error("timestamp out of range for platform time_t"));
            }
            d as i128
        }
        None => match to_index(vm, v)? {
            Value::Int(i) => match i.checked_mul(1_000_000_000) {
                Some(n) => n as i128,
                None => {
                    return Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t"));
                }
            },
            _ => return Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t")),
        },
    };
    if ns < 0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    std::thread::sleep(std::time::Duration::from_nanos(ns as u64));
    Ok(Value::None)
}

// ----- struct_time ----------------------------------------------------------------

fn struct_time_class(vm: &mut Vm) -> Rc<Class> {
    if let Some(Value::Module(m)) = vm.modules.get_str("time")
        && let Some(Value::Class(c)) = m.dict.get_str("struct_time")
    {
        return c;
    }
    structseq::new_type(vm, "time", "struct_time", &STRUCT_TIME_FIELDS, 9, true)
}

fn errno_error(vm: &Vm) -> PyErr {
    let e = std::io::Error::last_os_error();
    let code = e.raw_os_error().unwrap_or(0);
    // SAFETY: strerror returns a valid NUL-terminated string.
    let msg = unsafe { CStr::from_ptr(libc::strerror(code)) }
        .to_string_lossy()
        .into_owned();
    vm.error("OSError", format!("[Errno {code}] {msg}"))
}

fn empty_tm() -> libc::tm {
    libc::tm {
        tm_sec: 0,
        tm_min: 0,
        tm_hour: 0,
        tm_mday: 0,
        tm_mon: 0,
        tm_year: 0,
        tm_wday: 0,
        tm_yday: 0,
        tm_isdst: 0,
        tm_gmtoff: 0,
        tm_zone: std::ptr::null(),
    }
}

/// A timestamp argument as `time_t`, rounding floats toward -inf.
fn to_time_t(vm: &mut Vm, v: &Value) -> PyResult<libc::time_t> {
    let out_of_range = |vm: &Vm| vm.overflow_error("timestamp out of range for platform time_t");
    match float_value(v) {
        Some(f) => {
            if f.is_nan() {
                return Err(vm.value_error("Invalid value NaN (not a number)"));
            }
            let d = f.floor();
            if !(-(i64::MAX as f64)..i64::MAX as f64).contains(&d) {
                return Err(out_of_range(vm));
            }
            Ok(d as libc::time_t)
        }
        None => match to_index(vm, v)? {
            Value::Int(i) => Ok(i as libc::time_t),
            _ => Err(out_of_range(vm)),
        },
    }
}

fn now_time_t(vm: &Vm) -> PyResult<libc::time_t> {
    Ok((clock_ns(vm, libc::CLOCK_REALTIME)?.div_euclid(1_000_000_000)) as libc::time_t)
}

fn tm_to_struct_time(vm: &mut Vm, tm: &libc::tm) -> Value {
    let zone = if tm.tm_zone.is_null() {
        Value::None
    } else {
        // SAFETY: the C library set tm_zone to a NUL-terminated string.
        Value::string(
            unsafe { CStr::from_ptr(tm.tm_zone) }
                .to_string_lossy()
                .into_owned(),
        )
    };
    let values = vec![
        Value::Int(tm.tm_year as i64 + 1900),
        Value::Int(tm.tm_mon as i64 + 1),
        Value::Int(tm.tm_mday as i64),
        Value::Int(tm.tm_hour as i64),
        Value::Int(tm.tm_min as i64),
        Value::Int(tm.tm_sec as i64),
        Value::Int((tm.tm_wday as i64 + 6) % 7),
        Value::Int(tm.tm_yday as i64 + 1),
        Value::Int(tm.tm_isdst as i64),
        zone,
        Value::Int(tm.tm_gmtoff as i64),
    ];
    let cls = struct_time_class(vm);
    structseq::new_instance(&cls, values)
}

fn convert_time(vm: &mut Vm, args: &Args, name: &str, local: bool) -> PyResult<Value> {
    let t = match opt_arg(vm, args, name)? {
        Some(v) => to_time_t(vm, v)?,
        None => now_time_t(vm)?,
    };
    let tm = c_time(vm, t, local)?;
    Ok(tm_to_struct_time(vm, &tm))
}

/// `gmtime_r` / `localtime_r`.
fn c_time(vm: &Vm, t: libc::time_t, local: bool) -> PyResult<libc::tm> {
    let mut tm = empty_tm();
    // SAFETY: both pointers are valid for the duration of the call.
    let r = unsafe {
        if local {
            libc::localtime_r(&t, &mut tm)
        } else {
            libc::gmtime_r(&t, &mut tm)
        }
    };
    if r.is_null() {
        return Err(errno_error(vm));
    }
    Ok(tm)
}

fn t_gmtime(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    convert_time(vm, args, "gmtime", false)
}

fn t_localtime(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    convert_time(vm, args, "localtime", true)
}

/// A 9-tuple or struct_time as a `struct tm` (CPython's `gettmarg`). The
/// returned CString, if any, owns the `tm_zone` text and must outlive `tm`.
fn tuple_to_tm(vm: &mut Vm, v: &Value, func: &str) -> PyResult<(libc::tm, Option<CString>)> {
    let Some(t) = structseq::as_tuple(v) else {
        return Err(vm.type_error("Tuple or struct_time argument required"));
    };
    if t.len() != 9 {
        return Err(vm.type_error(format!("{func}(): illegal time tuple argument")));
    }
    let mut f = [0i32; 9];
    for (i, item) in t.items.iter().enumerate() {
        f[i] = match to_index(vm, item)? {
            Value::Int(x) if x > i32::MAX as i64 => {
                return Err(vm.overflow_error("signed integer is greater than maximum"));
            }
            Value::Int(x) if x < i32::MIN as i64 => {
                return Err(vm.overflow_error("signed integer is less than minimum"));
            }
            Value::Int(x) => x as i32,
            Value::BigInt(b) if num_traits::Signed::is_negative(&*b) => {
                return Err(vm.overflow_error("signed integer is less than minimum"));
            }
            _ => return Err(vm.overflow_error("signed integer is greater than maximum")),
        };
    }
    if f[0] < i32::MIN + 1900 {
        return Err(vm.overflow_error("year out of range"));
    }
    let mut tm = empty_tm();
    tm.tm_year = f[0] - 1900;
    tm.tm_mon = f[1].wrapping_sub(1);
    tm.tm_mday = f[2];
    tm.tm_hour = f[3];
    tm.tm_min = f[4];
    tm.tm_sec = f[5];
    tm.tm_wday = f[6].wrapping_add(1) % 7;
    tm.tm_yday = f[7].wrapping_sub(1);
    tm.tm_isdst = f[8];
    let mut zone = None;
    if let Value::Instance(inst) = v
        && let Some(d) = inst.dict()
    {
        if let Some(Value::Str(z)) = d.get_str("tm_zone") {
            let c = CString::new(z.as_str().replace('\0', "")).unwrap_or_default();
            tm.tm_zone = c.as_ptr();
            zone = Some(c);
        }
        if let Some(Value::Int(off)) = d.get_str("tm_gmtoff") {
            tm.tm_gmtoff = off as libc::c_long;
        }
    }
    Ok((tm, zone))
}

/// CPython's `checktm`, normalising the zero values Python code may pass.
fn check_tm(vm: &Vm, tm: &mut libc::tm) -> PyResult<()> {
    if tm.tm_mon == -1 {
        tm.tm_mon = 0;
    } else if !(0..=11).contains(&tm.tm_mon) {
        return Err(vm.value_error("month out of range"));
    }
    if tm.tm_mday == 0 {
        tm.tm_mday = 1;
    } else if !(0..=31).contains(&tm.tm_mday) {
        return Err(vm.value_error("day of month out of range"));
    }
    if !(0..=23).contains(&tm.tm_hour) {
        return Err(vm.value_error("hour out of range"));
    }
    if !(0..=59).contains(&tm.tm_min) {
        return Err(vm.value_error("minute out of range"));
    }
    if !(0..=61).contains(&tm.tm_sec) {
        return Err(vm.value_error("seconds out of range"));
    }
    if tm.tm_wday < 0 {
        return Err(vm.value_error("day of week out of range"));
    }
    if tm.tm_yday == -1 {
        tm.tm_yday = 0;
    } else if !(0..=365).contains(&tm.tm_yday) {
        return Err(vm.value_error("day of year out of range"));
    }
    Ok(())
}

fn t_mktime(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = one_arg(vm, args, "mktime")?;
    let (mut tm, _zone) = tuple_to_tm(vm, v, "mktime")?;
    tm.tm_wday = -1;
    // SAFETY: `tm` is a valid struct tm; mktime only reads/normalises it.
    let t = unsafe { libc::mktime(&mut tm) };
    if t == -1 && tm.tm_wday == -1 {
        return Err(vm.overflow_error("mktime argument out of range"));
    }
    Ok(Value::float(t as f64))
}

fn t_strftime(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("strftime() takes no keyword arguments"));
    }
    let (fmt, tv) = match args.args {
        [f] => (f, None),
        [f, t] => (f, Some(t)),
        [] => {
            return Err(vm.type_error("strftime() takes at least 1 argument (0 given)"));
        }
        a => {
            return Err(vm.type_error(format!(
                "strftime() takes at most 2 arguments ({} given)",
                a.len()
            )));
        }
    };
    let Value::Str(fmt) = fmt else {
        return Err(vm.type_error(format!(
            "strftime() argument 1 must be str, not {}",
            vm.type_name(fmt)
        )));
    };
    let (mut tm, zone) = match tv {
        Some(t) => tuple_to_tm(vm, t, "strftime")?,
        None => {
            let now = now_time_t(vm)?;
            (c_time(vm, now, true)?, None)
        }
    };
    check_tm(vm, &mut tm)?;
    tm.tm_isdst = tm.tm_isdst.clamp(-1, 1);
    let fmt = fmt.as_str();
    if fmt.contains('\0') {
        return Err(vm.value_error("embedded null character"));
    }
    let out = c_strftime(fmt, &tm);
    drop(zone);
    Ok(Value::string(out))
}

/// The C library's `strftime`, with a growing buffer (an empty result for a
/// non-empty format is legitimate, e.g. `%p` in some locales).
fn c_strftime(fmt: &str, tm: &libc::tm) -> String {
    let Ok(cfmt) = CString::new(fmt) else {
        return String::new();
    };
    let mut size = 1024usize;
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: buf has `size` writable bytes; cfmt and tm are valid.
        let n = unsafe {
            libc::strftime(
                buf.as_mut_ptr() as *mut libc::c_char,
                size,
                cfmt.as_ptr(),
                tm,
            )
        };
        if n > 0 || size >= 256 * fmt.len().max(1) {
            buf.truncate(n);
            return String::from_utf8_lossy(&buf).into_owned();
        }
        size *= 2;
    }
}

fn asctime_string(tm: &libc::tm) -> String {
    const WDAY: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    const MON: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        WDAY[tm.tm_wday.clamp(0, 6) as usize],
        MON[tm.tm_mon.clamp(0, 11) as usize],
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        1900i64 + tm.tm_year as i64
    )
}

fn t_asctime(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("time.asctime() takes no keyword arguments"));
    }
    let tm = match args.args {
        [] => {
            let now = now_time_t(vm)?;
            c_time(vm, now, true)?
        }
        [t] => {
            let (mut tm, _zone) = tuple_to_tm(vm, t, "asctime")?;
            check_tm(vm, &mut tm)?;
            tm
        }
        a => {
            return Err(vm.type_error(format!(
                "asctime expected at most 1 argument, got {}",
                a.len()
            )));
        }
    };
    Ok(Value::string(asctime_string(&tm)))
}

fn t_ctime(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let t = match opt_arg(vm, args, "ctime")? {
        Some(v) => to_time_t(vm, v)?,
        None => now_time_t(vm)?,
    };
    let tm = c_time(vm, t, true)?;
    Ok(Value::string(asctime_string(&tm)))
}

fn t_strptime(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(vm.not_implemented("time.strptime"))
}

/// Set `timezone`, `altzone`, `daylight` and `tzname` the way CPython does
/// on glibc: from the local time of January and July of the current year.
fn set_timezone_attrs(m: &Module) {
    const YEAR: libc::time_t = (365 * 24 + 6) * 3600;
    // SAFETY: tzset initialises the C library's timezone state.
    unsafe { tzset() };
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as libc::time_t)
        .unwrap_or(0);
    let zone_at = |t: libc::time_t| -> (i64, String) {
        let mut tm = empty_tm();
        // SAFETY: both pointers are valid for the duration of the call.
        if unsafe { libc::localtime_r(&t, &mut tm) }.is_null() {
            return (0, String::new());
        }
        let name = if tm.tm_zone.is_null() {
            String::new()
        } else {
            // SAFETY: the C library set tm_zone to a NUL-terminated string.
            unsafe { CStr::from_ptr(tm.tm_zone) }
                .to_string_lossy()
                .chars()
                .take(9)
                .collect()
        };
        (-(tm.tm_gmtoff as i64), name)
    };
    let jan_t = now / YEAR * YEAR;
    let (jan, jan_name) = zone_at(jan_t);
    let (jul, jul_name) = zone_at(jan_t + YEAR / 2);
    let ((tz, tz_name), (alt, alt_name)) = if jan < jul {
        // DST is reversed in the southern hemisphere.
        ((jul, jul_name), (jan, jan_name))
    } else {
        ((jan, jan_name), (jul, jul_name))
    };
    let d = &m.dict;
    d.set_str("timezone", Value::Int(tz));
    d.set_str("altzone", Value::Int(alt));
    d.set_str("daylight", Value::Int((tz != alt) as i64));
    d.set_str(
        "tzname",
        Value::tuple(vec![Value::string(tz_name), Value::string(alt_name)]),
    );
}

fn t_tzset(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_args(vm, args, "tzset")?;
    if let Some(Value::Module(m)) = vm.modules.get_str("time") {
        set_timezone_attrs(&m);
    }
    Ok(Value::None)
}

pub fn make_time(vm: &mut Vm) -> Rc<Module> {
    let m = vm.new_module("time", None);
    let cls = structseq::new_type(vm, "time", "struct_time", &STRUCT_TIME_FIELDS, 9, true);
    m.dict.set_str("struct_time", Value::Class(cls));
    let funcs: &[(&'static str, NativeFn)] = &[
        ("time", t_time),
        ("time_ns", t_time_ns),
        ("monotonic", t_monotonic),
        ("monotonic_ns", t_monotonic_ns),
        ("perf_counter", t_perf_counter),
        ("perf_counter_ns", t_perf_counter_ns),
        ("process_time", t_process_time),
        ("process_time_ns", t_process_time_ns),
        ("thread_time", t_thread_time),
        ("thread_time_ns", t_thread_time_ns),
        ("clock_gettime", t_clock_gettime),
        ("clock_gettime_ns", t_clock_gettime_ns),
        ("clock_getres", t_clock_getres),
        ("get_clock_info", t_get_clock_info),
        ("sleep", t_sleep),
        ("gmtime", t_gmtime),
        ("localtime", t_localtime),
        ("mktime", t_mktime),
        ("strftime", t_strftime),
        ("strptime", t_strptime),
        ("asctime", t_asctime),
        ("ctime", t_ctime),
        ("tzset", t_tzset),
    ];
    for &(name, f) in funcs {
        m.dict.set_str(name, builtin(name, f));
    }
    for (name, id) in [
        ("CLOCK_REALTIME", libc::CLOCK_REALTIME),
        ("CLOCK_MONOTONIC", libc::CLOCK_MONOTONIC),
        ("CLOCK_PROCESS_CPUTIME_ID", libc::CLOCK_PROCESS_CPUTIME_ID),
        ("CLOCK_THREAD_CPUTIME_ID", libc::CLOCK_THREAD_CPUTIME_ID),
    ] {
        m.dict.set_str(name, Value::Int(id as i64));
    }
    set_timezone_attrs(&m);
    m
}

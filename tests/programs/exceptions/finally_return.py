def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"
print(ret_in_finally())
def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(finally_swallows())
def finally_runs_on_return():
    log = []
    def inner():
        try:
            return "value"
        finally:
            log.append("cleanup")
    r = inner()
    return r, log
print(finally_runs_on_return())
def return_value_evaluated_before_finally():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(return_value_evaluated_before_finally())
def rebind_in_finally():
    x = "original"
    try:
        return x
    finally:
        x = "changed"
print(rebind_in_finally())
def nested_finally():
    log = []
    try:
        try:
            return "inner"
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")
        print(log)
print(nested_finally())
count = 0
def finally_count():
    global count
    for i in range(3):
        try:
            if i == 2:
                return i
        finally:
            count += 1
print(finally_count(), count)

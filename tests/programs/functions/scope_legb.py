x = "global x"
def show():
    return x
def local_shadow():
    x = "local x"
    return x
print(show(), local_shadow(), x)
def enclosing():
    x = "enclosing x"
    def inner():
        return x
    return inner()
print(enclosing())
def builtin_shadow():
    len = lambda s: "fake len"
    return len("abc")
print(builtin_shadow(), len("abc"))
print_ref = print
def uses_builtin():
    return print_ref is print
print(uses_builtin())
def unbound():
    try:
        v = x
        x = "assigned later"
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
print(unbound())
def param_shadow(x):
    return x
print(param_shadow("param x"))
def class_scope():
    y = "function y"
    class Inner:
        y = "class y"
        def method(self):
            return y
        z = y
    return Inner().method(), Inner.z
print(class_scope())
def global_after_local_read():
    global gvar
    gvar = "set"
    return gvar
print(global_after_local_read(), gvar)
a = 1
def modify_list_global():
    lst.append(a)
lst = []
modify_list_global()
print(lst)
def nested_same_name():
    v = 1
    def f():
        v = 2
        def g():
            return v
        return g()
    return f(), v
print(nested_same_name())
def loop_var_in_function():
    for i in range(3):
        pass
    return i
print(loop_var_in_function())
print("x" in globals(), "nonexistent" in globals())
def local_names():
    p = 1
    q = 2
    return sorted(locals())
print(local_names())

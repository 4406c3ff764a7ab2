config = {"port": "8080", "debug": "yes"}
def get_setting(name):
    try:
        return config[name]
    except KeyError:
        print("missing setting", name)
        return int(name)
print("port", get_setting("port"))
print("debug", get_setting("debug"))
config["timeout"] = "30"
print("timeout", int(get_setting("timeout")) * 2)
try:
    get_setting("retries")
except ValueError as e:
    print("caught:", e, "| context:", repr(e.__context__))
print("getting host")
lines = ["alpha", "beta"]
for ln in lines:
    print(ln.upper())
get_setting("host")
print("never printed")

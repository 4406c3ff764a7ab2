visible = "visible"
_underscored = "skipped by star import"
def helper():
    return "helper"

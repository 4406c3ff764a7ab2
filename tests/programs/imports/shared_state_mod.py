print("shared_state_mod loaded")
setting = "default"
counter = 0
log = []
def describe():
    return "setting=" + str(setting) + " counter=" + str(counter)

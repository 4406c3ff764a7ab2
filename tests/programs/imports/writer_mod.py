import shared_state_mod
print("writer_mod loaded")
def write(value):
    shared_state_mod.setting = value
    shared_state_mod.counter += 1
    shared_state_mod.log.append("write " + str(value))

import shared_state_mod
import writer_mod
import reader_mod
print(shared_state_mod.describe())
print(reader_mod.read(), reader_mod.read_copied())
writer_mod.write("first")
print(shared_state_mod.describe())
print(reader_mod.read(), reader_mod.read_copied())
writer_mod.write("second")
print(reader_mod.read(), shared_state_mod.counter, shared_state_mod.log)
shared_state_mod.setting = "set by main"
print(reader_mod.read())
from shared_state_mod import counter
shared_state_mod.counter = 999
print(counter, shared_state_mod.counter)
print(writer_mod.shared_state_mod is reader_mod.shared_state_mod is shared_state_mod)
shared_state_mod.log.append("main appended")
print(reader_mod.shared_state_mod.log)

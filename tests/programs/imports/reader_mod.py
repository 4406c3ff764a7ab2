import shared_state_mod
from shared_state_mod import setting as setting_at_import
print("reader_mod loaded")
def read():
    return shared_state_mod.setting
def read_copied():
    return setting_at_import

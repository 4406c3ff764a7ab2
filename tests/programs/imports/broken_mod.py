print("broken_mod: starting")
partial = "set before failure"
raise ValueError("broken_mod failed during import")

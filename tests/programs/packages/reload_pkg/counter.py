import sys
runs = getattr(sys, "_reload_runs", 0) + 1
sys._reload_runs = runs
print("counter: executing, run", runs)
state = "fresh"
def get():
    return (runs, state)

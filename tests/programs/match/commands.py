# A text-adventure command interpreter built on sequence patterns.

state = {"room": "hall", "inventory": [], "log": []}
exits = {"hall": {"north": "library", "east": "kitchen"},
         "library": {"south": "hall"},
         "kitchen": {"west": "hall"}}
items = {"hall": ["lamp"], "library": ["book", "scroll"], "kitchen": ["knife"]}

def run(line):
    match line.split():
        case []:
            return "say something"
        case ["quit" | "exit"]:
            return "bye"
        case ["look"]:
            here = state["room"]
            return f"{here}: exits {sorted(exits[here])}, items {items[here]}"
        case ["go", direction] | [("north" | "south" | "east" | "west") as direction]:
            here = state["room"]
            match exits[here].get(direction):
                case None:
                    return f"can't go {direction} from {here}"
                case str(target):
                    state["room"] = target
                    return f"moved to {target}"
        case ["take", *names] if names:
            taken = []
            for name in names:
                match items[state["room"]]:
                    case [] if name != "anything":
                        taken.append(f"nothing here for {name}")
                        continue
                    case list(present) if name in present:
                        present.remove(name)
                        state["inventory"].append(name)
                        taken.append(name)
                    case _:
                        taken.append(f"no {name}")
            return "took " + ", ".join(taken)
        case ["take"]:
            return "take what?"
        case ["drop", name] if name in state["inventory"]:
            state["inventory"].remove(name)
            items[state["room"]].append(name)
            return f"dropped {name}"
        case ["drop", name]:
            return f"you don't have {name}"
        case ["inventory" | "inv" | "i"]:
            return f"carrying {state['inventory'] or 'nothing'}"
        case [verb, *rest]:
            return f"don't know how to {verb!r} ({len(rest)} args)"

script = ["look", "take lamp", "take lamp", "north", "look", "take book scroll pen",
          "go west", "south", "go east", "drop knife", "drop book", "look", "inv",
          "", "dance wildly now", "take", "quit"]
for line in script:
    print(f"> {line}")
    print("  " + run(line))

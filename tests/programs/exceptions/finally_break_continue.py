def break_in_finally():
    for i in range(5):
        try:
            raise ValueError(i)
        finally:
            break
    return "broke at " + str(i)
print(break_in_finally())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            out.append(i)
        finally:
            out.append("f" + str(i))
            continue
    return out
print(continue_in_finally())
def break_in_try():
    log = []
    while True:
        try:
            log.append("try")
            break
        finally:
            log.append("finally")
    return log
print(break_in_try())
def continue_in_try():
    log = []
    for i in range(2):
        try:
            continue
        finally:
            log.append(i)
    return log
print(continue_in_try())
def while_continue_finally():
    log = []
    n = 0
    while n < 4:
        n += 1
        try:
            if n % 2:
                continue
            log.append("even " + str(n))
        finally:
            log.append("f" + str(n))
    return log
print(while_continue_finally())
def break_skips_else():
    for i in range(3):
        try:
            break
        finally:
            print("finally before break leaves loop")
    else:
        print("else not run")
    return i
print(break_skips_else())

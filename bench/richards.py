"""Richards-style operating-system task scheduler: classes, inheritance, method calls, linked lists."""


from benchsize import bench_size


# (iterations, idle-task count); count 10000 is the classic configuration.
SIZES = {"full": (12, 10000), "tiny": (1, 500)}

I_IDLE = 1
I_WORK = 2
I_HANDLER_A = 3
I_HANDLER_B = 4
I_DEV_A = 5
I_DEV_B = 6

K_DEV = 1000
K_WORK = 1001

BUFSIZE = 4
TASK_TAB_SIZE = 10


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        nxt = p.link
        while nxt is not None:
            p = nxt
            nxt = p.link
        p.link = self
        return queue


class DeviceRec:
    def __init__(self):
        self.pending = None


class IdleRec:
    def __init__(self, count):
        self.control = 1
        self.count = count


class HandlerRec:
    def __init__(self):
        self.work_in = None
        self.device_in = None

    def work_in_add(self, p):
        self.work_in = p.append_to(self.work_in)
        return self.work_in

    def device_in_add(self, p):
        self.device_in = p.append_to(self.device_in)
        return self.device_in


class WorkerRec:
    def __init__(self):
        self.destination = I_HANDLER_A
        self.count = 0


class TaskState:
    def __init__(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False

    def packet_pending_state(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False
        return self

    def waiting(self):
        self.packet_pending = False
        self.task_waiting = True
        self.task_holding = False
        return self

    def running(self):
        self.packet_pending = False
        self.task_waiting = False
        self.task_holding = False
        return self

    def waiting_with_packet(self):
        self.packet_pending = True
        self.task_waiting = True
        self.task_holding = False
        return self

    def is_holding_or_waiting(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)

    def is_waiting_with_packet(self):
        return self.packet_pending and self.task_waiting and not self.task_holding


class WorkArea:
    def __init__(self):
        self.task_tab = [None] * TASK_TAB_SIZE
        self.task_list = None
        self.hold_count = 0
        self.qpkt_count = 0


class SchedulerError(Exception):
    pass


class Task(TaskState):
    def __init__(self, area, ident, priority, queue, state, rec):
        self.area = area
        self.link = area.task_list
        self.ident = ident
        self.priority = priority
        self.input = queue
        self.packet_pending = state.packet_pending
        self.task_waiting = state.task_waiting
        self.task_holding = state.task_holding
        self.rec = rec
        area.task_list = self
        area.task_tab[ident] = self

    def fn(self, pkt, rec):
        raise NotImplementedError

    def add_packet(self, p, old):
        if self.input is None:
            self.input = p
            self.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            p.append_to(self.input)
        return old

    def run_task(self):
        if self.is_waiting_with_packet():
            msg = self.input
            self.input = msg.link
            if self.input is None:
                self.running()
            else:
                self.packet_pending_state()
        else:
            msg = None
        return self.fn(msg, self.rec)

    def wait_task(self):
        self.task_waiting = True
        return self

    def hold(self):
        self.area.hold_count += 1
        self.task_holding = True
        return self.link

    def release(self, ident):
        t = self.find_tcb(ident)
        t.task_holding = False
        if t.priority > self.priority:
            return t
        return self

    def qpkt(self, pkt):
        t = self.find_tcb(pkt.ident)
        self.area.qpkt_count += 1
        pkt.link = None
        pkt.ident = self.ident
        return t.add_packet(pkt, self)

    def find_tcb(self, ident):
        t = self.area.task_tab[ident]
        if t is None:
            raise SchedulerError(f"bad task id {ident}")
        return t


class DeviceTask(Task):
    def fn(self, pkt, rec):
        if pkt is None:
            pkt = rec.pending
            if pkt is None:
                return self.wait_task()
            rec.pending = None
            return self.qpkt(pkt)
        rec.pending = pkt
        return self.hold()


class HandlerTask(Task):
    def fn(self, pkt, rec):
        if pkt is not None:
            if pkt.kind == K_WORK:
                rec.work_in_add(pkt)
            else:
                rec.device_in_add(pkt)
        work = rec.work_in
        if work is None:
            return self.wait_task()
        count = work.datum
        if count >= BUFSIZE:
            rec.work_in = work.link
            return self.qpkt(work)
        dev = rec.device_in
        if dev is None:
            return self.wait_task()
        rec.device_in = dev.link
        dev.datum = work.data[count]
        work.datum = count + 1
        return self.qpkt(dev)


class IdleTask(Task):
    def fn(self, pkt, rec):
        rec.count -= 1
        if rec.count == 0:
            return self.hold()
        if rec.control & 1 == 0:
            rec.control //= 2
            return self.release(I_DEV_A)
        rec.control = rec.control // 2 ^ 0xD008
        return self.release(I_DEV_B)


A = ord("A")


class WorkTask(Task):
    def fn(self, pkt, rec):
        if pkt is None:
            return self.wait_task()
        dest = I_HANDLER_B if rec.destination == I_HANDLER_A else I_HANDLER_A
        rec.destination = dest
        pkt.ident = dest
        pkt.datum = 0
        for i in range(BUFSIZE):
            rec.count += 1
            if rec.count > 26:
                rec.count = 1
            pkt.data[i] = A + rec.count - 1
        return self.qpkt(pkt)


def schedule(area):
    t = area.task_list
    while t is not None:
        if t.is_holding_or_waiting():
            t = t.link
        else:
            t = t.run_task()


def run_once(idle_count):
    area = WorkArea()
    IdleTask(area, I_IDLE, 1, 10000, TaskState().running(), IdleRec(idle_count))

    queue = Packet(None, 0, K_WORK)
    queue = Packet(queue, 0, K_WORK)
    WorkTask(area, I_WORK, 1000, queue, TaskState().waiting_with_packet(), WorkerRec())

    queue = Packet(None, I_DEV_A, K_DEV)
    queue = Packet(queue, I_DEV_A, K_DEV)
    queue = Packet(queue, I_DEV_A, K_DEV)
    HandlerTask(
        area, I_HANDLER_A, 2000, queue, TaskState().waiting_with_packet(), HandlerRec()
    )

    queue = Packet(None, I_DEV_B, K_DEV)
    queue = Packet(queue, I_DEV_B, K_DEV)
    queue = Packet(queue, I_DEV_B, K_DEV)
    HandlerTask(
        area, I_HANDLER_B, 3000, queue, TaskState().waiting_with_packet(), HandlerRec()
    )

    DeviceTask(area, I_DEV_A, 4000, None, TaskState().waiting(), DeviceRec())
    DeviceTask(area, I_DEV_B, 5000, None, TaskState().waiting(), DeviceRec())

    schedule(area)
    return area.hold_count, area.qpkt_count


def main():
    size = bench_size()
    if size not in SIZES:
        raise SystemExit(f"unknown WEFT_BENCH_SIZE {size!r}: use 'full' or 'tiny'")
    iterations, idle_count = SIZES[size]
    results = set()
    for _ in range(iterations):
        results.add(run_once(idle_count))
    if len(results) != 1:
        raise SchedulerError(f"runs disagree: {sorted(results)}")
    hold_count, qpkt_count = results.pop()
    print(f"richards x {iterations}: hold_count={hold_count} qpkt_count={qpkt_count}")


main()

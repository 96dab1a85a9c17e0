"""What a process tree costs, read from /proc: memory, CPU time and context switches."""

from __future__ import annotations

import array
import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
PAGE = os.sysconf("SC_PAGE_SIZE")
MIB = 1024 * 1024
_PRESENT = 1 << 63
_PFN_MASK = (1 << 55) - 1


def _stat_fields(pid: int) -> list[str] | None:
    """/proc/PID/stat split after the command name (which may contain spaces)."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return text[text.rindex(")") + 2:].split()


def tree(pid: int) -> list[int]:
    """`pid` and every live process descending from it or sharing its session."""
    parents: dict[int, int] = {}
    sessions: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        fields = _stat_fields(int(entry))
        if fields is not None:  # fields[0] is the state, [1] ppid, [2] pgrp, [3] session
            parents[int(entry)] = int(fields[1])
            sessions[int(entry)] = int(fields[3])
    if pid not in parents:
        return []
    session = sessions[pid]
    found = {pid}
    changed = True
    while changed:
        changed = False
        for child, parent in parents.items():
            if child not in found and (parent in found or sessions[child] == session == pid):
                found.add(child)
                changed = True
    return sorted(found)


@dataclass(frozen=True)
class Memory:
    pss_mb: float
    rss_mb: float
    processes: int
    sharers: int  # other Qt or Python processes running: they lower the plain PSS
    pss_alone_mb: float | None  # PSS with their share handed back; None without root


def sharers(pids: list[int], exe: str, marker: str = "libQt6Core") -> list[int]:
    """Processes outside `pids` that run the interpreter `exe` or map a Qt library.

    PSS splits each shared page between the processes mapping it, so another Qt program
    running meanwhile (a test run, the benchmark's own instances) makes the app's PSS look
    smaller than it is alone.
    """
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) in pids:
            continue
        try:
            if os.readlink(f"/proc/{entry}/exe") == exe:
                found.append(int(entry))
                continue
            with open(f"/proc/{entry}/maps", encoding="utf-8", errors="replace") as maps:
                if any(marker in line for line in maps):
                    found.append(int(entry))
        except OSError:
            continue
    return found


def can_see_page_frames() -> bool:
    """Whether /proc/PID/pagemap shows page frame numbers (root) and kpagecount is readable."""
    if not os.access("/proc/kpagecount", os.R_OK):
        return False
    return any(_file_pages(os.getpid()))


def _file_pages(pid: int) -> list[int]:
    """The page frame numbers of the resident pages of `pid`'s file mappings (needs root)."""
    frames: list[int] = []
    try:
        with open(f"/proc/{pid}/maps", encoding="utf-8", errors="replace") as maps:
            lines = maps.read().splitlines()
        fd = os.open(f"/proc/{pid}/pagemap", os.O_RDONLY)
    except OSError:
        return frames
    try:
        for line in lines:
            fields = line.split(maxsplit=5)
            if len(fields) < 6 or not fields[5].startswith("/"):
                continue
            start, end = (int(x, 16) for x in fields[0].split("-"))
            try:
                data = os.pread(fd, (end - start) // PAGE * 8, start // PAGE * 8)
            except OSError:
                continue
            entries = array.array("Q", data)
            frames.extend(e & _PFN_MASK for e in entries if e & _PRESENT)
    finally:
        os.close(fd)
    return frames


def pss_alone(pids: list[int], others: list[int]) -> float | None:
    """PSS of `pids` (MB) as if the processes `others` were not running.

    The kernel's PSS charges each page PAGE / mapcount. For the file pages the app shares with
    `others`, this adds back what their mappings took: PAGE / (mapcount - theirs) instead.
    Needs root (page frame numbers in /proc/PID/pagemap, /proc/kpagecount); None otherwise.
    """
    theirs: Counter[int] = Counter()
    for pid in others:
        theirs.update(_file_pages(pid))  # as often as mapped: that is what mapcount counts
    ours = [f for pid in pids for f in _file_pages(pid)]
    if not ours or not any(ours):
        return None  # no page frame numbers: not root
    extra = 0.0
    try:
        fd = os.open("/proc/kpagecount", os.O_RDONLY)
    except OSError:
        return None
    try:
        for frame in ours:
            shared = theirs.get(frame, 0)
            if not shared:
                continue
            count = int.from_bytes(os.pread(fd, 8, frame * 8), "little")
            if count > 0:
                extra += PAGE / max(1, count - shared) - PAGE / count
    finally:
        os.close(fd)
    pss = sum(_rollup(pid).get("Pss", 0) for pid in pids) * 1024
    return (pss + extra) / MIB


def _rollup(pid: int) -> dict[str, int]:
    """/proc/PID/smaps_rollup in kB."""
    found: dict[str, int] = {}
    try:
        lines = Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
    except OSError:
        return found
    for line in lines:
        key, _, rest = line.partition(":")
        parts = rest.split()
        if len(parts) == 2 and parts[1] == "kB":
            found[key] = int(parts[0])
    return found


def memory(pid: int) -> Memory:
    """PSS and RSS summed over the tree, from /proc/PID/smaps_rollup, and PSS as if alone."""
    pids = tree(pid)
    pss = rss = 0
    for member in pids:
        rollup = _rollup(member)
        pss += rollup.get("Pss", 0)
        rss += rollup.get("Rss", 0)
    try:
        exe = os.readlink(f"/proc/{pid}/exe")
    except OSError:
        exe = ""
    others = sharers(pids, exe)
    return Memory(pss * 1024 / MIB, rss * 1024 / MIB, len(pids), len(others),
                  pss_alone(pids, others))


def rss_mb(pid: int) -> float:
    """RSS summed over the tree from /proc/PID/statm (cheap enough to sample often)."""
    pages = 0
    for member in tree(pid):
        try:
            pages += int(Path(f"/proc/{member}/statm").read_text().split()[1])
        except OSError:
            continue
    return pages * PAGE / MIB


@dataclass(frozen=True)
class Activity:
    """A snapshot: CPU ticks of the tree (children reaped included) and per-thread switches."""

    ticks: int
    switches: dict[tuple[int, int], tuple[int, int]]  # (pid, tid) -> (voluntary, involuntary)
    run_ns: dict[tuple[int, int], int]  # (pid, tid) -> time on a CPU, from schedstat
    names: dict[tuple[int, int], str]  # (pid, tid) -> the thread's name


def activity(pid: int) -> Activity:
    ticks = 0
    switches: dict[tuple[int, int], tuple[int, int]] = {}
    run_ns: dict[tuple[int, int], int] = {}
    names: dict[tuple[int, int], str] = {}
    for member in tree(pid):
        fields = _stat_fields(member)
        if fields is None:
            continue
        ticks += sum(int(f) for f in fields[11:15])  # utime stime cutime cstime
        try:
            tids = os.listdir(f"/proc/{member}/task")
        except OSError:
            continue
        for tid in tids:
            voluntary = involuntary = 0
            try:
                status = Path(f"/proc/{member}/task/{tid}/status").read_text().splitlines()
            except OSError:
                continue
            for line in status:
                if line.startswith("voluntary_ctxt_switches:"):
                    voluntary = int(line.split()[1])
                elif line.startswith("nonvoluntary_ctxt_switches:"):
                    involuntary = int(line.split()[1])
            key = (member, int(tid))
            switches[key] = (voluntary, involuntary)
            try:
                task = Path(f"/proc/{member}/task/{tid}")
                run_ns[key] = int((task / "schedstat").read_text().split()[0])
                names[key] = (task / "comm").read_text().strip()
            except (OSError, ValueError, IndexError):
                pass
    return Activity(ticks, switches, run_ns, names)


@dataclass(frozen=True)
class Idle:
    seconds: float
    cpu_s: float
    voluntary: int
    involuntary: int
    threads: int
    run_s: float  # CPU time from schedstat (ns resolution; exited threads are not counted)
    busy_threads: dict[str, int]  # thread name -> switches in the window, busiest first

    @staticmethod
    def total(parts: Sequence[Idle]) -> Idle:
        """Several windows of one process tree taken together."""
        busy: dict[str, int] = {}
        for part in parts:
            for name, count in part.busy_threads.items():
                busy[name] = busy.get(name, 0) + count
        return Idle(sum(p.seconds for p in parts), sum(p.cpu_s for p in parts),
                    sum(p.voluntary for p in parts), sum(p.involuntary for p in parts),
                    max((p.threads for p in parts), default=0), sum(p.run_s for p in parts),
                    dict(sorted(busy.items(), key=lambda item: -item[1])))

    @property
    def cpu_s_per_120s(self) -> float:
        return self.cpu_s * 120 / self.seconds

    @property
    def run_s_per_120s(self) -> float:
        return self.run_s * 120 / self.seconds

    @property
    def wakeups_per_s(self) -> float:
        return (self.voluntary + self.involuntary) / self.seconds

    @property
    def voluntary_per_s(self) -> float:
        return self.voluntary / self.seconds


def idle_between(before: Activity, after: Activity, seconds: float) -> Idle:
    voluntary = involuntary = 0
    busy: dict[str, int] = {}
    for key, (vol, invol) in after.switches.items():
        vol0, invol0 = before.switches.get(key, (0, 0))
        voluntary += vol - vol0
        involuntary += invol - invol0
        name = after.names.get(key, "?")
        busy[name] = busy.get(name, 0) + vol - vol0 + invol - invol0
    run_ns = sum(ns - before.run_ns.get(key, 0) for key, ns in after.run_ns.items())
    ranked = dict(sorted(busy.items(), key=lambda item: -item[1]))
    return Idle(seconds, (after.ticks - before.ticks) / CLOCK_TICKS, voluntary, involuntary,
                len(after.switches), run_ns / 1e9, ranked)

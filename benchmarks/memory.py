"""Peak resident memory of this process and of its worker processes.

`getrusage` covers this process, but the import's pool workers are children of the forkserver,
which nobody waits for, so their peaks never reach RUSAGE_CHILDREN. A background thread therefore
reads each descendant's high-water mark (VmHWM in /proc) while it lives.
"""

from __future__ import annotations

import os
import resource
import threading
from pathlib import Path

PROC = Path("/proc")


def self_peak_mb() -> float:
    """This process's peak, from its own memory map (VmHWM). `ru_maxrss` is not that: Linux
    carries the parent's peak across fork and exec, so a process started by a large test run
    reported the runner's 700 MB as its own."""
    peak = _hwm_mb(os.getpid())
    return peak or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in PROC.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):  # gone meanwhile, or an unreadable entry
            continue
        tree.setdefault(ppid, []).append(int(entry.name))
    return tree


def descendants(root: int) -> list[int]:
    """Every process below `root` (children, their children, …), from /proc."""
    tree, out, todo = _children(), [], [root]
    while todo:
        for child in tree.get(todo.pop(), []):
            out.append(child)
            todo.append(child)
    return out


def _hwm_mb(pid: int) -> float:
    try:
        for line in (PROC / str(pid) / "status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class DescendantPeaks:
    """`with DescendantPeaks() as peaks: …` then `peaks.max_mb` (largest worker) and
    `peaks.sum_mb` (all workers' peaks added: an upper bound of their total)."""

    def __init__(self, interval: float = 0.2) -> None:
        self.interval = interval
        self.peaks: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = os.getpid()
        while not self._stop.wait(self.interval):
            for pid in descendants(me):
                self.peaks[pid] = max(self.peaks.get(pid, 0.0), _hwm_mb(pid))

    def __enter__(self) -> DescendantPeaks:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def max_mb(self) -> float:
        return max(self.peaks.values(), default=0.0)

    @property
    def sum_mb(self) -> float:
        # the forkserver itself is small; counting it keeps the bound honest
        return sum(self.peaks.values())

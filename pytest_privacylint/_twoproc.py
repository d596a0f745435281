"""Decide a long document's checks in two processes.

A policy of several megabytes is rare but allowed (``max_file_size``), and
its checks cost most of its time. On Linux, with two or more cores and a
process that runs no other thread, :func:`map_split` forks once after the
document is read and indexed: parent and child take the checks one at a time
from a shared queue (a pipe holding their numbers), and the child sends its
results back pickled. The results are the ones a single process gives, in
the same order; when the child cannot fork or dies, the parent decides what
it left. Nothing else is shared: the child ends with ``os._exit`` and never
runs pytest's or the interpreter's exit work.
"""
from __future__ import annotations

import os
import pickle
import signal
import sys
from typing import Callable, TypeVar

T = TypeVar("T")

# a document's text from this many characters is decided in two processes
# (no real policy is near it: the largest in the corpus are about 200 KB)
SPLIT_FROM = 1_000_000

_WIDTH = 2  # bytes per queued number: up to 65,535 items


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _threads() -> int:
    """The threads of this process as the kernel counts them (a thread
    started by C code is one too); 0 when it cannot say."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return 0


def can_split() -> bool:
    """A fork is safe and helps: Linux, two cores or more, one thread (a
    forked child of a threaded process can deadlock on a lock another
    thread held, as under pytest-xdist's workers)."""
    return sys.platform.startswith("linux") and hasattr(os, "fork") and _cores() >= 2 and _threads() == 1


def _read_all(fd: int) -> bytes:
    chunks = []
    while True:
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def _take(fd: int):
    """Numbers from the shared queue until it is empty (reads of _WIDTH
    bytes from a pipe are atomic: each number goes to one process)."""
    while True:
        b = os.read(fd, _WIDTH)
        if len(b) < _WIDTH:
            return
        yield int.from_bytes(b, "big")


def map_split(fn: Callable[[int], T], n: int, *, child_result: Callable[[], object] = lambda: None,
              on_child_result: Callable[[object], None] = lambda _: None) -> list[T]:
    """``[fn(i) for i in range(n)]``, computed by this process and a forked
    child when :func:`can_split` (the caller decides whether the work is
    worth it). Items are taken in order, so put the costly ones first.
    ``fn`` must not raise and its results must pickle. ``child_result()``
    is sent back with the child's results and given to ``on_child_result``
    (the guard's record of fired patterns)."""
    if n < 2 or n >= 1 << (8 * _WIDTH) or not can_split():
        return [fn(i) for i in range(n)]
    queue_r, queue_w = os.pipe()
    try:
        os.write(queue_w, b"".join(i.to_bytes(_WIDTH, "big") for i in range(n)))
    finally:
        os.close(queue_w)  # the queue ends when it is empty
    out_r, out_w = os.pipe()
    try:
        pid = os.fork()
    except OSError:  # no second process: this one takes every item
        for fd in (queue_r, out_r, out_w):
            os.close(fd)
        return [fn(i) for i in range(n)]
    if pid == 0:  # the child: no return from here
        code = 1
        try:
            os.close(out_r)
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            done = {i: fn(i) for i in _take(queue_r)}
            data = pickle.dumps((done, child_result()), protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(out_w, "wb") as out:
                out.write(data)
            code = 0
        finally:
            os._exit(code)
    os.close(out_w)
    results: dict[int, T] = {}
    finished = False
    try:
        for i in _take(queue_r):
            results[i] = fn(i)
        data = _read_all(out_r)
        os.waitpid(pid, 0)
        finished = True
        if data:
            try:
                theirs, extra = pickle.loads(data)
            except Exception:  # noqa: BLE001 - a torn message: decide their part here
                theirs, extra = {}, None
            results.update(theirs)
            if extra is not None:
                on_child_result(extra)
    finally:
        os.close(queue_r)
        os.close(out_r)
        if not finished:
            try:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
            except OSError:
                pass
    return [results[i] if i in results else fn(i) for i in range(n)]

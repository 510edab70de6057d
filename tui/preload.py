"""Loading the edition in a forked child while the reader imports and starts its UI.

Start-up is a chain of CPU-bound steps: importing textual, importing the parser, parsing the
pages, composing the first frame. The parser's steps do not need the UI, so ``start_loading``
forks a child that imports the parser and parses while the parent imports textual; the
parent then takes the finished edition from a pipe (a pickle: ~1 ms for the sample edition).
On a machine with a second core idle that removes the parser from the time to the first
frame. With no core free it would only compete with the UI, so then the edition loads here.

Where forking is not possible or not safe (no ``os.fork``, other threads running) the edition
loads in this process, as it does whenever the child fails in an unexpected way, so a bug
shows its traceback here and not in a child nobody sees.
"""

from __future__ import annotations

import os
import pickle
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from parser.errors import EditionError

if TYPE_CHECKING:
    from parser.model import Edition

Finish = Callable[[], "Edition"]


def input_size(path: Path) -> int:
    """Bytes of text under ``path`` (a file, or the files of a folder)."""
    if path.is_file():
        return path.stat().st_size
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return 0


def load_here(path: Path) -> Edition:
    """Load ``path`` in this process (raises EditionError for bad input)."""
    from parser.loader import load_edition

    return load_edition(path)


def can_fork() -> bool:
    """Fork only a single-threaded process: a child of a threaded one may inherit held locks."""
    return hasattr(os, "fork") and sys.platform != "win32" and threading.active_count() == 1


def idle_cpu() -> bool:
    """Whether a CPU can run the child. On an overloaded machine the child only competes with
    the UI, and its cost (the fork, copied pages: ~10 ms of CPU) is not won back. Linux tells
    the tasks running this instant (this one included) in /proc/loadavg; elsewhere assume a
    machine with more than one core has one free."""
    try:
        with open("/proc/loadavg", "rb") as loadavg:
            return cpu_free(loadavg.read(), len(os.sched_getaffinity(0)))
    except (OSError, ValueError, IndexError, AttributeError):
        return (os.cpu_count() or 1) > 1


def cpu_free(loadavg: bytes, cpus: int) -> bool:
    """From /proc/loadavg (``0.52 0.61 0.70 1/345 6789``: 1 task running): no more tasks than
    ``cpus``. Measured on 2 cores: with one other task (often a short burst) the child still
    won ~25 ms; with three or more it lost ~10 ms."""
    return int(loadavg.split()[3].split(b"/")[0]) <= cpus


def start_loading(path: Path, *, fork: bool | None = None) -> Finish:
    """Begin loading ``path``; the function returned gives the edition or raises EditionError.

    ``fork`` forces (True) or forbids (False) the child; by default it is used when it is safe
    and a CPU is free to run it.
    """
    if not (can_fork() and idle_cpu() if fork is None else fork):
        return lambda: load_here(path)
    # The model (and the dataclasses and typing it imports, which textual needs too) is needed
    # here anyway, to unpickle: imported before the fork, the child does not import it again.
    import parser.model  # noqa: F401

    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(read_end)
        _child(path, write_end)
    os.close(write_end)

    def finish() -> Edition:
        with os.fdopen(read_end, "rb") as pipe:
            data = pipe.read()
        os.waitpid(pid, 0)
        try:
            kind, payload = pickle.loads(data)
        except Exception:  # the child died (killed, out of memory): do the work here
            return load_here(path)
        if kind == "edition":
            return payload  # type: ignore[no-any-return]
        if kind == "error":
            raise EditionError(*payload)
        return load_here(path)  # an unexpected failure: reproduce it here, with its traceback

    return finish


def _child(path: Path, write_end: int) -> None:
    """Parse, send the result (or the error) down the pipe and exit without any clean-up of
    the parent's state (no atexit handlers, no flushing of inherited stdio buffers)."""
    status = 0
    try:
        result: tuple[str, object]
        try:
            result = ("edition", load_here(path))
        except EditionError as err:
            result = ("error", (err.path, err.problem))
        except BaseException:  # reported by the parent, which loads again itself
            result = ("failed", None)
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    except BaseException:
        status = 1
    finally:
        os._exit(status)

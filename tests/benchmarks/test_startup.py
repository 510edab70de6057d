"""Start-up: time to the first frame showing the edition, as a ratio to the smallest Textual app.

Goal (issue 4): ``kanbao`` with no argument shows the sample edition's lead headline in at most
1.4 times what an App whose compose yields one ``Static`` with one word needs, measured in the
same run. What a user waits for is measured: a fresh interpreter, every import, loading the
edition, composing and painting.

Two measurements, runs of both apps interleaved, minimum of each kept (robust on a loaded
2-core machine; quick mode: few runs, KANBAO_BENCH_FULL=1: more):

* headless: ``python -c`` runs the real entry point (``tui.cli.main``) with ``App.run`` made
  headless at 120x40 (patched as the entry point imports textual, so imports keep its order);
  after every refresh the child renders the screen and, once the needle
  (the lead headline, or the minimal app's word) is on it, prints a timestamp and exits.
* tmux: a 120x40 tmux session on a private socket; the command is typed into a shell and the
  pane is captured every 10 ms until the needle shows, as a person would see it.

Run ``pytest tests/benchmarks/test_startup.py -s`` to see the numbers.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
BENCH_FULL = os.environ.get("KANBAO_BENCH_FULL") == "1"  # as tests/conftest.py
GOAL = 1.4
SIZE = (120, 40)
RUNS = 15 if BENCH_FULL else 7
PYTHON = sys.executable
PYCACHE = Path(tempfile.gettempdir()) / "kanbao-startup-pycache"
# The minimal app shows its argument upper-cased, so the typed command line never matches.
WORD = "kanbaominimal"
SHOWN = WORD.upper()

# Appended to both children: exit once `needle` is on the rendered screen.
_WATCH = """
import time
def watch(app, needle):
    def check():
        painted = time.time()  # the frame just painted; rendering it again to look is not timed
        strips = app.screen._compositor.render_strips()
        if needle in "".join(strip.text for strip in strips).replace(" ", ""):
            print(f"FIRST {painted:.6f}", flush=True)
            app.exit()
        else:
            app.call_after_refresh(check)
    async def auto_pilot(pilot):
        app.call_after_refresh(check)
    return auto_pilot
"""
_MINIMAL = """
import sys
from textual.app import App
from textual.widgets import Static
class Minimal(App):
    def compose(self):
        yield Static(sys.argv[1].upper())
app = Minimal()
"""
MINIMAL_HEADLESS = (
    _MINIMAL
    + _WATCH
    + "app.run(headless=True, size=(120, 40), auto_pilot=watch(app, sys.argv[1].upper()))"
)
MINIMAL_TERMINAL = _MINIMAL + "app.run()"
# The real entry point, unchanged, with App.run headless and watched. App.run is patched when
# the entry point itself imports textual.app (an import hook), not by importing textual first:
# the child runs its imports in the order the `kanbao` command does, as in the tmux variant.
OURS_HEADLESS = (
    _WATCH
    + """
import sys
from importlib.machinery import PathFinder
class PatchRun:
    def find_spec(self, name, path=None, target=None):
        if name != "textual.app":
            return None
        sys.meta_path.remove(self)
        spec = PathFinder.find_spec(name, path)
        exec_module = spec.loader.exec_module
        def exec_and_patch(module):
            exec_module(module)
            _run = module.App.run
            def run(self, *args, **kwargs):
                pilot = watch(self, sys.argv[1])
                return _run(self, headless=True, size=(120, 40), auto_pilot=pilot)
            module.App.run = run
        spec.loader.exec_module = exec_and_patch
        return spec
sys.meta_path.insert(0, PatchRun())
from tui.cli import main
sys.exit(main([]))
"""
)


@pytest.fixture(scope="module")
def lead_headline() -> str:
    """The start of the sample edition's lead headline, as it must appear on screen."""
    from parser.loader import load_edition
    from sample_editions import default_edition

    edition = load_edition(default_edition())
    lead = next(item for page in edition.pages for item in page.items if item.title)
    assert lead.title is not None
    return lead.title.split()[0][:10]


def _env() -> dict[str, str]:
    """The children's environment: a user's, with compiled bytecode cached between runs.

    Without a bytecode cache (PYTHONDONTWRITEBYTECODE, as on the development machine) every
    run recompiles kanbao's own modules from source, while textual's come precompiled from
    site-packages: a cost no user pays twice. The cache goes to a directory of its own, not
    into the source tree.
    """
    env = dict(os.environ, PYTHONUTF8="1", PYTHONPYCACHEPREFIX=str(PYCACHE))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("TEXTUAL", None)  # no devtools
    return env


def headless_first_frame(code: str, needle: str) -> float:
    """Seconds from spawning ``python -c code needle`` to its first frame showing ``needle``."""
    start = time.time()
    done = subprocess.run(
        [PYTHON, "-c", code, needle],
        cwd=REPO,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    stamps = [line for line in done.stdout.splitlines() if line.startswith("FIRST ")]
    if not stamps:
        raise AssertionError(f"no frame showed {needle!r}: {done.stderr[-2000:]}")
    return float(stamps[0].split()[1]) - start


def interleaved(runs: int, **subjects: Callable[[], float]) -> dict[str, list[float]]:
    """Each subject ``runs`` times, alternating, so machine load hits all alike."""
    times: dict[str, list[float]] = {name: [] for name in subjects}
    for _ in range(runs):
        for name, subject in subjects.items():
            times[name].append(subject())
    return times


def until_settled(measure: Callable[[], dict[str, list[float]]]) -> dict[str, list[float]]:
    """``measure`` once, and up to twice more while the ratio of minimums is over the goal.

    The minimum of a handful of runs is a noisy estimate of what the machine can do when a
    burst of load hits one app's runs and not the other's; more runs only bring both
    minimums closer to the truth, so a real regression still fails, a passing cloud does not.
    """
    times = measure()
    for _ in range(2):
        if min(times["ours"]) / min(times["minimal"]) <= GOAL:
            break
        for name, values in measure().items():
            times[name].extend(values)
    return times


def report(benchmark: Any, label: str, times: dict[str, list[float]]) -> float:
    ratio = min(times["ours"]) / min(times["minimal"])
    for name, values in times.items():
        shown = ", ".join(f"{v * 1000:.0f}" for v in sorted(values))
        print(f"\n{label} {name:8} min {min(values) * 1000:6.0f} ms  (runs: {shown})", end="")
        benchmark.extra_info[f"{name}_min_ms"] = round(min(values) * 1000, 1)
    print(f"\n{label} ratio {ratio:.2f} (goal <= {GOAL})")
    benchmark.extra_info["ratio"] = round(ratio, 3)
    return ratio


def test_headless_first_frame_ratio(benchmark: Any, lead_headline: str) -> None:
    # One untimed run of each first: fills the bytecode cache and the OS page cache.
    headless_first_frame(MINIMAL_HEADLESS, WORD)
    headless_first_frame(OURS_HEADLESS, lead_headline)

    def measure() -> dict[str, list[float]]:
        return interleaved(
            RUNS,
            minimal=lambda: headless_first_frame(MINIMAL_HEADLESS, WORD),  # shows SHOWN
            ours=lambda: headless_first_frame(OURS_HEADLESS, lead_headline),
        )

    times = benchmark.pedantic(until_settled, args=(measure,), rounds=1, iterations=1)
    assert report(benchmark, "headless", times) <= GOAL


class Tmux:
    """A 120x40 tmux server of our own (private socket) with one shell window."""

    def __init__(self) -> None:
        self.socket = f"kanbao-startup-{os.getpid()}"
        width, height = (str(n) for n in SIZE)
        self("new-session", "-d", "-x", width, "-y", height, "-s", "b", "-c", str(REPO), "sh")

    def __call__(self, *args: str) -> str:
        # The first call starts the server, whose shell inherits this environment.
        return subprocess.run(
            ["tmux", "-L", self.socket, *args],
            capture_output=True,
            text=True,
            timeout=30,
            env=_env(),
        ).stdout

    def screen(self) -> str:
        return self("capture-pane", "-p", "-t", "b").replace(" ", "")

    def first_frame(self, command: str, needle: str, quit_keys: list[str]) -> float:
        """Seconds from pressing enter on ``command`` until ``needle`` is on the pane."""
        self("send-keys", "-t", "b", f"clear; cd {REPO}", "Enter")
        self._wait(lambda: needle not in self.screen())
        start = time.perf_counter()
        self("send-keys", "-t", "b", f"{command}; tmux -L {self.socket} wait-for -S ran", "Enter")
        deadline = start + 60
        while needle not in self.screen():
            if time.perf_counter() > deadline:
                raise AssertionError(f"tmux never showed {needle!r}:\n{self('capture-pane', '-p')}")
            time.sleep(0.01)
        elapsed = time.perf_counter() - start
        self("send-keys", "-t", "b", *quit_keys)
        subprocess.run(["tmux", "-L", self.socket, "wait-for", "ran"], timeout=60, check=True)
        return elapsed

    def _wait(self, ready: Callable[[], bool]) -> None:
        deadline = time.perf_counter() + 10
        while not ready() and time.perf_counter() < deadline:
            time.sleep(0.02)

    def close(self) -> None:
        self("kill-server")


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
def test_tmux_first_frame_ratio(benchmark: Any, lead_headline: str, tmp_path: Path) -> None:
    kanbao = Path(PYTHON).with_name("kanbao")
    ours_cmd = f"{kanbao}" if kanbao.exists() else f"{PYTHON} -m tui.cli"
    minimal_file = tmp_path / "minimal_app.py"
    minimal_file.write_text(MINIMAL_TERMINAL, encoding="utf-8")
    tmux = Tmux()
    try:
        # One untimed run of each first: fills the bytecode cache and the OS page cache.
        tmux.first_frame(f"{PYTHON} {minimal_file} {WORD}", SHOWN, ["C-q"])
        tmux.first_frame(ours_cmd, lead_headline, ["q"])

        def measure() -> dict[str, list[float]]:
            return interleaved(
                RUNS,
                minimal=lambda: tmux.first_frame(f"{PYTHON} {minimal_file} {WORD}", SHOWN, ["C-q"]),
                ours=lambda: tmux.first_frame(ours_cmd, lead_headline, ["q"]),
            )

        times = benchmark.pedantic(until_settled, args=(measure,), rounds=1, iterations=1)
    finally:
        tmux.close()
    assert report(benchmark, "tmux", times) <= GOAL

"""Peak memory with a 20-page edition open, entities extracted and the search index built.

Goal (issue 4): under 300 MB. Run in a fresh interpreter so the peak is the reader's own.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

LIMIT_MB = 300

SCRIPT = """
import asyncio, sys
sys.path.insert(0, {here!r})
from reader_edition import make_edition
from reader_pilot import settle
from tui.app import create_app

async def main():
    edition = make_edition(extra_pages=17, long_pieces=True)
    app = create_app(edition=edition)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.screen.query_one("#sidebar").entities is not None
        assert app.screen.index is not None
        for item in list(edition.items())[::3]:
            await app.screen.open(item.id)
            await pilot.pause()
        await pilot.press("slash", *"工作", "enter")
        await settle(pilot)
        assert app.screen.hits
    chars = sum(len(p) for i in edition.items() for p in i.paragraphs)
    # VmHWM, not ru_maxrss: the latter survives exec and would report pytest's own peak.
    status = open("/proc/self/status").read().split("VmHWM:")[1].split()[0]
    print(len(edition.pages), chars, int(status) // 1024)

asyncio.run(main())
"""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
def test_peak_memory_of_a_20_page_edition(benchmark: Any) -> None:
    here = str(Path(__file__).parents[1] / "tui")  # the reader tests' edition and pilot helpers

    def run() -> list[str]:
        return subprocess.run(
            [sys.executable, "-c", SCRIPT.format(here=here)],
            capture_output=True,
            text=True,
            timeout=600,
            check=True,
        ).stdout.split()

    out = benchmark.pedantic(run, rounds=1, iterations=1)
    pages, chars, peak_mb = (int(x) for x in out[-3:])
    benchmark.extra_info["peak_mb"] = peak_mb
    print(f"\n{pages} pages, {chars} characters: peak RSS {peak_mb} MB")
    assert pages == 20
    assert peak_mb < LIMIT_MB

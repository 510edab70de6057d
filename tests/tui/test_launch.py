"""`kanbao [PATH]`: bad input is one line and exit 2; a large input loads behind progress."""

from __future__ import annotations

from pathlib import Path

import pytest
from reader_pilot import settle

from tui.app import create_app
from tui.cli import main
from tui.screens.loading import LoadingScreen
from tui.screens.reader import ReaderScreen

PAGE = (
    "第01版：要闻\n\n北岭湖畔新添一座城市书房\n\n本报讯（记者 林晓）{n}日，城市书房正式开放。\n\n"
)


@pytest.mark.parametrize("content", [None, b"", b"\x00\x01\x02binary\xff\xfe" * 50])
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, capsys, content: bytes | None) -> None:
    path = tmp_path / "bad.txt"
    if content is not None:
        path.write_bytes(content)
    assert main([str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert str(path) in err and "Traceback" not in err


async def test_large_input_shows_progress_then_the_reader(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("".join(PAGE.format(n=n % 28 + 1) for n in range(30_000)), encoding="utf-8")
    app = create_app(big)
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, LoadingScreen)
        for _ in range(600):  # up to a minute on a slow machine
            if isinstance(app.screen, ReaderScreen):
                break
            await pilot.pause(0.1)
        assert isinstance(app.screen, ReaderScreen)
        await settle(pilot)
        assert app.screen.query_one("#article").item_id is not None


async def test_large_bad_input_exits_with_the_error(tmp_path: Path) -> None:
    big = tmp_path / "big.bin"
    big.write_bytes(b"\x00\xff" * 1_500_000)
    app = create_app(big)
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(300):
            if app.error is not None:
                break
            await pilot.pause(0.1)
    assert app.error is not None and str(big) in str(app.error)
    assert app.return_code == 2


async def test_garbage_collection_is_back_on_after_the_first_frame() -> None:
    import gc

    from reader_edition import make_edition

    app = create_app(edition=make_edition())
    assert not gc.isenabled()  # off from creation to the first frame
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert gc.isenabled()


FIRST_FRAME_MODULES = """
import sys
from parser.loader import load_edition
from sample_editions import default_edition
from tui.app import create_app

app = create_app(edition=load_edition(default_edition()))

def first_frame():
    heavy = sorted(m for m in ("jieba", "opencc", "pypinyin") if m in sys.modules)
    print("HEAVY", ",".join(heavy) or "-", flush=True)
    app.exit()

async def auto_pilot(pilot):
    app.call_after_refresh(first_frame)

app.run(headless=True, size=(120, 40), auto_pilot=auto_pilot)
"""


def test_no_jieba_opencc_or_pypinyin_before_the_first_frame() -> None:
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME_MODULES],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    ).stdout
    assert "HEAVY -" in out, out

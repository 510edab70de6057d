"""Every piece of every sample edition and corpus input opens, typeset without bad breaks."""

from __future__ import annotations

from pathlib import Path

import pytest
from reader_pilot import app_for, current, reader

from tui.widgets.piece_block import PieceBlock

NO_LINE_START = set("，。、；：？！）》」』”")
NO_LINE_END = set("（《「『“")


def bad_lines(app) -> list[str]:
    """Pane lines (bar and indent removed) that start or end with forbidden punctuation."""
    bad = []
    for block in app.screen.query(PieceBlock):
        layout = block._lay_out(block.content_size.width)
        for line in layout.lines:
            text = line.plain.removeprefix("▍ ").strip(" ")
            if text and (text[0] in NO_LINE_START or text[-1] in NO_LINE_END):
                bad.append(line.plain)
    return bad


async def open_every_piece(path: Path, size: tuple[int, int]) -> int:
    from parser.loader import load_edition

    edition = load_edition(path)
    app = app_for(edition)
    shown = 0
    async with app.run_test(size=size) as pilot:
        for item in edition.items():
            await reader(app).open(item.id)
            await pilot.pause()
            assert current(app) == item.id
            blocks = app.screen.query(PieceBlock)
            assert blocks and sum(len(b._lay_out(b.content_size.width).lines) for b in blocks)
            assert bad_lines(app) == [], f"{item.id}: {bad_lines(app)}"
            shown += 1
    return shown


def sample_inputs() -> list[Path]:
    here = Path(__file__).resolve().parents[2] / "sample_editions"
    return sorted(
        p
        for p in here.iterdir()
        if (p.is_dir() and not p.name.startswith("_")) or p.suffix == ".txt"
    )


@pytest.mark.parametrize("path", sample_inputs(), ids=lambda p: p.name)
async def test_every_sample_piece_shows_at_80_columns(path: Path) -> None:
    assert await open_every_piece(path, (80, 24)) > 0


@pytest.mark.corpus
async def test_every_corpus_piece_shows(corpus: Path) -> None:
    inputs = [corpus / "dtrb-2022-07-p01.txt", corpus / "rmrb-20200119"]
    for path, size in zip(inputs, [(120, 40), (80, 24)], strict=True):
        assert await open_every_piece(path, size) > 0

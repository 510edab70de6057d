"""Shared helpers for reader tests: start the app on an edition and let it settle."""

from __future__ import annotations

from textual.pilot import Pilot

from parser.model import Edition
from tui.app import KanbaoApp, create_app
from tui.background import EntitiesReady
from tui.screens.reader import ReaderScreen
from tui.widgets.article_view import ArticleView
from tui.widgets.piece_block import PieceBlock


async def settle(pilot: Pilot[None]) -> None:
    """Wait until background workers are done and the screen has repainted."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def reader(app: KanbaoApp) -> ReaderScreen:
    screen = app.screen
    assert isinstance(screen, ReaderScreen)
    return screen


def current(app: KanbaoApp) -> str | None:
    return app.screen.query_one(ArticleView).item_id


def pane_lines(app: KanbaoApp) -> list[str]:
    """The article pane's text as laid out now, line by line (all pieces shown)."""
    lines: list[str] = []
    for block in app.screen.query(PieceBlock):
        layout = block._lay_out(block.content_size.width)
        lines.extend(line.plain for line in layout.lines)
    return lines


async def with_entities(pilot: Pilot[None], entities: tuple) -> None:
    """Give the reader these entities, as the extraction worker would."""
    await settle(pilot)
    reader(pilot.app).post_message(EntitiesReady(entities))  # type: ignore[arg-type]
    await pilot.pause()


def app_for(edition: Edition) -> KanbaoApp:
    return create_app(edition=edition)

"""Snapshots of the reader with Chinese text at 120x40 and 80x24 (own edition, own entities).

Workers are awaited and the entities are injected before each snapshot, so what is drawn does
not depend on timing or on how the extractor evolves. Update with --snapshot-update.
"""

from __future__ import annotations

from reader_edition import make_edition, make_entities
from reader_pilot import app_for, settle, with_entities
from textual.pilot import Pilot
from textual.widgets import Input


async def _ready(pilot: Pilot[None]) -> None:
    await with_entities(pilot, make_entities())
    pilot.app.clear_notifications()
    await pilot.pause()


def test_lead_story_120x40(snap_compare) -> None:
    assert snap_compare(app_for(make_edition()), terminal_size=(120, 40), run_before=_ready)


def test_lead_story_80x24(snap_compare) -> None:
    assert snap_compare(app_for(make_edition()), terminal_size=(80, 24), run_before=_ready)


def test_continuation_with_entities_80x24(snap_compare) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        await _ready(pilot)
        await pilot.press("greater_than_sign", "e")
        pilot.app.clear_notifications()
        await pilot.pause()

    assert snap_compare(app_for(make_edition()), terminal_size=(80, 24), run_before=run_before)


def test_search_results_120x40(snap_compare) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        await _ready(pilot)
        await pilot.press("slash", *"北岭湖")
        # A blinking cursor is caught on or off at random: hold it still for the snapshot.
        pilot.app.screen.query_one("#search-input", Input).cursor_blink = False
        await pilot.pause(0.4)
        await settle(pilot)

    assert snap_compare(app_for(make_edition()), terminal_size=(120, 40), run_before=run_before)


def test_help_screen_80x24(snap_compare) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        await _ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(app_for(make_edition()), terminal_size=(80, 24), run_before=run_before)

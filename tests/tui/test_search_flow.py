"""Pilot tests: `/` search as you type, enter lands on the hit, n/N step, escape closes."""

from __future__ import annotations

from reader_edition import make_edition
from reader_pilot import app_for, current, reader, settle

from tui.widgets.article_view import ArticleView
from tui.widgets.piece_block import PieceBlock
from tui.widgets.search_panel import SearchPanel


def hit_spans(app) -> list[tuple[str, tuple[str, int], str]]:
    """(piece, block key, highlighted text) for every search-hit highlight shown."""
    found = []
    for block in app.screen.query(PieceBlock):
        for key, marks in block._marks.items():
            text = next(b.text for b in block.blocks if b.key == key)
            for start, end, style in marks:
                if style == "piece--hit":
                    found.append((block.item.id, key, text[start:end]))
    return found


async def test_results_as_you_type_grouped_by_page() -> None:
    app = app_for(make_edition())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        panel = app.screen.query_one(SearchPanel)
        assert panel.display
        await pilot.press(*"志愿")
        await pilot.pause(0.4)  # the debounce
        await settle(pilot)
        assert panel.hits, "results appear without enter"
        prompts = [str(o.prompt) for o in panel.query_one("#search-results").options]
        assert prompts[0].startswith("第3版 城市")  # page heading first
        assert any("志愿" in p for p in prompts[1:])


async def test_enter_opens_best_hit_scrolled_and_highlighted() -> None:
    app = app_for(make_edition(extra_pages=2))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"第5项工作", "enter")  # enter before the debounce fires
        await settle(pilot)
        panel = app.screen.query_one(SearchPanel)
        assert not panel.display
        best = reader(app).hits[0]
        assert current(app) == best.item
        assert hit_spans(app) == [(best.item, ("paragraph", best.paragraph), "第5项工作")]
        article = app.screen.query_one(ArticleView)
        assert isinstance(app.focused, ArticleView)
        # the hit line is inside the visible part of the pane
        block = article.block_for(best.item)
        assert block is not None
        y = block.virtual_region.y + block.line_for("paragraph", best.paragraph, best.start)
        assert article.scroll_y <= y < article.scroll_y + article.scrollable_content_region.height


async def test_n_and_shift_n_step_through_every_hit() -> None:
    app = app_for(make_edition())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"北岭湖", "enter")
        await settle(pilot)
        hits = reader(app).hits
        assert len(hits) >= 2
        visited = [(current(app), hit_spans(app)[0][1])]
        for _ in range(len(hits) - 1):
            await pilot.press("n")
            await pilot.pause()
            visited.append((current(app), hit_spans(app)[0][1]))
        expected = [(h.item, (h.field, h.paragraph)) for h in hits]
        assert visited == expected
        await pilot.press("n")  # wraps to the first
        assert reader(app).hit_pos == 0
        await pilot.press("N")  # and back to the last
        assert reader(app).hit_pos == len(hits) - 1
        assert current(app) == hits[-1].item


async def test_escape_closes_and_history_records_hits() -> None:
    app = app_for(make_edition())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"征集")
        await pilot.press("escape")
        assert not app.screen.query_one(SearchPanel).display
        assert current(app) == "p1-1"
        await pilot.press("slash", "enter")
        await settle(pilot)
        assert current(app) == "p2-2"
        await pilot.press("backspace")
        assert current(app) == "p1-1"


async def test_no_match_says_so() -> None:
    app = app_for(make_edition())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"不存在的词语")
        await pilot.pause(0.4)
        await settle(pilot)
        options = app.screen.query_one("#search-results").options
        assert [str(o.prompt) for o in options] == ["没有找到"]
        await pilot.press("enter")
        await settle(pilot)
        assert current(app) == "p1-1"


async def test_choosing_a_result_in_the_list_opens_that_hit() -> None:
    app = app_for(make_edition())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"北岭湖")
        await pilot.pause(0.4)
        await settle(pilot)
        hits = reader(app).hits
        assert len(hits) >= 2
        await pilot.press("down")  # from the box into the results
        assert app.focused is app.screen.query_one("#search-results")
        results = app.screen.query_one("#search-results")
        second = results.get_option_index("hit-1")
        results.highlighted = second
        await pilot.press("enter")
        await pilot.pause()
        assert current(app) == hits[1].item
        assert reader(app).hit_pos == 1
        assert not app.screen.query_one(SearchPanel).display

"""Pilot tests: every navigation key, the jump links and the history."""

from __future__ import annotations

from reader_edition import LEAD_TITLE, make_edition
from reader_pilot import app_for, current, pane_lines, reader, settle
from rich.cells import cell_len

from tui.widgets.article_view import ArticleView
from tui.widgets.jump_link import JumpLink
from tui.widgets.piece_block import PieceBlock
from tui.widgets.section_list import SectionList


async def test_opens_on_the_lead_story() -> None:
    app = app_for(make_edition())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert current(app) == "p1-1"
        assert LEAD_TITLE in pane_lines(app)
        assert isinstance(app.focused, ArticleView)


async def test_brackets_step_pieces_and_braces_step_pages() -> None:
    app = app_for(make_edition())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("right_square_bracket")
        assert current(app) == "p1-2"
        await pilot.press("right_square_bracket", "right_square_bracket", "right_square_bracket")
        assert current(app) == "p2-1"  # across the page boundary
        await pilot.press("left_square_bracket")
        assert current(app) == "p1-4"
        await pilot.press("right_curly_bracket")
        assert current(app) == "p2-1"
        await pilot.press("right_curly_bracket")
        assert current(app) == "p3-1"
        await pilot.press("right_curly_bracket")  # no page 4: stays
        assert current(app) == "p3-1"
        await pilot.press("left_curly_bracket", "left_curly_bracket")
        assert current(app) == "p1-1"
        await pilot.press("left_square_bracket")  # before the first piece: stays
        assert current(app) == "p1-1"


async def test_follow_jump_and_back_with_keys() -> None:
    app = app_for(make_edition())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("greater_than_sign")
        assert current(app) == "p3-1"
        assert "上接第1版 · " + LEAD_TITLE in app.screen.query_one("#link-from", JumpLink).text
        await pilot.press("less_than_sign")
        assert current(app) == "p1-1"
        await pilot.press("less_than_sign")  # the lead has no 上接: stays put
        assert current(app) == "p1-1"


async def test_dangling_jump_says_the_page_is_absent() -> None:
    app = app_for(make_edition())
    async with app.run_test(size=(120, 40)) as pilot:
        await reader(app).open("p1-4")
        await pilot.pause()
        link = app.screen.query_one("#link-to", JumpLink)
        assert "第8版不在本期报纸中" in link.text
        assert "（下转第八版）" in link.text
        await pilot.press("greater_than_sign")
        assert current(app) == "p1-4"
        assert any("第8版不在本期" in str(n.message) for n in app._notifications)


async def test_jump_links_follow_with_click_and_enter() -> None:
    app = app_for(make_edition())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert await pilot.click("#link-to")
        await pilot.pause()
        assert current(app) == "p3-1"
        app.screen.query_one("#link-from", JumpLink).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert current(app) == "p1-1"


async def test_history_back_and_forward_across_every_jump() -> None:
    app = app_for(make_edition())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("greater_than_sign")  # p3-1
        await pilot.press("right_square_bracket")  # p3-2
        await pilot.press("left_curly_bracket")  # p2-1
        await pilot.press("backspace")
        assert current(app) == "p3-2"
        await pilot.press("alt+left")
        assert current(app) == "p3-1"
        await pilot.press("backspace")
        assert current(app) == "p1-1"
        await pilot.press("backspace")  # start of history: stays
        assert current(app) == "p1-1"
        await pilot.press("alt+right", "alt+right")
        assert current(app) == "p3-2"
        await pilot.press("left_square_bracket")  # a new visit (p3-1) drops the forward part
        assert current(app) == "p3-1"
        assert not reader(app).history.can_go_forward
        await pilot.press("alt+right")
        assert current(app) == "p3-1"


async def test_section_list_keys_and_mouse() -> None:
    app = app_for(make_edition())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("shift+tab")
        sections = app.screen.query_one(SectionList)
        assert app.focused is sections
        await pilot.press("j", "j", "enter")  # past the page heading, skipping it
        assert current(app) == "p1-3"
        await pilot.press("k", "enter")
        assert current(app) == "p1-2"
        await pilot.press("down", "down", "down", "enter")
        assert current(app) == "p2-1"  # the page-2 heading is skipped
        # read marks: every opened piece is marked
        assert {"p1-1", "p1-2", "p1-3", "p2-1"} <= sections.read
        # mouse: click the row of p3-2 (rows: heading, 4 pieces, heading, 2, heading, p3-1, p3-2)
        await pilot.click(SectionList, offset=(5, 11))
        await pilot.pause()
        assert current(app) == "p3-2"
        await pilot.click(SectionList, offset=(5, 6))  # the page-2 heading: its first piece
        await pilot.pause()
        assert current(app) == "p2-1"


async def test_tab_moves_between_panes() -> None:
    app = app_for(make_edition())
    async with app.run_test(size=(120, 40)) as pilot:
        seen = []
        for _ in range(5):
            await pilot.press("tab")
            seen.append(type(app.focused).__name__)
        assert "JumpLink" in seen
        assert "Switch" in seen or "EntityList" in seen
        assert "SectionList" in seen


async def test_story_mode_reads_straight_through() -> None:
    app = app_for(make_edition())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("c")
        await pilot.pause()
        lines = pane_lines(app)
        text = "".join(lines)
        assert "会议指出" in text and "会议要求" in text  # opening piece and continuation
        assert app.screen.query(".story-divider")
        await pilot.press("c")
        await pilot.pause()
        assert "会议要求" not in "".join(pane_lines(app))


async def test_help_and_quit() -> None:
    app = app_for(make_edition())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("question_mark")
        assert type(app.screen).__name__ == "HelpScreen"
        await pilot.press("escape")
        assert type(app.screen).__name__ == "ReaderScreen"
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_the_pane_reflows_on_resize() -> None:
    app = app_for(make_edition())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        block = app.screen.query_one(PieceBlock)
        wide = block.content_size.width
        wide_lines = pane_lines(app)
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        narrow = block.content_size.width
        assert narrow < wide
        narrow_lines = pane_lines(app)
        assert len(narrow_lines) > len(wide_lines)
        assert "".join(narrow_lines).replace(" ", "") == "".join(wide_lines).replace(" ", "")
        assert all(cell_len(line) <= narrow for line in narrow_lines)


async def test_j_k_and_arrows_scroll_the_article() -> None:
    app = app_for(make_edition(extra_pages=1))
    async with app.run_test(size=(80, 24)) as pilot:
        await reader(app).open("p4-1")  # a long piece
        await pilot.pause()
        article = app.screen.query_one(ArticleView)
        assert article.max_scroll_y > 5 and article.scroll_y == 0
        await pilot.press("j", "j", "down")
        await pilot.pause()
        assert article.scroll_y == 3
        await pilot.press("k", "up")
        await pilot.pause()
        assert article.scroll_y == 1
        await pilot.press("space")
        await pilot.pause()
        assert article.scroll_y > 5

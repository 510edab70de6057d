"""What a demanding reader saw wrong in a real terminal, one test per fix.

Cut list rows (no blank cell before ``…``, no ``（…``), the page heading kept above its first
piece, the sidebar's cursor on the first piece of a chosen entity, a blank line after a caption,
no blank before the bracketed marker of a dangling jump.
"""

from __future__ import annotations

import dataclasses

from reader_edition import make_edition, make_entities
from reader_pilot import app_for, current, reader, settle, with_entities
from rich.console import Console
from rich.style import Style
from rich.text import Text
from textual.widgets import Static

from parser.model import Edition, Item, Page
from tui.article_layout import byline_block, lay_out, piece_blocks
from tui.fit import Fitted, fit
from tui.widgets.article_view import ArticleView
from tui.widgets.entity_sidebar import EntityList
from tui.widgets.jump_link import JumpLink
from tui.widgets.section_list import SectionList

OPENING = "（《「『“"


def test_fit_never_leaves_a_gap_or_an_opening_bracket_before_the_ellipsis() -> None:
    # 12 wide characters need 24 cells; 25 leave room for 12 and the ellipsis, 24 for 11.
    text = Text("应急管理部赴阳高县广灵县调研定点帮扶工作")
    for width in range(3, 30):
        cut = fit(text, width)
        assert cut.cell_len <= width
        assert cut.plain.endswith("…")
        assert not cut.plain[:-1].endswith((" ", *OPENING)), (width, cut.plain)
        assert width - cut.cell_len <= 1  # at most the half cell a wide character cannot use
    assert fit(Text("啥都能看清 我家脱了贫（在乡间）"), 24).plain == "啥都能看清 我家脱了贫…"
    assert fit(Text("短标题"), 6).plain == "短标题"  # fits: untouched, no ellipsis


def test_fit_keeps_styles_and_the_ellipsis_takes_the_last_style() -> None:
    text = Text()
    text.append("北岭日报要闻版", style="bold")
    cut = fit(text, 7)
    assert cut.plain == "北岭日…"
    assert all(span.style == "bold" for span in cut.spans)
    assert cut.spans[-1].end == len(cut.plain)


def test_fitted_renders_one_line_at_the_width_it_is_given() -> None:
    console = Console(width=15, record=True, color_system=None)
    console.print(Fitted(Text("全市二季度重点项目集中开工活动举行")))
    assert console.export_text().rstrip("\n") == "全市二季度重点…"


def _long_titles() -> Edition:
    """The sample edition with page 2's titles long enough to be cut, one at a bracket."""
    base = make_edition()
    page2 = base.pages[1]
    titles = [
        "北岭高新区一季度经济运行稳中向好（附图表）",
        "征集启事：北岭日报面向全市征集新闻线索",
    ]
    items = tuple(
        dataclasses.replace(item, title=title)
        for item, title in zip(page2.items, titles, strict=True)
    )
    pages = (base.pages[0], Page(2, page2.name, items), *base.pages[2:])
    return dataclasses.replace(base, pages=pages)


async def test_section_list_rows_are_cut_cleanly_at_80x24() -> None:
    app = app_for(_long_titles())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        sections = app.screen.query_one(SectionList)
        lines = [sections.render_line(y).text for y in range(len(sections.rows))]
        cut = [line.rstrip() for line in lines if "…" in line]
        assert cut, "the long titles are cut"
        for line in cut:
            assert line.endswith("…")
            assert not line[:-1].endswith((" ", *OPENING)), line


async def test_first_piece_of_a_page_shows_its_page_heading() -> None:
    app = app_for(make_edition(extra_pages=6))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        sections = app.screen.query_one(SectionList)
        # Down to the last page, then back up: scrolling up used to stop at the piece row.
        await pilot.press(*["right_curly_bracket"] * 8, *["left_curly_bracket"] * 5)
        await pilot.pause()
        assert current(app) == "p4-1"
        cursor = sections.cursor
        assert sections.rows[cursor - 1].kind == "page"
        top = sections.scroll_offset.y
        assert top <= cursor - 1 < top + sections.scrollable_content_region.height


async def test_choosing_an_entity_puts_the_cursor_on_its_first_piece() -> None:
    app = app_for(make_edition())
    async with app.run_test(size=(120, 40)) as pilot:
        await with_entities(pilot, make_entities())
        await reader(app).show_entity(2)  # 北岭市, as the command palette does
        await pilot.pause()
        entity_list = app.screen.query_one(EntityList)
        assert entity_list.highlighted == 1
        assert str(entity_list.options[1].prompt).startswith("1版")
        await pilot.press("down", "enter")  # the second piece naming it, on page 3
        await pilot.pause()
        assert current(app) == "p3-1"


def test_a_caption_is_set_apart_from_the_paragraph_after_it() -> None:
    lead = make_edition().item("p1-1")
    assert lead is not None
    blocks = piece_blocks(lead)
    fields = [block.field for block in blocks]
    after = fields.index("credit") + 1
    assert blocks[after].field == "paragraph" and blocks[after].space_before
    assert blocks[fields.index("caption")].space_before


def test_a_paragraph_after_a_paragraph_gets_no_blank_line() -> None:
    item = Item(id="p1-1", kind="article", page=1, title="标题", paragraphs=("甲。", "乙。"))
    blocks = piece_blocks(item)
    assert [b.space_before for b in blocks if b.field == "paragraph"] == [True, False]


async def test_story_divider_is_centred_and_the_from_link_opens_the_pane() -> None:
    app = app_for(make_edition())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("greater_than_sign")
        await pilot.pause()
        article = app.screen.query_one(ArticleView)
        link = app.screen.query_one("#link-from", JumpLink)
        assert link.region.y == article.content_region.y  # no blank line above 上接
        await pilot.press("c")
        await pilot.pause()
        divider = app.screen.query_one(".story-divider", Static)
        line = divider.render_line(0).text
        left = len(line) - len(line.lstrip())
        right = len(line) - len(line.rstrip())
        assert "续" in line and left > 0 and abs(left - right) <= 2, line


# How the help screen writes the keys Textual names.
KEY_SHOWN = {
    "left_square_bracket": "[",
    "right_square_bracket": "]",
    "left_curly_bracket": "{",
    "right_curly_bracket": "}",
    "greater_than_sign": ">",
    "less_than_sign": "<",
    "slash": "/",
    "question_mark": "?",
    "alt+left": "alt+←",
    "alt+right": "alt+→",
    "up": "↑",
    "down": "↓",
    "pageup": "pgup",
    "pagedown": "pgdn",
}


def test_help_lists_every_key_the_reader_binds() -> None:
    from tui.app import KanbaoApp
    from tui.screens.help import KEYS
    from tui.screens.reader import ReaderScreen
    from tui.widgets.search_panel import SearchPanel

    listed = " ".join(key for key, _ in KEYS).split()  # "backspace / alt+←": / is a word too
    owners = (KanbaoApp, ReaderScreen, ArticleView, SectionList, SearchPanel, JumpLink)
    missing = []
    for owner in owners:
        for binding in owner.BINDINGS:
            assert not isinstance(binding, tuple)
            for key in binding.key.split(","):
                if KEY_SHOWN.get(key, key) not in listed:
                    missing.append(f"{owner.__name__}: {key}")
    assert missing == []


def test_byline_drops_blanks_before_its_bracket_and_hits_still_land() -> None:
    byline = "本报内比都5月17日电  （记者林晓、王海峰）"
    block = byline_block(byline)
    assert block.text == "本报内比都5月17日电（记者林晓、王海峰）"
    start = byline.index("林晓")
    shown = block.shown(start)
    assert block.text[shown : block.shown(start + 2)] == "林晓"
    styles = {"byline": Style()}
    spans = {block.key: [(start, start + 2, Style(bold=True))]}
    line = lay_out([block], 60, styles, spans).lines[0]
    bold = [line.plain[s.start : s.end] for s in line.spans if s.style == Style(bold=True)]
    assert bold == ["林晓"]
    assert byline_block("本报讯（记者 林晓）").text == "本报讯（记者 林晓）"  # inner blanks stay


async def test_help_explains_the_section_list_marks() -> None:
    app = app_for(make_edition())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        legend = str(app.screen.query_one("#help-marks", Static).render())
        for mark in ("▣", "»", "«", "✓"):
            assert mark in legend


def test_kicker_title_and_subtitle_are_one_headline_below_the_banner() -> None:
    item = Item(
        id="p1-1",
        kind="article",
        page=1,
        column="奋进新时代",
        kicker="凝心聚力优环境",
        title="北岭市召开推进会",
        subtitle="周明远出席",
        paragraphs=("正文。",),
    )
    spaced = {b.field: b.space_before for b in piece_blocks(item)}
    assert spaced == {
        "column": False,
        "kicker": True,
        "title": False,
        "subtitle": False,
        "paragraph": True,
    }


async def test_at_100_columns_the_article_keeps_room_and_the_sidebar_waits_for_s() -> None:
    app = app_for(make_edition())
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert reader(app).sidebar is None
        assert app.screen.query_one(ArticleView).size.width >= 70
        await pilot.press("s")
        await pilot.pause()
        sidebar = reader(app).sidebar
        assert sidebar is not None and sidebar.display
        assert app.screen.query_one(ArticleView).size.width >= 40


def test_a_cut_row_keeps_its_count() -> None:
    console = Console(width=16, record=True, color_system=None)
    console.print(Fitted(Text("1版 全市二季度重点项目集中开工"), Text(" ×4")))
    assert console.export_text().rstrip("\n") == "1版 全市二季… ×4"


async def test_a_story_read_straight_through_shows_its_headline_once() -> None:
    from reader_edition import LEAD_TITLE
    from reader_pilot import pane_lines

    app = app_for(make_edition())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await pilot.pause()
        lines = pane_lines(app)
        assert sum(line.strip() == LEAD_TITLE for line in lines) == 1
        assert any("会议要求" in line for line in lines)  # the continuation's text is there
        await pilot.press("c", "greater_than_sign")  # piece by piece: its own headline again
        await pilot.pause()
        assert any(line.strip() == LEAD_TITLE for line in pane_lines(app))


async def test_in_a_tiny_terminal_the_sidebar_takes_the_section_lists_place() -> None:
    app = app_for(make_edition())
    async with app.run_test(size=(50, 16)) as pilot:
        await settle(pilot)
        sections = app.screen.query_one(SectionList)
        assert sections.display and sections.size.width > 0
        await pilot.press("s")
        await pilot.pause()
        article = app.screen.query_one(ArticleView)
        assert article.size.width >= 20  # the text stays readable
        assert sections.size.width == 0  # the list made room
        await pilot.press("s")
        await pilot.pause()
        assert sections.size.width > 0

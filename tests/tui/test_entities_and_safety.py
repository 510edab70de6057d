"""Pilot tests: the entity sidebar, `e` highlighting, the command palette, markup safety."""

from __future__ import annotations

from reader_edition import make_edition, make_entities
from reader_pilot import app_for, current, pane_lines, reader, settle, with_entities

from tui.widgets.entity_sidebar import EntityList, EntitySidebar
from tui.widgets.piece_block import PieceBlock
from tui.widgets.section_list import SectionList


def list_texts(app) -> list[str]:
    return [str(o.prompt) for o in app.screen.query_one(EntityList).options]


async def test_sidebar_lists_piece_entities_by_type_with_roles_and_counts() -> None:
    app = app_for(make_edition())
    async with app.run_test(size=(120, 40)) as pilot:
        await with_entities(pilot, make_entities())
        texts = list_texts(app)
        assert texts[0] == "人物"
        assert texts[1] == "周明远 ×2 市委书记"
        assert texts[2] == "陈立新 ×1 市委副书记、市长"
        assert texts[3] == "地点"
        assert texts[4] == "北岭市 ×2"  # only this piece's mentions count
        await pilot.press("right_square_bracket")  # the banner: nothing named
        assert list_texts(app) == ["（无）"]


async def test_whole_edition_switch_and_choosing_an_entity_opens_a_piece() -> None:
    app = app_for(make_edition())
    async with app.run_test(size=(120, 40)) as pilot:
        await with_entities(pilot, make_entities())
        await pilot.click("#whole-edition")
        await pilot.pause()
        assert "北岭市 ×3" in list_texts(app)
        entity_list = app.screen.query_one(EntityList)
        entity_list.focus()
        index = list_texts(app).index("北岭市 ×3")
        entity_list.highlighted = index
        await pilot.press("enter")
        await pilot.pause()
        texts = list_texts(app)
        assert texts[0].startswith("← 北岭市")
        assert [t.split(" ")[0] for t in texts[1:]] == ["1版", "3版"]
        await pilot.press("j", "enter")  # highlighted: the first piece; j -> the second
        await pilot.pause()
        assert current(app) == "p3-1"


async def test_e_highlights_mentions_in_the_pane() -> None:
    app = app_for(make_edition())
    async with app.run_test(size=(120, 40)) as pilot:
        await with_entities(pilot, make_entities())
        block = app.screen.query_one(PieceBlock)
        assert block._marks == {}
        await pilot.press("e")
        marked = {
            (key, block.blocks[[b.key for b in block.blocks].index(key)].text[s:e], style)
            for key, spans in block._marks.items()
            for s, e, style in spans
        }
        assert (("paragraph", 0), "周明远", "piece--person") in marked
        assert (("title", -1), "北岭市", "piece--place") in marked
        await pilot.press("e")
        assert block._marks == {}


async def test_sidebar_toggles_away_and_is_hidden_at_80_columns() -> None:
    app = app_for(make_edition())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert not app.screen.query(EntitySidebar)  # not even mounted at 80 columns
        await pilot.press("s")
        assert app.screen.query_one(EntitySidebar).display
        await pilot.press("s")
        assert not app.screen.query_one(EntitySidebar).display
    app = app_for(make_edition())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        sidebar = app.screen.query_one(EntitySidebar)
        assert sidebar.display
        await pilot.press("s")
        assert not sidebar.display


async def test_entities_loading_state_before_the_worker_finishes() -> None:
    app = app_for(make_edition())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        sidebar = app.screen.query_one(EntitySidebar)
        if sidebar.entities is None:  # the worker may already be done on a fast machine
            assert list_texts(app)[0] in ("实体提取中…", sidebar.status)


async def test_markup_and_escapes_show_literally() -> None:
    app = app_for(make_edition())
    async with app.run_test(size=(120, 40)) as pilot:
        await reader(app).open("p1-4")
        await pilot.pause()
        lines = pane_lines(app)
        assert "[bold]不是标记[/bold]的标题" in lines
        body = "".join(lines)
        assert "[red]方括号[/red]" in body
        assert "\x1b" not in body and "␛[31m" in body
        # the section list too: the title is a label, not markup
        sections = app.screen.query_one("#sections", SectionList)
        prompts = [sections.row_text(n).plain for n in range(len(sections.rows))]
        assert any("[bold]不是标记[/bold]" in p for p in prompts)
        # and what reaches the terminal holds no raw escape from the text
        svg = app.export_screenshot()
        assert "[bold]不是标记[/bold]" in svg.replace("&#160;", " ")


async def test_command_palette_goes_to_a_page() -> None:
    app = app_for(make_edition())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"版面 第3版")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause(0.3)
        assert current(app) == "p3-1"


async def test_command_palette_opens_a_piece_and_an_entity() -> None:
    app = app_for(make_edition())
    async with app.run_test(size=(120, 40)) as pilot:
        await with_entities(pilot, make_entities())
        await pilot.press("ctrl+p", *"征集启事")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause(0.3)
        assert current(app) == "p2-2"
        await pilot.press("ctrl+p", *"人物 陈立新")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause(0.3)
        texts = list_texts(app)
        assert texts[0].startswith("← 陈立新")
        assert texts[1].startswith("1版 ")


async def test_t_opens_the_theme_picker() -> None:
    app = app_for(make_edition())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("t")
        await pilot.pause()
        assert type(app.screen).__name__ == "CommandPalette"


async def test_a_theme_change_recolours_the_pane_and_the_list() -> None:
    app = app_for(make_edition())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        block = app.screen.query_one(PieceBlock)
        sections = app.screen.query_one(SectionList)
        title_line = block._lay_out(block.content_size.width).starts[("title", -1)]

        def drawn() -> tuple[str, set[object], set[object]]:
            strip = block.render_line(title_line)
            colours = {seg.style.color for seg in strip if seg.style and seg.text.strip()}
            rows = {seg.style.color for seg in sections.render_line(0) if seg.style}
            return strip.text, colours, rows

        before = drawn()
        app.theme = "solarized-light" if app.theme != "solarized-light" else "nord"
        await pilot.pause()
        after = drawn()
        assert after[0] == before[0]  # same text,
        assert after[1] != before[1] and after[2] != before[2]  # new colours

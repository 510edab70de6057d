"""Unit tests of the reader's pure logic: history, navigation, labels, layout blocks."""

from __future__ import annotations

from reader_edition import LEAD_TITLE, make_edition, make_entities
from rich.style import Style

from parser.model import Item, Link, Photo
from tui.article_layout import lay_out, line_of, piece_blocks
from tui.entity_view import entity_groups, pieces_mentioning
from tui.history import History, Place
from tui.navigation import (
    jump_label,
    piece_label,
    position_label,
    section_rows,
    step_page,
    step_piece,
)
from tui.safe_text import clean, plain
from tui.search_view import group_by_page, snippet_text


def test_history_back_forward_and_truncation() -> None:
    h = History()
    assert h.back() is None and h.current is None
    for name in "abc":
        h.visit(Place(name))
    h.visit(Place("c"))  # same place twice is one entry
    assert h.back() == Place("b") and h.back() == Place("a") and h.back() is None
    assert h.forward() == Place("b")
    h.visit(Place("d"))
    assert not h.can_go_forward and h.forward() is None
    assert [h.back(), h.back()] == [Place("b"), Place("a")]


def test_history_limit() -> None:
    h = History(limit=3)
    for n in range(5):
        h.visit(Place(str(n)))
    assert [h.back(), h.back(), h.back()] == [Place("3"), Place("2"), None]


def test_step_piece_and_page() -> None:
    ed = make_edition()
    assert step_piece(ed, None, 1) == "p1-1"
    assert step_piece(ed, "p1-4", 1) == "p2-1"
    assert step_piece(ed, "p3-2", 1) is None
    assert step_piece(ed, "p1-1", -1) is None
    assert step_page(ed, "p1-3", 1) == "p2-1"
    assert step_page(ed, "p2-2", -1) == "p1-1"
    assert step_page(ed, "p3-1", 1) is None


def test_jump_labels() -> None:
    ed = make_edition()
    lead, cont, markup = ed.item("p1-1"), ed.item("p3-1"), ed.item("p1-4")
    assert lead and cont and markup and lead.continued_to and cont.continued_from
    assert jump_label(ed, lead.continued_to, "to").text == f"下转第3版 · {LEAD_TITLE}"
    assert jump_label(ed, lead.continued_to, "to").target == "p3-1"
    assert jump_label(ed, cont.continued_from, "from").text == f"上接第1版 · {LEAD_TITLE}"
    assert markup.continued_to
    dangling = jump_label(ed, markup.continued_to, "to")
    assert dangling.target is None
    assert dangling.text == "下转第8版 · 第8版不在本期报纸中（下转第八版）"  # no blank before （
    assert dangling.reason == "第8版不在本期报纸中"
    missing_piece = jump_label(ed, Link(2, None, "（下转第二版）"), "to")
    assert "第2版上没有找到接续的文章" in missing_piece.text


def test_position_label() -> None:
    ed = make_edition()
    assert position_label(ed, "p1-3") == "第1版 · 3/4"
    assert position_label(ed, "nope") == ""


def test_piece_labels_and_section_rows() -> None:
    ed = make_edition()
    photo = ed.item("p1-3")
    assert photo and piece_label(photo) == "5月16日，游客在北岭湖畔游览。"
    long = Item("p9-1", "article", 9, paragraphs=("一二三四五六七八九十" * 5,))
    assert piece_label(long) == "一二三四五六七八九十" * 2 + "一二三四…"
    assert piece_label(Item("p9-2", "brief", 9)) == "p9-2"
    rows = section_rows(ed)
    assert [r.key for r in rows[:3]] == ["page-1", "p1-1", "p1-2"]
    assert rows[0].label == "第1版 要闻"
    marks = {r.key: r.marks for r in rows}
    assert marks["p1-1"] == "▣»" and marks["p3-1"] == "«" and marks["p1-2"] == ""


def test_blocks_put_captions_after_their_paragraph() -> None:
    item = Item(
        "p1-1",
        "article",
        1,
        column="专栏",
        title="标题",
        byline="本报讯（记者 林晓）",
        paragraphs=("第一段。", "第二段。", "第三段。"),
        photos=(
            Photo("图一说明。", "林晓摄", after_paragraph=1),
            Photo("图二说明。", None, after_paragraph=-1),
            Photo("", "只有署名摄", after_paragraph=99),  # beyond the last: at the end
        ),
    )
    keys = [b.key for b in piece_blocks(item)]
    assert keys == [
        ("column", -1),
        ("title", -1),
        ("byline", -1),
        ("caption", 1),
        ("paragraph", 0),
        ("paragraph", 1),
        ("caption", 0),
        ("credit", 0),
        ("paragraph", 2),
        ("credit", 2),
    ]


def test_lay_out_and_line_of_agree() -> None:
    text = "北岭市召开全市营商环境建设推进会，" * 8
    item = Item("p1-1", "article", 1, title="标题", paragraphs=(text,))
    blocks = piece_blocks(item)
    layout = lay_out(blocks, 30, {}, {("paragraph", 0): [(40, 43, Style(bold=True))]})
    start = layout.starts[("paragraph", 0)]
    line = line_of(blocks[-1], 30, 40)
    shown = layout.lines[start + line]
    assert text[40:43] in shown.plain or text[40] in shown.plain
    assert any(span.style == Style(bold=True) for span in shown.spans)
    assert all(line.cell_len <= 30 for line in layout.lines)


def test_entity_groups_and_pieces() -> None:
    ed = make_edition()
    ents = make_entities()
    groups = dict(entity_groups(ents, {"p1-1"}))
    assert [r.entity.name for r in groups["person"]] == ["周明远", "陈立新"]
    assert [r.count for r in groups["place"]] == [2]
    whole = dict(entity_groups(ents))
    assert [r.count for r in whole["place"]] == [3]
    assert entity_groups(ents, {"p2-2"}) == []
    place = next(e for e in ents if e.type == "place")
    assert pieces_mentioning(ed, place) == [("p1-1", 2), ("p3-1", 1)]


class _Hit:
    def __init__(self, page: int, snippet: str, start: int, end: int) -> None:
        self.item, self.page, self.field, self.paragraph = f"p{page}-1", page, "paragraph", 0
        self.start, self.end = start, end
        self.snippet, self.snippet_start, self.snippet_end = snippet, start, end


def test_search_grouping_and_snippets_are_literal() -> None:
    hits = [_Hit(3, "a", 0, 1), _Hit(1, "b", 0, 1), _Hit(3, "c", 0, 1)]
    assert group_by_page(hits) == [(3, [0, 2]), (1, [1])]
    text = snippet_text(_Hit(1, "[bold]x[/bold]\x1b[31m", 6, 7))
    assert text.plain == "[bold]x[/bold]␛[31m"
    assert text.spans[0].start == 6 and text.spans[0].end == 7


def test_clean_and_plain() -> None:
    assert clean("a\x1b[31mb\x00\x7f\tc") == "a␛[31mb␀␡ c"
    assert plain("[red]x[/red]").plain == "[red]x[/red]"


def test_background_failures_become_messages(monkeypatch) -> None:
    import parser.entities
    import parser.search
    from tui.background import build_index, extract

    def broken(edition: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(parser.entities, "extract_entities", broken)
    monkeypatch.setattr(parser.search, "build_index", broken)
    entities = extract(make_edition())
    assert entities.entities is None and entities.status == "实体不可用：RuntimeError"
    index = build_index(make_edition())
    assert index.index is None and index.status == "搜索不可用：RuntimeError"


async def test_the_reader_works_without_entities_or_search(monkeypatch) -> None:
    from reader_pilot import app_for, current, settle

    import parser.entities

    def broken(edition: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(parser.entities, "extract_entities", broken)
    app = app_for(make_edition())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert "实体不可用" in str(app.screen.query_one("#header").render())
        await pilot.press("right_square_bracket", "e")
        assert current(app) == "p1-2"

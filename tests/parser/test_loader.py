"""The loader: all five input kinds, every encoding and line-end convention, page numbers."""

from __future__ import annotations

from pathlib import Path

import pytest

from parser.loader import load_edition, page_from_name, parse_text

PAGE = (
    "第03版：要闻\n\n"
    "清河新建三座口袋公园\n\n"
    "本报讯（记者 韦思源）记者近日从市园林局获悉，三座口袋公园\u3000将于月底开放。\n\n"
    "公园内设有儿童游乐区和健身步道，\u00a0方便周边居民就近休闲。\n"
)


def _texts(path: Path) -> str:
    edition = load_edition(path)
    return "|".join(t for item in edition.items() for t in item.source_fields())


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("gb18030", b""),
        ("gbk", b""),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
    ],
)
@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_every_encoding_and_line_end_reads_the_same(
    tmp_path: Path, encoding: str, bom: bytes, newline: str
) -> None:
    reference = tmp_path / "ref.txt"
    reference.write_bytes(PAGE.encode("utf-8"))
    other = tmp_path / "other.txt"
    text = PAGE if encoding != "gbk" else PAGE.replace("\u00a0", " ")  # GBK has no NBSP
    reference.write_bytes(text.encode("utf-8"))
    other.write_bytes(bom + text.replace("\n", newline).encode(encoding))
    assert _texts(other) == _texts(reference)
    edition = load_edition(other)
    (item,) = edition.items()
    assert item.title == "清河新建三座口袋公园"
    assert item.reporters == ("韦思源",)
    assert len(item.paragraphs) == 2
    assert edition.pages[0].number == 3 and edition.pages[0].name == "要闻"


def test_layout_spaces_are_whitespace_not_text() -> None:
    (item,) = parse_text("标题\u3000一行\n\n\u3000\u3000正文第一段，\u00a0继续。\n").items()
    assert item.title is not None and "\u3000" not in item.title
    assert item.paragraphs == ("正文第一段，\u00a0继续。",)


@pytest.mark.parametrize(
    ("name", "number"),
    [("03.txt", 3), ("第三版.txt", 3), ("p03.txt", 3), ("paper-p12.txt", 12), ("第十一版.txt", 11),
     ("notes.txt", None), ("A03.txt", 3)],
)  # fmt: skip
def test_page_number_from_file_name(name: str, number: int | None) -> None:
    assert page_from_name(name) == number


def test_header_line_beats_file_name_and_default_is_one(tmp_path: Path) -> None:
    (tmp_path / "05.txt").write_text("第2版\n\n标题\n\n正文。\n", encoding="utf-8")
    assert load_edition(tmp_path / "05.txt").pages[0].number == 2
    (tmp_path / "06.txt").write_text("标题\n\n正文。\n", encoding="utf-8")
    assert load_edition(tmp_path / "06.txt").pages[0].number == 6
    (tmp_path / "x.txt").write_text("标题\n\n正文。\n", encoding="utf-8")
    assert load_edition(tmp_path / "x.txt").pages[0].number == 1


@pytest.mark.parametrize("header", ["第3版", "A3版", "第03版：要闻", "第三版 要闻"])
def test_header_forms(header: str) -> None:
    page = parse_text(f"{header}\n\n标题\n\n正文。\n").pages[0]
    assert page.number == 3
    assert page.header == header
    assert page.name == ("要闻" if "要闻" in header else None)


def test_one_file_with_several_pages() -> None:
    text = "第1版：要闻\n\n甲标题\n\n正文甲。\n\n第2版：综合\n\n乙标题\n\n正文乙。\n"
    edition = parse_text(text)
    assert [(p.number, p.name) for p in edition.pages] == [(1, "要闻"), (2, "综合")]
    assert [i.id for i in edition.items()] == ["p1-1", "p2-1"]


def test_folder_without_manifest_orders_pages_by_number(tmp_path: Path) -> None:
    for name, title in (("p10.txt", "十版标题"), ("p2.txt", "二版标题"), ("p1.txt", "一版标题")):
        (tmp_path / name).write_text(f"{title}\n\n正文在此。\n", encoding="utf-8")
    edition = load_edition(tmp_path)
    assert [p.number for p in edition.pages] == [1, 2, 10]
    assert [i.title for i in edition.items()] == ["一版标题", "二版标题", "十版标题"]


def test_folder_with_manifest(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("甲标题\n\n正文甲。\n", encoding="gb18030")
    (tmp_path / "b.txt").write_text("乙标题\n\n正文乙。\n", encoding="utf-8")
    (tmp_path / "edition.yaml").write_text(
        "paper: 清河晚报\ndate: 2024-05-18\nissue: 第3号\nextra: ignored\n"
        "pages:\n  - {number: 2, name: 综合, file: b.txt}\n"
        "  - {number: 1, name: 要闻, file: a.txt}\n",
        encoding="utf-8",
    )
    edition = load_edition(tmp_path)
    assert (edition.paper, edition.date, edition.issue) == ("清河晚报", "2024-05-18", "第3号")
    assert [(p.number, p.name) for p in edition.pages] == [(1, "要闻"), (2, "综合")]
    assert load_edition(tmp_path / "edition.yaml").paper == "清河晚报"


def test_day_folder(tmp_path: Path) -> None:
    files = {
        "20240518-01-02.txt": "\r\n第二篇标题\r\n\r\n\u3000\u3000正文二。\r\n",
        "20240518-01-01.txt": "引题在此\r\n主题在此\r\n副题在此\r\n"
        "\u3000\u3000新华社北京5月17日电\u00a0\u00a0（记者 林海）正文一。\r\n",
        "20240518-02-01.txt": "\r\n二版标题\r\n\r\n\u3000\u3000正文三。\r\n",
    }
    for name, text in files.items():
        (tmp_path / name).write_bytes(text.encode("utf-8"))
    edition = load_edition(tmp_path)
    assert edition.date == "2024-05-18"
    assert [i.id for i in edition.items()] == ["p1-1", "p1-2", "p2-1"]
    first = edition.item("p1-1")
    assert first is not None
    assert (first.kicker, first.title, first.subtitle) == ("引题在此", "主题在此", "副题在此")
    assert first.reporters == ("林海",) and first.paragraphs == ("正文一。",)
    second = edition.item("p1-2")
    assert second is not None and (second.kicker, second.title) == (None, "第二篇标题")


def test_parse_text_page_argument() -> None:
    assert parse_text("标题\n\n正文。\n", page=4).pages[0].items[0].id == "p4-1"
    assert parse_text("标题\n\n正文。\n", source="x").source == "x"

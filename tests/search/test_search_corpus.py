"""Every query form on the real city-daily page (../shared/corpus; skipped when absent).

Two views of the page: blocks split at blank lines (independent of the loader, so the
matching itself is checked on real text), and the loader's pieces, where ranking matters.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from search_editions import edition_of

from parser.model import Edition, Item
from parser.search import SearchIndex, build_index

PAGE = "dtrb-2022-07-p01.txt"
NAME_QUERIES = ("卢东亮", "ludongliang", "lu dong liang", "ldl", "盧東亮", "LuDongLiang")


@pytest.fixture(scope="module")
def blocks(corpus: Path) -> SearchIndex:
    text = (corpus / PAGE).read_text(encoding="utf-8")
    parts = [b.strip() for b in text.split("\n\n") if b.strip()]
    return build_index(
        edition_of(*(Item(f"p1-{n}", "article", 1, paragraphs=(b,)) for n, b in enumerate(parts)))
    )


@pytest.fixture(scope="module")
def page(corpus: Path) -> tuple[Edition, SearchIndex]:
    loader = pytest.importorskip("parser.loader")
    edition = loader.load_edition(corpus / PAGE)
    return edition, build_index(edition)


def found(index: SearchIndex, query: str) -> list[str]:
    return [index.edition.item(h.item).paragraphs[0][h.start : h.end] for h in index.search(query)]  # type: ignore[union-attr]


def test_place_at_the_end_of_a_long_paragraph(blocks: SearchIndex) -> None:
    hits = blocks.search("壶流河")
    assert len(hits) == 1
    paragraph = blocks.edition.item(hits[0].item).paragraphs[0]  # type: ignore[union-attr]
    assert len(paragraph) > 300 and hits[0].start > 300
    assert "【壶流河】" in hits[0].marked()


def test_name_in_every_form_finds_the_same_places(blocks: SearchIndex) -> None:
    expected = [(h.item, h.start) for h in blocks.search("卢东亮")]
    assert len(expected) >= 6
    for query in NAME_QUERIES[1:]:
        got = [(h.item, h.start) for h in blocks.search(query)]
        if query == "ldl":  # initials may also spell other words: the name must come first
            assert set(expected) <= set(got)
            assert got[0][0] == expected[0][0]
        else:
            assert got == expected, query


def test_traditional_term(blocks: SearchIndex) -> None:
    assert found(blocks, "專精特新") == found(blocks, "专精特新")
    assert len(found(blocks, "專精特新")) >= 5


def test_two_words_together(blocks: SearchIndex) -> None:
    hits = blocks.search("直通车 景区")
    assert len({h.item for h in hits}) == 1
    assert set(found(blocks, "直通车 景区")) == {"直通车", "景区"}


def test_words_not_on_the_page(blocks: SearchIndex) -> None:
    for query in ("北京冬奥会", "beijingdongaohui", "bjdah", "长江大桥", "上海 直通车"):
        assert blocks.search(query) == [], query


def test_loaded_page_ranks_the_right_pieces_first(page: tuple[Edition, SearchIndex]) -> None:
    edition, index = page

    def first(query: str) -> Item:
        hits = index.search(query)
        assert hits, query
        item = edition.item(hits[0].item)
        assert item is not None
        return item

    assert "直通车" in (first("壶流河").title or "")
    assert "直通车" in (first("直通车 景区").title or "")
    for query in NAME_QUERIES:
        item = first(query)
        heads = " ".join(t for t in (item.kicker, item.title, item.subtitle) if t)
        assert "卢东亮" in heads, query
    assert "专精特新" in (first("專精特新").title or "")
    assert index.search("北京冬奥会") == [] and index.search("bjdah") == []

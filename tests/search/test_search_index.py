"""The index: what matches, where (offsets into the original text), and in which order."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from search_editions import article, edition_of

from parser.model import Edition
from parser.search import Hit, build_index, reading_fields
from parser.search.fold import fold


def original(edition: Edition, hit: Hit) -> str:
    """The text a hit points at, read from the model the way the reader would."""
    item = edition.item(hit.item)
    assert item is not None
    text = {
        "paragraph": lambda: item.paragraphs[hit.paragraph],
        "caption": lambda: item.photos[hit.paragraph].caption,
        "credit": lambda: item.photos[hit.paragraph].credit,
    }.get(hit.field, lambda: getattr(item, hit.field))()
    assert text is not None
    return text[hit.start : hit.end]


def test_substring_at_the_end_of_a_paragraph(town_edition: Edition) -> None:
    hits = build_index(town_edition).search("白鹭湖")
    assert [(h.item, h.field, h.paragraph) for h in hits] == [
        ("p1-1", "paragraph", 1),
        ("p2-2", "caption", 0),
    ]
    assert all(original(town_edition, h) == "白鹭湖" for h in hits)
    assert hits[0].snippet.endswith("终点设在白鹭湖。")


def test_one_hit_per_occurrence_in_reading_order(town_edition: Edition) -> None:
    hits = build_index(town_edition).search("方重山")
    assert [(h.field, h.paragraph, h.start) for h in hits] == [
        ("title", -1, 4),
        ("paragraph", 0, 9),
        ("paragraph", 1, 0),
    ]


def test_title_hits_rank_above_kicker_and_subtitle_above_body(town_edition: Edition) -> None:
    index = build_index(town_edition)
    # 旅游专线: in the title, body and caption of p1-1, in the body of p3-1.
    hits = index.search("旅游专线")
    assert [h.item for h in hits] == ["p1-1", "p1-1", "p1-1", "p3-1"]
    assert hits[0].score > hits[-1].score
    # Field tier first (title > subtitle > body), however many body hits.
    edition = edition_of(
        article("p1-1", paragraphs=("湿地湿地湿地",)),
        article("p1-2", subtitle="湿地", paragraphs=("其他",)),
        article("p1-3", title="湿地"),
    )
    assert [p.item for p in build_index(edition).pieces("湿地")] == ["p1-3", "p1-2", "p1-1"]


def test_more_hits_rank_above_fewer_then_reading_order() -> None:
    edition = edition_of(
        article("p1-1", paragraphs=("湿地公园开放。",)),
        article("p1-2", paragraphs=("湿地公园扩建，湿地公园新增步道。",)),
        article("p2-1", paragraphs=("湿地公园迎客。",)),
    )
    assert [h.item for h in build_index(edition).search("湿地公园")] == [
        "p1-2",
        "p1-2",
        "p1-1",
        "p2-1",
    ]


def test_all_words_required_in_the_same_piece(town_edition: Edition) -> None:
    index = build_index(town_edition)
    hits = index.search("旅游专线 敬老院")
    assert {h.item for h in hits} == {"p3-1"}
    assert {original(town_edition, h) for h in hits} == {"旅游专线", "敬老院"}
    assert index.search("白鹭湖 敬老院") == []


def test_quoted_phrase_kept_whole(town_edition: Edition) -> None:
    index = build_index(town_edition)
    assert index.search('"新征程 建功"')[0].field == "column"
    assert index.search('"八条 专线"') == []


def test_traditional_and_full_width_queries(town_edition: Edition) -> None:
    index = build_index(town_edition)
    hits = index.search("專精特新")
    assert [(h.item, h.field) for h in hits] == [("p2-1", "title"), ("p2-1", "paragraph")]
    assert original(town_edition, hits[0]) == "專精特新"  # the text itself is traditional
    assert original(town_edition, hits[1]) == "专精特新"
    assert [original(town_edition, h) for h in index.search("20")] == ["２０", "20"]
    assert [h.item for h in index.search("２０２２")] == []
    assert [original(town_edition, h) for h in index.search("abc")] == ["ABC"]


def test_pinyin_queries_find_the_name(town_edition: Edition) -> None:
    index = build_index(town_edition)
    for query in ("fangzhongshan", "fang zhong shan", "fzs", "方重山"):
        hits = index.search(query)
        assert [h.item for h in hits] == ["p1-2"] * 3, query
        assert {original(town_edition, h) for h in hits} == {"方重山"}


def test_polyphone_read_both_ways(town_edition: Edition) -> None:
    index = build_index(town_edition)
    assert {h.item for h in index.search("chongyang")} == {"p3-1"}
    assert [original(town_edition, h) for h in index.search("zhongshi")] == ["重视"]


def test_bylines_captions_and_credits_are_searched(town_edition: Edition) -> None:
    index = build_index(town_edition)
    assert {(h.item, h.field) for h in index.search("周明远")} == {
        ("p1-1", "byline"),
        ("p1-2", "byline"),
    }
    credits = index.search("孙立")
    assert {(h.item, h.field, h.paragraph) for h in credits} == {
        ("p1-1", "credit", 0),
        ("p2-2", "credit", 0),
    }


def test_nothing_found(town_edition: Edition) -> None:
    index = build_index(town_edition)
    for query in ("北京冬奥会", "beijingdongaohui", "", "   ", "xyzq"):
        assert index.search(query) == [], query


def test_limit_and_pieces(town_edition: Edition) -> None:
    index = build_index(town_edition)
    assert len(index.search("方重山", limit=2)) == 2
    pieces = index.pieces("旅游专线")
    assert [p.item for p in pieces] == ["p1-1", "p3-1"]
    assert sum(len(p.hits) for p in pieces) == len(index.search("旅游专线"))
    assert [p.item for p in index.pieces("旅游专线", limit=1)] == ["p1-1"]


def test_snippet_marks_the_match(town_edition: Edition) -> None:
    hit = build_index(town_edition).search("龙泉湿地")[0]
    assert hit.snippet[hit.snippet_start : hit.snippet_end] == "龙泉湿地"
    assert "【龙泉湿地】" in hit.marked()
    assert len(hit.snippet) <= 40


def test_long_paragraph_snippet_is_short_and_marked() -> None:
    body = "甲" * 300 + "壶口" + "乙" * 300
    hit = build_index(edition_of(article("p1-1", paragraphs=(body,)))).search("壶口")[0]
    assert (hit.start, hit.end) == (300, 302)
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert hit.marked().count("【壶口】") == 1


def test_caption_follows_its_paragraph_in_reading_order(town_edition: Edition) -> None:
    fields = [(f.field, f.paragraph) for f in reading_fields(town_edition.pages[0].items[0])]
    assert fields == [
        ("kicker", -1),
        ("title", -1),
        ("subtitle", -1),
        ("byline", -1),
        ("paragraph", 0),
        ("caption", 0),
        ("credit", 0),
        ("paragraph", 1),
    ]


def test_a_match_never_spans_two_fields() -> None:
    edition = edition_of(article("p1-1", title="开发区", paragraphs=("区委调研",)))
    assert build_index(edition).search("开发区区委") == []


FIELD_TEXT = st.text(alphabet="东亮重庆專精特新ＡaB ，。\u3000", min_size=1, max_size=30)


@settings(max_examples=60, deadline=None)
@given(st.lists(FIELD_TEXT, min_size=1, max_size=5), st.data())
def test_every_hit_points_at_text_that_folds_to_the_query(
    texts: list[str], data: st.DataObject
) -> None:
    edition = edition_of(article("p1-1", paragraphs=tuple(texts)))
    source = data.draw(st.sampled_from(texts))
    start = data.draw(st.integers(0, len(source) - 1))
    needle = source[start : start + data.draw(st.integers(1, 4))]
    query = fold(needle).strip()
    if not query or " " in query or '"' in query:
        return
    hits = build_index(edition, pinyin=False).search(query)
    assert hits, "a substring of the text must be found"
    for hit in hits:
        assert fold(original(edition, hit)) == query


def test_u_umlaut_pinyin_finds_its_character() -> None:
    edition = edition_of(article("p1-1", paragraphs=("绿色发展，女士优先。",)))
    index = build_index(edition)
    for query in ("lvse", "lüse", "nv shi", "nü shi"):
        assert [original(edition, h) for h in index.search(query)] in (["绿色"], ["女士"]), query


def test_long_ambiguous_pinyin_query_on_repetitive_text_ends() -> None:
    # Each 嗯 can spell n or ng and each 那 na, n or ne: many ways to try, and none fits.
    edition = edition_of(article("p1-1", paragraphs=("嗯那" * 400,)))
    assert build_index(edition).search("nna" * 60 + "x") == []

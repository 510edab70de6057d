"""Villages whose names are common words or begin with a count or position character.

Sentences written for these tests, not taken from any corpus.
"""

from __future__ import annotations

import pytest
from entity_helpers import places_in


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("石桥村的果园今年丰收。", "石桥村"),
        ("记者来到“葡萄村”，只见架上果实累累。", "葡萄村"),
        ("他决定到大芬村看一看。", "大芬村"),
        ("上个月，小岗村修通了公路。", "小岗村"),
    ],
)
def test_villages_named_by_common_words_or_count_characters(text: str, place: str) -> None:
    assert place in places_in(text)


@pytest.mark.parametrize(
    "text", ["各地都在建设生态村。", "全县新农村建设加快。", "这里的大城市越来越多。"]
)
def test_kinds_of_villages_and_count_phrases_are_no_places(text: str) -> None:
    assert places_in(text) == []

"""Foreign counties and states spelled out before their suffix are one place.

Sentences written for these tests, not taken from any corpus.
"""

from __future__ import annotations

import pytest
from entity_helpers import places_in


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("当地法院对格林伍德县的案件进行了复查。", ["格林伍德县"]),
        ("巴西北里奥格朗德州遭遇暴雨。", ["巴西", "北里奥格朗德州"]),
        ("美国德州发生龙卷风。", ["美国", "德州"]),
    ],
)
def test_a_transliterated_name_before_its_suffix_is_one_place(text: str, places: list[str]) -> None:
    assert places_in(text) == places

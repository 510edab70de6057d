"""Names whose rare character is printed as its parts: 记者方（日希）报道."""

from __future__ import annotations

from parser.entities import tag_text


def _people(text: str) -> list[str]:
    return [text[a:b] for a, b, kind in tag_text(text) if kind == "person"]


def test_a_byline_name_with_a_character_in_parts() -> None:
    assert _people("本报上海6月2日讯记者方（日希）报道：展览今天开幕。") == ["方（日希）"]
    assert _people("记者李明（日韦）、通讯员张强报道。") == ["李明（日韦）", "张强"]


def test_parts_only_where_a_name_is_expected() -> None:
    assert _people("这种酒（米酒）很香。") == []


def test_a_captions_position_is_not_a_character() -> None:
    assert "王昆（左一）" not in _people("图为村民张山、王昆（左一）在田间劳动。")


def test_a_common_word_in_brackets_is_a_note() -> None:
    # 议程（草案）、日程（草案）: a draft, not a surname 程 with a character in parts.
    assert _people("会议审议了议程（草案）、日程（草案）和名单。") == []
    assert _people("记者王（金昌）报道") == ["王（金昌）"]  # 金昌 is a city: parts may be a name

"""Foreign names: transliterations cut by jieba's place words, Japanese and Korean names.

Sentences written for these tests (not taken from any corpus).
"""

from __future__ import annotations

from parser.entities import tag_text


def _people(text: str) -> list[str]:
    return [text[a:b] for a, b, kind in tag_text(text) if kind == "person"]


def _places(text: str) -> list[str]:
    return [text[a:b] for a, b, kind in tag_text(text) if kind == "place"]


def test_a_place_word_inside_a_transliteration_belongs_to_the_name() -> None:
    # jieba cuts 马里 + 西亚 + 努 and 贾 + 亚拉 + 莉 + 达: the place words are syllables.
    assert _people("队长马里西亚努接受了采访。") == ["马里西亚努"]
    assert _people("秘书长贾亚拉莉达表示反对。") == ["贾亚拉莉达"]


def test_a_place_word_after_a_known_foreign_name_belongs_to_it() -> None:
    # 奥登 is a name in jieba's dictionary, 西亚 a region: together one name.
    assert _people("上半场，奥登西亚和队友配合默契。") == ["奥登西亚"]
    assert _places("上半场，奥登西亚和队友配合默契。") == []

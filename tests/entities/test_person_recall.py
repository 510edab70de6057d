"""Person recall rules: evidence for names jieba's dictionary does not know."""

from __future__ import annotations

from parser.entities import tag_text
from parser.entities.lexicon import lexicon
from parser.entities.name_hmm import hmm_joins
from parser.entities.tagger import tokenize


def _people(text: str) -> list[str]:
    return [text[a:b] for a, b, kind in tag_text(text) if kind == "person"]


def test_the_hmm_joins_an_unknown_three_character_name() -> None:
    text = "俞曲峰的画作在这里展出。"
    tokens = tokenize(text, lexicon())
    assert [t.word for t in tokens[:3]] == ["俞", "曲", "峰"]  # the dictionary leaves them single
    assert hmm_joins(tokens, 0, 3)
    assert _people(text) == ["俞曲峰"]


def test_the_hmm_is_asked_only_about_single_characters() -> None:
    tokens = tokenize("会议今天开幕。", lexicon())
    assert not hmm_joins(tokens, 0, 2)  # 会议 + 今天: words, not a run of characters


def test_a_word_ending_in_a_particle_is_no_name() -> None:
    # 殷 is a surname and jieba lists 殷红 as a name; 得 after it ends a phrase.
    assert _people("湖面上的晚霞，殷红得像一团火。") == []

"""The faster paths give exactly what the plain ones give (sentences written for the tests)."""

from __future__ import annotations

from parser.entities.datelines import dateline_candidates
from parser.entities.lexicon import lexicon
from parser.entities.orgs import org_candidates
from parser.entities.people import person_candidates
from parser.entities.places import place_candidates
from parser.entities.tagger import Candidate, candidates, candidates_of, tokenize

TEXTS = [
    "市委书记李明远在杭州市西湖区调研，县长王海涛陪同。",
    "",
    "  ",
    "北京大学与清华大学的学生参加了活动。",
    "市委书记李明远在杭州市西湖区调研，县长王海涛陪同。",  # a repeated paragraph
    "新华社北京5月3日电 记者张晓梅报道",
    "abc 12 中国队",
]


def _one_by_one(text: str) -> list[Candidate]:
    if not text.strip():
        return []
    lex = lexicon()
    tokens = tokenize(text, lex)
    return [
        *person_candidates(text, tokens, lex),
        *place_candidates(text, tokens, lex),
        *org_candidates(text, tokens, lex),
        *dateline_candidates(text),
    ]


def test_candidates_of_many_texts_equal_candidates_one_by_one() -> None:
    batched = candidates_of(TEXTS)
    assert batched == [_one_by_one(text) for text in TEXTS]
    assert batched == [candidates(text) for text in TEXTS]
    assert batched[0] and batched[0] is not batched[4]  # a repeat gets its own list


def test_candidates_of_no_text() -> None:
    assert candidates_of([]) == []
    assert candidates_of(["", " "]) == [[], []]


def test_ascii_runs_stay_whole_around_dictionary_words() -> None:
    from parser.entities.lexicon import lexicon

    lex = lexicon()
    # A run of ASCII letters and digits is one word, except where the dictionary has a
    # word inside it (B超, T恤); the single letters after such a word join up again.
    assert lex.cut("做B超ABC检查") == ["做", "B超", "ABC", "检查"]
    assert lex.cut("买T恤XL码") == ["买", "T恤", "XL", "码"]
    assert lex.cut("iPhone12 手机") == ["iPhone12", " ", "手机"]
    assert lex.cut("") == []

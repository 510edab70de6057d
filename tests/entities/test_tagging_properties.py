"""Properties of tag_text on arbitrary text: spans in bounds, ordered, never overlapping."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from parser.entities import tag_text

# Characters that exercise every rule: surnames, place and org suffixes, short forms,
# transliteration characters, title marks, list commas, digits and Latin letters.
ALPHABET = (
    "王李张卢东亮强胡海军市县镇村部局队公司中美日俄华京访总统记者书记"
    "、，。《》·报克林顿斯0123abc 　"
)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60))
def test_spans_are_sane(text: str) -> None:
    spans = tag_text(text)
    previous_end = 0
    for start, end, kind in spans:
        assert kind in ("person", "place", "org")
        assert previous_end <= start < end <= len(text)
        assert text[start:end].strip() == text[start:end]
        previous_end = end


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=40))
def test_any_unicode_text_is_accepted(text: str) -> None:
    for start, end, _ in tag_text(text):
        assert 0 <= start < end <= len(text)

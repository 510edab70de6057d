"""The conservation check: every non-whitespace input character in exactly one source field."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from parser.model import Edition, Item


def visible(text: str) -> str:
    """The text without any whitespace (str.isspace: NBSP and U+3000 included)."""
    return "".join(c for c in text if not c.isspace())


def model_texts(edition: Edition) -> Iterable[str]:
    """Every stored text of the edition: page headers, then each piece's source fields."""
    for page in edition.pages:
        if page.header:
            yield page.header
        for item in page.items:
            yield from item.source_fields()


def conservation_problem(inputs: Iterable[str], edition: Edition) -> str | None:
    """None when the model holds exactly the input's characters; else what differs."""
    want = Counter(visible("".join(inputs)))
    have = Counter(visible("".join(model_texts(edition))))
    if want == have:
        return None
    lost = want - have
    extra = have - want
    lost_text = "".join(sorted(lost.elements()))[:40]
    extra_text = "".join(sorted(extra.elements()))[:40]
    return f"lost {lost_text!r}, extra {extra_text!r}"


def body_in_order(item: Item, source: str) -> bool:
    """Each paragraph's characters appear in the source in the same order (a subsequence)."""
    flat = visible(source)
    pos = 0
    for paragraph in item.paragraphs:
        for char in visible(paragraph):
            pos = flat.find(char, pos)
            if pos < 0:
                return False
            pos += 1
    return True

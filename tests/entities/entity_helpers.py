"""Test helpers: small editions built straight from the model dataclasses (no loader
needed), and the names ``tag_text`` finds in one sentence, by type."""

from __future__ import annotations

import re
from pathlib import Path

from parser.entities import tag_text
from parser.model import Edition, Item, Page

_STRAY_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")


def edition_of(*pieces: tuple[str | None, list[str]], reporters: tuple[str, ...] = ()) -> Edition:
    """An edition with one page holding these (title, paragraphs) pieces."""
    items = tuple(
        Item(
            id=f"p1-{n}",
            kind="article",
            page=1,
            title=title,
            paragraphs=tuple(paragraphs),
            reporters=reporters if n == 1 else (),
        )
        for n, (title, paragraphs) in enumerate(pieces, start=1)
    )
    return Edition(paper=None, date=None, issue=None, pages=(Page(1, None, items),))


def page_file_edition(path: Path) -> Edition:
    """The real loader when it exists, else each non-blank line as one paragraph."""
    try:
        from parser.loader import load_edition

        return load_edition(path)
    except ImportError:
        lines = [_STRAY_SPACE.sub("", x.strip()) for x in path.read_text("utf-8").splitlines()]
        return edition_of((None, [x for x in lines if x]))


def names_in(text: str, kind: str) -> list[str]:
    """The names of type ``kind`` (person, place, org) that ``tag_text`` finds in ``text``."""
    return [text[a:b] for a, b, k in tag_text(text) if k == kind]


def places_in(text: str) -> list[str]:
    return names_in(text, "place")


def orgs_in(text: str) -> list[str]:
    return names_in(text, "org")


def spans_in(text: str) -> list[tuple[str, str]]:
    """(name, type) of every span ``tag_text`` finds in ``text``."""
    return [(text[a:b], kind) for a, b, kind in tag_text(text)]

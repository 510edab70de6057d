"""How search results are listed: hits grouped by page, each with its snippet."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.text import Text

from parser.model import Edition
from tui.navigation import page_label, piece_label
from tui.safe_text import clean

if TYPE_CHECKING:  # the search package loads in a worker, after the first frame
    from parser.search.hits import Hit


def snippet_text(hit: Hit, match_style: str = "reverse") -> Text:
    """The snippet with the match styled; snippet text shown literally, on one line."""
    text = Text(clean(hit.snippet).replace("\n", " "), no_wrap=True, overflow="ellipsis", end="")
    text.stylize(match_style, hit.snippet_start, hit.snippet_end)
    return text


def group_by_page(hits: Sequence[Hit]) -> list[tuple[int, list[int]]]:
    """Pages in the order their best hit ranks, each with its hits' indexes into ``hits``."""
    groups: dict[int, list[int]] = {}
    for index, hit in enumerate(hits):
        groups.setdefault(hit.page, []).append(index)
    return list(groups.items())


def hit_heading(edition: Edition, page: int, count: int) -> str:
    """``第3版 要闻 · 4处``"""
    return f"{page_label(edition, page)} · {count}处"


def hit_title(edition: Edition, hit: Hit) -> str:
    """The title of the piece a hit is in."""
    item = edition.item(hit.item)
    return piece_label(item) if item else hit.item

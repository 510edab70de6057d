"""Hits: one per match occurrence, with a short snippet for lists and highlighting."""

from __future__ import annotations

from dataclasses import dataclass

SNIPPET_BEFORE = 12  # characters of context before the match
SNIPPET_AFTER = 20  # and after it
SNIPPET_LONGEST_MATCH = 40  # a longer match is cut in the snippet (offsets stay exact)
ELLIPSIS = "…"


@dataclass(frozen=True, slots=True)
class Hit:
    """One match: where it is (piece, field, offsets into the ORIGINAL text) and a snippet.

    ``paragraph`` indexes ``item.paragraphs`` for field "paragraph", ``item.photos`` for
    "caption"/"credit", and is -1 for the headline fields and the byline. ``score`` is the
    piece's score: hits come grouped by piece, best piece first, in reading order within.
    """

    item: str
    page: int
    field: str
    paragraph: int
    start: int
    end: int
    snippet: str
    snippet_start: int
    snippet_end: int
    score: float

    def marked(self, left: str = "【", right: str = "】") -> str:
        """The snippet with the match between ``left`` and ``right``."""
        s, a, b = self.snippet, self.snippet_start, self.snippet_end
        return f"{s[:a]}{left}{s[a:b]}{right}{s[b:]}"


@dataclass(frozen=True, slots=True)
class PieceHits:
    """All hits of one piece, for a result list that shows pieces rather than occurrences."""

    item: str
    page: int
    score: float
    hits: tuple[Hit, ...]


def _printable(text: str) -> str:
    """Control characters (newlines, ESC…) as spaces, one for one: a snippet is one line."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else " " for c in text)


def make_snippet(text: str, start: int, end: int) -> tuple[str, int, int]:
    """A short window of ``text`` around [start, end): (snippet, match start, match end)."""
    left = max(0, start - SNIPPET_BEFORE)
    right = min(len(text), end + SNIPPET_AFTER)
    match = text[start:end]
    if len(match) > SNIPPET_LONGEST_MATCH:
        match = match[: SNIPPET_LONGEST_MATCH - 1] + ELLIPSIS
    head = (ELLIPSIS if left > 0 else "") + text[left:start]
    tail = text[end:right] + (ELLIPSIS if right < len(text) else "")
    snippet = _printable(head + match + tail)
    return snippet, len(head), len(head) + len(match)

"""The article-per-file day folder of common People's Daily crawls: YYYYMMDD-PP-NN.txt.

Each file is one piece. The lines before the first indented line are its headline, by
position: line 1 kicker, line 2 title, line 3 subtitle (a blank line means that part is
absent), exactly as the file gives them. The indented lines are paragraphs.
"""

from __future__ import annotations

import re

from parser.structure.draft import Draft
from parser.structure.kinds import decide_kind
from parser.structure.page import PageReader
from parser.structure.photos import credit_line
from parser.structure.text import LINE_BREAK, Line

DAY_FILE = re.compile(r"^(?P<date>\d{8})-(?P<page>\d{1,3})-(?P<n>\d{1,3})\.txt$", re.IGNORECASE)


def read_day_file(text: str) -> Draft:
    """One file of a day folder as one piece."""
    raw_lines = LINE_BREAK.split(text)
    head: list[str] = []
    body_start = len(raw_lines)
    for i, raw in enumerate(raw_lines):
        if raw[:1].isspace() and raw.strip():
            body_start = i
            break
        head.append(raw.strip())
    parts: list[str | None] = [h or None for h in head[:3]]
    parts += [None] * (3 - len(parts))
    extra = [h for h in head[3:] if h]  # headline lines beyond three: keep them as text
    reader = PageReader(one_piece=True)
    for raw in raw_lines[body_start:]:
        stripped = raw.strip()
        if stripped:
            # Each indented line is a whole paragraph: never joined to the next one.
            reader.feed_paragraph(Line(stripped, 0, True))
    drafts = reader.finish()
    draft = _merge(drafts)
    draft.kicker, draft.title, draft.subtitle = parts
    draft.paragraphs[:0] = extra
    draft.kind = decide_kind(draft)
    if draft.photos and not draft.byline and _all_caption(draft):
        _as_photo_news(draft)
    return draft


def _merge(drafts: list[Draft]) -> Draft:
    """A file is one piece even when its body looks like several: fold them into the first."""
    if not drafts:
        return Draft()
    first = drafts[0]
    for other in drafts[1:]:
        first.paragraphs.extend(other.paragraphs)
        first.photos.extend(other.photos)
        for text in (other.column, other.kicker, other.title, other.subtitle, other.byline):
            if text:
                first.paragraphs.append(text)
        if other.jump_to and first.jump_to is None:
            first.jump_to = other.jump_to
        elif other.jump_to:
            first.paragraphs.append(other.jump_to.text)
        if other.jump_from and first.jump_from is None:
            first.jump_from = other.jump_from
        elif other.jump_from:
            first.paragraphs.append(other.jump_from.text)
    if first.kind == "banner":
        first.kind = "article"
        if first.column:
            first.paragraphs.insert(0, first.column)
            first.column = None
    return first


def _all_caption(draft: Draft) -> bool:
    """True for a short text ending in its photo's credit: photo news, not an article."""
    short = len(draft.paragraphs) <= 2 and sum(map(len, draft.paragraphs)) <= 400
    return short and all(p.after_paragraph == len(draft.paragraphs) - 1 for p in draft.photos)


def _as_photo_news(draft: Draft) -> None:
    """A file that is only captions and a credit is photo news: its text is the caption."""
    if len(draft.photos) != 1 or draft.byline:
        return
    photo = draft.photos[0]
    caption = "\n".join([*draft.paragraphs, photo.caption] if photo.caption else draft.paragraphs)
    draft.photos[0] = type(photo)(caption, photo.credit, photo.photographers, -1)
    draft.paragraphs.clear()
    draft.kind = "photo"


__all__ = ["DAY_FILE", "credit_line", "read_day_file"]

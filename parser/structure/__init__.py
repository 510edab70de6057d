"""Page structure: from raw page text to pieces (headlines, bylines, photos, jumps, banners).

Split by concern: ``text`` (cleanup, line classification), ``headlines``, ``bylines``,
``photos``, ``jumps`` (markers and linking), ``kinds``, ``page`` (the per-page state machine),
``dayfolder`` (article-per-file layout) and ``assemble`` (pages, ids, links, freezing).
"""

from parser.structure.assemble import PageDraft, freeze_pages, merge_same_numbers, read_pages
from parser.structure.dayfolder import DAY_FILE, read_day_file

__all__ = [
    "DAY_FILE",
    "PageDraft",
    "freeze_pages",
    "merge_same_numbers",
    "read_day_file",
    "read_pages",
]

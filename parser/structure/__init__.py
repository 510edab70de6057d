"""Page structure: from raw page text to pieces (headlines, bylines, photos, jumps, banners).

Split by concern: ``text`` (cleanup, lines, page headers), ``classify`` (what a line looks
like), ``spaces`` (stray spaces), ``headlines``, ``bylines``, ``photos``, ``jumps`` (markers
and linking), ``kinds``, ``draft`` (a piece being built), ``page`` (the per-page state
machine), ``dayfolder`` (article-per-file layout) and ``assemble`` (ids, links, freezing).
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

"""From text to pages: split a text at its page header lines, read each page, number the
pieces, resolve the jumps and freeze everything into the model."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from parser.model import Page
from parser.structure.draft import Draft
from parser.structure.jumps import link_drafts
from parser.structure.page import PageReader
from parser.structure.text import marks_paragraphs_by_indent, page_header, split_lines, wrap_width


@dataclass(slots=True)
class PageDraft:
    """A page being built: number, name, header line as printed, its pieces."""

    number: int
    name: str | None = None
    header: str | None = None
    drafts: list[Draft] = field(default_factory=list)
    source: str | None = None


def read_pages(
    text: str, default_page: int, *, source: str | None = None, fixed_page: bool = False
) -> list[PageDraft]:
    """The pages of one text: a new page at each header line (第3版, A3版, 第03版：要闻).

    With ``fixed_page`` (the number came from a manifest) a header line only names the page.
    """
    pages: list[PageDraft] = []
    page = PageDraft(default_page, source=source)
    # Paragraphs marked by an indent, headlines not: then an indented line is never a headline.
    indents = marks_paragraphs_by_indent(text)
    reader = PageReader(indents=indents)
    for line in split_lines(text, wrap_width(text)):
        # (page_header's own first test, inlined: it runs on every line)
        header = page_header(line.text) if len(line.text) <= 60 else None
        if header is None:
            reader.feed(line)
            continue
        number, name = header
        if fixed_page or (page.header is None and not reader.has_content()):
            # The first header of this page: it names the page (and numbers it).
            if not fixed_page:
                page.number = number
            page.name = page.name or name
            page.header = line.text if page.header is None else f"{page.header} {line.text}"
            continue
        page.drafts = reader.finish()
        pages.append(page)
        page = PageDraft(number, name, line.text, source=source)
        reader = PageReader(indents=indents)
    page.drafts = reader.finish()
    pages.append(page)
    return [p for p in pages if p.drafts or p.header or len(pages) == 1]


def merge_same_numbers(pages: Iterable[PageDraft]) -> list[PageDraft]:
    """Pages that share a number (a header repeated in a footer) become one page."""
    merged: dict[int, PageDraft] = {}
    for page in pages:
        first = merged.get(page.number)
        if first is None:
            merged[page.number] = page
            continue
        first.drafts.extend(page.drafts)
        if page.header:
            first.header = f"{first.header} {page.header}" if first.header else page.header
        first.name = first.name or page.name
    return list(merged.values())


def _one_section_from_one(pages: list[PageDraft]) -> None:
    """An edition (or a single page) of one later section only, B1…B8 with no jump out of it,
    is numbered from 1 like any paper: the section offset only keeps sections apart."""
    markers = [m for p in pages for d in p.drafts for m in (d.jump_to, d.jump_from) if m]
    blocks = {p.number // 100 for p in pages} | {m.page // 100 for m in markers}
    if len(blocks) != 1 or 0 in blocks:
        return
    offset = 100 * blocks.pop()
    for page in pages:
        page.number -= offset
        for draft in page.drafts:
            if draft.jump_to is not None:
                draft.jump_to = replace(draft.jump_to, page=draft.jump_to.page - offset)
            if draft.jump_from is not None:
                draft.jump_from = replace(draft.jump_from, page=draft.jump_from.page - offset)


def freeze_pages(pages: list[PageDraft]) -> tuple[Page, ...]:
    """Number the pieces p{page}-{n} in reading order, link the jumps, freeze to Pages."""
    _one_section_from_one(pages)
    for page in pages:
        for n, draft in enumerate(page.drafts, 1):
            draft.id = f"p{page.number}-{n}"
    link_drafts([(p.number, p.drafts) for p in pages])
    return tuple(
        Page(
            number=p.number,
            name=p.name,
            items=tuple(d.freeze(p.number) for d in p.drafts),
            source=p.source,
            header=p.header,
        )
        for p in pages
    )

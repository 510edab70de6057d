"""Reading one page's lines into pieces: headlines, bylines, body, photos, markers, banners.

A small state machine over the page's non-blank lines. Short lines without end punctuation
wait in ``pending`` until the next line shows what they are: the headline of a new piece, a
banner, a caption (when a credit follows), or the rest of a sentence broken by a blank line.
"""

from __future__ import annotations

from dataclasses import replace

from parser.model import Photo
from parser.structure.bylines import Byline, byline_line, split_byline, trailing_reporters
from parser.structure.classify import SIGNATURE_DATE, SUBHEAD, is_headline_like, join_broken
from parser.structure.draft import Draft
from parser.structure.headlines import (
    BRIEF_COLUMN,
    COLUMN_LABEL,
    clean_headline,
    looks_like_banner,
    split_headline,
)
from parser.structure.jumps import take_markers, whole_line_marker
from parser.structure.kinds import decide_kind, related
from parser.structure.photos import credit_line, split_inline_credit
from parser.structure.spaces import repair_body_spaces
from parser.structure.text import Line, ends_paragraph

# How the text of a continuation printed without its headline begins.
_CONTINUATION = ("（上接", "(上接", "（接上", "(接上", "（接第", "(接第", "（续第", "(续第")


class PageReader:
    """Feed lines in order with ``feed``; ``finish`` returns the page's drafts."""

    def __init__(self, *, one_piece: bool = False, indents: bool = False) -> None:
        # one_piece: the text is a single piece (a day-folder file), photos stay in it.
        self.one_piece = one_piece
        # indents: the page marks paragraphs with an indent, so indented lines are body.
        self.indents = indents
        self.drafts: list[Draft] = []
        self.closed: set[int] = set()  # ids of the drafts already in self.drafts
        self.current: Draft | None = None
        self.brief_column = False  # under a 简讯/快讯 banner: short titled pieces are briefs
        self.pending: list[str] = []
        # Where the last body line went (paragraph index, start offset, was the paragraph
        # open before it): lets a credit take that line back as its caption.
        self.last_unit: tuple[int, int, bool] | None = None
        # The article a photo of its own interrupted, while that photo is the current piece.
        self.interrupted: Draft | None = None

    def has_content(self) -> bool:
        """True once any piece or waiting line has been read."""
        return bool(self.drafts or self.pending or self.current is not None)

    # -- pieces -----------------------------------------------------------------------------

    def _start(self, draft: Draft) -> Draft:
        self._close()
        self.current = draft
        return draft

    def _close(self) -> None:
        cur = self.current
        if cur is not None and not cur.is_empty() and id(cur) not in self.closed:
            self.drafts.append(cur)
            self.closed.add(id(cur))
        self.current = None
        self.last_unit = None
        self.interrupted = None

    def _draft(self) -> Draft:
        cur = self.current
        if cur is not None and cur.kind == "photo" and not cur.has_headline():
            resume = self.interrupted
            self._close()
            if resume is None:
                return self._start(Draft())
            self.current = resume  # a photo of its own dropped between paragraphs: go on
            return resume
        if cur is None or cur.kind == "banner":
            return self._start(Draft())
        return cur

    # -- pending short lines ----------------------------------------------------------------

    def _flush_pending(self, next_line: Line | None, next_is_plain_body: bool) -> None:
        """Decide what the waiting short lines are, now that the next line is known."""
        pending, self.pending = self.pending, []
        if not pending:
            return
        cur = self.current
        if cur is not None and cur.paragraphs and (next_is_plain_body or next_line is None):
            # On an indented page, an indented line opens a paragraph: the short lines before
            # it did not end a sentence, so they are no paragraph's tail but a headline.
            indented_next = self.indents and next_line is not None and next_line.indented
            if cur.open_paragraph and not indented_next:
                # 以刀刃向 / 内的决心…: a sentence broken by a blank line, or a narrow column
                # hard-wrapped into short lines: the text goes on.
                for text in pending:
                    self._add_body(text)
                return
            if next_line is None:
                self._add_lines(pending)  # 版式设计：… closing the page: the last piece's text
                return
            if len(pending) == 1 and SUBHEAD.match(pending[0]):
                self._add_body(pending[0])  # 一、… a numbered subhead inside the article
                cur.open_paragraph = False
                return
        dated = [i for i, text in enumerate(pending) if SIGNATURE_DATE.match(text)]
        if cur is not None and cur.paragraphs and dated:
            for text in pending[: dated[-1] + 1]:  # 北岭市供水有限责任公司 / 2024年5月17日
                self._add_body(text)
                cur.open_paragraph = False
            pending = pending[dated[-1] + 1 :]
            if not pending:
                return
        if len(pending) >= 2 and looks_like_banner(pending[0]):
            self._banner(pending[0])
            pending = pending[1:]
        if len(pending) > 3:
            # More short lines than a headline has parts: a list, a table or a poem. They are
            # text; only the last three can still head what follows.
            keep = 3 if next_line is not None else 0
            self._add_lines(pending[: len(pending) - keep])
            pending = pending[len(pending) - keep :]
            if not pending:
                return
        draft = Draft(brief=self.brief_column)
        if COLUMN_LABEL.match(pending[0]):
            draft.column = pending.pop(0)  # 短评 / 让烟火气更可持续: the column, then the title
        # 现场观摩（上接第一版）: a marker printed with the headline belongs to the piece.
        pending = [text for text in (take_markers(line, draft) for line in pending) if text]
        draft.kicker, draft.title, draft.subtitle = split_headline(pending)
        self._start(draft)

    def _add_lines(self, lines: list[str]) -> None:
        """Short lines that are text, each its own paragraph (list items, verse)."""
        for text in lines:
            self._add_body(text)
            if self.current is not None:
                self.current.open_paragraph = False

    def _banner(self, text: str) -> None:
        column = clean_headline(text)
        self._start(Draft(kind="banner", column=column))
        self._close()
        self.brief_column = bool(BRIEF_COLUMN.search(column))

    # -- line handlers ----------------------------------------------------------------------

    def feed(self, line: Line) -> None:
        """Read the next non-blank line of the page."""
        text = line.text
        marker = whole_line_marker(text) if text[0] in "（(" else None
        credit = None if marker else credit_line(text)
        if self.pending and marker is None and credit is None:
            writers = byline_line(text)
            if writers is not None:  # 故乡的沙棘林 / □ 方知远: headline, then its author
                self._flush_pending(line, False)
                if self.current is not None and not self.current.byline:
                    self.current.byline, self.current.reporters = text, writers
                    return
        byline = split_byline(text) if marker is None and credit is None else None
        plain = marker is None and credit is None and byline is None
        if self.indents and line.indented:
            # An indent starts a paragraph: never a headline, never the tail of the last one.
            if self.pending:
                self._flush_pending(line, plain)
            if self.current is not None:
                self.current.open_paragraph = False
        elif plain and is_headline_like(text):
            self.pending.append(text)
            return
        if credit is not None and self.pending:
            # Headline lines then a credit: the last short line is the caption.
            caption = self.pending.pop()
            if self.pending:
                self._flush_pending(line, False)
            self._photo(caption, text, credit, fresh=self.current is None)
            return
        self._flush_pending(line, plain)
        if marker is not None:
            draft = self._draft()
            if marker.forward and draft.jump_to is None:
                draft.jump_to = marker
                self._close()  # the piece goes on elsewhere: what follows here is not its text
                return
            if not marker.forward:
                if draft.paragraphs or draft.photos or draft.jump_from is not None:
                    draft = self._start(Draft())
                draft.jump_from = marker
                return
            self._add_body(text)
        elif credit is not None:
            self._credit(text, credit)
        else:
            self._body(text, byline)

    def feed_paragraph(self, line: Line) -> None:
        """Read a line known to be a whole paragraph (indented day-folder text)."""
        text = line.text
        marker = whole_line_marker(text) if text[0] in "（(" else None
        credit = None if marker else credit_line(text)
        if marker is not None and (marker.forward or self.current is None):
            self.feed(line)
        elif credit is not None:
            self._credit(text, credit)
        else:
            self._body(text, split_byline(text))
            if self.current is not None:
                self.current.open_paragraph = False

    def _body(self, text: str, byline: Byline | None) -> None:
        inline = split_inline_credit(text)
        if inline is not None:
            caption, credit, names = inline
            self._photo(caption, credit, names, fresh=False)
            return
        cur = self.current
        if byline is not None and self.one_piece and cur and (cur.paragraphs or cur.byline):
            byline = None  # one piece has one byline: a later dateline is body text
        if byline is not None:
            draft = self.current
            if (
                draft is None
                or draft.paragraphs
                or draft.byline
                or draft.kind == "banner"
                or (draft.kind == "photo" and not draft.has_headline())
            ):
                draft = self._start(Draft(kind="brief"))
            draft.byline, draft.dateline, draft.reporters, rest = byline
            self.brief_column = self.brief_column and draft.kind == "brief"
            if rest:
                self._add_body(rest)
            return
        draft = self.current
        if draft is not None and not draft.paragraphs and not draft.byline:
            writers = byline_line(text)
            if writers is not None:
                draft.byline, draft.reporters = text, writers
                return
        self._add_body(text)

    def _add_body(self, text: str) -> None:
        draft = self._draft()
        if draft.paragraphs and text.startswith(_CONTINUATION):
            draft = self._start(Draft())  # （上接第三版）确保…: an untitled continuation begins
        had_jump = draft.jump_to is not None
        # …项目早投产。（下转第三版）: the piece goes on elsewhere, what follows is not its text.
        jumps_away = text.endswith(("版）", "版)"))
        text = repair_body_spaces(take_markers(text, draft))
        jumps_away = jumps_away and not had_jump and draft.jump_to is not None
        if not text:
            if jumps_away:
                self._close()
            return
        was_open = draft.open_paragraph
        if was_open and draft.paragraphs:
            index = len(draft.paragraphs) - 1
            start = len(draft.paragraphs[index])
            draft.paragraphs[index] = join_broken(draft.paragraphs[index], text)
            start = len(draft.paragraphs[index]) - len(text)
        else:
            draft.paragraphs.append(text)
            index, start = len(draft.paragraphs) - 1, 0
        self.last_unit = (index, start, was_open)
        draft.open_paragraph = not ends_paragraph(text)
        if jumps_away:
            draft.open_paragraph = False
            self._close()

    def _credit(self, text: str, names: tuple[str, ...]) -> None:
        """A credit line: the line before it was the caption; take it back from the body."""
        draft = self.current
        caption = ""
        if draft is not None and self.last_unit is not None and draft.kind in ("article", "brief"):
            index, start, was_open = self.last_unit
            paragraph = draft.paragraphs[index]
            caption = paragraph[start:].strip()
            if start == 0:
                del draft.paragraphs[index]
            else:
                draft.paragraphs[index] = paragraph[:start].rstrip()
            draft.open_paragraph = was_open
            self.last_unit = None
        self._photo(caption, text, names, fresh=draft is None)

    def _photo(self, caption: str, credit: str, names: tuple[str, ...], *, fresh: bool) -> None:
        """Attach the photo to the piece it belongs to, or make it a photo piece of its own."""
        draft = self.current
        photo = Photo(caption, credit, names, -1)
        if self.one_piece:
            draft = self._draft()
            draft.photos.append(replace(photo, after_paragraph=len(draft.paragraphs) - 1))
            return
        if draft is not None and draft.kind in ("article", "brief") and not fresh:
            if draft.paragraphs:
                # Mid-sentence it must be this piece's; between finished paragraphs only when
                # the caption talks about what the piece talks about.
                if draft.open_paragraph or related(caption, draft):
                    draft.photos.append(replace(photo, after_paragraph=len(draft.paragraphs) - 1))
                    self.last_unit = None
                    return
            elif draft.has_headline() or draft.byline or draft.column:
                draft.photos.append(photo)  # headline then photo: photo news, or a lead photo
                return
        article = (
            draft if draft is not None and draft.kind == "article" and draft.paragraphs else None
        )
        self._start(Draft(kind="photo", photos=[photo]))
        self.interrupted = article  # body text right after the photo continues this article

    def finish(self) -> list[Draft]:
        """Close the page and return its pieces with their kinds decided."""
        self._flush_pending(None, False)
        self._close()
        for draft in self.drafts:
            draft.kind = decide_kind(draft)
            if not draft.reporters:
                draft.reporters = trailing_reporters(draft.paragraphs)
        return self.drafts

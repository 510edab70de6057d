"""Reading one page's lines into pieces: headlines, bylines, body, photos, markers, banners.

A small state machine over the page's non-blank lines. Short lines without end punctuation
wait in ``pending`` until the next line shows what they are: the headline of a new piece, a
banner, a caption (when a credit follows), or the rest of a sentence broken by a blank line.
"""

from __future__ import annotations

from dataclasses import replace

from parser.model import Photo
from parser.structure.bylines import Byline, byline_line, split_byline, trailing_reporters
from parser.structure.classify import (
    SUBTITLE_DASH,
    bullet_brief,
    is_asking_headline,
    is_headline_like,
    join_broken,
)
from parser.structure.draft import Draft
from parser.structure.headlines import BRIEF_COLUMN, clean_headline
from parser.structure.jumps import take_markers, whole_line_marker
from parser.structure.kinds import decide_kind, related
from parser.structure.pending import flush_pending
from parser.structure.photos import credit_line, split_inline_credit
from parser.structure.spaces import repair_body_spaces
from parser.structure.text import TERMINAL, Line

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

    def start(self, draft: Draft) -> Draft:
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
                return self.start(Draft())
            self.current = resume  # a photo of its own dropped between paragraphs: go on
            return resume
        if cur is None or cur.kind == "banner":
            return self.start(Draft())
        return cur

    # -- pending short lines ----------------------------------------------------------------

    def _flush_pending(self, next_line: Line | None, next_is_plain_body: bool) -> None:
        if self.pending:
            flush_pending(self, next_line, next_is_plain_body)

    def add_lines(self, lines: list[str]) -> None:
        """Short lines that are text, each its own paragraph (list items, verse)."""
        for text in lines:
            self.add_body(text)
            if self.current is not None:
                self.current.open_paragraph = False

    def banner(self, text: str) -> None:
        column = clean_headline(text)
        self.start(Draft(kind="banner", column=column))
        self._close()
        self.brief_column = bool(BRIEF_COLUMN.search(column))

    # -- line handlers ----------------------------------------------------------------------

    def feed(self, line: Line) -> None:
        """Read the next non-blank line of the page."""
        text = line.text
        marker = whole_line_marker(text) if text[0] in "（(" else None
        # (credit_line takes no line over 40 characters: most lines skip the call)
        credit = None if marker or len(text) > 40 else credit_line(text)
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
        elif (
            plain
            and not line.full
            and not (self.pending and self.pending[-1].startswith(SUBTITLE_DASH))
            and (is_headline_like(text) or (text[-1] in "？！?!" and self._asking_headline(line)))
        ):
            # (A ——subtitle ends a headline: the short line after it is text, 记者：…？)
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
                    draft = self.start(Draft())
                draft.jump_from = marker
                return
            self.add_body(text)
        elif credit is not None:
            self._credit(text, credit)
        else:
            self._body(text, byline)
            if line.full and self.current is not None and self.current.paragraphs:
                self.current.open_paragraph = True  # wrapped at the column edge: it goes on

    def _asking_headline(self, line: Line) -> bool:
        """难在哪里？ / 春耕正当时！: a headline may end in ？ or ！ where the layout says it is
        no paragraph: not indented on an indented page, else set apart after a finished one."""
        if not is_asking_headline(line.text):
            return False
        if self.indents:
            return not line.indented
        cur = self.current
        return line.blank_before > 0 and (cur is None or not cur.open_paragraph)

    def feed_paragraph(self, line: Line) -> None:
        """Read a line known to be a whole paragraph (indented day-folder text)."""
        text = line.text
        marker = whole_line_marker(text) if text[0] in "（(" else None
        # (credit_line takes no line over 40 characters: most lines skip the call)
        credit = None if marker or len(text) > 40 else credit_line(text)
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
        bullet = bullet_brief().match(text) if text[0] in "■●◆□◇○★☆" else None
        if bullet is not None and not self.one_piece:
            inner = split_byline(bullet.group("rest"))
            if inner is not None:
                self.start(Draft(kind="brief", title=bullet.group("title"), brief=True))
                # Bullets mark the column's items: a piece without one is past the column.
                self.brief_column = False
                byline = inner
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
                draft = self.start(Draft(kind="brief"))
            draft.byline, draft.dateline, draft.reporters, rest = byline
            self.brief_column = self.brief_column and draft.kind == "brief"
            if rest:
                self.add_body(rest)
            return
        draft = self.current
        if draft is None or (not draft.paragraphs and not draft.byline):
            writers = byline_line(text)
            if writers is not None:  # 本报记者 张三 opening the piece (first line of a file)
                draft = self._draft()
                draft.byline, draft.reporters = text, writers
                return
        self.add_body(text)

    def add_body(self, text: str) -> None:
        draft = self._draft()
        if draft.paragraphs and text.startswith(_CONTINUATION):
            draft = self.start(Draft())  # （上接第三版）确保…: an untitled continuation begins
        had_jump = draft.jump_to is not None
        # …项目早投产。（下转第三版）: the piece goes on elsewhere, what follows is not its text.
        jumps_away = text.endswith(("版）", "版)"))
        if "版" in text:  # every jump marker names a page (…版)
            text = take_markers(text, draft)
        text = repair_body_spaces(text)
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
        draft.open_paragraph = text[-1] not in TERMINAL  # (ends_paragraph, inlined: per line)
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
        self.start(Draft(kind="photo", photos=[photo]))
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

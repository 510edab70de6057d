"""Deciding what a run of short waiting lines is, once the line after them is known.

A page reader keeps short lines without end punctuation in ``pending``: they may be the
headline of a new piece, a banner, a signature closing the last piece, a table in a notice,
or the rest of a sentence broken by a blank line. ``flush_pending`` decides and hands them on.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from parser.structure.bylines import byline_line
from parser.structure.classify import SIGNATURE_DATE, SUBHEAD
from parser.structure.draft import Draft
from parser.structure.headlines import (
    BRIEF_BANNER,
    COLUMN_LABEL,
    looks_like_banner,
    split_headline,
)
from parser.structure.jumps import take_markers
from parser.structure.kinds import is_notice
from parser.structure.text import Line

if TYPE_CHECKING:
    from parser.structure.page import PageReader

# A row of a table or a contact list: a phone number, a web or mail address, or columns set
# apart by a wide gap with a number in them. Such a line is never a headline part. (A wide gap
# alone is not enough: extraction also sets headline parts apart with one.)
_CONTACT = re.compile(
    r"\d{3,4}[-－—]\d{7,8}|\d{3,4}[-－—]\d{4}\s?\d{4}|www\.|https?://|[A-Za-z0-9]@[A-Za-z0-9]"
)
_COLUMN_GAP = re.compile(r"\S(?:\s{2,}|\t)\S")
_DIGIT = re.compile(r"[0-9０-９]")


def is_tabular(text: str) -> bool:
    """True for a table row: ``邮局订阅　　邮发代号 35-218``, ``服务中心　0577-6123 4567``."""
    if _CONTACT.search(text) is not None:
        return True
    return _COLUMN_GAP.search(text) is not None and _DIGIT.search(text) is not None


def flush_pending(reader: PageReader, next_line: Line | None, next_is_plain_body: bool) -> None:
    """Decide what the reader's waiting short lines are, now that the next line is known."""
    pending, reader.pending = reader.pending, []
    if not pending:
        return
    cur = reader.current
    if cur is not None and cur.paragraphs and not cur.byline:
        writers = byline_line(pending[0])
        if writers is not None:  # 本报评论员 温知行 after the last paragraph: the signature
            cur.byline, cur.reporters = pending.pop(0), writers
            if not pending:
                return
    tabular = [is_tabular(text) for text in pending]
    if cur is not None and cur.paragraphs and any(tabular) and is_notice(cur):
        reader.add_lines(pending)  # 订阅方式 / 邮局订阅　　邮发代号…: the notice's own table
        return
    if cur is not None and cur.paragraphs and (next_is_plain_body or next_line is None):
        # On an indented page, an indented line opens a paragraph: the short lines before
        # it did not end a sentence, so they are no paragraph's tail but a headline.
        indented_next = reader.indents and next_line is not None and next_line.indented
        if cur.open_paragraph and not indented_next:
            # 以刀刃向 / 内的决心…: a sentence broken by a blank line, or a narrow column
            # hard-wrapped into short lines: the text goes on.
            for text in pending:
                reader.add_body(text)
            return
        if next_line is None and not _titled_table(pending, tabular):
            reader.add_lines(pending)  # 版式设计：… closing the page: the last piece's text
            return
        if len(pending) == 1 and pending[0][-1] in "？！?!" and not reader.indents:
            # 为什么？ between paragraphs, the answer after it: the article's text. (Set apart
            # by indents, or followed by a byline, the same line would be a headline.)
            reader.add_body(pending[0])
            cur.open_paragraph = False
            return
        if len(pending) == 1 and SUBHEAD.match(pending[0]):
            reader.add_body(pending[0])  # 一、… a numbered subhead inside the article
            cur.open_paragraph = False
            return
    dated = [i for i, text in enumerate(pending) if SIGNATURE_DATE.match(text)]
    if cur is not None and cur.paragraphs and dated:
        for text in pending[: dated[-1] + 1]:  # 北岭市供水有限责任公司 / 2024年5月17日
            reader.add_body(text)
            cur.open_paragraph = False
        pending = pending[dated[-1] + 1 :]
        tabular = tabular[dated[-1] + 1 :]
        if not pending:
            return
    if (len(pending) >= 2 and looks_like_banner(pending[0])) or (
        len(pending) == 1 and next_line is not None and BRIEF_BANNER.fullmatch(pending[0])
    ):
        reader.banner(pending.pop(0))  # 城事快讯 / 简讯 over the items that follow
        tabular.pop(0)
        if not pending:
            return
    rows: list[str] = []
    if _titled_table(pending, tabular):
        first_row = tabular.index(True)
        pending, rows = pending[:first_row], pending[first_row:]  # 便民服务热线 / its list
    elif len(pending) > 3:
        # More short lines than a headline has parts: a list, a table or a poem. They are
        # text; only the last three can still head what follows.
        keep = 3 if next_line is not None else 0
        reader.add_lines(pending[: len(pending) - keep])
        pending = pending[len(pending) - keep :]
        if not pending:
            return
    draft = Draft(brief=reader.brief_column)
    if COLUMN_LABEL.match(pending[0]):
        draft.column = pending.pop(0)  # 短评 / 让烟火气更可持续: the column, then the title
    # 现场观摩（上接第一版）: a marker printed with the headline belongs to the piece.
    pending = [text for text in (take_markers(line, draft) for line in pending) if text]
    draft.kicker, draft.title, draft.subtitle = split_headline(pending)
    reader.start(draft)
    reader.add_lines(rows)


def _titled_table(pending: list[str], tabular: list[bool]) -> bool:
    """Headline lines, then only table rows: a list under its title (便民服务热线)."""
    if not any(tabular) or tabular[0]:
        return False
    first_row = tabular.index(True)
    return first_row <= 3 and all(tabular[first_row:])

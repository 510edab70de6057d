"""What kind of piece a draft is, and whether a caption belongs to the piece before it."""

from __future__ import annotations

import re

from parser.model import ItemKind
from parser.structure.classify import SIGNATURE_DATE
from parser.structure.draft import Draft

# Titles of notices: announcements, calls for tips, corrections.
_NOTICE_TITLE = re.compile(
    r"(?:公告|通告|启事|须知|公示|通知|提示|讣告|更正|征集|招聘|渠道|热线)$|投诉|征集|招聘|寻人"
    r"|^.{0,6}声明$"  # 遗失声明, not 中缅联合声明 (a state document, an article)
)


def is_notice(draft: Draft) -> bool:
    """A titled piece without a byline whose title names an announcement (…启事, …公告)."""
    return bool(not draft.byline and draft.title and _NOTICE_TITLE.search(draft.title))


def decide_kind(draft: Draft) -> ItemKind:
    """Banner and photo as found; a byline-less titled announcement is a notice; an untitled
    piece opening with a dateline is a brief; everything else an article."""
    if draft.kind == "banner":
        return "banner"
    if draft.photos and not draft.paragraphs and not draft.byline:
        return "photo"
    if draft.brief and not draft.reporters and len(draft.paragraphs) <= 3:
        return "brief"
    if not draft.byline and draft.title:
        if _NOTICE_TITLE.search(draft.title):
            return "notice"
        if draft.paragraphs and SIGNATURE_DATE.match(draft.paragraphs[-1]):
            return "notice"  # signed and dated: a letter or announcement from an office
    if draft.kind == "brief" and not draft.has_headline():
        return "brief"
    return "article"


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


# Bigrams that every caption and every article share: dates, "本市", "记者".
_COMMON = {"月1", "日，", "本市", "我市", "记者", "今年", "，在", "。在", "的新", "工作", "进行"}


def related(caption: str, draft: Draft) -> bool:
    """True when a caption shares enough words with a piece to be that piece's photo."""
    words = _bigrams("".join(caption.split())) - _COMMON
    if len(words) < 4:
        return True  # too short to judge: keep it with the piece it sits in
    body = "".join((draft.title or "", draft.subtitle or "", *draft.paragraphs[-6:]))
    shared = sum(1 for w in words if w in body)
    return shared / len(words) >= 0.3

"""What a single line looks like: headline material, a subhead, a signature date."""

from __future__ import annotations

import re

from parser.structure.bylines import split_byline
from parser.structure.text import on_first_use

_NOT_HEADLINE_END = "。！？!?…；;，,、：:."  # an English sentence ends with .
# A date line closing a notice or letter: 2024年5月17日, 二〇二四年五月十七日.
SIGNATURE_DATE = re.compile(
    r"^[0-9〇零一二三四五六七八九]{4}年[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日$"
)
# Numbered or bulleted subheads inside an article (一、 （二） 3. ■ ●): body, not a new piece.
# A whole line in 【】 or in quotes is a subhead too (“向世界讲述中国故事”).
SUBHEAD = re.compile(
    r"^(?:[一二三四五六七八九十]+[、是]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|[■●▲◆□○★☆])"
    r"|^【[^】]+】$|^“[^“”]+”$"
)


# A subtitle line opens with a dash; nothing after it belongs to the same headline.
SUBTITLE_DASH = ("——", "－－", "--")
# ■市图书馆延长开放时间　本报讯 自下周起…: a brief with its title run into its first line.
bullet_brief = on_first_use(r"^(?P<title>[■●◆□◇○★☆]\s*[^\s。，！？；：]{2,30})\s+(?P<rest>.+)$")


def is_headline_like(text: str) -> bool:
    """Short phrases without sentence punctuation: a headline line, caption or fragment.

    A one-line headline of several parts (kicker, title, subtitle separated by spaces) may be
    long; each of its phrases is short.
    """
    if text[-1] in _NOT_HEADLINE_END or "。" in text or text.count("，") > 1:
        return False
    if len(text) > 48 and (len(text) > 120 or max(map(len, text.split())) > 40):
        return False
    if text[-1] in "）)”" and len(text) > 1 and text[-2] in "。！？":
        return False
    if text[0] in "（(" and text[-1] in "）)":
        return False  # （作者系…）, （本报记者 …）: a note closing a piece
    return split_byline(text) is None


def is_asking_headline(text: str) -> bool:
    """A short line ending in ？ or ！ that could be a headline (难在哪里？, 春耕正当时！): one
    clause, no sentence before it, not a quotation. The layout around it decides."""
    if text[-1] not in "？！?!" or len(text) > 30 or text[0] in "“「‘\"'（(":
        return False
    inner = text[:-1]
    return not any(c in inner for c in "。！？!?；;") and inner.count("，") <= 1


def join_broken(left: str, right: str) -> str:
    """Rejoin a paragraph broken by the extraction; Latin words keep a space between them,
    a number cut by a line end (80 / 0名) is one number again."""
    if left[-1:].isascii() and left[-1:].isalpha() and right[:1].isascii() and right[:1].isalpha():
        return left + " " + right
    return left + right

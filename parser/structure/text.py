"""Text cleanup and line classification: the vocabulary every other structure module uses.

Whitespace is ``str.isspace`` everywhere (NBSP, the full-width space U+3000 and the other
Unicode spaces included), so repairs that touch only whitespace never lose a character.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, partial


def on_first_use(pattern: str) -> Callable[[], re.Pattern[str]]:
    """``pattern``, compiled when first asked for. For patterns that many inputs never reach:
    compiling one costs 0.1–1.5 ms, which every start of the reader would pay at import."""
    return cache(partial(re.compile, pattern))


# One or more whitespace characters of any kind, and line breaks of any convention.
WS = re.compile(r"\s+")
LINE_BREAK = re.compile(r"\r\n|\r|\n")

# One Chinese character, in a regular expression: any letter that is not ASCII. A class of
# code point ranges (\u4e00-\u9fff) would say it more exactly, but Python compiles such a
# range point by point (~1 ms each), and these patterns are compiled when the reader starts.
HAN = r"[^\W\d_A-Za-z]"
# With the middle dot of foreign names (马可·波罗).
HAN_DOT = r"(?:[^\W\d_A-Za-z]|·)"
# Punctuation that ends a paragraph; closing quotes/brackets count when a sentence ends inside.
TERMINAL = "。！？!?…；;：:”」』）)》\"'．."
# Characters that end a sentence inside a closing quote or bracket (。” ！） etc.).
SENTENCE_END = "。！？!?…；;．"

CN_DIGITS = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip
FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def cn_number(text: str) -> int | None:
    """Parse 3, ０３, 三, 十二, 二十一, 一〇三 (page numbers); None when it is not a number."""
    text = text.translate(FULLWIDTH_DIGITS)
    if text.isascii() and text.isdigit():
        return int(text)
    if not text or any(c not in CN_DIGITS and c != "十" for c in text):
        return None
    if "十" not in text:  # 一〇三: digit by digit
        value = 0
        for c in text:
            value = value * 10 + CN_DIGITS[c]
        return value
    tens, _, units = text.partition("十")
    if len(tens) > 1 or len(units) > 1 or "十" in units:
        return None
    return CN_DIGITS.get(tens, 1) * 10 + (CN_DIGITS[units] if units else 0)


# Metro dailies print sections A, B, C… each numbered from 1 (A1…A16, B1…B8). Section A keeps
# its numbers (A3 is page 3, as a paper without sections); each later section starts a hundred
# further on (B2 is page 102), so its pages never merge with A's and jumps to them resolve.
SECTION_LETTERS = "ABCDEFGH"


def section_page(letter: str | None, number: int) -> int:
    """The page number of page ``number`` of section ``letter`` (A3 → 3, B2 → 102)."""
    if letter is None or len(letter) != 1:
        return number
    section = SECTION_LETTERS.find(letter.upper())
    return number + 100 * section if section > 0 else number


def squeeze(text: str) -> str:
    """Strip and turn every whitespace run into one ASCII space."""
    return WS.sub(" ", text).strip()


def is_han(char: str) -> bool:
    """True for a CJK ideograph (basic block, extension A, compatibility ideographs)."""
    code = ord(char)
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF


def ends_paragraph(text: str) -> bool:
    """True when ``text`` ends like a finished paragraph (。！？… or a closing quote)."""
    text = text.rstrip()
    return bool(text) and text[-1] in TERMINAL


# ---------------------------------------------------------------------------------------------
# Page header lines: 第3版, A3版, 第03版：要闻, 第三版 要闻

_PAGE_NUM = r"(?:[0-9０-９]{1,3}|[〇零一二三四五六七八九十两]{1,4})"
PAGE_HEADER = re.compile(
    rf"^(?:第\s*(?P<la>[A-Za-z])?\s*(?P<a>{_PAGE_NUM})\s*版|(?P<letter>[A-Za-z])\s*(?P<b>[0-9]{{1,2}})\s*版)"
    r"(?:\s*[：:·•|｜\-—]*\s*(?P<name>[^\s：:。，,；;！？]{1,10}))?$"
)


_page_token = on_first_use(
    rf"(?:^|\s)(?:第\s*(?P<la>[A-Za-z])?\s*(?P<a>{_PAGE_NUM})\s*版|(?P<letter>[A-Za-z])\s*(?P<b>[0-9]{{1,2}})\s*版)"
    r"(?:\s*[：:·•|｜\-—]*\s*(?P<name>[^\s：:。，,；;！？\d]{2,8}))?(?=\s|$)"
)
# What else a running head carries: the date, the weekday, the page's editors.
_RUNNING_HEAD = re.compile(
    r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|星期|责任编辑|责编|版式|美编|校对"
)


# A running head that names the page by its section letter only: 2025年3月12日 星期三 A3 要闻.
_letter_page = on_first_use(
    r"(?:^|\s)(?P<letter>[A-Za-z])(?P<b>[0-9]{1,2})"
    r"(?:\s*[：:·•|｜\-—]*\s*(?P<name>[^\s：:。，,；;！？\d]{2,8}))?(?=\s|$)"
)
_full_date = on_first_use(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
# The editors a running head names (责任编辑：柯蓝); what is left has no other punctuation.
_editors = on_first_use(
    r"(?:责任编辑|美术编辑|编辑|责编|美编|校对|版式设计|版式|制图)\s*[：:]\s*\S+"
)


def _letter_running_head(line: str) -> tuple[int, str | None] | None:
    """(number, name) for a running head with a date, the weekday and a page such as A3."""
    text = squeeze(line)
    if _full_date().search(text) is None or any(
        c in _editors().sub("", text) for c in "。，,：:；;"
    ):
        return None  # 时间：2025年9月9日 星期二 14:00 地点：B2 会议室 is a notice's line
    match = _letter_page().search(text)
    if match is None or int(match.group("b")) <= 0:
        return None
    name = match.group("name")
    if name is None or "编" in name:
        name = _section_name(text)
    return section_page(match.group("letter"), int(match.group("b"))), name


def _section_name(text: str) -> str | None:
    """The section a running head names away from its page number (A7 2025年… 星期二 民生):
    its last short all-Chinese word that is no weekday, paper or editor."""
    for token in reversed(text.split()):
        if (
            2 <= len(token) <= 6
            and all(is_han(c) for c in token)
            and "星期" not in token
            and "编" not in token
            and not token.endswith(("报", "刊"))
        ):
            return token
    return None


def page_header(line: str) -> tuple[int, str | None] | None:
    """(number, name) when ``line`` is a page header: ``第03版：要闻``, ``A3版``, or a running
    head such as ``2022年7月17日 星期日 第3版 要闻 责任编辑：张三``."""
    if len(line) > 60:
        return None
    if "版" not in line:
        return _letter_running_head(line) if "星期" in line else None
    text = squeeze(line)
    match = PAGE_HEADER.match(text)
    if match is None:
        if "。" in text or not _RUNNING_HEAD.search(text):
            return None
        match = _page_token().search(text)
        if match is None:
            return None
    number = cn_number(match.group("a") or match.group("b"))
    if number is None or number <= 0:
        return None
    number = section_page(match.group("la") or match.group("letter"), number)
    name = match.group("name")
    if name is not None and ("编" in name or "星期" in name):
        name = None
    return number, name


# ---------------------------------------------------------------------------------------------
# Line kinds


@dataclass(slots=True)
class Line:
    """One non-blank source line with what the classifier learned about it."""

    text: str  # stripped of surrounding whitespace, otherwise as printed
    blank_before: int  # blank lines between this and the previous non-blank line
    indented: bool  # starts with a paragraph indent (　　 or a few spaces)
    kind: str = "body"  # body | head | credit | marker | header
    # Fills the column of a hard-wrapped page to its edge: its paragraph goes on next line.
    full: bool = False


def display_width(text: str) -> int:
    """Width in half-width cells, near enough: a Chinese character (3 UTF-8 bytes) counts 2,
    ASCII 1. Computed from the UTF-8 length, which is done in C."""
    return (len(text.encode("utf-8", "surrogatepass")) + len(text)) // 2


def split_lines(text: str, wrap_width: int | None = None) -> Iterator[Line]:
    """Non-blank lines with their blank-line gaps and indentation (LF, CRLF and CR alike).

    With ``wrap_width`` (see ``wrap_width``) a line as wide as the column is marked ``full``.
    """
    blank = 0
    edge = (wrap_width or 0) - 3  # justified lines differ by a character at most
    for raw in LINE_BREAK.split(text):
        stripped = raw.strip()
        if not stripped:
            blank += 1
            continue
        # A paragraph indent is a few spaces (　　); a centred headline has many.
        indent = len(raw) - len(raw.lstrip())
        full = edge > 0 and display_width(raw.rstrip()) >= edge
        yield Line(stripped, blank, 0 < indent <= 4, "body", full)
        blank = 0


def wrap_width(text: str) -> int | None:
    """The column width of a hard-wrapped text (a PDF extraction), or None.

    Hard-wrapped: many lines share one width and hardly any is wider. Text with a paragraph
    per line has long lines of every width, so it never qualifies. Judged on the first 1,000
    lines, which keeps it cheap on a large file.
    """
    widths = [
        display_width(raw.rstrip())
        for raw in LINE_BREAK.split(text, maxsplit=1000)[:1000]
        if raw.strip()
    ]
    common = Counter(w for w in widths if w >= 16).most_common(1)
    if not common:
        return None
    width = common[0][0]
    near = sum(1 for w in widths if abs(w - width) <= 2)
    wider = sum(1 for w in widths if w > width + 2)
    if near >= max(5, 0.3 * len(widths)) and wider <= 0.05 * len(widths):
        return width
    return None


# A non-blank line, and one that starts with a paragraph indent (as split_lines sees them).
_TEXT_LINE = re.compile(r"^[^\S\r\n]*\S", re.MULTILINE)
_INDENTED_LINE = re.compile(r"^[^\S\r\n]{1,4}\S", re.MULTILINE)


def marks_paragraphs_by_indent(text: str) -> bool:
    """True when some lines are indented and some not: paragraphs indented, headlines not."""
    if "\r" in text:
        text = LINE_BREAK.sub("\n", text)  # ^ in a pattern only follows \n
    indented = len(_INDENTED_LINE.findall(text))
    return 0 < indented < len(_TEXT_LINE.findall(text))

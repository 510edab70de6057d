"""Datelines and bylines: 本报讯（记者 李雪峰 韩云峰）, 新华社北京1月18日电, 本报记者 张三.

The whole prefix goes to ``byline``; ``dateline`` is the agency-and-date part and
``reporters`` the names inside; the paragraph text starts after it.
"""

from __future__ import annotations

import re

from parser.structure.text import HAN, HAN_DOT

# Role words before names; longest first so 见习记者 wins over 记者.
ROLES = (
    "本报特约记者", "本报见习记者", "本报实习记者", "本报记者", "本报通讯员", "新华社记者",
    "新华社特约记者", "人民日报记者", "特约记者", "见习记者", "实习记者", "特派记者",
    "记者", "通讯员", "实习生", "特约撰稿人", "文/图", "文／图", "融媒体记者", "全媒体记者",
    "本报融媒体记者", "本报全媒体记者", "首席记者", "摄影记者", "本报摄影记者", "评论员",
    "本报评论员", "特约评论员",
)  # fmt: skip
# Role words as a pattern: every word above, composed from its parts, so the forms papers
# build from the same parts (本报驻京记者, 本报首席记者) fit too; and the 文/ 图/ (文|) of
# magazine-style bylines. Optional parts come first, so 本报记者 is taken whole.
_ROLE_PARTS = (
    rf"(?:本报|新华社|人民日报|中新社|经济日报|光明日报)?(?:驻{HAN}{{1,3}}?)?"
    r"(?:首席|特约|见习|实习|特派|融媒体|全媒体|摄影)?(?:记者|通讯员|评论员)"
)
# The lookahead on the first character lets a search skip most positions at once (the
# pattern runs on every byline and credit). test_variety checks that it covers ROLES.
ROLE_PATTERN = (
    rf"(?=[本新人中经光驻首特见实融全摄记通评文图])(?:{_ROLE_PARTS}|实习生|特约撰稿人"
    r"|[文图][/／][图文]|[文图][ \t\u00a0\u3000]*[/／|｜])"
)
ROLE_RE = re.compile(ROLE_PATTERN)
# Words that close a byline or credit and are no names: 本报记者 张三 报道, 张三/摄.
_NOT_NAMES = {"报道", "摄", "摄影", "摄影报道", "文", "图", "文图", "图文"}

_AGENCY = r"(?:本报|新华社|中新社|人民日报|经济日报|光明日报|中央广播电视总台)"
_PAPER = rf"(?:{HAN}{{2,6}}(?:日报|晚报|时报|报)|{HAN}{{1,4}}网)"  # 江澜日报, 人民网
_DATE = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日"
_PLACE = rf"{HAN_DOT}{{0,10}}?"
_NAME = rf"{HAN_DOT}{{1,8}}"
_SPACE = r"[ \t\u00a0\u3000]"
# 本报讯 记者 罗清远 通讯员 詹晓雯 3月11日，…: writers without brackets, each name set off by
# spaces (a name is 2–4 characters, so the text that follows is not taken for one).
# Each space run has one place in the pattern: a run of spaces never backtracks (quadratic).
_BARE_WHO = rf"(?:(?:{ROLE_PATTERN}){_SPACE}*(?:{HAN_DOT}{{2,4}}{_SPACE}+)+)+"
DATELINE = re.compile(
    rf"(?P<dateline>据?{_AGENCY}(?:讯|{_PLACE}{_DATE}(?:电|讯)|{_PLACE}电)"
    rf"|{_PAPER}(?:讯|{_PLACE}{_DATE}(?:电|讯)))"
    r"(?:[ \t\u00a0\u3000]*[（(](?P<who>[^（()）\n]{1,60})[）)]"
    rf"|{_SPACE}+(?P<bare>{_BARE_WHO}))?"
)
# A byline line of its own: 本报记者 张三 李四, 通讯员 王五 记者 赵六.
_GAP = r"[ \t\u00a0\u3000、，,]+"
_WRITERS = (
    rf"(?:(?:{ROLE_PATTERN})[ \t\u00a0\u3000:：]*{_NAME}(?:{_GAP}{_NAME})*[ \t\u00a0\u3000]*)+"
)
BYLINE_LINE = re.compile(
    rf"^[□■◇◆●○◎]\s*{_NAME}(?:{_GAP}{_NAME}){{0,3}}$"
    rf"|^[（(]\s*{_WRITERS}[）)]$"  # （记者 夏沐阳 实习生 严可）
    rf"|^[□■◇◆●○◎]?\s*{_WRITERS}(?:文/图|文／图|图/文|图／文|摄影?|报道)?$"
)
_WHO_NAMES = re.compile(rf"(?:{HAN_DOT}|[\s、]){{2,20}}")
_SPLIT = re.compile(r"[\s、，,；;／/]+")
_NAME_TOKEN = re.compile(rf"{HAN_DOT}+")


def names_in(text: str) -> tuple[str, ...]:
    """Personal names in a credit or byline, role words dropped.

    Two-character names are often set with a space between the characters (``陈  勇``):
    two single characters in a row are one name.
    """
    tokens = [t for t in _SPLIT.split(ROLE_RE.sub(" ", text)) if t]
    names: list[str] = []
    pending = ""
    for token in tokens:
        if not _NAME_TOKEN.fullmatch(token) or token in _NOT_NAMES:
            pending = ""
            continue
        if len(token) == 1:
            if pending:
                names.append(pending + token)
                pending = ""
            else:
                pending = token
            continue
        pending = ""
        if len(token) <= 8:
            names.append(token)
    return tuple(names)


def _who_is_byline(who: str) -> bool:
    """True when the bracket after a dateline names writers, not something else."""
    if ROLE_RE.search(who):
        return True
    if not _WHO_NAMES.fullmatch(who) or any(c in who for c in "年月日〇"):
        return False  # （二〇二〇年一月十八日） is a date, not writers
    return all(2 <= len(name) <= 4 for name in names_in(who))


# (byline, dateline, reporters, rest of the paragraph)
Byline = tuple[str, str | None, tuple[str, ...], str]


def split_byline(text: str) -> Byline | None:
    """(byline, dateline, reporters, rest) when ``text`` starts with a dateline or byline."""
    head = text[:40]
    if "讯" not in head and "电" not in head:
        return None  # every dateline ends in 讯 or 电 within its first 40 characters
    match = DATELINE.match(text)
    if match is None:
        return None
    who = match.group("who") or match.group("bare")
    end = match.end()
    if who is not None and not _who_is_byline(who):
        end = match.end("dateline")
        who = None
    byline = text[:end].strip()
    reporters = names_in(who) if who else ()
    if match.group("bare") and not reporters:
        return None  # 本报讯 记者 … without a name: not a byline after all
    return byline, match.group("dateline"), reporters, text[end:].strip()


def byline_line(text: str) -> tuple[str, ...] | None:
    """The reporters when the whole line is a byline such as ``本报记者 张三 李四``."""
    if len(text) > 40 or not BYLINE_LINE.match(text):
        return None
    names = names_in(text.strip("（()）"))
    return names or None


# （本报记者倪弋、彭波） closing a piece: its writers, when no byline opened it.
_TRAILING = re.compile(
    r"^[（(]\s*((?:本报|新华社|人民日报)?(?:特约|见习|实习)?(?:记者|通讯员)[^（()）]{1,60})[）)]$"
)


def trailing_reporters(paragraphs: list[str]) -> tuple[str, ...]:
    """Names in a closing ``（本报记者 …）`` note; the note itself stays a paragraph."""
    if not paragraphs:
        return ()
    match = _TRAILING.match(paragraphs[-1])
    return names_in(match.group(1)) if match else ()

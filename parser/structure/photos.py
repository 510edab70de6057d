"""Photo credits (本报记者 戎禹仁摄, 陈  勇摄（人民视觉）, 鲜  敢  严贵旺摄影报道) and captions."""

from __future__ import annotations

import re

from parser.structure.bylines import ROLE_PATTERN, ROLE_RE, names_in
from parser.structure.text import HAN, HAN_DOT, on_first_use

_ROLE = ROLE_PATTERN
_SP = r"[ \t\u00a0\u3000\u2000-\u200a\u202f\u205f]"
_VERB = rf"(?:[/／]{_SP}*)?(?:摄影报道|摄影|摄)"  # 张三 摄, 张三/摄
_TAIL = r"(?:[（(][^（()）]{1,12}[）)])?"
# The people part: an optional agency/role, then names split by spaces or 、.
_WHO = rf"(?:(?:新华社发|新华社|本报|人民视觉|视觉中国)?{_SP}*(?:{_ROLE})?{_SP}*[:：]?{_SP}*)"
_NAMES = rf"{HAN_DOT}{{1,8}}(?:(?:{_SP}+|、|，|,){{1,4}}{HAN_DOT}{{1,8}}){{0,5}}"
CREDIT_LINE = re.compile(rf"(?P<role>{_WHO})(?P<names>{_NAMES}){_SP}*{_VERB}{_TAIL}")
# A credit stuck to the end of its caption: needs a role word or a space before the names.
_inline_credit = on_first_use(
    rf"(?:(?<=[。！？!?”」）)]){_SP}*|{_SP}+)"
    rf"(?P<credit>(?:新华社发|新华社|本报)?{_SP}*(?:{_ROLE}){_SP}*[:：]?{_SP}*{_NAMES}{_SP}*{_VERB}{_TAIL}"
    rf"|{HAN}{{1,2}}{_SP}*{HAN}{{1,3}}{_SP}+{_VERB}{_TAIL})$"
)


def _plausible(role: str, names: tuple[str, ...]) -> bool:
    """Names of people: a role word, or a few 2–4 character names (foreign names with ·)."""
    if not names:
        return False
    if role.strip():
        return True
    return len(names) <= 4 and all(2 <= len(n) <= 4 or "·" in n for n in names)


# Credits that name an agency or source, not a photographer.
AGENCY_CREDIT = re.compile(
    r"(?:新华社发|新华社供图|中新社发|视觉中国供图|人民视觉|资料图片|IC photo|"
    r"图片由[^，。\s]{1,15}提供|[^，。\s]{2,12}供图)"
)


# 图/张三, 图：本报记者 张三, 摄影/张三, 图片来源：视觉中国: the credit word first.
_prefix_credit_line = on_first_use(
    r"^(?:图片来源|图片|摄影|图)\s*[/／:：|｜]\s*(?P<who>[^，。；！？]{2,30})$"
)
# Sources that are no photographers' names.
_source = on_first_use(
    r"(?:视觉中国|人民视觉|新华社|中新社|东方IC|IC ?photo|CFP|图虫创意|网络|资料图片?|受访者"
    r"|受访单位|[^，。\s]{0,8}示意图|[^，。\s]{2,12}供图|[^，。\s]{2,12}提供)"
)


def _prefix_credit(who: str) -> tuple[str, ...] | None:
    if _source().fullmatch(who):
        return ()
    names = names_in(who)
    role = "本报" if ROLE_RE.search(who) else ""
    return names if _plausible(role, names) else None


def credit_line(text: str) -> tuple[str, ...] | None:
    """The photographers when the whole line is a photo credit, else None.

    ``（本报记者 张三摄）`` in brackets counts; an agency credit (新华社发, 资料图片) is a
    credit with no photographer: an empty tuple.
    """
    if len(text) > 40:
        return None
    agency = _AGENCY_BRACKET.match(text) if text[-1] in "）)" else None
    if agency is not None:
        return credit_line(agency.group("inner"))
    if text[0] in "（(" and text[-1] in "）)":
        text = text[1:-1].strip()
        if not text:  # （）: nothing inside
            return None
    prefixed = _prefix_credit_line().match(text) if text[0] in "图摄" else None
    if prefixed is not None:
        return _prefix_credit(prefixed.group("who"))
    if "摄" not in text:
        if text.endswith("供图") and ROLE_RE.search(text):  # 通讯员 王五 供图
            return _prefix_credit(text[:-2].strip())
        return () if AGENCY_CREDIT.fullmatch(text) else None
    match = CREDIT_LINE.fullmatch(text)
    if match is None:
        return None
    names = names_in(match.group("names"))
    return names if _plausible(match.group("role"), names) else None


# 新华社发（程远航摄）: an agency, then the photographer in brackets.
_AGENCY_BRACKET = re.compile(
    r"^(?:新华社发|中新社发|新华社|中新社|人民视觉|视觉中国)\s*[（(](?P<inner>[^（()）]{2,30})[）)]$"
)
_BRACKETED_TAIL = re.compile(r"[（(][^（()）]{2,30}[）)]$")


def split_inline_credit(text: str) -> tuple[str, str, tuple[str, ...]] | None:
    """(caption, credit, photographers) when a line ends with a credit after its caption:
    ``…检查产品质量。 本报记者 张三摄`` or ``…检查产品质量。（本报记者 张三 摄）``."""
    if text[-1] not in "）)" and "摄" not in text[-20:]:
        return None
    tail = _BRACKETED_TAIL.search(text)
    if "摄" not in text[-20:] and not (
        tail is not None and len(text) <= 200 and AGENCY_CREDIT.fullmatch(tail.group(0)[1:-1])
    ):
        return None  # no credit, unless one such as （资料图片） closes a short caption
    if tail is not None and tail.start() > 0 and text[tail.start() - 1] in "。！？!?”」 \u3000":
        names = credit_line(tail.group(0))
        if names is not None:
            return text[: tail.start()].rstrip(), tail.group(0), names
    match = _inline_credit().search(text)
    if match is None:
        return None
    credit = match.group("credit")
    names = credit_line(credit)
    if names is None:
        return None
    caption = text[: match.start()].rstrip()
    return (caption, credit, names) if caption else None

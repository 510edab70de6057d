"""Countries and provinces that stand for their teams in a sports draw or a list of rivals.

Sports news lists teams by their country's name alone: e组的美国、俄罗斯、立陶宛 (the
teams drawn into a group) or 对中国、丹麦、韩国等强队 (the rivals). There the names are
teams, which People's Daily NER data labels organisations, not places.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from parser.entities.place_tokens import is_place_token
from parser.entities.resources import PLACE_ABBREVIATIONS, TRANSLIT

if TYPE_CHECKING:
    from parser.entities.tagger import Candidate, Token

TEAM_CONFIDENCE = 1.5  # beats the place reading of the same word (1.2)
JOINT_CONFIDENCE = 1.6  # the whole joint team beats its members read as places
# What closes a list of rivals: 等强队, 等队, 等球队.
_RIVALS = ("等强队", "等队", "等球队", "等劲旅")
# A group of a draw, right before its teams: e组的, b组：, 第一组的.
_GROUP = re.compile(r"(?<![a-zA-Z])(?:[a-hA-H]|第[一二三四五六七八])组(?:的|：|:)$")
_GROUP_ANYWHERE = re.compile(r"组(?:的|：|:)")
_JOINERS = frozenset(("、", "和", "与"))


def team_lists(text: str, tokens: Sequence[Token]) -> Iterator[Candidate]:
    """Each place of a 、 list drawn into a group (e组的…) or closed by 等强队."""
    if not any(r in text for r in _RIVALS) and _GROUP_ANYWHERE.search(text) is None:
        return  # the common case: no draw and no rivals named
    n = len(tokens)
    k = 0
    while k < n:
        if not is_place_token(tokens[k]):
            k += 1
            continue
        items = [k]
        j = k + 1
        while j + 1 < n and tokens[j].word in _JOINERS and is_place_token(tokens[j + 1]):
            items.append(j + 1)
            j += 2
        first, last = tokens[items[0]], tokens[items[-1]]
        drawn = _GROUP.search(text, max(0, first.start - 6), first.start) is not None
        rivals = len(items) >= 2 and text.startswith(_RIVALS, last.end)
        if drawn or rivals:
            for i in items:
                yield (tokens[i].start, tokens[i].end, "org", TEAM_CONFIDENCE)
        k = j


_JOINT = "联合"


def _team_member(tok: Token) -> bool:
    """美国, 中国, or a one-character short form of a country (中, 斯) in 中、斯登山队."""
    w = tok.word
    return is_place_token(tok) or (len(w) == 1 and (w in PLACE_ABBREVIATIONS or w in TRANSLIT))


def joint_team(tokens: Sequence[Token], k: int) -> Iterator[Candidate]:
    """中国、斯洛伐克联合登山队, 中、斯登山队: a team the countries of a 、 list form together."""
    if len(tokens[k].word) < 3:
        return  # 南美、非洲球队: the teams of two regions, not one team
    i = k
    if i and tokens[i - 1].word == _JOINT:
        i -= 1
    members = 0
    while i >= 1 and _team_member(tokens[i - 1]):
        members += 1
        i -= 1
        if i >= 2 and tokens[i - 1].word == "、":
            i -= 1
        else:
            break
    if members >= 2:
        yield (tokens[i].start, tokens[k].end, "org", JOINT_CONFIDENCE)

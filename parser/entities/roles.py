"""Roles of a person from the words right before the name: 省委常委、市委书记卢东亮."""

from __future__ import annotations

from functools import lru_cache

from parser.entities.lexicon import lexicon
from parser.entities.resources import PERSON_TITLES

# A role ends in one of these (副部长, 党组书记, 省委常委 …); plain nouns (市领导) do not count.
_ROLE_ENDINGS = tuple(
    sorted({t for t in PERSON_TITLES if len(t) >= 2} | {"常委", "书记", "委员"}, key=len)
)
_NOT_ROLES = frozenset(
    ("同志", "先生", "女士", "小姐", "夫人", "老人", "学生", "村民", "领导", "市领导")
)
_CLAUSE_BREAKS = '，。；：！？（）()“”"《》\n 　'
# Words that open a clause but are not part of a title: 会见了…, 经…批准, 应…邀请.
_LEADING_TAGS = frozenset(("v", "p", "u", "uj", "ul", "d", "c", "r", "m", "q", "f", "t"))
MAX_ROLE_LENGTH = 24


# Verbs that end the clause before a title (国家主席会见了冰岛总理 → 冰岛总理); jieba tags
# some as nouns (经, 会见), so they are listed rather than found by their tags.
_CLAUSE_VERBS = frozenset(
    (
        "经",
        "应",
        "了",
        "的",
        "时任",
        "现任",
        "曾任",
        "会见",
        "会晤",
        "看望",
        "接见",
        "陪同",
        "邀请",
        "致电",
        "致信",
        "祝贺",
    )
)
# Function words that may open a clause in front of a title (据…, 向…).
_LEADING_WORDS = frozenset("由据同与和向对在为请")


@lru_cache(maxsize=4096)
def _trim(part: str) -> str:
    """Drop the verbs and particles in front of a title (会见了缅甸总统 → 缅甸总统)."""
    lex = lexicon()
    words = lex.cut(part)
    # After the last of the listed verbs and particles (国家主席会见了冰岛总理 → 冰岛总理).
    cut = max((n + 1 for n, w in enumerate(words[:-1]) if w in _CLAUSE_VERBS), default=0)
    words = words[cut:]
    i = 0
    while i < len(words) - 1 and (
        words[i] in _LEADING_WORDS or lex.tags.get(words[i], "") in _LEADING_TAGS
    ):
        i += 1
    return "".join(words[i:])


def roles_before(text: str, start: int, floor: int = 0) -> list[str]:
    """Titles listed just before ``text[start]`` (back to a clause break or ``floor``)."""
    i = start
    while i > floor and text[i - 1] not in _CLAUSE_BREAKS:
        i -= 1
    prefix = text[i:start]
    if not prefix:
        return []
    roles: list[str] = []
    parts = prefix.split("、")
    for raw in parts:
        part = _trim(raw.strip())
        if not part or len(part) > MAX_ROLE_LENGTH or part in _NOT_ROLES:
            continue
        if part.endswith(_ROLE_ENDINGS):
            roles.append(part)
    # Only a list of roles that runs right up to the name counts (not 陪同…市长 far before).
    if roles and not prefix.endswith(roles[-1]):
        return []
    return roles

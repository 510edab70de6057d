"""Where an organisation's name starts, growing leftwards from its suffix.

The name runs over the words that can name a body (places, proper nouns, common nouns,
an ordinal like 第五) and stops at function words, verbs after a proper part (战胜 +
捷克队), a person's name before an office (刘延宇 + 办公室) or a whole office further
left. It then starts at its first proper word; lacking one, the kind of suffix decides
whether common words alone name a body (应急管理部 yes, 国家中心 and 各电影制片公司 no).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from parser.entities.lexicon import WEAK_PLACE
from parser.entities.org_suffixes import (
    COMPANY_SUFFIXES,
    NAMED_AFTER_SUFFIXES,
    NUMERALS,
    OFFICE_SUFFIXES,
    ONE_WORD_UNITS,
    PRESS_SUFFIXES,
    UNIT_BODIES,
    UNIT_SUFFIXES,
    stem,
)
from parser.entities.org_words import (
    KIND_DETERMINERS,
    LEFT_STOPS,
    ORG_SUFFIX_SET,
    PARTY_COMMITTEES,
    POLITICAL_BODIES,
    generic_committee,
)
from parser.entities.place_tokens import FUNCTION_CHARS, STOP_TAGS, is_place_token
from parser.entities.resources import STANDALONE_ORGS, TRANSLIT_CHARS

if TYPE_CHECKING:
    from parser.entities.lexicon import Lexicon
    from parser.entities.tagger import Token

# Parts of speech that can sit inside an organisation's name.
_BODY_TAGS = frozenset(
    ("ns", "nt", "nz", "n", "vn", "v", "j", "b", "an", "a", "l", "nrt", "s", "f", WEAK_PLACE)
)
_PROPER_TAGS = frozenset(("ns", "nt", "nz", "j", "nrt", WEAK_PLACE))
# Words that may open an organisation's name although they are not proper names.
_OPENERS = frozenset((*("国家", "中国", "中央", "全国", "中共", "国际", "人民"), *"省市县区乡镇村"))
_DEICTIC = frozenset("我本全该各两此这那每某其")
# Last characters of a whole office word, which ends the name before it (外交部).
_OFFICE_FINALS = frozenset("部局厅署")
_RARE_NAME_FREQ = 100  # jieba counts below this: a brand or club name rather than a word


def grow(tokens: Sequence[Token], k: int) -> tuple[int, list[int]]:
    """Leftmost token of the name that ends at token ``k``, and where proper words start."""
    i = k
    proper_at: list[int] = [k] if proper(tokens[k]) else []
    while i > 0 and k - i < 8:
        prev = tokens[i - 1]
        w = prev.word
        brand = False
        if not "\u4e00" <= w[0] <= "\u9fff" or w in LEFT_STOPS:
            break
        if w in FUNCTION_CHARS or w in _DEICTIC:
            break
        if i < k and len(w) >= 3 and w[-1] in _OFFICE_FINALS and prev.tag in ("nt", "n"):
            break  # 合作部 + 经商 + 外交部: a whole office further left is a name of its own
        if (
            prev.tag in ("nr", "nrfg")
            and len(w) > 1
            and not TRANSLIT_CHARS.issuperset(w)
            and not is_place_token(prev)  # 薛埠镇 + 党委: jieba calls the town a name
            and not (brand := i == k and tokens[k].word.endswith(NAMED_AFTER_SUFFIXES))
        ):
            break  # 刘延宇 + 办公室: a person's office (贝尔公司 is a company, though)
        loose_foreign = (
            len(w) == 1
            and w in TRANSLIT_CHARS
            and (
                (i < k and tokens[i].word in TRANSLIT_CHARS)
                or (i >= 2 and tokens[i - 2].word in TRANSLIT_CHARS)
            )
        )
        # The suffix word alone (联合会) names nothing yet: 国际游泳联合会 grows on.
        named = [p for p in proper_at if p < k or tokens[k].word not in ORG_SUFFIX_SET]
        if (
            (prev.tag == "v" or (prev.tag == "vn" and named and len(w) == 1))
            and (named or len(w) == 1)
            and not loose_foreign
        ):
            break  # 战胜 + 捷克队, 发 + 共同社: a verb ends a name that has its proper part
        if prev.tag == "m" and (
            w[0] == "第" or w[-1] == "届" or w == "首届" or (i == k and NUMERALS.issuperset(w))
        ):
            pass  # 东丰县第五中学, 第六届全国人大: an ordinal belongs to the name
        elif w in ("届", "次") and i >= 2 and tokens[i - 2].tag == "m":
            pass  # 第六 + 届
        elif len(w) == 1:
            if prev.tag in STOP_TAGS and w not in TRANSLIT_CHARS:
                break
        elif prev.tag not in _BODY_TAGS and prev.tag not in ("nr", "nrfg", ""):
            break
        i -= 1
        if (
            brand
            or proper(prev)
            or (loose_foreign and i + 1 < k and tokens[i + 1].word in TRANSLIT_CHARS)
        ):
            proper_at.append(i)  # 劳 + 拉 + 公司: two loose foreign characters make a name
    return i, proper_at


def proper(tok: Token) -> bool:
    """A word that can name a body: a place, a proper noun, 国家 or 中共, a foreign name."""
    if tok.word[-1] == "化" and tok.tag == "nt":
        return False  # 国际化 + 大学: an -ization names a quality, not the body
    return (
        tok.tag in _PROPER_TAGS
        or is_place_token(tok)
        or tok.word in _OPENERS
        or tok.word in POLITICAL_BODIES  # 民革 + 第九届中央常委会
        or (tok.tag == "nr" and len(tok.word) >= 3 and TRANSLIT_CHARS.issuperset(tok.word))
    )  # 萨帕塔 + 全国民族解放军: a foreign name jieba calls a person names the body


def _plain_noun(tok: Token) -> bool:
    """货币 in 货币局: a two-character noun that names what an office looks after."""
    return len(tok.word) == 2 and tok.tag in ("n", "vn", "nz")


def name_start(
    tokens: Sequence[Token], k: int, end: int, left: int, proper_at: list[int], lex: Lexicon
) -> int | None:
    """The token where the name ending at ``end`` (in token ``k``) starts, given the words
    grown before it (from ``left``, proper ones at ``proper_at``); None when it names none."""
    tok = tokens[k]
    span_from_left = end - tokens[left].start
    if (
        proper_at
        and tok.word.endswith("中心")
        and all(tokens[p].word in _OPENERS for p in proper_at)
    ):
        return None  # 国家中心, 全国中心: a centre needs a real name
    if proper_at:
        return min(proper_at)
    if left and tokens[left - 1].word in KIND_DETERMINERS:
        return None  # 各 + 电影制片公司: a kind of body, named by common words only
    if left < k and (
        (tok.word[: end - tok.start].endswith(OFFICE_SUFFIXES) and span_from_left >= 4)
        or (tok.word in ("局", "署") and _plain_noun(tokens[k - 1]) and left == k - 1)
        or (tok.word.endswith(COMPANY_SUFFIXES) and span_from_left >= 7)
    ):
        return left  # 应急管理部, 某某食品有限公司: no proper word, but long enough
    if left < k and tok.word[: end - tok.start].endswith(UNIT_BODIES) and span_from_left <= 7:
        return left  # 站党委, 乡党委, 薛埠镇党委: a unit's own party committee
    if (
        end < tok.end
        and end - tok.start >= 2
        and (  # 分局长: no named office; 县委书记 names 县委
            tok.word[: end - tok.start] not in ORG_SUFFIX_SET
            or tok.word[: end - tok.start] in STANDALONE_ORGS
        )
    ):
        return k  # 财政部长 → 财政部 on its own
    if len(tok.word) >= 3 and tok.word.endswith(OFFICE_SUFFIXES + ONE_WORD_UNITS):
        # 教育部, 市教委, 水泥厂, 社会学系: one word naming an office or unit
        if k and tokens[k - 1].word in PARTY_COMMITTEES:
            return k - 1  # 市委 + 政法委: the committee's own department
        if generic_committee(tok.word):
            return None  # 政法委 alone: which county's is not said
        return k
    if left < k and tok.word.endswith(PRESS_SUFFIXES) and span_from_left >= 4:
        return left  # 经济日报社: a newspaper is named by its words
    if (
        left < k
        and tok.word[: end - tok.start].endswith(UNIT_SUFFIXES)
        and span_from_left >= 3
        and any(len(t.word) >= 2 for t in tokens[left:k])
    ):
        return left  # 矿渣厂, 训练团, 警察工会: a unit named by what it does
    if (
        tok.word == "队"
        and left < k
        and len(tokens[k - 1].word) >= 2
        and tokens[k - 1].tag in ("n", "nz", "")
        and lex.freq.get(tokens[k - 1].word, 0) < _RARE_NAME_FREQ
    ):
        first = left  # 松日 + 队, 寰岛 + 队: a rare word before 队 is the team's name
        while len(tokens[first].word) == 1:
            first += 1
        if first and tokens[first - 1].word[-1] == "支":
            return None  # 这支机防队, 一支突击队: a team counted is a kind of team
        return first
    if len(tok.word) >= 3 and lex.tags.get(stem(tok.word)) in _PROPER_TAGS:
        return k  # 古巴队, 匈牙利队: a proper name and its suffix in one word
    return None

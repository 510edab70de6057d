"""How likely a run of transliteration characters is a person, a place or a thing.

``score_translit`` weighs what jieba knows of the run (nr, nrt, ns and the word's
frequency), its shape (dots, length, loose characters), the titles around it and the words
of ``foreign_context``; it reads the run as a place where the context says so.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from parser.entities.context import (
    AFTER,
    NOUN_AFTER_PENALTY,
    PERSON_NOUN_FINALS,
    TITLES,
    context_after,
    title_before,
)
from parser.entities.foreign_context import (
    EPONYM_AFTER,
    EPONYM_BONUS,
    PERSON_VERBS,
    PLACE_AFTER,
    PLACE_BEFORE,
    PLACE_KIND_SUFFIX,
    PLACE_NOUNS,
    SPOUSES,
    THING_AFTER,
    THING_FINALS,
    THING_PENALTY,
    counted_thing,
)
from parser.entities.foreign_words import FOREIGN, JOINERS, head_of_state_after, name_like
from parser.entities.lexicon import WEAK_PLACE
from parser.entities.resources import PLACE_CONTEXT_AFTER, PLACE_CONTEXT_BEFORE

if TYPE_CHECKING:
    from parser.entities.lexicon import Lexicon
    from parser.entities.tagger import Candidate, Token


# A two-character word jieba tags nrt spelled with a native character (保拉, 日晒) is
# a name less often than not; less so when rare and before a verb or a particle.
NATIVE_NRT_PENALTY = 1.5
RARE_NATIVE_NRT_PENALTY = 0.5
RARE_NRT_FREQ = 20
_PREDICATE_TAGS = frozenset(("v", "uj", "c", "p", "d"))
# A run that swallowed a place word glued inside it (鲁 + 西亚 + 努) beats its pieces.
GLUED_BONUS = 0.6
# jieba's frequencies above which a word is one of the language, not a name.
COMMON_NRT_FREQ = 1000
FREQUENT_NR = 50
_NAMEISH_TAGS = frozenset(("nr", "nrt", "nrfg", "ns", WEAK_PLACE))


def _two_words(name: str, lex: Lexicon) -> bool:
    """Two common words of the language side by side (努力 + 提高), neither a name."""
    for cut in (2, len(name) - 2):
        head, tail = name[:cut], name[cut:]
        if all(
            lex.freq.get(w, 0) >= COMMON_NRT_FREQ and lex.tags.get(w) not in _NAMEISH_TAGS
            for w in (head, tail)
        ):
            return True
    return False


def _common_nrt(tok: Token, lex: Lexicon) -> bool:
    """A frequent two-character word jieba tags nrt, spelled with a native character
    (令人, 育人): a word of the language, never one piece of a longer foreign name."""
    w = tok.word
    return (
        tok.tag == "nrt"
        and len(w) == 2
        and not FOREIGN.issuperset(w)
        and lex.freq.get(w, 0) >= COMMON_NRT_FREQ
    )


def score_translit(
    tokens: Sequence[Token], i: int, j: int, lex: Lexicon, glued: bool = False
) -> Iterator[Candidate]:
    """Read the run ``tokens[i:j]`` as a person (scored), a place, or nothing.

    ``glued`` marks a run that took in a place word jieba cut out of it (鲁 + 西亚 + 努).
    """
    name = "".join(t.word for t in tokens[i:j])
    tag = lex.tags.get(name, "")
    titled_after = _title_at(tokens, j)
    says = j < len(tokens) and tokens[j].word in AFTER
    if len(name) < 2 or (tag == "ns" and not (titled_after or says or title_before(tokens, i))):
        return  # a place name, unless a title or 说/表示 makes it a person (拉宾说)
    if len(name) >= 4 and _two_words(name, lex):
        return  # 努力提高: jieba lists a few phrases of two common words as names
    if j - i > 1 and any(_common_nrt(t, lex) for t in tokens[i:j]):
        return  # 令人 + 新奇: jieba's nrt holds common words; a run of them is a phrase
    joined = any(c in JOINERS for c in name)
    score = -0.9 + 0.35 * min(len(name), 5) + (GLUED_BONUS if glued else 0.0)
    if tag == "nrt":
        # jieba's nrt holds some common words (令人, 育人): frequent short ones are not
        # names, nor short ones spelled with native characters (日晒, 长鸣, 灵芝).
        native = len(name) == 2 and not FOREIGN.issuperset(name)
        score += 1.0 if len(name) > 2 or lex.freq.get(name, 0) < 500 else -1.0
        if native:
            # Names spelled with a native character (保拉, 瑙曼) are rare words to jieba;
            # the words among them (日晒, 长鸣, 灵芝) are common.
            # Rare ones are names when a verb or a particle follows (瑙曼是, 保拉的), as
            # after a subject or possessor, not a noun or a number (茂物两个时间表).
            rare = lex.freq.get(name, 0) < RARE_NRT_FREQ and (
                j == len(tokens) or tokens[j].tag in _PREDICATE_TAGS
            )
            score -= RARE_NATIVE_NRT_PENALTY if rare else NATIVE_NRT_PENALTY
    elif tag == "nr" and len(name) >= 3:
        score += 0.5  # 阿巴查, 米亚特: jieba knows it as a name
    elif tag == "nr" and lex.freq.get(name, 0) > FREQUENT_NR:
        # 明朗, 叶子: a frequent two-character "name" of jieba's is a word, as for
        # Chinese readings (盛夏)
        score -= 1.0 if lex.freq[name] <= 300 else 2.0
    if joined:
        score += 1.5
    singles = sum(len(t.word) == 1 for t in tokens[i:j])
    titled = title_before(tokens, i) or (j - i == 1 and head_of_state_after(tokens, i, lex))
    if j - i == 1 and tag not in ("nrt", "nr") and not (titled and tag in ("ns", WEAK_PLACE, "z")):
        score -= 0.6 if tag == "nz" else 1.5  # one ordinary word of such characters (安全)
    elif singles == j - i and len(name) == 2:
        score -= 0.6  # two loose characters are weak evidence
    if titled:
        score += 1.5
    if titled_after:
        score += 1.5
    score += context_after(tokens, j)
    if (
        not titled
        and j < len(tokens)
        and tokens[j].tag in ("n", "nz")
        and len(tokens[j].word) >= 2
        and tokens[j].word[-1] not in PERSON_NOUN_FINALS
        and not title_before(tokens, j + 1)
    ):
        # 阿尔法磁谱仪, 斯诺克团体, 迪斯尼特色: a foreign word before a noun modifies it;
        # a person is followed by a verb, a title (院士) or a particle.
        score -= NOUN_AFTER_PENALTY
    if (
        (j < len(tokens) and tokens[j].word in THING_AFTER)
        or name[-1] in THING_FINALS
        or counted_thing(tokens, i)
    ):
        score -= THING_PENALTY  # 摩托罗拉公司, 桑塔纳轿车, 海王星: a firm, a product, a planet
    start, end = tokens[i].start, tokens[j - 1].end
    after = tokens[j].word if j < len(tokens) else ""
    # 布基纳法索总统孔波雷: a title between two names makes the first one a country.
    country = (
        titled_after
        and tokens[j].word not in SPOUSES  # 克林顿夫人希拉里: his wife, not a country's
        and j + 1 < len(tokens)
        and name_like(tokens[j + 1])
    )
    if after in EPONYM_AFTER:
        # 史瓦西半径, 多普勒效应: a law, effect or constant named after its discoverer
        yield (start, end, "person", max(score, 0.0) + EPONYM_BONUS)
        return
    if country or (
        not titled
        and not titled_after
        and after not in PERSON_VERBS
        and after[:2] not in PERSON_VERBS  # 任职期间, as jieba joins it
        and _place_context(tokens, i, j, name)
    ):
        if after == "大区" or after in PLACE_KIND_SUFFIX:
            end = tokens[j].end  # 阿尔萨斯大区, 尼·伯尔切斯库镇: the name with its kind
        yield (start, end, "place", 1.3)  # 在哈瓦那, 首都新德里: a place, not a person
        return
    yield (start, end, "person", score)


def _title_at(tokens: Sequence[Token], j: int) -> bool:
    """A title at j, maybe after its modifier (米亚特副秘书长)."""
    return j < len(tokens) and (
        tokens[j].word in TITLES
        or (
            tokens[j].word in ("副", "前", "原", "代理")
            and j + 1 < len(tokens)
            and tokens[j + 1].word in TITLES
        )
    )


def _place_context(tokens: Sequence[Token], i: int, j: int, name: str) -> bool:
    """Do the words around the run ``tokens[i:j]`` make it a place (在哈瓦那, 瑞士达沃斯,
    克什米尔问题), or its own last character (约翰内斯堡)?"""
    before = tokens[i - 1].word if i > 0 else ""
    if before == "了" and i > 1:
        before = tokens[i - 2].word  # 访问了阿卡普尔科: the verb before the aspect particle
    after = tokens[j].word if j < len(tokens) else ""
    return (
        before in PLACE_CONTEXT_BEFORE
        or before in PLACE_BEFORE
        or (len(before) > 2 and before.endswith(PLACE_NOUNS))  # 旅游胜地帕塔亚
        or after in PLACE_CONTEXT_AFTER
        or after in PLACE_AFTER
        or after in PLACE_KIND_SUFFIX
        or (after.isdigit() and j + 1 < len(tokens) and tokens[j + 1].word == "号")  # X4号机组
        or (i > 0 and tokens[i - 1].tag == "ns")  # 瑞士达沃斯: a city after its country
        or name[-1] in "岛港湾城县市省州镇堡"  # 约翰内斯堡: -burg is a town
    )
